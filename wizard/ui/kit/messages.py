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


def ledger_read_only(parent, reason: str) -> None:
    """Said at the start: the program can show everything, but no purchase can be recorded yet."""
    ask(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("messages", "Upgrade Wizard"),
        QCoreApplication.translate(
            "messages",
            "The ledger file can only be read at the moment, so no purchase can be completed. "
            "Once it can be written again, a purchase will work without a restart.",
        ),
        reason,
    )


def offer_new_ledger(parent, damaged: bool, reason: str) -> bool:
    """The ledger is damaged or missing: start a new one (True) or quit (False).

    Nobody can answer on a screen nobody sees: there the answer is to quit.
    """
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return False
    if damaged:
        text = QCoreApplication.translate(
            "messages",
            "The ledger file is damaged, so nothing will be written to it. "
            "It can be kept aside, untouched, and a new, empty ledger file started in its place.",
        )
    else:
        text = QCoreApplication.translate(
            "messages",
            "The ledger file this program used before is missing. "
            "Restore it and start again, or start a new, empty ledger file.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("messages", "Upgrade Wizard"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("messageBox")
    box.setInformativeText(reason)
    start = box.addButton(
        QCoreApplication.translate("messages", "Start a new ledger file"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("messages", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is start
