"""Every message box the program shows goes through here.

One place, so tests can answer them (monkeypatch `ask`) instead of a modal
dialog blocking the run.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox


def ask(parent, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> None:
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return  # nobody could see or close it; the caller has said it on stderr
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("messageBox")
    if detail:
        box.setInformativeText(detail)
    box.exec()


def ledger_unusable(parent, reason: str) -> None:
    """The ledger could not be opened: the program cannot go on."""
    ask(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("messages", "Upgrade Wizard"),
        QCoreApplication.translate("messages", "The ledger cannot be opened, so no purchase could be recorded."),
        reason,
    )
