"""The order panel beside the wizard (objectName "orderSummary"): it follows every change of the order
and the language, and shows only from the currency step to the review."""
from __future__ import annotations

from PySide6.QtCore import Qt
# First: its workaround for PySide6 6.12.0 dropping references to None/True/False on Python 3.11.
import pages_support  # noqa: F401, I001

from helpers import click, go_to_payment, next_button
from pages_support import check_indicator_pos
from wizard.core.money import format_date, format_money
from wizard.ui.components.order_panel import OrderPanel
from wizard.ui.upgrade.fields import PageId


def panel(wizard) -> OrderPanel:
    # By class too: the confirmation page has a QLabel (a QFrame) of the same objectName.
    found = wizard.findChild(OrderPanel, "orderSummary")
    assert found is wizard.order_panel
    return found


def value(wizard, row: str) -> str:
    return panel(wizard).values[row].text()


def key(wizard, row: str) -> str:
    return panel(wizard).keys[row].text()


def to_licenses(wizard, hub="sales", tier="professional", currency="EUR", interval="monthly"):
    for name, chosen in (("hub", hub), ("tier", tier), ("currency", currency), ("interval", interval)):
        wizard.setField(name, chosen)
    while wizard.currentId() != PageId.LICENSES:
        wizard.next()
    return wizard.currentPage()


def test_hidden_on_the_product_page_shown_from_the_currency_page_on(qtbot, make_wizard):
    wizard = make_wizard()
    assert wizard.currentId() == PageId.PRODUCT
    assert not panel(wizard).isVisible()
    wizard.setField("hub", "marketing")
    wizard.setField("tier", "starter")
    assert not panel(wizard).isVisible()  # a choice on the product page does not show it
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == PageId.CURRENCY
    assert panel(wizard).isVisible()
    assert value(wizard, "product") == "Marketing Hub Starter"
    for _ in range(2):  # billing, payment (Marketing Starter is not licensed per user)
        wizard.next()
        assert panel(wizard).isVisible()
    assert wizard.currentId() == PageId.PAYMENT
    wizard.back()
    wizard.back()
    wizard.back()
    assert wizard.currentId() == PageId.PRODUCT
    assert not panel(wizard).isVisible()


def test_hidden_on_contact_sales(qtbot, make_wizard):
    wizard = make_wizard()
    wizard.setField("hub", "marketing")
    wizard.setField("tier", "enterprise")
    wizard.next()
    assert wizard.currentId() == PageId.CONTACT_SALES
    assert not panel(wizard).isVisible()


def test_follows_currency_and_interval(qtbot, make_wizard):
    wizard = make_wizard()
    wizard.setField("hub", "marketing")
    wizard.setField("tier", "starter")
    wizard.next()
    currency_page = wizard.currentPage()
    currency_page.combo.value = "USD"
    assert value(wizard, "currency") == "USD \u2014 US Dollar"
    assert value(wizard, "due_now").startswith("$")
    currency_page.combo.value = "EUR"
    assert value(wizard, "currency") == "EUR \u2014 Euro"
    assert value(wizard, "due_now").startswith("\u20ac")
    monthly_due = value(wizard, "due_now")
    wizard.next()
    assert wizard.currentId() == PageId.BILLING
    assert value(wizard, "interval") == "Monthly billing"
    wizard.setField("interval", "annual")
    assert value(wizard, "interval") == "Annual invoice"
    assert value(wizard, "unit_price").endswith(" excl. VAT, billed annually")
    order = wizard.order()
    assert value(wizard, "due_now") != monthly_due
    # No company country yet (Marketing Starter: nothing to credit): net, and due today "plus VAT".
    net = format_money(order.charges.net_minor, "EUR", "en")
    assert value(wizard, "subtotal") == f"{net} excl. VAT"
    assert value(wizard, "due_now") == f"{net} plus VAT"
    assert key(wizard, "vat") == "VAT"
    assert value(wizard, "vat") == "Calculated from your company's country"
    assert not panel(wizard).values["credit"].isVisible()
    assert value(wizard, "next_charge") == format_date(order.quote.next_charge_date, "en")


def test_follows_the_seats_ticked_on_the_licenses_page(qtbot, make_wizard):
    wizard = make_wizard()
    licenses = to_licenses(wizard)
    users = wizard.session.users
    before = wizard.order()
    assert key(wizard, "users") == f"Licensed users ({before.seats})"
    unticked = next(u for u in users if u.id not in before.licensed_user_ids)
    licenses.model.set_checked_rows([users.index(unticked)], True)  # the model a click toggles
    after = wizard.order()
    assert after.seats == before.seats + 1
    assert key(wizard, "users") == f"Licensed users ({after.seats})"
    from wizard.core.money import format_money

    # Sales Starter is credited; the VAT waits for the company's country.
    due = after.charges.net_minor - after.charges.credit_minor
    assert value(wizard, "due_now") == f"{format_money(due, 'EUR', 'en')} plus VAT"
    assert value(wizard, "net") == f"{format_money(after.quote.amount_due_minor, 'EUR', 'en')} excl. VAT"
    assert value(wizard, "subtotal") == f"{format_money(due, 'EUR', 'en')} excl. VAT"
    # Many users: three names and "and N more"
    licenses.model.set_checked_rows(range(len(users)), True)
    assert value(wizard, "users").endswith(f"and {len(users) - 3} more")
    # None left: no price, the panel says so
    licenses.model.set_checked_rows(range(len(users)), False)
    assert panel(wizard).incomplete.isVisible()
    assert not panel(wizard).values["due_now"].isVisible()


def test_a_real_click_on_a_seat(qtbot, make_wizard):
    wizard = make_wizard()
    licenses = to_licenses(wizard)
    users = wizard.session.users
    held = wizard.order().licensed_user_ids
    row = next(r for r, u in enumerate(users) if u.id not in held)
    qtbot.mouseClick(licenses.view.viewport(), Qt.MouseButton.LeftButton, pos=check_indicator_pos(licenses.view, row))
    assert users[row].id in wizard.order().licensed_user_ids
    assert key(wizard, "users") == f"Licensed users ({len(held) + 1})"
    assert users[row].name in value(wizard, "users") or value(wizard, "users").endswith("more")


def test_follows_the_language_switch(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_payment(wizard, hub="sales", tier="professional", currency="EUR", interval="annual")
    assert key(wizard, "due_now") == "Due today"
    assert value(wizard, "interval") == "Annual invoice"
    click(qtbot, wizard.language_button)
    assert wizard.session.language == "de"
    assert panel(wizard).title.text() == "Ihre Bestellung"
    assert key(wizard, "due_now") == "Heute fällig"
    assert key(wizard, "unit_price") == "Einzelpreis"
    assert key(wizard, "subtotal") == "Zwischensumme"
    assert value(wizard, "due_now").endswith("\u20ac")
    click(qtbot, wizard.language_button)
    assert key(wizard, "due_now") == "Due today"
    assert panel(wizard).title.text() == "Your order"


