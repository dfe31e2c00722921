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

from PySide6.QtWidgets import QApplication

from wizard.core.modes import FirstWindow


def read_account(session) -> None:
    """Read the account from the ledger; a mode that brings the demo account seeds an empty ledger first.

    Standard mode leaves an empty ledger empty: the account window then shows
    the first-run set-up, which creates the account. A mode with an account per
    visit (kiosk) reads none: the ledger is only opened, and so checked, at the start.
    """
    from wizard import ledger

    if session.mode.account_per_visit:
        _ = session.db
        session.account_read = True
        return
    if session.mode.seeds_demo_account and ledger.first_account(session.db) is None:
        ledger.seed_demo(session.db)
    session.load_account()


class Navigator:
    def __init__(self, session, *, kiosk_config=None, prospects=()) -> None:
        self.session = session
        self.prospects = tuple(prospects)  # --prospects FILE: core.prospect.Prospect, for "Prepare demo"
        self.kiosk_config = kiosk_config  # core.kiosk_config.KioskConfig of a kiosk desk; None: its defaults
        self.window = None  # the first window
        self.presenter = None  # ui.presenter's controls on the account window, in a mode that has them
        # The widget whose first paint puts the first window on screen (the start then opens the ledger).
        self.painted_first = None

    def first_window(self):
        """The mode's first window, built with only what its first paint needs."""
        first = self.session.mode.first_window
        if first is FirstWindow.KIOSK:
            from wizard.app.kiosk import build_kiosk
            from wizard.core.kiosk_config import KioskConfig

            # The attract screen only; every visit builds its own wizard.
            self.window = build_kiosk(self.session, self.kiosk_config or KioskConfig())
            self.window.left.connect(QApplication.quit)
            # The attract screen covers the window and paints opaquely: the window gets no paint of its own.
            self.painted_first = self.window.attract
        elif first is FirstWindow.WIZARD:
            from wizard.ui.upgrade.wizard import UpgradeWizard

            # The other pages are added by refresh(), after the first paint.
            self.window = UpgradeWizard(self.session, all_pages=False)
        else:
            # The presenter's dock (hidden until F9), keys and badge come after the first paint.
            self.window = self.account_window(presenter=False)
        if self.painted_first is None:
            self.painted_first = self.window
        return self.window

    def account_window(self, *, presenter: bool = True):
        """The account window (only Home is built; `refresh()` adds the rest once the account is read).

        `presenter=False`: the mode's presenter controls wait for `after_ready()`.
        """
        from wizard.ui.shell.window import AccountShell

        shell = AccountShell(self.session, self.open_upgrade)
        shell.prospects = self.prospects
        if presenter:
            self._attach_presenter(shell)
        return shell

    def _attach_presenter(self, shell) -> None:
        if self.session.mode.presenter_controls and self.presenter is None:
            from wizard.ui.presenter.step_dock import attach_presenter

            self.presenter = attach_presenter(shell, show_me=self.show_me)

    def after_ready(self) -> None:
        """What the first window leaves for after it is ready (the presenter's dock, hidden until F9, its keys
        and badge: ~35-40 ms that a first click need not wait for)."""
        if self.session.mode.first_window is FirstWindow.ACCOUNT:
            self._attach_presenter(self.window)

    def show_me(self, exercise_id: str, language: str):
        """The presenter's Show me: the exercise plays itself in a training window of its own (nothing is bought)."""
        from PySide6.QtCore import Qt  # not at the top: Qt's ~94 enums would be made before the first paint

        from wizard.app.training_window import training_window
        from wizard.core.exercises import load_exercises
        from wizard.core.modes import TRAINING
        from wizard.ui.session import Session

        demo = self.session
        # A session of its own, marked training: Show me's steps do not count as the demo's visits.
        session = Session(ledger_path=demo.ledger_path, catalog=demo.catalog, language=language, mode=TRAINING,
                          desk=demo.desk)
        read_account(session)
        window = training_window(session, load_exercises()[exercise_id], way="show")
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(window.session.close)
        window.show()
        return window

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
        from PySide6.QtCore import Qt  # see show_me

        from wizard.ui.upgrade.wizard import UpgradeWizard

        wizard = UpgradeWizard(self.session, parent=shell)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        if self.presenter:
            self.presenter.wizard_opened(wizard)
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
