"""`ledger receipt` and `ledger funnel --chart`: Qt draws them, started here offscreen when no application runs yet."""
from __future__ import annotations

import os


def ensure_application() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_application.app = QGuiApplication([])  # kept: Qt needs its application while it draws


def write_receipt_file(data, path) -> None:
    ensure_application()
    from wizard.ui.kit.receipt_pdf import write_receipt_pdf

    write_receipt_pdf(data, path)


def write_funnel_chart_file(funnel, path, language: str) -> None:
    ensure_application()
    from wizard.ui.kit.funnel_chart import write_funnel_chart

    write_funnel_chart(funnel, path, language)
