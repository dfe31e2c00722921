"""Loading and switching the program's translations at run time.

Two translators are installed per language: the program's own
(`i18n/wizard_<lang>.qm`) and Qt's (`qtbase_<lang>.qm`, for context menus and
standard dialogs). Installing them makes Qt send `LanguageChange` to every
widget; each page answers with its `retranslate()`.
"""
from __future__ import annotations

import locale
import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from wizard import paths

LANGUAGES = ("de", "en")
log = logging.getLogger(__name__)


def settings() -> QSettings:
    """The program's small settings file, in its own data folder."""
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def system_language() -> str:
    code = QLocale.system().name() or os.environ.get("LANG", "") or (locale.getlocale()[0] or "")
    return "de" if code.lower().startswith("de") else "en"


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
    """Keeps the installed translators alive (Qt does not own them)."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> bool:
        """Install `language`'s translators; False (and English) when its .qm is unusable."""
        requested = language
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        own = QTranslator()
        ok = own.load(str(paths.I18N / f"wizard_{language}.qm"))
        if not ok:
            log.warning("Translation file i18n/wizard_%s.qm is missing or broken; showing English.", language)
            language = "en"
            ok = own.load(str(paths.I18N / "wizard_en.qm"))
        if ok:
            self._installed.append(own)
        if language != "en":
            qt = QTranslator()
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        QLocale.setDefault(QLocale(language))
        for translator in self._installed:
            app.installTranslator(translator)
        self.language = language
        return language == requested


_translations: Translations | None = None


def translations() -> Translations:
    global _translations
    if _translations is None:
        _translations = Translations()
    return _translations
