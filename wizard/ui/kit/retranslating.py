"""Texts that follow the language: a widget's `retranslate()` runs again on every language switch."""
from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin, before the Qt class: `class CardForm(Retranslating, QWidget)`.

    The class sets every text it shows in `retranslate()` and calls it at the
    end of `__init__`; a language switch (Qt's LanguageChange, sent to every
    widget) calls it again.
    """

    def retranslate(self) -> None:  # pragma: no cover - every user overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
