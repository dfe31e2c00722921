"""The button that switches the whole program to the other language.

It reads the other language's own name ("Deutsch" in English, "English" in
German), so a person who cannot read the current language still finds it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from wizard.core.languages import NATIVE_NAMES, other_language
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.translations import switch_session_language
from wizard.ui.kit.widgets import set_texts


def language_button_text(language: str) -> str:
    """The button's text while `language` is shown: the name of the language it switches to."""
    return NATIVE_NAMES[other_language(language)]


class LanguageButton(Retranslating, QPushButton):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("languageButton")
        self.clicked.connect(self.switch)
        self.retranslate()

    def switch(self) -> None:
        switch_session_language(self.session, other_language(self.session.language))

    def retranslate(self) -> None:
        what = self.tr("Switch the language")
        set_texts(self, text=language_button_text(self.session.language), tip=what, name=what)
