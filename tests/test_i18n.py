"""Loading and switching translations (wizard/i18n.py) and choosing the start language."""
from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLineEdit

from i18n_helpers import ROOT, compile_translations
from wizard.core import paths
from wizard.ui.kit import translations as i18n


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """The committed .ts compiled afresh, so a stale .qm in i18n/ cannot decide a test."""
    return compile_translations(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def fresh(qapp):
    """A Translations of its own, removed again at the end (the program's stays as it was)."""
    made = i18n.Translations()
    yield made
    made.uninstall()


def _warnings(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING]


# -- a missing or broken .qm ------------------------------------------------


def test_missing_qm_shows_english_with_one_warning(fresh, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(paths, "I18N", tmp_path)  # no .qm at all: a fresh clone before lrelease
    with caplog.at_level(logging.WARNING):
        assert fresh.switch("de") is False
    assert fresh.language == "en"
    [record] = _warnings(caplog)
    assert "wizard_de.qm" in record.getMessage() and "English" in record.getMessage()
    assert "\n" not in record.getMessage()
    assert QCoreApplication.translate("QLineEdit", "&Undo") == "&Undo"


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00garbage\xff" * 64, b"<?xml version='1.0'?><TS/>"],
    ids=["empty", "garbage", "a .ts renamed to .qm"],
)
def test_broken_qm_shows_english_with_one_warning(fresh, compiled, tmp_path, monkeypatch, caplog, content):
    (tmp_path / "wizard_de.qm").write_bytes(content)
    (tmp_path / "wizard_en.qm").write_bytes((compiled / "wizard_en.qm").read_bytes())
    monkeypatch.setattr(paths, "I18N", tmp_path)
    with caplog.at_level(logging.WARNING):
        assert fresh.switch("de") is False
    assert fresh.language == "en"
    assert len(_warnings(caplog)) == 1


def test_broken_qm_after_german_falls_back_to_english(fresh, compiled, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(paths, "I18N", compiled)
    assert fresh.switch("de") is True
    (tmp_path / "wizard_de.qm").write_bytes(b"broken")
    monkeypatch.setattr(paths, "I18N", tmp_path)
    with caplog.at_level(logging.WARNING):
        assert fresh.switch("de") is False
    assert fresh.language == "en"
    assert len(_warnings(caplog)) == 1
    # Nothing German is left installed.
    assert QCoreApplication.translate("QLineEdit", "&Undo") == "&Undo"


# -- Qt's own strings -------------------------------------------------------


def _menu_texts(line: QLineEdit) -> list[str]:
    """The line edit's context menu entries without their shortcuts ("&Undo\tCtrl+Z" -> "&Undo")."""
    menu = line.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    menu.deleteLater()
    return texts


def test_qt_own_strings_follow_the_language(fresh, compiled, monkeypatch, qtbot, caplog):
    monkeypatch.setattr(paths, "I18N", compiled)
    with caplog.at_level(logging.WARNING):
        assert fresh.switch("de") is True
    assert not _warnings(caplog)
    assert fresh.language == "de"
    assert QCoreApplication.translate("QLineEdit", "&Undo") == "&Rückgängig"
    line = QLineEdit()
    qtbot.addWidget(line)
    german_menu = _menu_texts(line)
    assert "&Rückgängig" in german_menu and "Einf&ügen" in german_menu
    assert QLocale().name() == "de_DE"

    assert fresh.switch("en") is True
    assert fresh.language == "en"
    english_menu = _menu_texts(line)
    assert "&Undo" in english_menu and "&Paste" in english_menu
    assert not {"&Rückgängig", "Einf&ügen"} & set(english_menu)
    assert QLocale().name() == "en_US"


def test_switch_keeps_its_translators_alive(fresh, compiled, monkeypatch):
    """Qt does not own a QTranslator: dropped Python references would make lookups fail."""
    import gc

    monkeypatch.setattr(paths, "I18N", compiled)
    fresh.switch("de")
    gc.collect()
    assert QCoreApplication.translate("QLineEdit", "&Undo") == "&Rückgängig"
    assert QCoreApplication.translate("UpgradeWizard", "Cancel") == "Abbrechen"


# -- the start language -----------------------------------------------------


class _FakeSystemLocale:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


@pytest.fixture
def system_locale(monkeypatch):
    def set_to(name: str) -> None:
        monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: _FakeSystemLocale(name)))

    return set_to


