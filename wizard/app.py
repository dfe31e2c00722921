"""Building and running the wizard.

`create_wizard()` is the contract for tests and automation; `run()` is what
`main.py` does, arranged so the first page is painted before the ledger
(sqlite-utils) is opened.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from wizard import paths


def _stylesheet() -> str:
    try:
        return paths.resource_path("style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


def build_wizard(ledger_path, *, language="en", catalog_path=None, mode="standard", desk="D01"):
    """The wizard without its account data (see `create_wizard`)."""
    from wizard.catalog import load_catalog
    from wizard.i18n import translations
    from wizard.ui.session import Session
    from wizard.ui.wizard import UpgradeWizard

    app = QApplication.instance()
    if not app.property("upgradeWizardStyled"):
        app.setStyleSheet(_stylesheet())
        app.setProperty("upgradeWizardStyled", True)
    tr = translations()
    tr.switch(language)
    session = Session(
        ledger_path=Path(ledger_path),
        catalog=load_catalog(catalog_path),
        language=tr.language,
        mode=mode,
        desk=desk,
    )
    return UpgradeWizard(session, tr)


def load_account(wizard) -> None:
    wizard.session.load_account()
    wizard.page(0).refresh()


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
        wizard = build_wizard(
            ledger_path,
            language=start_language(args.lang),
            catalog_path=args.catalog,
            mode=mode,
            desk=args.desk,
        )
    except CatalogError as error:
        print(f"Cannot use the catalog: {error}", file=sys.stderr)
        return 2
    if mode == "kiosk":
        wizard.showFullScreen()
    else:
        wizard.show()
    # Open the ledger once the first page is on screen.
    failure: list[str] = []

    def open_ledger() -> None:
        from wizard.ledger import LedgerError

        try:
            load_account(wizard)
        except LedgerError as error:
            failure.append(str(error))
            app.exit(2)

    QTimer.singleShot(0, open_ledger)
    status = app.exec()
    if failure:
        print(failure[0], file=sys.stderr)
    wizard.session.close()
    return status
