"""Loading and switching the program's translations at run time.

Two translators are installed per language: Qt's (`qtbase_<lang>.qm`, for
context menus and standard dialogs) and the program's own
(`i18n/wizard_<lang>.qm`, installed last so that it is asked first). Installing
them makes Qt post `LanguageChange` to every window; each page answers with its
`retranslate()`. English needs its own `.qm` too, for the plural forms
("%n user(s)" -> "1 user", "2 users").

A missing or broken `.qm` never stops the program: it shows English and says so
in one warning line.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from wizard.core import paths
from wizard.core.languages import LANGUAGES

log = logging.getLogger(__name__)


def settings() -> QSettings:
    """The program's small settings file, in its own data folder."""
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def system_language() -> str:
    """German for a `de*` system locale, English for any other (including "C")."""
    return "de" if QLocale.system().name().lower().startswith("de") else "en"


def start_language(requested: str | None) -> str:
    """`--lang`, else the last one chosen, else the system's."""
    if requested in LANGUAGES:
        return requested
    remembered = settings().value("language")
    if remembered in LANGUAGES:
        return remembered
    return system_language()


def remember_language(language: str) -> None:
    s = settings()
    s.setValue("language", language)
    s.sync()


class Translations:
    """The installed translators of one language.

    Qt does not own a QTranslator it is given: without the references kept in
    `_installed`, Python would delete them and Qt would look words up in freed
    memory.
    """

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> bool:
        """Install `language`'s translators; False (English, one warning line) when its .qm is unusable.

        The widgets retranslate when the posted `LanguageChange` events are
        delivered; `flush_language_change()` delivers them at once.
        """
        own = QTranslator()
        problem = None
        if not own.load(f"wizard_{language}.qm", str(paths.I18N)):
            problem = f"{paths.I18N / f'wizard_{language}.qm'} is missing or broken"
            if language != "en":
                # English is the source language: without its .qm only the
                # plural forms fall back to their "(s)" spelling.
                if not own.load("wizard_en.qm", str(paths.I18N)):
                    own = None
            else:
                own = None
        shown = "en" if problem else language
        qt = None
        if shown != "en":
            qt = QTranslator()
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if not qt.load(f"qtbase_{shown}", folder):
                # The program's own words still work; Qt's menus stay English.
                log.warning("Qt's own translation qtbase_%s.qm was not found in %s.", shown, folder)
                qt = None

        self.uninstall()
        app = QCoreApplication.instance()
        # The translator installed last is asked first: the program's own words
        # win over Qt's where both know a text.
        for translator in (qt, own):
            if translator is not None:
                app.installTranslator(translator)
                self._installed.append(translator)
        QLocale.setDefault(QLocale(shown))
        self.language = shown
        if problem:
            log.warning("Cannot use the %s translation (%s); showing English.", language, problem)
        return not problem

    def uninstall(self) -> None:
        """Remove this object's translators (the program then shows its English sources)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []


def flush_language_change() -> None:
    """Deliver the posted `LanguageChange` events now, so every widget has retranslated on return."""
    from PySide6.QtCore import QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def switch_session_language(session, language: str) -> None:
    """What the language buttons do: switch, remember, and retranslate before returning.

    `session.language` is set before the widgets retranslate, because they
    format money and dates with it.
    """
    translations().switch(language)
    session.language = translations().language
    remember_language(session.language)
    flush_language_change()


_translations: Translations | None = None


def translations() -> Translations:
    global _translations
    if _translations is None:
        _translations = Translations()
    return _translations


@lru_cache(maxsize=None)
def _translator_for(language: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(f"wizard_{language}.qm", folder) else None


def text_in(language: str, context: str, source: str, *args) -> str:
    """`source` in `language`, whatever language the program shows: a lookup in that language's .qm
    without installing it (installing would switch every window). For what is written in a language of
    its own: a receipt in its order's language, a report or chart in the one asked for, the attract
    screen's line in each language. No translation there: the source (English). `args` fill in "%1",
    "%2"... (placeholders.fill)."""
    from wizard.ui.kit.placeholders import fill

    translator = _translator_for(language, str(paths.I18N))
    return fill((translator.translate(context, source) if translator else "") or source, *args)
