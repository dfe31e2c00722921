"""The payment page: prefill, saved methods, live card grouping, problems shown when a field is left."""
from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWizard

from helpers import (
    AMEX,
    MASTERCARD,
    VISA,
    choose_method,
    click,
    fill_new_card,
    go_to_payment,
    leave_field,
    next_button,
    type_into,
)
from wizard.core.cards import CardProblem
from wizard.core.company import CompanyProblem
from wizard.ui.kit import problems


@pytest.fixture
def payment(make_wizard):
    wizard = make_wizard()
    return go_to_payment(wizard)


def test_prefilled_from_the_account_with_the_saved_card_chosen(payment):
    account = payment.session.account
    assert payment.field("company_name") == account.name
    assert payment.field("company_city") == account.city
    assert payment.field("company_country") == account.country
    saved = payment.session.payment_methods[0]
    assert payment.field("payment_method") == saved.id
    shown = payment.method_list.methods.index(0).data()
    assert shown.startswith("Visa \u2022\u2022\u2022\u2022 4242") and "Shared" in shown
    assert payment.method_list.methods.index(1).data() == "New credit card"
    assert not payment.card_box.isVisible()
    assert payment.isComplete() and next_button(payment.wizard()).isEnabled()
    assert next_button(payment.wizard()).text() == "Review order"


def test_country_is_a_named_choice_with_an_iso_value(payment):
    combo = payment.inputs["company_country"]
    assert combo.currentText() == "Germany"
    combo.setFocus()
    # Typing a name's first letters on a closed combo box selects it, as a keyboard user would.
    QTest.keyClicks(combo, "Switz")
    assert payment.field("company_country") == "CH"


def test_new_card_number_is_grouped_while_typed_and_its_brand_shown(qtbot, payment):
    choose_method(qtbot, payment, "new")
    assert payment.card_box.isVisible()
    number = payment.inputs["card_number"]
    type_into(qtbot, number, VISA, leave=False)
    assert number.text() == "4242 4242 4242 4242"
    assert payment.brand.text() == "Visa"
    type_into(qtbot, number, AMEX, leave=False)
    assert number.text() == "3782 822463 10005"
    assert payment.brand.text() == "American Express"


def test_typing_in_the_middle_keeps_the_cursor_after_the_typed_digit(qtbot, payment):
    choose_method(qtbot, payment, "new")
    number = payment.inputs["card_number"]
    type_into(qtbot, number, "42424242", leave=False)
    assert number.text() == "4242 4242"
    number.setCursorPosition(2)
    QTest.keyClicks(number, "99")
    assert number.text() == "4299 4242 42"
    assert number.cursorPosition() == 4  # still right after the second typed 9
    QTest.keyClicks(number, "1")
    assert number.text() == "4299 1424 242"


def test_expiry_gets_its_slash_and_cvc_is_hidden(qtbot, payment):
    choose_method(qtbot, payment, "new")
    type_into(qtbot, payment.inputs["card_expiry"], "0829", leave=False)
    assert payment.inputs["card_expiry"].text() == "08/29"
    cvc = payment.inputs["card_cvc"]
    assert cvc.echoMode() == QLineEdit.EchoMode.Password and cvc.maxLength() == 4


def test_a_valid_new_card_enables_review_order(qtbot, payment):
    fill_new_card(qtbot, payment, share=True)
    assert payment.field("card_number") == "5555 5555 5555 4444"
    assert payment.field("share_card") is True
    assert payment.isComplete() and next_button(payment.wizard()).isEnabled()
    assert all(not label.isVisible() for label in payment.errors.values())


REFUSALS = [
    ("fullwidth digits", {"number": "\uff14\uff12\uff14\uff12" * 4}, "card_number", CardProblem.NOT_DIGITS),
    ("bad Luhn", {"number": "4242424242424241"}, "card_number", CardProblem.LUHN),
    ("wrong length", {"number": "424242424242"}, "card_number", CardProblem.LENGTH),
    ("unknown brand", {"number": "9999999999999995"}, "card_number", CardProblem.UNKNOWN_BRAND),
    ("past expiry", {"expiry": "01/20"}, "card_expiry", CardProblem.EXPIRED),
    ("expiry format", {"expiry": "13/29"}, "card_expiry", CardProblem.EXPIRY_FORMAT),
    ("short CVC", {"cvc": "12"}, "card_cvc", CardProblem.CVC),
    ("Amex CVC", {"number": AMEX, "cvc": "123"}, "card_cvc", CardProblem.CVC),
    ("empty holder", {"holder": ""}, "card_holder", CardProblem.HOLDER_EMPTY),
]


@pytest.mark.parametrize("what, given, field, problem", REFUSALS, ids=[r[0] for r in REFUSALS])
def test_each_card_refusal_blocks_review_order(qtbot, payment, what, given, field, problem):
    fill_new_card(qtbot, payment, **given)
    brand = "amex" if given.get("number") == AMEX else None
    sentence = problems.card_problem_text(problem, brand)
    error = payment.errors[field]
    assert error.isVisible() and error.text() == sentence
    assert payment.inputs[field].accessibleDescription() == sentence
    assert not payment.isComplete()
    assert not next_button(payment.wizard()).isEnabled()
    # Only the field at fault is marked.
    assert [name for name, label in payment.errors.items() if label.isVisible()] == [field]


def test_a_problem_appears_only_once_the_field_is_left(qtbot, payment):
    choose_method(qtbot, payment, "new")
    number = payment.inputs["card_number"]
    type_into(qtbot, number, "4242", leave=False)
    assert not payment.errors["card_number"].isVisible()  # still typing
    assert not next_button(payment.wizard()).isEnabled()
    leave_field(number)
    assert payment.errors["card_number"].text() == problems.card_problem_text(CardProblem.LENGTH)
    # Once shown, it follows the typing and goes away when the number is right.
    number.setFocus()
    QTest.keyClicks(number, "424242424242")
    assert not payment.errors["card_number"].isVisible()


