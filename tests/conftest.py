import os

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

# As in the program: wizard.ui guards against PySide6 6.12.0's leak of None
# before any widget exists.
import wizard.ui  # noqa: E402, F401


def pytest_sessionfinish(session, exitstatus):
    """Delete every window still open while Qt is fully alive.

    Left to PySide's clean-up at interpreter exit, destroying the widgets of a
    whole session (kiosk, training and presenter windows made by the program
    itself, not by qtbot) now and then deadlocked inside Qt
    (QCoreApplication::removePostedEvents from ~QWidget during
    destroyQCoreApplication): the tests had passed and the process never ended.
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for window in QApplication.topLevelWidgets():
        window.hide()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    from wizard.ui.kit.translations import _translator_for

    _translator_for.cache_clear()  # QTranslators of text_in(), not to outlive the application


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder (fingerprint key, settings, default ledger)."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("UPGRADE_WIZARD_DATA_DIR", str(data))
    return data


@pytest.fixture
def ledger_path(tmp_path):
    """A fresh ledger file per test (created on first open)."""
    return tmp_path / "ledger.sqlite3"


@pytest.fixture
def make_wizard(qtbot, ledger_path):
    """Builds a ready wizard on the test's own ledger: `make_wizard(language="de")`.

    Demo mode unless a test asks for another: it brings the demo account (a dozen
    users, a saved Visa, a Sales Starter plan) into the empty ledger, which most
    tests click through. Standard mode leaves an empty ledger empty.
    """
    from wizard.app import create_wizard

    made = []

    def make(**kwargs):
        kwargs.setdefault("language", "en")
        kwargs.setdefault("mode", "demo")
        wizard = create_wizard(kwargs.pop("ledger_path", ledger_path), **kwargs)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        made.append(wizard)
        return wizard

    yield make
    for made_wizard in made:
        made_wizard.session.close()
    # Leave the next test in English whatever this one switched to.
    from wizard.ui.kit.translations import translations

    translations().switch("en")


@pytest.fixture
def make_shell(qtbot, ledger_path):
    """Builds a ready account window on the test's own ledger: `make_shell(mode="standard")`.

    Demo mode unless a test asks for another (the demo account, "Signed in as");
    standard mode on an empty ledger shows the first-run set-up.
    """
    from wizard.app import create_shell

    made = []

    def make(*, wait_exposed: bool = True, **kwargs):
        """`wait_exposed=False`: returned as create_shell() leaves it, shown before any event-loop step (the
        other sections still waiting for their steps)."""
        kwargs.setdefault("language", "en")
        kwargs.setdefault("mode", "demo")
        shell = create_shell(kwargs.pop("ledger_path", ledger_path), **kwargs)
        qtbot.addWidget(shell)
        shell.resize(1024, 768)
        shell.show()
        if wait_exposed:
            qtbot.waitExposed(shell)
        made.append(shell)
        return shell

    yield make
    for shell in made:
        if shell.upgrade_wizard is not None:
            shell.upgrade_wizard.close()
        shell.session.close()
    from wizard.ui.kit.translations import translations

    translations().switch("en")


@pytest.fixture
def fresh_translations(tmp_path_factory, monkeypatch):
    """The committed .ts compiled afresh, so a stale .qm in i18n/ cannot decide a test; English again after it."""
    from i18n_helpers import compile_translations

    from wizard.core import paths
    from wizard.ui.kit.translations import flush_language_change, translations

    monkeypatch.setattr(paths, "I18N", compile_translations(tmp_path_factory.mktemp("qm")))
    yield
    translations().switch("en")
    flush_language_change()


@pytest.fixture
def make_kiosk(request, qtbot, ledger_path):
    """Builds a shown kiosk window (1280x800) on the test's ledger: `make_kiosk(idle_timeout=30)`.

    A test module sets its default timeouts in KIOSK_TIMEOUTS (short ones to see the countdown, long ones
    to keep it away); afterwards each window is left as after the PIN and the program is English again.
    """
    from wizard.app import create_kiosk

    defaults = getattr(request.module, "KIOSK_TIMEOUTS", {})
    made = []

    def make(**kwargs):
        window = create_kiosk(ledger_path, **{**defaults, **kwargs})
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.watcher.stop()
        window.leave()  # as after the PIN: the wipe, and the window may close
        window.session.close()
    from wizard.ui.kit.translations import translations

    translations().switch("en")

    translations().switch("en")
