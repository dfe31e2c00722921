"""The upgrade's charges in the wizard: the demo account's Sales Starter credited, VAT by the company's
country, every price net, the panel following every change, and a lower tier sold through sales."""
from __future__ import annotations

from dataclasses import replace

# First: its workaround for PySide6 6.12.0 dropping references to None/True/False on Python 3.11.
import pages_support  # noqa: F401, I001

from helpers import agree, click, click_next, commit_button, go_to_payment, next_button, orders, to_review
from pages_support import click_tier
from wizard.core.money import format_money
from wizard.ui.components.order_panel import OrderPanel
from wizard.ui.upgrade.fields import PageId


def panel(wizard) -> OrderPanel:
    return wizard.findChild(OrderPanel, "orderSummary")


def shown(wizard) -> dict[str, str]:
    """{row: value} of the panel's visible rows."""
    p = panel(wizard)
    return {name: label.text() for name, label in p.values.items() if label.isVisible()}


def eur(minor: int) -> str:
    return format_money(minor, "EUR", "en")


def seat_holders(wizard) -> list[str]:
    return [u.id for u in wizard.session.users if u.holds_seat_in("sales")]


def test_product_page_says_what_the_upgrade_changes(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.page(PageId.PRODUCT)
    click_tier(qtbot, wizard, "sales", "professional")
    assert page.change.isVisible()
    assert page.change.text().startswith("Upgrade: Sales Hub Starter \u2192 Professional.")
    assert page.cards[("sales", "starter")].badge.text() == "Your current plan"
    assert page.cards[("sales", "starter")].badge.isVisibleTo(page)
    click_tier(qtbot, wizard, "marketing", "starter")  # no plan in that hub: nothing to say
    assert not page.change.isVisible()


def test_sales_starter_to_professional_credits_and_adds_german_vat(qtbot, make_wizard):
    wizard = make_wizard()
    holders = seat_holders(wizard)
    assert len(holders) == 3, "the demo account's Sales Starter has three seats"
    review = to_review(qtbot, wizard, hub="sales", tier="professional", currency="EUR", users=holders)
    charges = review.order.charges
    # 3 x €100.00; the credit is Sales Starter's unused days of 3 x €20.00; VAT 19 % on the rest.
    assert charges.net_minor == 30000
    assert 0 < charges.credit_minor <= 6000
    assert charges.vat_rate_bp == 1900
    assert charges.total_minor == charges.net_minor - charges.credit_minor + charges.vat_minor
    values = {name: label.text() for name, label in review.values.items()}
    # The new plan's price, less the credit: the subtotal the VAT is on.
    assert values["net"] == "€300.00 excl. VAT"
    assert values["credit"] == "\u2212" + eur(charges.credit_minor)
    assert values["subtotal"] == f"{eur(charges.subtotal_minor)} excl. VAT"
    assert charges.subtotal_minor == 30000 - charges.credit_minor
    days = charges.proration.unused_days
    # "day(s)" until the English plural forms are compiled into i18n/wizard_en.ts.
    assert review.keys["credit"].text().startswith(f"Credit for Sales Hub Starter ({days} unused day")
    assert review.keys["vat"].text() == "VAT 19%"
    assert values["vat"] == eur(charges.vat_minor)
    assert values["due_now"] == eur(charges.total_minor)
    assert review.keys["due_now"].text() == "Due today"
    assert not review.notes["tax"].isVisible()  # a German company: nothing to explain
    assert review.notes["business"].text() == "This offer is for businesses only."
    assert review.notes["demo"].text() == "This is a demo: no real payment is made."
    # The panel beside the review says the same.
    assert shown(wizard)["credit"] == values["credit"]
    assert panel(wizard).keys["credit"].text() == "Credit for Sales Hub Starter"
    assert panel(wizard).keys["vat"].text() == "VAT 19%"
    assert shown(wizard)["due_now"] == values["due_now"]


def test_the_panel_follows_seats_interval_currency_company_and_language(qtbot, make_wizard):
    wizard = make_wizard()
    payment = go_to_payment(wizard, hub="sales", tier="professional", currency="EUR", users=seat_holders(wizard))
    assert wizard.field("company_country") == "DE"
    first = wizard.order().charges
    assert shown(wizard)["due_now"] == eur(first.total_minor)
    assert panel(wizard).keys["vat"].text() == "VAT 19%"
    # A fourth seat: more net, the same credit, more VAT.
    holders = seat_holders(wizard)
    wizard.setField("licensed_users", [*holders, next(u.id for u in wizard.session.users if u.id not in holders)])
    more = wizard.order().charges
    assert more.net_minor == 40000 and more.credit_minor == first.credit_minor
    assert shown(wizard)["due_now"] == eur(more.total_minor)
    assert shown(wizard)["net"] == "€400.00 excl. VAT"
    assert shown(wizard)["subtotal"] == f"{eur(40000 - first.credit_minor)} excl. VAT"
    # Annual: twelve months net, the same credit.
    wizard.setField("interval", "annual")
    annual = wizard.order().charges
    assert shown(wizard)["net"] == f"{eur(annual.net_minor)} excl. VAT"
    assert shown(wizard)["due_now"] == eur(annual.total_minor)
    # Another currency: nothing is netted, so no credit row.
    wizard.setField("currency", "USD")
    assert "credit" not in shown(wizard)
    assert shown(wizard)["due_now"].startswith("$")
    wizard.setField("currency", "EUR")
    assert "credit" in shown(wizard)
    # A company outside the EU: no VAT.
    wizard.setField("company_country", "US")
    assert panel(wizard).keys["vat"].text() == "VAT 0%"
    assert shown(wizard)["due_now"] == eur(annual.net_minor - annual.credit_minor)
    wizard.setField("company_country", "DE")
    assert panel(wizard).keys["vat"].text() == "VAT 19%"
    # The language switch renders the same order again (German amounts).
    click(qtbot, wizard.language_button)
    assert shown(wizard)["due_now"] == format_money(annual.total_minor, "EUR", "de")
    assert panel(wizard).keys["due_now"].text() == "Heute fällig"
    click(qtbot, wizard.language_button)
    assert shown(wizard)["due_now"] == eur(annual.total_minor)
    assert payment is wizard.currentPage()


def test_another_eu_country_with_a_valid_vat_id_pays_no_vat_with_the_reverse_charge_note(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_payment(wizard, hub="sales", tier="professional", currency="EUR", users=seat_holders(wizard))
    for name, value in (("company_country", "AT"), ("company_postal_code", "1010"), ("company_city", "Wien"),
                        ("vat_id", "ATU13585627")):
        wizard.setField(name, value)
    assert panel(wizard).keys["vat"].text() == "VAT 0%"
    click(qtbot, next_button(wizard))
    review = wizard.currentPage()
    assert review.objectName() == "reviewPage"
    charges = review.order.charges
    assert (charges.vat_rate_bp, charges.vat_minor) == (0, 0)
    assert review.keys["vat"].text() == "VAT 0%"
    assert review.values["due_now"].text() == eur(charges.net_minor - charges.credit_minor)
    assert review.notes["tax"].isVisible()
    assert review.notes["tax"].text() == "Reverse charge: the recipient owes the VAT."


def test_outside_the_eu_says_no_german_vat(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_payment(wizard, hub="marketing", tier="starter", currency="USD")
    for name, value in (("company_country", "US"), ("company_postal_code", "10001"), ("company_city", "New York"),
                        ("vat_id", "")):
        wizard.setField(name, value)
    click(qtbot, next_button(wizard))
    review = wizard.currentPage()
    assert review.objectName() == "reviewPage"
    assert review.notes["tax"].text() == "No German VAT: the company is outside the EU."
    assert not review.values["credit"].isVisible()  # nothing held in Marketing Hub


def test_nothing_due_keeps_complete_purchase_disabled(qtbot, make_wizard):
    from wizard.core.pricing import add_months

    wizard = make_wizard()
    # The same plan again on the first day of its period: the credit for the whole period covers the new charge.
    sales = wizard.session.subscriptions["sales"]
    wizard.session.subscriptions["sales"] = replace(sales, next_charge_date=add_months(wizard.session.today(), 1))
    review = to_review(qtbot, wizard, hub="sales", tier="starter", currency="EUR", users=seat_holders(wizard))
    assert review.order.charges.total_minor == 0
    assert review.notes["nothing_due"].isVisible()
    agree(qtbot, review)
    assert not review.isComplete()
    assert not commit_button(wizard).isEnabled()


def test_a_lower_tier_than_the_current_plan_leads_to_contact_sales(qtbot, make_wizard):
    wizard = make_wizard()
    sales = wizard.session.subscriptions["sales"]
    wizard.session.subscriptions["sales"] = replace(sales, tier="professional", unit_price_minor=10000)
    page = wizard.page(PageId.PRODUCT)
    page.refresh()
    click_tier(qtbot, wizard, "sales", "starter")
    assert page.change.text() == (
        "Starter is below your current plan, Sales Hub Professional: our sales team makes that change.")
    assert page.cards[("sales", "starter")].price.text() == "Below your current plan: through our sales team"
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONTACT_SALES


def test_the_upgrade_is_bought_and_the_confirmation_shows_the_total(qtbot, make_wizard, ledger_path):
    """Needs the ledger's charge columns (migration 0005, the ledger helper's part)."""
    wizard = make_wizard()
    review = to_review(qtbot, wizard, hub="sales", tier="professional", currency="EUR", users=seat_holders(wizard))
    charges = review.order.charges
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))
    assert wizard.currentId() == PageId.CONFIRMATION
    summary = wizard.currentPage().summary.text()
    assert f"Charged today: {eur(charges.total_minor)}." in summary
    (row,) = [o for o in orders(ledger_path)]
    assert (row["net_minor"], row["credit_minor"], row["vat_rate_bp"], row["vat_minor"], row["total_minor"]) == (
        charges.net_minor, charges.credit_minor, 1900, charges.vat_minor, charges.total_minor)
    assert row["amount_due_minor"] == charges.total_minor
    # The order history shows the same charges (the review's renderer), the credit without the plan's name.
    from wizard.ledger.queries import order_history
    from wizard.ui.shell.order_details import OrderDetails

    (summary,) = order_history(wizard.session.db, wizard.session.account_id)
    details = OrderDetails(wizard.session, summary)
    qtbot.addWidget(details)
    texts = details.texts()
    assert texts["net"] == "€300.00 excl. VAT"
    assert texts["subtotal"] == f"{eur(charges.subtotal_minor)} excl. VAT"
    assert texts["credit"] == "\u2212" + eur(charges.credit_minor)
    assert details.keys["credit"].text() == "Credit"
    assert details.keys["vat"].text() == "VAT 19%"
    assert texts["vat"] == eur(charges.vat_minor)
    assert texts["amount"] == eur(charges.total_minor)
