"""The ways of using the program, each a value with its properties (no Qt).

Code asks a mode what it does (`mode.full_screen`, `mode.seeds_demo_account`)
instead of comparing its name, so a new mode or a new property is one change
here, not an `if mode == ...` on every page.

What each mode does today: standard opens the account window on the default
ledger; demo opens the account window on the demo ledger; kiosk opens the
attract screen full screen and gives every visitor a new wizard (and a new
account: no account is read from the ledger, none is set up up front); training
starts with a dialog for the trainee, the exercise and the way, then the exercise
with its coach (orders marked "training"). Demo and training bring the demo account
into an empty ledger; standard sets up a new account on an empty ledger (the
first-run set-up). Demo and training let the account window switch who is
signed in (an admin or an ordinary user).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class FirstWindow(StrEnum):
    ACCOUNT = "account"  # the account window; its menu opens the wizard on top of it
    WIZARD = "wizard"  # the wizard alone, from its first page
    KIOSK = "kiosk"  # the attract screen; each visit a new wizard on it (wizard.app.kiosk)


class LedgerKind(StrEnum):
    """Which ledger a mode uses when no `--ledger FILE` is given."""

    DEFAULT = "default"  # paths.default_ledger_path()
    DEMO = "demo"  # paths.demo_ledger_path(): demos never write into a real ledger


@dataclass(frozen=True)
class Mode:
    name: str  # as on the command line (--demo ...) and in the ledger: orders.mode, sales_leads.mode
    first_window: FirstWindow
    full_screen: bool
    seeds_demo_account: bool  # an empty ledger gets the demo account before the first read
    ledger: LedgerKind
    # The account window offers "Signed in as ...": the admin or an ordinary user of the account.
    switches_user: bool = False
    # The payment page lists the test cards that decline (core.declines), for practising a refused payment.
    lists_test_cards: bool = False
    # A visit ends after a countdown without input: its wizard is destroyed, an `idle_reset` event written.
    idle_reset: bool = False
    # Starts only with an exit PIN set (core.kiosk_lock), and leaves only with it.
    pin_exit: bool = False
    # Each visitor is a new customer: no account is read from the ledger; the company entered
    # on the payment page becomes a new account (so there is no first-run set-up either).
    account_per_visit: bool = False
    # The first window is training's: a start dialog (trainee, exercise, way), then the exercise with
    # the coach panel (wizard.app.training); the command line's --exercise/--way/--trainee skip the dialog.
    coach_panel: bool = False
    # Each step shown, left and abandoned in the wizard is an event (no personal data), for `ledger funnel`.
    records_funnel: bool = False
    # The presenter's controls on the account window: the step list (F9), F-keys, the demo badge (ui/presenter).
    presenter_controls: bool = False

    @property
    def order_mark(self) -> str:
        """What orders and sales leads made in this mode record in their `mode` column."""
        return self.name

    @property
    def sets_up_account(self) -> bool:
        """An empty ledger asks for a new account (the first-run set-up) instead of getting the demo's.

        Not in a mode with an account per visit: there the visitor's company becomes the account.
        """
        return not self.seeds_demo_account and not self.account_per_visit

    def default_ledger_path(self) -> Path:
        from wizard.core import paths

        return paths.demo_ledger_path() if self.ledger is LedgerKind.DEMO else paths.default_ledger_path()


STANDARD = Mode(
    "standard", FirstWindow.ACCOUNT, full_screen=False, seeds_demo_account=False, ledger=LedgerKind.DEFAULT
)
DEMO = Mode(
    "demo", FirstWindow.ACCOUNT, full_screen=False, seeds_demo_account=True, ledger=LedgerKind.DEMO,
    switches_user=True, lists_test_cards=True, records_funnel=True, presenter_controls=True,
)
KIOSK = Mode(
    "kiosk", FirstWindow.KIOSK, full_screen=True, seeds_demo_account=False, ledger=LedgerKind.DEFAULT,
    idle_reset=True, pin_exit=True, account_per_visit=True, records_funnel=True,
)
TRAINING = Mode(
    "training", FirstWindow.ACCOUNT, full_screen=False, seeds_demo_account=True, ledger=LedgerKind.DEFAULT,
    switches_user=True, lists_test_cards=True, records_funnel=True, coach_panel=True,
)
MODES = (STANDARD, DEMO, KIOSK, TRAINING)


def by_name(name: str) -> Mode:
    """The mode called `name` ("standard", "demo", "kiosk", "training"); ValueError otherwise."""
    for mode in MODES:
        if mode.name == name:
            return mode
    raise ValueError(f"unknown mode {name!r}; one of: {', '.join(m.name for m in MODES)}")


def mode_from_args(args) -> Mode:
    """The mode the command line asks for; several flags: kiosk, then training, then demo win."""
    for mode in (KIOSK, TRAINING, DEMO):
        if getattr(args, mode.name, False):
            return mode
    return STANDARD
