"""The review page: the order summary, the legal viewer, the agree box, and a ledger that fails on write."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from helpers import (
    agree,
    choose_method,
    click,
    commit_button,
    ledger_rows,
    next_button,
    orders,
    to_review,
)
from wizard.core.money import format_date, format_money
from wizard.ui.upgrade.fields import PageId


def test_summary_shows_the_whole_order(qtbot, make_wizard):
    wizard = make_wizard()
    users = [u.id for u in wizard.session.users[:3]]
    review = to_review(qtbot, wizard, hub="sales", tier="professional", currency="CHF", interval="annual", users=users)
    quote = review.order.quote
    values = {name: label.text() for name, label in review.values.items()}
    # catalog.json: sales/professional CHF annual "94.50" per user per month; 94.50 x 12 x 3 = 3402.00.
    assert values["product"] == "Sales Hub Professional"
    assert values["users"] == ", ".join(u.name for u in wizard.session.users[:3])
    assert review.keys["users"].text() == "Licensed users (3)"
    assert values["interval"] == "Annual invoice"
    assert values["currency"] == "CHF \u2014 Swiss Franc"
    assert values["unit_price"] == "CHF\xa094.50 per user per month excl. VAT, billed annually"
    assert values["subtotal"] == "CHF\xa03,402.00 excl. VAT"
    # The demo's Sales Starter is paid in EUR: not netted against CHF, its unused part refunded in EUR.
    assert not review.values["credit"].isVisible()
    assert review.keys["vat"].text() == "VAT 19%"
    assert values["vat"] == "CHF\xa0646.38"  # 19 % of 3,402.00
    assert values["due_now"] == "CHF\xa04,048.38"
    refund = review.order.charges.refund_minor
    assert review.notes["refund"].text() == (
        f"The unused part of your current plan, {format_money(refund, 'EUR', 'en')}, is refunded separately in EUR.")
    assert (quote.unit_price_minor, quote.amount_due_minor) == (9450, 340200)
    assert values["next_charge"] == format_date(quote.next_charge_date, "en")
    assert values["payment"] == "Visa \u2022\u2022\u2022\u2022 4242"
    account = wizard.session.account
    assert values["company"].splitlines()[0] == account.name
    assert "Germany" in values["company"]


def test_a_new_card_is_shown_masked_only(qtbot, make_wizard):
    wizard = make_wizard()
    review = to_review(qtbot, wizard, new_card=True)
    shown = review.values["payment"].text()
    assert shown == "Mastercard \u2022\u2022\u2022\u2022 4444, new card, shared with other admins"
    every_text = " ".join(label.text() for label in review.findChildren(type(review.error)))
    assert "5555" not in every_text


def test_the_agree_box_gates_complete_purchase(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    review = to_review(qtbot, wizard)
    button = commit_button(wizard)
    assert button.isVisible() and button.text() == "Complete purchase"
    assert review.buttonText(QWizard.WizardButton.CommitButton) == "Complete purchase"
    assert not button.isEnabled()
    agree(qtbot, review)
    assert button.isEnabled() and wizard.field("agree_terms") is True
    qtbot.mouseClick(review.agree, Qt.MouseButton.LeftButton, pos=QPoint(8, review.agree.height() // 2))
    assert not button.isEnabled()
    assert orders(ledger_path) == []


@pytest.mark.parametrize("doc, heading", [
    ("terms", "Terms of Service"), ("privacy", "Privacy Policy"), ("acceptable-use", "Acceptable Use Policy"),
])
def test_legal_documents_open_inside_the_program(qtbot, make_wizard, doc, heading):
    wizard = make_wizard()
    review = to_review(qtbot, wizard)
    click(qtbot, review.links[doc])
    viewer = review.viewer
    qtbot.waitExposed(viewer)
    assert viewer.isVisible() and viewer.windowTitle() == heading
    text = viewer.browser.toPlainText()
    assert heading in text and "Demo document" in text and "not HubSpot" in text
    viewer.reject()
    assert not viewer.isVisible()


def test_the_legal_viewer_follows_the_language(qtbot, make_wizard):
    wizard = make_wizard()
    review = to_review(qtbot, wizard)
    click(qtbot, review.links["terms"])
    wizard.switch_language("de")
    assert wizard.session.language == "de", "i18n/wizard_de.qm is missing: ./run-tests builds it (scripts/bootstrap.sh)"
    assert review.viewer.windowTitle() == "Nutzungsbedingungen"
    assert "Demo-Dokument" in review.viewer.browser.toPlainText()
    wizard.switch_language("en")
    assert "Demo document" in review.viewer.browser.toPlainText()


def test_money_and_dates_are_reformatted_on_a_language_switch(qtbot, make_wizard):
    wizard = make_wizard()
    users = [u.id for u in wizard.session.users[:3]]
    review = to_review(qtbot, wizard, hub="sales", tier="professional", currency="CHF", interval="annual", users=users)
    quote = review.order.quote
    assert review.values["due_now"].text() == "CHF\xa04,048.38"  # 94.50 x 12 x 3 + 19 % VAT, as above
    wizard.switch_language("de")
    assert wizard.session.language == "de", "i18n/wizard_de.qm is missing: ./run-tests builds it (scripts/bootstrap.sh)"
    assert review.values["due_now"].text() == "4.048,38\u00a0CHF"
    assert review.values["next_charge"].text() == format_date(quote.next_charge_date, "de")
    assert review.agree.text() == "Ich stimme diesen Bedingungen zu"
    assert commit_button(wizard).text() == "Kauf abschließen"


def _add_failing_trigger(path):
    from sqlite_utils.db import sqlite3

    conn = sqlite3.connect(str(path))
    conn.execute(
        "CREATE TRIGGER test_refuse_orders BEFORE INSERT ON orders "
        "BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END"
    )
    conn.commit()
    return conn


def test_a_ledger_that_fails_on_write_keeps_the_order_and_the_retry_succeeds(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    review = to_review(qtbot, wizard, new_card=True)
    agree(qtbot, review)
    methods_before = ledger_rows(ledger_path, "SELECT count(*) AS n FROM payment_methods")[0]["n"]
    conn = _add_failing_trigger(ledger_path)
    click(qtbot, commit_button(wizard))
    assert wizard.currentId() == PageId.REVIEW
    assert review.error.isVisible()
    assert review.error.text() == "The purchase could not be saved, so nothing was bought or charged. Please try again."
    assert orders(ledger_path) == []
    # All or nothing: the new card was not saved either.
    assert ledger_rows(ledger_path, "SELECT count(*) AS n FROM payment_methods")[0]["n"] == methods_before
    assert wizard.field("card_number")  # still there for the retry

    conn.execute("DROP TRIGGER test_refuse_orders")
    conn.commit()
    conn.close()
    click(qtbot, commit_button(wizard))
    assert wizard.currentId() == PageId.CONFIRMATION
    rows = orders(ledger_path)
    assert len(rows) == 1 and rows[0]["number"] == wizard.receipt.number
    assert wizard.field("card_number") == "" and wizard.field("card_cvc") == ""


def test_confirmation_shows_the_order_and_starts_over(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    review = to_review(qtbot, wizard, new_card=True)
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))
    confirmation = wizard.currentPage()
    assert confirmation.objectName() == "confirmationPage"
    number = orders(ledger_path)[0]["number"]
    assert confirmation.number.text() == f"Order number: {number}"
    assert "Marketing Hub Starter" in confirmation.summary.text()
    assert "valid card" in confirmation.note.text() and "Account & Billing" in confirmation.note.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    click(qtbot, confirmation.again)
    assert wizard.currentId() == PageId.PRODUCT
    # The card saved by the purchase is now one of the account's methods.
    assert any(m.last4 == "4444" for m in wizard.session.payment_methods)


def test_saved_card_can_be_chosen_again_after_back(qtbot, make_wizard):
    wizard = make_wizard()
    review = to_review(qtbot, wizard, new_card=True)
    wizard.back()
    payment = wizard.currentPage()
    saved = wizard.session.payment_methods[0].id
    choose_method(qtbot, payment, saved)
    click(qtbot, next_button(wizard))
    assert review.values["payment"].text() == "Visa \u2022\u2022\u2022\u2022 4242"


def test_back_and_next_again_shows_the_changed_order(qtbot, make_wizard):
    wizard = make_wizard()
    users = [u.id for u in wizard.session.users[:3]]
    review = to_review(qtbot, wizard, hub="sales", tier="professional", currency="EUR", interval="monthly",
                       users=users)
    back = wizard.button(QWizard.WizardButton.BackButton)
    shown = {name: label.text() for name, label in review.values.items()}
    click(qtbot, back)
    click(qtbot, next_button(wizard))  # nothing changed: the same order, the same texts
    assert wizard.currentPage() is review
    assert {name: label.text() for name, label in review.values.items()} == shown
    while wizard.currentId() != PageId.BILLING:
        click(qtbot, back)
    wizard.setField("interval", "annual")
    while wizard.currentId() != PageId.REVIEW:
        click(qtbot, next_button(wizard))
    assert review.order.quote.interval == "annual"
    assert review.values["interval"].text() == "Annual invoice"
    assert review.values["subtotal"].text() != shown["subtotal"]
