"""An order's charges: the new plan, the credit for the plan it replaces, VAT by the company's country, the total."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.core.account import Subscription
from wizard.core.catalog_loading import load_catalog
from wizard.core.charges import charges_for
from wizard.core.order import Company, Selection, price
from wizard.core.tax import VatReason

CATALOG = load_catalog()
TODAY = date(2026, 11, 29)
HAMBURG = Company(name="Nordlicht Analytics GmbH", street="Am Sandtorkai 54", postal_code="20457",
                  city="Hamburg", country="DE", vat_id="DE813459728")
VIENNA = Company(name="Wiener Daten GmbH", street="Ring 1", postal_code="1010", city="Wien", country="AT",
                 vat_id="ATU13585627")
USERS = ("u1", "u2", "u3")
# The demo's plan: Sales Starter, 3 users at EUR 20.00 a month, started ten days ago (Nov 19 - Dec 19: 30 days).
STARTER = Subscription(hub="sales", tier="starter", interval="monthly", currency="EUR", seats=3,
                       unit_price_minor=2000, next_charge_date=date(2026, 12, 19))


def professional(**changes) -> Selection:
    return replace(Selection(hub="sales", tier="professional", currency="EUR", interval="monthly",
                             licensed_user_ids=USERS, company=HAMBURG), **changes)


def test_upgrading_starter_to_professional_credits_the_unused_days_and_adds_german_vat():
    order = price(professional(), CATALOG, today=TODAY, current=STARTER)
    c = order.charges
    assert order.is_upgrade and not order.is_downgrade
    # 3 x 100.00 now; 20 of the 30 days of 3 x 20.00 unused: 40.00 credit.
    assert (c.net_minor, c.credit_minor, c.subtotal_minor) == (30000, 4000, 26000)
    assert (c.vat_rate_bp, c.vat_minor, c.vat_reason) == (1900, 4940, VatReason.DOMESTIC)
    assert c.total_minor == 30940 and c.refund_minor == 0


def test_the_purchase_records_net_credit_vat_and_total():
    order = price(professional(payment_method="pm-1", card_brand="visa", card_last4="4242"), CATALOG,
                  today=TODAY, current=STARTER)
    p = order.purchase(account_id="acc", desk="D01", mode="demo", language="de", card=None)
    assert (p.net_minor, p.credit_minor, p.vat_rate_bp, p.vat_minor, p.total_minor) == (30000, 4000, 1900, 4940, 30940)
    assert p.amount_due_minor == p.total_minor
    assert (p.refund_minor, p.refund_currency) == (0, "")


def test_a_plan_in_another_currency_is_refunded_not_netted():
    order = price(professional(currency="USD"), CATALOG, today=TODAY, current=STARTER)
    c = order.charges
    assert (c.credit_minor, c.subtotal_minor) == (0, 30000)  # USD 300.00 in full
    assert (c.refund_minor, c.refund_currency) == (4000, "EUR")  # EUR 40.00 back, separately
    assert c.total_minor == 30000 + 5700


@pytest.mark.parametrize(
    ("company", "rate", "reason"),
    [
        (HAMBURG, 1900, VatReason.DOMESTIC),
        (VIENNA, 0, VatReason.REVERSE_CHARGE),
        (replace(VIENNA, vat_id=""), 1900, VatReason.EU_NO_VAT_ID),
        (replace(VIENNA, vat_id="ATU13585626"), 1900, VatReason.EU_NO_VAT_ID),  # a wrong check digit is no VAT ID
        (replace(HAMBURG, country="CH", vat_id=""), 0, VatReason.OUTSIDE_EU),
        (replace(HAMBURG, country="US", vat_id=""), 0, VatReason.OUTSIDE_EU),
    ],
    ids=["Germany", "Austria with VAT ID", "Austria without", "Austria, invalid ID", "Switzerland", "USA"],
)
def test_vat_by_the_companys_country(company, rate, reason):
    c = price(professional(company=company), CATALOG, today=TODAY).charges
    assert (c.vat_rate_bp, c.vat_reason) == (rate, reason)
    assert c.total_minor == 30000 + 30000 * rate // 10000


def test_vat_is_unknown_until_the_company_has_a_country_and_nothing_can_be_bought_meanwhile():
    order = price(professional(company=replace(HAMBURG, country=""), payment_method="pm-1"), CATALOG, today=TODAY)
    assert order.charges.vat is None and order.charges.total_minor is None and not order.payable
    with pytest.raises(ValueError, match="VAT"):
        order.purchase(account_id="acc", desk="D01", mode="demo", language="en", card=None)


def test_a_lower_tier_than_the_current_plan_is_sold_through_sales():
    current = replace(STARTER, tier="professional", unit_price_minor=10000)
    order = price(professional(tier="starter"), CATALOG, today=TODAY, current=current)
    assert order.is_downgrade and order.quote is None and order.charges is None


def test_the_same_plan_again_on_the_first_day_costs_nothing_and_is_no_purchase():
    fresh = replace(STARTER, next_charge_date=date(2026, 12, 29))  # bought today
    order = price(professional(tier="starter", payment_method="pm-1"), CATALOG, today=TODAY, current=fresh)
    assert order.charges.credit_minor == order.charges.net_minor == 6000
    assert order.charges.total_minor == 0 and not order.payable
    with pytest.raises(ValueError, match="nothing is due"):
        order.purchase(account_id="acc", desk="D01", mode="demo", language="en", card=None)


@pytest.mark.parametrize(
    "current",
    [replace(STARTER, unit_price_minor=0), replace(STARTER, hub="marketing")],
    ids=["a free plan", "a plan in another hub"],
)
def test_only_a_paid_plan_in_the_same_hub_is_replaced_and_credited(current):
    order = price(professional(), CATALOG, today=TODAY, current=current)
    assert not order.is_upgrade and order.charges.credit_minor == 0 and order.charges.net_minor == 30000


@given(
    net=st.integers(0, 10**9),
    paid=st.integers(1, 10**9),
    days_left=st.integers(-5, 40),
    same_currency=st.booleans(),
    country=st.sampled_from(["DE", "AT", "FR", "CH", "US", "JP"]),
)
def test_the_charges_always_add_up(net, paid, days_left, same_currency, country):
    current = Subscription(hub="sales", tier="starter", interval="monthly", currency="EUR", seats=1,
                           unit_price_minor=paid, next_charge_date=date(2026, 12, 19))
    today = date(2026, 12, 19).fromordinal(date(2026, 12, 19).toordinal() - days_left)
    if today < date(2026, 11, 19):
        return  # before the period began: prorate refuses it (tested in test_proration)
    c = charges_for(net_minor=net, currency="EUR" if same_currency else "USD", current=current, today=today,
                    tax=CATALOG.tax, buyer_country=country, buyer_vat_id="")
    assert 0 <= c.credit_minor <= paid and c.refund_minor <= paid
    assert c.credit_minor == 0 or c.refund_minor == 0  # credited or refunded, never both
    assert c.subtotal_minor == max(net - c.credit_minor, 0)
    assert c.total_minor == c.subtotal_minor + c.vat_minor
    assert c.vat_minor == (2 * c.subtotal_minor * c.vat_rate_bp + 10000) // 20000
