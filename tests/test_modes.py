"""Modes as values: what each does today, how the command line picks one, how its orders are marked."""
from __future__ import annotations

import dataclasses

import pytest

from helpers import agree, buy_as_visitor, click, commit_button, go_to_payment, next_button, orders
from wizard.app.cli import build_parser
from wizard.core import modes, paths
from wizard.core.modes import DEMO, KIOSK, STANDARD, TRAINING, FirstWindow, LedgerKind, mode_from_args


def test_each_mode_does_what_it_does_today():
    assert (STANDARD.first_window, STANDARD.full_screen, STANDARD.seeds_demo_account, STANDARD.ledger) == (
        FirstWindow.ACCOUNT, False, False, LedgerKind.DEFAULT)
    assert (DEMO.first_window, DEMO.full_screen, DEMO.seeds_demo_account, DEMO.ledger) == (
        FirstWindow.ACCOUNT, False, True, LedgerKind.DEMO)
    assert (KIOSK.first_window, KIOSK.full_screen, KIOSK.seeds_demo_account, KIOSK.ledger) == (
        FirstWindow.KIOSK, True, False, LedgerKind.DEFAULT)
    assert (TRAINING.first_window, TRAINING.full_screen, TRAINING.seeds_demo_account, TRAINING.ledger) == (
        FirstWindow.ACCOUNT, False, True, LedgerKind.DEFAULT)


def test_demo_and_training_switch_the_signed_in_user_and_only_standard_sets_up_an_account():
    assert [m.name for m in modes.MODES if m.switches_user] == ["demo", "training"]
    assert [m.name for m in modes.MODES if m.sets_up_account] == ["standard"]


def test_only_training_opens_the_coach():
    assert [m.name for m in modes.MODES if m.coach_panel] == ["training"]


def test_only_kiosk_mode_wipes_idle_visits_and_makes_an_account_per_visit_without_a_set_up():
    assert [m.name for m in modes.MODES if m.idle_reset] == ["kiosk"]
    assert [m.name for m in modes.MODES if m.account_per_visit] == ["kiosk"]
    assert not KIOSK.seeds_demo_account and not KIOSK.sets_up_account


def test_only_kiosk_mode_needs_an_exit_pin():
    assert [m.name for m in modes.MODES if m.pin_exit] == ["kiosk"]


def test_orders_keep_the_mode_strings_the_ledger_has_always_had():
    assert [m.order_mark for m in modes.MODES] == ["standard", "demo", "kiosk", "training"]


def test_a_mode_is_a_value():
    with pytest.raises(dataclasses.FrozenInstanceError):
        STANDARD.full_screen = True
    assert modes.by_name("kiosk") is KIOSK
    assert dataclasses.replace(KIOSK) == KIOSK
    with pytest.raises(ValueError, match="unknown mode 'shop'"):
        modes.by_name("shop")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], STANDARD),
        (["--demo"], DEMO),
        (["--kiosk"], KIOSK),
        (["--training"], TRAINING),
        (["--demo", "--training"], TRAINING),
        (["--demo", "--kiosk", "--training"], KIOSK),
    ],
)
def test_the_command_line_picks_the_mode(argv, expected):
    assert mode_from_args(build_parser().parse_args(argv)) is expected


def test_only_demo_uses_the_demo_ledger():
    assert DEMO.default_ledger_path() == paths.demo_ledger_path()
    for mode in (STANDARD, KIOSK, TRAINING):
        assert mode.default_ledger_path() == paths.default_ledger_path()


@pytest.mark.parametrize("mode", ["kiosk", "training"])
def test_an_order_records_the_mode_it_was_made_in(qtbot, make_wizard, ledger_path, mode):
    wizard = make_wizard(mode=mode)
    assert wizard.session.mode is modes.by_name(mode)
    if mode == "kiosk":
        assert wizard.session.account is None  # each visitor a new customer: their company becomes the account
        buy_as_visitor(qtbot, wizard)
    else:
        assert wizard.session.account is not None  # training brings the demo account
        go_to_payment(wizard)  # the saved Visa is chosen
        click(qtbot, next_button(wizard))
        agree(qtbot, wizard.currentPage())
        click(qtbot, commit_button(wizard))
    assert wizard.currentPage().objectName() == "confirmationPage"
    assert [o["mode"] for o in orders(ledger_path)] == [mode]
