"""The pages read one Order: the licenses total, the review, the commit and the confirmation follow it together."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from helpers import VISA, agree, click, commit_button, ledger_rows, next_button, orders, to_review
from pages_support import check_indicator_pos, click_next, click_tier
from wizard.core.money import format_money
from wizard.ui.upgrade.fields import PageId


def test_one_more_seat_reaches_the_total_the_review_the_ledger_and_the_confirmation(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    click_tier(qtbot, wizard, "sales", "professional")
    click_next(qtbot, wizard)  # currency: EUR, the German demo account's
    click_next(qtbot, wizard)  # billing: monthly
    click_next(qtbot, wizard)
    licenses = wizard.currentPage()
    assert licenses.objectName() == "licensesPage"
    before = wizard.field("licensed_users")
    assert len(before) == 3, "the demo account holds three Sales Hub seats"

    # Tick a fourth user.
    row = next(r for r in range(licenses.proxy.rowCount())
               if licenses.model.users[licenses.proxy.mapToSource(licenses.proxy.index(r, 0)).row()].id not in before)
    qtbot.mouseClick(licenses.view.viewport(), Qt.MouseButton.LeftButton, pos=check_indicator_pos(licenses.view, row))
    chosen = wizard.field("licensed_users")
    assert len(chosen) == 4
    order = wizard.order()
    # catalog.json: Sales Hub Professional, 100.00 EUR per user per month; 4 users = 400.00 EUR now.
    assert (order.seats, order.quote.amount_due_minor, order.quote.currency) == (4, 40000, "EUR")
    assert "€400.00" in licenses.total.text()

    click_next(qtbot, wizard)  # payment: the demo account's saved Visa
    click(qtbot, next_button(wizard))
    review = wizard.currentPage()
    assert review.objectName() == "reviewPage"
    assert review.order.quote == order.quote and review.order.licensed_user_ids == tuple(chosen)
    assert review.keys["users"].text() == "Licensed users (4)"
    # Sales Starter's unused days credited, then 19 % VAT: what is due today.
    charges = review.order.charges
    assert charges.net_minor == 40000 and charges.credit_minor > 0 and charges.vat_rate_bp == 1900
    due = format_money(charges.total_minor, "EUR", "en")
    assert review.values["due_now"].text() == due

    agree(qtbot, review)
    click(qtbot, commit_button(wizard))
    confirmation = wizard.currentPage()
    assert confirmation.objectName() == "confirmationPage"
    assert wizard.purchased_order is review.order is confirmation.order
    [row] = orders(ledger_path)
    assert (row["seats"], row["net_minor"], row["amount_due_minor"], row["currency"]) == (
        4, 40000, charges.total_minor, "EUR")
    licensed = ledger_rows(ledger_path, "SELECT user_id FROM order_licenses WHERE order_id = ?", [row["id"]])
    assert {r["user_id"] for r in licensed} == set(chosen)
    assert "Sales Hub Professional for 4 users" in confirmation.summary.text()
    assert f"Charged today: {due}." in confirmation.summary.text()


@pytest.mark.parametrize(
    ("field", "value"),
    [("card_number", VISA), ("card_cvc", "1")],
    ids=["another valid card", "a card that no longer passes"],
)
def test_a_card_changed_after_the_review_is_refused(qtbot, make_wizard, ledger_path, field, value):
    wizard = make_wizard()
    review = to_review(qtbot, wizard, new_card=True)
    shown = review.values["payment"].text()
    assert shown.startswith("Mastercard \u2022\u2022\u2022\u2022 4444")
    wizard.setField(field, value)  # behind the review's back: no person can do this through the window
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))
    assert wizard.currentId() == PageId.REVIEW and review.error.isVisible()
    assert orders(ledger_path) == [] and wizard.receipt is None
    assert review.values["payment"].text() == shown
