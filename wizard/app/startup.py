"""Starting the program: style, translations, the first paint, then the ledger.

`create_wizard()`, `create_shell()` and `create_kiosk()` are the contract for
tests and automation; `run()` is what `main.py` does, arranged in steps: the first
window painted, then the ledger opened and the account read (READY_PROPERTY),
then what can follow (the presenter's controls; the account window's other
sections and the kiosk's next visit come in steps of their own). Which windows a
mode opens is navigator.py's.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from wizard.core import paths
from wizard.core.modes import FirstWindow, Mode, by_name, mode_from_args

READY_PROPERTY = "upgradeWizardReady"  # set on the QApplication once run() has read the account


def _stylesheet() -> str:
    try:
        return paths.resource_path("style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


def build_session(ledger_path, *, language="en", catalog_path=None, mode: Mode | str = "standard", desk="D01"):
    """Style, translations and the catalog: all the program needs before its first window.

    `mode`: a Mode or its name ("standard", "demo", "kiosk", "training").
    """
    from wizard.core.catalog_loading import load_catalog
    from wizard.ui.kit.translations import translations
    from wizard.ui.session import Session

    app = QApplication.instance()
    if not app.property("upgradeWizardStyled"):
        app.setStyleSheet(_stylesheet())
        app.setProperty("upgradeWizardStyled", True)
    tr = translations()
    tr.switch(language)
    return Session(
        ledger_path=Path(ledger_path),
        catalog=load_catalog(catalog_path),
        language=tr.language,
        mode=mode if isinstance(mode, Mode) else by_name(mode),
        desk=desk,
    )


def build_wizard(ledger_path, *, language="en", catalog_path=None, mode="standard", desk="D01"):
    """The wizard without its account data (see `create_wizard`)."""
    from wizard.ui.upgrade.wizard import UpgradeWizard

    session = build_session(ledger_path, language=language, catalog_path=catalog_path, mode=mode, desk=desk)
    return UpgradeWizard(session)


def load_account(wizard) -> None:
    """The account as the wizard's mode finds it (demo: seeded into an empty ledger)."""
    from wizard.app.navigator import read_account

    read_account(wizard.session)
    wizard.refresh()


def create_wizard(ledger_path, *, language="en", catalog_path=None, mode="standard", desk="D01"):
    """A ready UpgradeWizard on `ledger_path` (a QApplication must exist).

    In "standard" mode an empty ledger stays empty (no account, no users);
    "demo" brings the demo account into it.
    """
    wizard = build_wizard(ledger_path, language=language, catalog_path=catalog_path, mode=mode, desk=desk)
    load_account(wizard)
    return wizard


def create_shell(ledger_path, *, language="en", catalog_path=None, mode="standard", desk="D01"):
    """A ready account window (AccountShell, objectName "accountShell") on `ledger_path`, whatever the mode.

    The account is read as the mode finds it: demo, kiosk and training bring the
    demo account into an empty ledger; standard shows the first-run set-up there.
    A QApplication must exist.
    """
    from wizard.app.navigator import Navigator, read_account

    session = build_session(ledger_path, language=language, catalog_path=catalog_path, mode=mode, desk=desk)
    shell = Navigator(session).account_window()
    read_account(session)
    shell.refresh()
    return shell


def create_kiosk(ledger_path, *, language="en", catalog_path=None, desk="D01", idle_timeout=90, countdown=20,
                 confirmation_timeout=30):
    """A ready kiosk window (objectName "kioskWindow") on the attract screen (a QApplication must exist).

    `window.start_visit()` starts a visit and returns its UpgradeWizard (`window.wizard`, None on the
    attract screen). Timeouts in seconds, fractions too.
    """
    from wizard.app.kiosk import build_kiosk
    from wizard.core.kiosk_config import KioskConfig
    from wizard.core.modes import KIOSK

    session = build_session(ledger_path, language=language, catalog_path=catalog_path, mode=KIOSK, desk=desk)
    # The other settings (currency, scale) are the kiosk config's defaults; a desk's own come through run().
    config = KioskConfig(desk=desk, language=language, idle_timeout=idle_timeout, countdown=countdown,
                         confirmation_timeout=confirmation_timeout)
    return build_kiosk(session, config)


