"""Building and running the wizard.

`create_wizard()` is the contract for tests and automation; `run()` is what
`main.py` does, arranged so the first page is painted before the ledger
(sqlite-utils) is opened.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from wizard import paths


def _stylesheet() -> str:
    try:
        return paths.resource_path("style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


def build_session(ledger_path, *, language="en", catalog_path=None, mode="standard", desk="D01"):
    """Style, translations and the catalog: all the program needs before its first window."""
    from wizard.catalog import load_catalog
    from wizard.i18n import translations
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
        mode=mode,
        desk=desk,
    )


def build_wizard(ledger_path, *, language="en", catalog_path=None, mode="standard", desk="D01"):
    """The wizard without its account data (see `create_wizard`)."""
    from wizard.i18n import translations
    from wizard.ui.wizard import UpgradeWizard

    session = build_session(ledger_path, language=language, catalog_path=catalog_path, mode=mode, desk=desk)
    return UpgradeWizard(session, translations())


def load_account(wizard) -> None:
    wizard.session.load_account()
    wizard.refresh()


def create_wizard(ledger_path, *, language="en", catalog_path=None, mode="standard", desk="D01"):
    """A ready UpgradeWizard on `ledger_path` (a QApplication must exist)."""
    wizard = build_wizard(ledger_path, language=language, catalog_path=catalog_path, mode=mode, desk=desk)
    load_account(wizard)
    return wizard


def run(args) -> int:
    from wizard.catalog import CatalogError
    from wizard.i18n import start_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Upgrade Wizard")
    mode = "kiosk" if args.kiosk else "training" if args.training else "demo" if args.demo else "standard"
    if args.ledger:
        ledger_path = Path(args.ledger)
    else:
        ledger_path = paths.demo_ledger_path() if args.demo else paths.default_ledger_path()
    try:
        session = build_session(
            ledger_path,
            language=start_language(args.lang),
            catalog_path=args.catalog,
            mode=mode,
            desk=args.desk,
        )
    except CatalogError as error:
        print(f"Cannot use the catalog: {error}", file=sys.stderr)
        return 2
    window = _first_window(session)
    if mode == "kiosk":
        window.showFullScreen()
    else:
        window.show()
    # Open the ledger once the first page is on screen.
    failure: list[str] = []

    def open_ledger() -> None:
        from wizard.ledger import LedgerError

        try:
            session.load_account()
        except LedgerError as error:
            failure.append(str(error))
            app.exit(2)
            return
        window.refresh()

    QTimer.singleShot(0, open_ledger)
    status = app.exec()
    if failure:
        print(failure[0], file=sys.stderr)
    session.close()
    return status


def _first_window(session):
    """Demo and kiosk go straight to the wizard; otherwise the account shell comes first."""
    from wizard.i18n import translations
    from wizard.ui.wizard import UpgradeWizard

    if session.mode in ("demo", "kiosk"):
        return UpgradeWizard(session, translations())
    from wizard.ui.shell import AccountShell

    shell = None

    def open_wizard() -> None:
        wizard = UpgradeWizard(session, translations(), parent=shell)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.refresh()
        wizard.open()

    shell = AccountShell(session, translations(), open_wizard)
    return shell
