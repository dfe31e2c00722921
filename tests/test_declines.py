"""Declining test cards: the table, the ledger's payment_declined event, and the review page."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication
from helpers import (
    MASTERCARD, VISA, agree, click, commit_button, fill_new_card, go_to_payment, ledger_rows, next_button, orders,
    type_into,
)
from ledger_support import seeded

from wizard.core.declines import TEST_CARDS, CardDeclined, DeclineReason, decline_reason
from wizard.ledger import InvalidPurchase
from wizard.ledger.declines import record_decline
from wizard.ledger.chain import GENESIS_HASH
from wizard.ui.upgrade.fields import PageId

DECLINING = {
    "4000 0000 0000 0002": ("card_declined", "The bank did not accept the payment. Go back and use another card."),
    "4000 0000 0000 9995": ("insufficient_funds", "The card has insufficient funds. Go back and use another card."),
    "4000 0000 0000 0069": ("expired_card", "The bank reports this card as expired. Go back and use another card."),
    "4000 0000 0000 0127": (
        "incorrect_cvc", "The security code is incorrect. Go back, enter the security code again or use another card.",
    ),
}


# -- the table -------------------------------------------------------------


@pytest.mark.parametrize("number, expected", [(n, reason) for n, (reason, _text) in DECLINING.items()])
def test_each_test_card_gives_its_reason(number, expected):
    assert decline_reason(number) == DeclineReason(expected)
    assert decline_reason(number.replace(" ", "")) == DeclineReason(expected)
    assert decline_reason(number.replace(" ", "-")) == DeclineReason(expected)


@pytest.mark.parametrize("number", [VISA, MASTERCARD, "378282246310005", "4000 0000 0000 0010", "", "abc", "4000"])
def test_other_cards_do_not_decline(number):
    assert decline_reason(number) is None


def test_the_reasons_are_the_ledgers_contract():
    assert {str(r) for r in TEST_CARDS.values()} == {
        "card_declined", "insufficient_funds", "expired_card", "incorrect_cvc",
    }
    assert str(CardDeclined(DeclineReason.EXPIRED_CARD)) == "expired_card"  # the reason only, never a number


# -- the ledger ------------------------------------------------------------


def test_record_decline_writes_one_event_and_nothing_else(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    try:
        before = ledger_rows(path, "SELECT count(*) AS n FROM orders")[0]["n"]
        uid = record_decline(db, account_id=account_id, reason=DeclineReason.INSUFFICIENT_FUNDS, desk="D01",
                             mode="training")
        with pytest.raises(InvalidPurchase):
            record_decline(db, account_id=account_id, reason="stolen", desk="D01", mode="demo")
    finally:
        db.close()
    events = ledger_rows(path, "SELECT * FROM events WHERE kind = 'payment_declined'")
    assert [(e["uid"], e["account_id"], e["desk"]) for e in events] == [(uid, account_id, "D01")]
    assert json.loads(events[0]["detail"]) == {"reason": "insufficient_funds", "mode": "training"}
    assert ledger_rows(path, "SELECT count(*) AS n FROM orders")[0]["n"] == before


# -- the wizard --------------------------------------------------------------


def _file_bytes(ledger_path) -> list[bytes]:
    files = [p for p in ledger_path.parent.iterdir() if p.name.startswith(ledger_path.name)]
    return [p.read_bytes() for p in files]


def _assert_no_digits(blobs: list[bytes], number: str) -> None:
    digits = number.replace(" ", "")
    for blob in blobs:
        # The first order of a desk links to the genesis hash, 64 zeros, stored right before its own
        # hash: "0000...0" + "2f3a..." holds the last eight digits of 4000 0000 0000 0002 one time in 16.
        blob = blob.replace(GENESIS_HASH.encode(), b"|")
        for text in {digits, number, digits[:-4], digits[-8:]}:
            assert text.encode() not in blob
            assert text.encode("utf-16-le") not in blob


@pytest.mark.parametrize("number", list(DECLINING))
def test_a_declined_card_then_a_good_one_ends_in_one_order(qtbot, make_wizard, ledger_path, number):
    reason, sentence = DECLINING[number]
    wizard = make_wizard()
    payment = go_to_payment(wizard)
    fill_new_card(qtbot, payment, number=number)
    click(qtbot, next_button(wizard))
    review = wizard.currentPage()
    methods_before = ledger_rows(ledger_path, "SELECT count(*) AS n FROM payment_methods")[0]["n"]
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))

    assert wizard.currentId() == PageId.REVIEW
    assert review.error.isVisible()
    assert review.error.text() == "Your card was declined, so nothing was bought. " + sentence
    assert not commit_button(wizard).isEnabled()  # not tried again as it is
    assert wizard.field("card_cvc") == ""
    kept = {name: wizard.field(name) for name in ("card_holder", "card_expiry", "company_name", "payment_method")}
    assert kept == {"card_holder": "Lena Hoffmann", "card_expiry": "08/29",
                    "company_name": wizard.session.account.name, "payment_method": "new"}
    assert wizard.field("card_number").replace(" ", "") == number.replace(" ", "")
    events = ledger_rows(ledger_path, "SELECT * FROM events WHERE kind = 'payment_declined'")
    assert len(events) == 1
    assert json.loads(events[0]["detail"]) == {"reason": reason, "mode": "demo"}
    assert events[0]["account_id"] == wizard.session.account_id and events[0]["order_id"] is None
    assert orders(ledger_path) == []
    assert ledger_rows(ledger_path, "SELECT count(*) AS n FROM payment_methods")[0]["n"] == methods_before
    _assert_no_digits(_file_bytes(ledger_path), number)

    wizard.back()
    assert wizard.currentId() == PageId.PAYMENT
    assert not next_button(wizard).isEnabled()  # the CVC is asked for again
    type_into(qtbot, payment.inputs["card_number"], VISA)
    type_into(qtbot, payment.inputs["card_cvc"], "123")
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == PageId.REVIEW
    assert not review.error.isVisible()
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))
    assert wizard.currentId() == PageId.CONFIRMATION
    rows = orders(ledger_path)
    assert len(rows) == 1 and rows[0]["number"] == wizard.receipt.number
    assert len(ledger_rows(ledger_path, "SELECT * FROM events WHERE kind = 'payment_declined'")) == 1
    _assert_no_digits(_file_bytes(ledger_path), number)


def test_a_saved_card_never_declines(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    go_to_payment(wizard)
    click(qtbot, next_button(wizard))  # the demo account's saved Visa
    agree(qtbot, wizard.currentPage())
    click(qtbot, commit_button(wizard))
    assert wizard.currentId() == PageId.CONFIRMATION
    assert len(orders(ledger_path)) == 1
    assert ledger_rows(ledger_path, "SELECT * FROM events WHERE kind = 'payment_declined'") == []


def test_the_decline_sentence_follows_the_language(qtbot, make_wizard):
    wizard = make_wizard()
    payment = go_to_payment(wizard)
    fill_new_card(qtbot, payment, number="4000 0000 0000 9995")
    click(qtbot, next_button(wizard))
    review = wizard.currentPage()
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))
    english = review.error.text()
    wizard.switch_language("de")
    assert wizard.session.language == "de"
    # Whatever the German .qm says for both sentences (the same words once it has them).
    lead = QCoreApplication.translate("ReviewPage", "Your card was declined, so nothing was bought.")
    reason = QCoreApplication.translate("problems", DECLINING["4000 0000 0000 9995"][1])
    assert review.error.text() == f"{lead} {reason}"
    wizard.switch_language("en")
    assert review.error.text() == english


# -- the note on the payment page --------------------------------------------


def test_only_demo_and_training_list_the_test_cards():
    from wizard.core import modes

    assert [m.name for m in modes.MODES if m.lists_test_cards] == ["demo", "training"]


@pytest.mark.parametrize("mode, shown", [("demo", True), ("training", True), ("kiosk", False)])
def test_the_payment_page_lists_the_test_cards_in_demo_and_training(qtbot, make_wizard, mode, shown):
    wizard = make_wizard(mode=mode)
    payment = go_to_payment(wizard)
    fill_new_card(qtbot, payment)
    assert payment.test_cards.isVisible() == shown
    if shown:
        text = payment.test_cards.text()
        for number in DECLINING:
            assert number in text
        assert "insufficient funds" in text


# -- looked at -------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_review_page_with_a_decline_renders(qtbot, make_wizard, tmp_path, language):
    from PySide6.QtWidgets import QApplication

    wizard = make_wizard(language=language)
    wizard.resize(1024, 768)
    payment = go_to_payment(wizard)
    fill_new_card(qtbot, payment, number="4000 0000 0000 0127")
    QApplication.processEvents()
    assert payment.test_cards.isVisible()
    assert payment.test_cards.geometry().bottom() <= payment.height()
    assert wizard.grab().save(str(tmp_path / f"payment_test_cards_{language}.png"))
    click(qtbot, next_button(wizard))
    review = wizard.currentPage()
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))
    QApplication.processEvents()
    error = review.error
    assert error.isVisible() and error.text()
    # The whole sentence is inside the page (word-wrapped, not cut at the bottom).
    assert error.mapTo(review, error.rect().bottomRight()).y() <= review.height()
    assert error.heightForWidth(error.width()) <= error.height()
    path = tmp_path / f"review_declined_{language}.png"
    assert wizard.grab().save(str(path)) and path.stat().st_size > 0