def test_company_problems_block_review_order(qtbot, payment):
    type_into(qtbot, payment.inputs["company_postal_code"], "")
    assert payment.errors["company_postal_code"].text() == problems.company_problem_text(CompanyProblem.REQUIRED)
    assert not next_button(payment.wizard()).isEnabled()
    type_into(qtbot, payment.inputs["company_postal_code"], "2045")
    assert payment.errors["company_postal_code"].text() == problems.company_problem_text(
        CompanyProblem.POSTAL_CODE
    )
    type_into(qtbot, payment.inputs["company_postal_code"], "20457")
    assert not payment.errors["company_postal_code"].isVisible()
    type_into(qtbot, payment.inputs["vat_id"], "DE123")
    assert payment.errors["vat_id"].text() == problems.company_problem_text(CompanyProblem.VAT_FORMAT)
    assert not next_button(payment.wizard()).isEnabled()
    type_into(qtbot, payment.inputs["vat_id"], "")  # optional
    assert next_button(payment.wizard()).isEnabled()


def test_back_keeps_what_was_entered(qtbot, payment):
    wizard = payment.wizard()
    fill_new_card(qtbot, payment, share=True)
    type_into(qtbot, payment.inputs["company_name"], "Beispiel AG")
    wizard.back()
    wizard.next()
    assert wizard.currentPage() is payment
    assert payment.field("company_name") == "Beispiel AG"
    assert payment.field("payment_method") == "new"
    assert payment.field("card_number") == "5555 5555 5555 4444"
    assert payment.field("share_card") is True


def test_an_expired_saved_card_cannot_be_used(qtbot, make_wizard, monkeypatch):
    wizard = make_wizard()
    saved = wizard.session.payment_methods[0]
    later = datetime.date(saved.exp_year + 1, 1, 1)
    monkeypatch.setattr(wizard.session, "today", lambda: later)
    payment = go_to_payment(wizard)
    choose_method(qtbot, payment, saved.id)
    assert "expired" in payment.method_list.methods.index(0).data()
    assert payment.errors["payment_method"].text() == problems.card_problem_text(CardProblem.EXPIRED)
    assert not next_button(wizard).isEnabled()


def test_the_card_fields_are_reached_by_tab_in_order(qtbot, payment):
    choose_method(qtbot, payment, "new")
    names = ["card_holder", "card_number", "card_expiry", "card_cvc"]
    chain, widget = [], payment.method_list
    for _ in range(len(names) + 1):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        chain.append(widget.objectName())
    assert chain == names + ["shareCard"]
    for name in names + ["company_name", "vat_id"]:
        assert payment.inputs[name].accessibleName()


def test_shown_problems_are_retold_in_the_new_language(qtbot, payment, monkeypatch):
    fill_new_card(qtbot, payment, number="4242424242424241")
    told = {"de": "Diese Kartennummer ist ungültig."}

    def translate(context, source, *args):
        return told["de"] if source == problems._CARD[CardProblem.LUHN] else source

    monkeypatch.setattr(problems.QCoreApplication, "translate", translate)
    payment.wizard().switch_language("de")
    assert payment.errors["card_number"].text() == told["de"]


def test_the_wizard_buttons_read_review_order(payment):
    assert payment.buttonText(QWizard.WizardButton.NextButton) == "Review order"


# -- setField before the page was shown (the automation contract) ------------------


def _add_a_second_saved_card(ledger_path) -> str:
    """The demo account plus a Mastercard saved by an earlier purchase; returns its id."""
    from ledger_support import new_card, purchase, seeded
    from wizard.ledger import record_purchase

    db, account_id = seeded(ledger_path)
    try:
        record_purchase(db, purchase(db, account_id, card=new_card(MASTERCARD)))
        return db.execute("SELECT id FROM payment_methods WHERE last4 = '4444'").fetchone()[0]
    finally:
        db.close()


def test_a_saved_method_set_before_the_payment_page_is_the_one_chosen(qtbot, make_wizard, ledger_path):
    second = _add_a_second_saved_card(ledger_path)
    wizard = make_wizard()
    assert sorted(m.last4 for m in wizard.session.payment_methods) == ["4242", "4444"]
    wizard.setField("payment_method", second)
    assert wizard.field("payment_method") == second  # not dropped while the list is empty

    payment = go_to_payment(wizard)
    assert payment.field("payment_method") == second
    current = payment.method_list.currentIndex()
    assert current.row() == payment.method_list.methods.row_of(second)
    assert "4444" in current.data()
    assert not payment.share.isChecked()  # the Mastercard's own sharing (not shared)
    click(qtbot, next_button(wizard))
    assert wizard.currentPage().values["payment"].text() == "Mastercard \u2022\u2022\u2022\u2022 4444"


def test_share_card_set_before_payment_method_new_is_kept(make_wizard):
    wizard = make_wizard()
    wizard.setField("share_card", True)
    wizard.setField("payment_method", "new")
    assert wizard.field("share_card") is True
    payment = go_to_payment(wizard)
    assert payment.field("payment_method") == "new"
    assert payment.share.isChecked() and wizard.field("share_card") is True


def test_share_card_set_while_new_is_shown_survives_a_saved_card(qtbot, payment):
    wizard = payment.wizard()
    saved = payment.session.payment_methods[0].id
    choose_method(qtbot, payment, "new")
    wizard.setField("share_card", True)
    choose_method(qtbot, payment, saved)
    assert payment.share.isChecked()  # the demo Visa's own sharing
    wizard.setField("payment_method", "new")
    assert wizard.field("share_card") is True
