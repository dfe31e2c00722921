"""Which windows a mode opens, and what it finds in an empty ledger.

The one place that knows both the account window and the wizard (the UI layers
keep them apart): the account window's "Products & Add-ons" opens the wizard
modal on it; a mode whose first window is the wizard shows it alone. Pages and
windows never ask which mode they run in; they get what the mode decided.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from wizard.core.modes import FirstWindow


def read_account(session) -> None:
    """Read the account from the ledger; a mode that brings the demo account seeds an empty ledger first.

    Standard mode leaves an empty ledger empty: the account window says so
    (setting up a new account is the next version's first-run set-up).
    """
    from wizard import ledger

    if session.mode.seeds_demo_account and ledger.first_account(session.db) is None:
        ledger.seed_demo(session.db)
    session.load_account()


class Navigator:
    def __init__(self, session) -> None:
        self.session = session
        self.window = None  # the first window; the wizard opens modal on it

    def first_window(self):
        """The mode's first window, built with only what its first paint needs."""
        if self.session.mode.first_window is FirstWindow.WIZARD:
            from wizard.ui.upgrade.wizard import UpgradeWizard

            # The other pages are added by refresh(), after the first paint.
            self.window = UpgradeWizard(self.session, all_pages=False)
        else:
            from wizard.ui.shell.window import AccountShell

            self.window = AccountShell(self.session, self.open_wizard)
        return self.window

    def show_first_window(self):
        window = self.first_window()
        if self.session.mode.full_screen:
            window.showFullScreen()
        else:
            window.show()
        return window

    def open_wizard(self) -> None:
        """From the account window's menu: a new wizard, modal on it."""
        from wizard.ui.upgrade.wizard import UpgradeWizard

        wizard = UpgradeWizard(self.session, parent=self.window)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.refresh()
        wizard.show()