def run(args) -> int:
    from wizard.app.navigator import Navigator, read_account
    from wizard.core.catalog import CatalogError
    from wizard.ui.kit.translations import start_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Upgrade Wizard")
    app.setProperty(READY_PROPERTY, False)
    mode = mode_from_args(args)
    ledger_path = Path(args.ledger) if args.ledger else mode.default_ledger_path()
    kiosk = None
    if mode.first_window is FirstWindow.KIOSK:
        from wizard.app.kiosk import desk_config
        from wizard.core.kiosk_config import KioskConfigError

        try:
            kiosk = desk_config(args)  # the desk's settings, the command line's choices over them
        except KioskConfigError as error:
            print(f"Cannot use the kiosk config: {error}", file=sys.stderr)
            return 2
    try:
        session = build_session(
            ledger_path,
            language=kiosk.language if kiosk else start_language(args.lang),
            catalog_path=kiosk.catalog if kiosk else args.catalog,
            mode=mode,
            desk=kiosk.desk if kiosk else (args.desk or "D01"),
        )
    except CatalogError as error:
        print(f"Cannot use the catalog: {error}", file=sys.stderr)
        return 2
    navigator = Navigator(session, kiosk_config=kiosk, prospects=args.prospect_list)
    window = navigator.show_first_window()
    # Open the ledger once the first page is on screen.
    def open_ledger() -> None:
        from wizard.ledger import LedgerError, LedgerProblem
        from wizard.ui.kit import messages

        try:
            try:
                read_account(session)
            except LedgerError as error:
                if error.problem not in (LedgerProblem.DAMAGED, LedgerProblem.MISSING):
                    raise
                print(error, file=sys.stderr, flush=True)
                if not messages.offer_new_ledger(window, error.problem is LedgerProblem.DAMAGED, str(error)):
                    app.exit(2)
                    return
                session.start_new_ledger()
                read_account(session)
        except LedgerError as error:
            print(error, file=sys.stderr, flush=True)
            messages.ledger_unusable(window, str(error))
            app.exit(2)
            return
        if session.read_only:
            reason = f"The ledger {session.ledger_path} can only be read at the moment."
            print(reason, file=sys.stderr, flush=True)
            messages.ledger_read_only(window, reason)
        window.refresh()
        if navigator.prospects and hasattr(window, "prepare_demo"):
            window.prepare_demo()  # --prospects: the rep picks today's prospect first
        # For bench/ and automation: the account is read and the first page filled; the account window's
        # other sections follow one per event-loop step (each built on the click when asked for sooner).
        app.setProperty(READY_PROPERTY, True)
        QTimer.singleShot(0, navigator.after_ready)  # the presenter's controls, in a step of their own

    def after_paint() -> None:
        # A step of its own: input that came meanwhile is handled before the ledger is read.
        QTimer.singleShot(0, open_ledger)

    after_first_paint(navigator.painted_first, after_paint)
    status = app.exec()
    # A window left open after exec() would still get events in a later run in the same process.
    window.close()
    session.close()
    return status


class _FirstPaint(QObject):
    """Calls back once, after `window` has been painted for the first time."""

    def __init__(self, window, callback) -> None:
        super().__init__(window)
        self._callback = callback

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Let the paint finish and reach the screen before the slow work.
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(window, callback) -> None:
    """A zero timer is not enough: on some platforms it fires before the window is exposed.

    The filter sits on the window alone (a top-level window gets its own paint
    event; the kiosk's is covered by its attract screen, which is watched instead:
    Navigator.painted_first): an application-wide filter would see, and make
    PySide wrap, every widget of the program, including ones being destroyed.
    """
    window.installEventFilter(_FirstPaint(window, callback))

