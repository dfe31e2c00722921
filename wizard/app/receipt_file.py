"""`ledger receipt`: the PDF is drawn by Qt, started here offscreen when no application runs yet."""
from __future__ import annotations

import os


def write_receipt_file(data, path) -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        write_receipt_file.app = QGuiApplication([])  # kept: Qt needs its application while it draws
    from wizard.ui.kit.receipt_pdf import write_receipt_pdf

    write_receipt_pdf(data, path)
