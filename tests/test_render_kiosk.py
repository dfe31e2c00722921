"""The kiosk rendered to PNG as a visitor sees it, at 1280x800 with the kiosk's scale (1.25), in both languages:
the attract screen, the "Are you still there?" countdown, the seats step and the confirmation with its QR code.
Nothing cut off. $RENDER_DIR keeps the images."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from helpers import VISITOR, buy_as_visitor, type_into
from test_kiosk_visit import to_seats
from test_render import cut_off, settle

KIOSK_TIMEOUTS = {"idle_timeout": 600}  # the countdown only when the test starts it


def kiosk_shots(qtbot, window):
    yield "attract"
    wizard = window.start_visit()
    window.overlay.start(20)
    yield "countdown"
    window.overlay.hide()
    page = to_seats(wizard)
    wizard.setField("seats", 3)
    settle()
    type_into(qtbot, page.findChild(QLineEdit, "seatName1"), VISITOR[0])
    yield "seats"
    buy_as_visitor(qtbot, wizard, hub="sales", tier="professional", currency="EUR")
    assert wizard.currentPage().objectName() == "confirmationPage"
    yield "confirmation_qr"


def render_shots(window, shots, language: str, tmp_path) -> dict:
    """Each shot saved as kiosk_<name>_<language>_1280x800.png (RENDER_DIR keeps them); {name: text cut off}."""
    out = Path(os.environ.get("RENDER_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    failures = {}
    for name in shots:
        settle()
        assert window.grab().save(str(out / f"kiosk_{name}_{language}_1280x800.png"))
        if name != "attract":  # drawn by the program itself, not made of labels
            problems = cut_off(window)
            if problems:
                failures[name] = problems
    return failures


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_kiosk_renders_with_nothing_cut_off(qtbot, make_kiosk, tmp_path, language):
    window = make_kiosk(language=language)
    assert window.scale == 1.25
    failures = render_shots(window, kiosk_shots(qtbot, window), language, tmp_path)
    assert not failures, failures


def payment_and_confirmation_shots(qtbot, window):
    """The payment page (its "New credit card" row, the share check box) and the confirmation of 3 seats with
    only the visitor named ("... for 1 user, and 2 seats not yet assigned ...")."""
    from helpers import fill_new_card, fill_visitor_company, go_to_payment

    wizard = window.start_visit()
    page = to_seats(wizard)
    wizard.setField("seats", 3)
    settle()
    type_into(qtbot, page.findChild(QLineEdit, "seatName1"), VISITOR[0])
    payment = go_to_payment(wizard, hub="sales", tier="professional", users=[VISITOR])
    fill_visitor_company(qtbot, payment)
    fill_new_card(qtbot, payment, holder=VISITOR[0])
    yield "payment"
    buy_as_visitor(qtbot, wizard, hub="sales", tier="professional", currency="EUR")
    assert wizard.currentPage().objectName() == "confirmationPage"
    yield "confirmation_3_seats"


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_kiosk_payment_and_a_partly_named_confirmation_render_with_nothing_cut_off(qtbot, make_kiosk, tmp_path,
                                                                                       language):
    window = make_kiosk(language=language)
    assert window.scale == 1.25
    failures = render_shots(window, payment_and_confirmation_shots(qtbot, window), language, tmp_path)
    assert not failures, failures
