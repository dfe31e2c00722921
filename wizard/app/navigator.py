"""Which windows a mode opens, and what it finds in an empty ledger.

The one place that knows both the account window and the wizard (the UI layers
keep them apart): the account window asks for the wizard through
`Navigator.open_upgrade`, which opens it modal on the window, on the asked-for
hub, tier and users, and makes the window read the account again once
something was bought. A mode whose first window is the wizard shows it alone.
Pages and windows never ask which mode they run in; they get what the mode
decided.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from wizard.core.modes import FirstWindow


def read_account(session) -> None:
    """Read the account from the ledger; a mode that brings the demo account seeds an empty ledger first.

    Standard mode leaves an empty ledger empty: the account window then shows
    the first-run set-up, which creates the account.
    """
    from wizard import ledger

    if session.mode.seeds_demo_account and ledger.first_account(session.db) is None:
        ledger.seed_demo(session.db)
    session.load_account()


class Navigator:
    def __init__(self, session) -> None:
        self.session = session
        self.window = None  # the first window

    def first_window(self):
        """The mode's first window, built with only what its first paint needs."""
        if self.session.mode.first_window is FirstWindow.WIZARD:
            from wizard.ui.upgrade.wizard import UpgradeWizard

            # The other pages are added by refresh(), after the first paint.
            self.window = UpgradeWizard(self.session, all_pages=False)
        else:
            self.window = self.account_window()
        return self.window

    def account_window(self):
        """The account window (only Home is built; `refresh()` adds the rest once the account is read)."""
        from wizard.ui.shell.window import AccountShell

        return AccountShell(self.session, self.open_upgrade)

    def show_first_window(self):
        window = self.first_window()
        if self.session.mode.full_screen:
            window.showFullScreen()
        else:
            window.show()
        return window

    def open_upgrade(self, shell, *, hub=None, tier=None, users=None):
        """A new wizard, modal on `shell`, on `hub`'s tab with `tier` chosen and exactly `users` ticked
        on the licenses page (each only when given); returns it, shown."""
        from wizard.ui.upgrade.wizard import UpgradeWizard

        wizard = UpgradeWizard(self.session, parent=shell)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.refresh()
        if hub:
            wizard.setField("hub", hub)
        if hub and tier:
            wizard.setField("tier", tier)
        if users is not None:
            wizard.setField("licensed_users", list(users))

        def after_step(_page_id: int) -> None:
            # The purchase is in the ledger once the confirmation shows: the window behind shows it at once.
            if wizard.receipt is not None:
                shell.reload_account()

        wizard.currentIdChanged.connect(after_step)
        wizard.finished.connect(lambda _result: shell.reload_account())
        wizard.show()
        return wizard