@pytest.mark.parametrize(
    ("system", "expected"),
    [("de_DE", "de"), ("de_AT", "de"), ("de_CH", "de"), ("en_US", "en"), ("fr_FR", "en"), ("C", "en")],
)
def test_system_locale_decides_when_nothing_else_does(system_locale, system, expected):
    system_locale(system)
    assert i18n.start_language(None) == expected


def test_remembered_language_beats_the_system(system_locale):
    system_locale("en_US")
    i18n.remember_language("de")
    assert i18n.start_language(None) == "de"
    system_locale("de_DE")
    i18n.remember_language("en")
    assert i18n.start_language(None) == "en"


def test_lang_option_beats_the_remembered_language(system_locale):
    system_locale("de_DE")
    i18n.remember_language("de")
    assert i18n.start_language("en") == "en"
    i18n.remember_language("en")
    assert i18n.start_language("de") == "de"


def test_a_garbled_remembered_language_is_ignored(system_locale):
    system_locale("de_DE")
    i18n.remember_language("klingon")
    assert i18n.start_language(None) == "de"


def test_remembered_language_is_in_the_data_folder(_private_data_dir):
    i18n.remember_language("de")
    assert "language=de" in (_private_data_dir / "settings.ini").read_text()


@pytest.mark.parametrize(("lang", "expected"), [("de_DE.UTF-8", "de"), ("en_GB.UTF-8", "en"), ("C", "en")])
def test_system_language_reads_the_real_environment(lang, expected):
    """Without faking QLocale: Qt reads LANG/LC_ALL at start."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env["LANG"] = lang
    code = "from wizard.ui.kit.translations import system_language; print(system_language())"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == expected


# -- the command line -------------------------------------------------------


def test_unknown_lang_is_a_usage_error_listing_the_languages(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UPGRADE_WIZARD_DATA_DIR=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "main.py", "--lang", "xx"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 2
    assert out.stderr.startswith("usage:")
    error = out.stderr.strip().splitlines()[-1]
    assert "--lang" in error and "'xx'" in error
    assert "de" in error and "en" in error
    assert "Traceback" not in out.stderr


# -- the whole program without its .qm ---------------------------------------


def test_the_wizard_starts_in_english_without_its_qm(make_wizard, tmp_path, monkeypatch, caplog):
    import pages_support  # noqa: F401  (its PySide6 6.12.0 workaround, before building pages)

    monkeypatch.setattr(paths, "I18N", tmp_path)
    with caplog.at_level(logging.WARNING):
        wizard = make_wizard(language="de")
    assert wizard.session.language == "en"
    assert wizard.windowTitle() == "Products & Add-ons"
    assert wizard.currentPage().title() == "Products & Add-ons"
    assert len([r for r in _warnings(caplog) if r.name == "wizard.ui.kit.translations"]) == 1


def test_every_marked_string_is_one_lupdate_can_read():
    """lupdate reads literals only: a context or source in a variable (QT_TRANSLATE_NOOP(CONTEXT, ...),
    self.tr(text)) is left out of the .ts silently, and the string stays English. It happened once."""
    import re

    unreadable = re.compile(r"(QT_TRANSLATE_NOOP|QT_TR_NOOP)\(\s*[^\"\s]|\.tr\(\s*[^\"\s)]")
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in sorted((ROOT / "wizard").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if unreadable.search(line)]
    assert not found, "\n".join(found)
