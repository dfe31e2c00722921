"""The base of every page: access to the session, and retranslation on language change."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizardPage

from wizard.ui.session import Session


class Page(QWizardPage):
    """Subclasses build their widgets in __init__, then call `self.retranslate()` at its end.

    `retranslate()` sets every text the page shows (title, subtitle, labels,
    tooltips, placeholders, accessible names, button texts, visible error
    messages) and is run again on every language switch.
    """

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session

    def retranslate(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def language(self) -> str:
        return self.session.language
