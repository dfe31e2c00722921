"""The legal documents, shown inside the program from resources/legal/<doc>.<lang>.html.

Offline desks have no browser to hand a link to, and a kiosk must not open
another window: so a dialog of our own, which follows the language switch by
reloading the document in the new language.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from wizard.core import paths

DOCUMENTS = ("terms", "privacy", "acceptable-use")


def document_path(doc: str, language: str):
    path = paths.resource_path("legal", f"{doc}.{language}.html")
    # English is the fallback for a language without its own copy.
    return path if path.exists() else paths.resource_path("legal", f"{doc}.en.html")


class LegalViewer(QDialog):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc = DOCUMENTS[0]
        self.setObjectName("legalViewer")
        self.setModal(True)
        self.resize(720, 560)  # fits inside the 1024x768 minimum with the wizard behind it
        self.browser = QTextBrowser()
        self.browser.setObjectName("legalText")
        self.browser.setOpenExternalLinks(False)  # nothing leaves the program
        self.browser.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.retranslate()

    def titles(self) -> dict[str, str]:
        return {
            "terms": self.tr("Terms of Service"),
            "privacy": self.tr("Privacy Policy"),
            "acceptable-use": self.tr("Acceptable Use Policy"),
        }

    def show_document(self, doc: str) -> None:
        self.doc = doc
        self.retranslate()
        self.open()  # modal but not blocking: the event loop (and tests) keep running
        self.browser.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.titles()[self.doc])
        self.browser.setAccessibleName(self.titles()[self.doc])
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.browser.setHtml(document_path(self.doc, self.session.language).read_text(encoding="utf-8"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
