"""wizard.core.order on its own (no Qt): a Selection priced into an Order, and the Purchase built from it."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from ledger_support import seeded

from wizard.core import cards
from wizard.core.catalog import INTERVALS
from wizard.core.catalog_loading import load_catalog
from wizard.core.order import NEW_CARD, Company, Order, Purchase, Selection, price
from wizard.ledger import payment_methods, record_purchase

CATALOG = load_catalog()
TODAY = date(2026, 1, 31)  # the last of a month: monthly billing next charges on the last of February
KEY = b"k" * 32  # a fingerprint key of the test's own
COMPANY = Company(name="Nordlicht Analytics GmbH", street="Am Sandtorkai 54", postal_code="20457",
                  city="Hamburg", country="DE", vat_id="DE813459728")
USERS = ("u1", "u2", "u3")


def sales_pro(**changes) -> Selection:
    chosen = Selection(hub="sales", tier="professional", currency="EUR", interval="monthly",
                       licensed_user_ids=USERS, company=COMPANY)
    return replace(chosen, **changes)


def with_tier(hub_id: str, tier_id: str, **changes):
    """The shipped catalog with one tier changed (the catalog's types are frozen)."""
    hubs = tuple(
        replace(hub, tiers=tuple(replace(t, **changes) if (hub.id, t.id) == (hub_id, tier_id) else t
                                 for t in hub.tiers))
        for hub in CATALOG.hubs
    )
    return replace(CATALOG, hubs=hubs)


def card(number: str = "4242424242424242") -> cards.CardDetails:
    details, problems = cards.validate_card(number, "12/30", "123", "Lena Hoffmann", today=TODAY, key=KEY)
    assert not problems
    return details


# -- pricing -------------------------------------------------------------


@pytest.mark.parametrize("interval", INTERVALS)
@pytest.mark.parametrize("currency", CATALOG.currencies)
def test_a_selection_is_priced_in_every_currency_and_interval(currency, interval):
    order = price(sales_pro(currency=currency, interval=interval), CATALOG, today=TODAY)
    prices = CATALOG.tier("sales", "professional").prices[currency]
    per_seat = prices.monthly if interval == "monthly" else prices.annual
    months = 1 if interval == "monthly" else 12
    q = order.quote
    assert (q.hub, q.tier, q.currency, q.interval) == ("sales", "professional", currency, interval)
    assert order.seats == q.seats == 3
    assert q.unit_price_minor == per_seat
    assert q.amount_due_minor == per_seat * 3 * months
    assert q.next_charge_date == (date(2026, 2, 28) if interval == "monthly" else date(2027, 1, 31))


@pytest.mark.parametrize(
    ("hub", "tier", "currency", "interval", "users", "due"),
    [
        # catalog.json, by hand: 100.00 EUR per seat per month, 3 seats.
        ("sales", "professional", "EUR", "monthly", 3, 30000),
        # 94.50 CHF per seat per month billed annually: 94.50 x 12 x 3 = 3,402.00.
        ("sales", "professional", "CHF", "annual", 3, 340200),
        # Yen have no minor unit: 2,400 JPY per month billed annually = 28,800 JPY; not per seat.
        ("marketing", "starter", "JPY", "annual", 0, 28800),
        # 18.00 EUR per month for the whole account.
        ("marketing", "starter", "EUR", "monthly", 0, 1800),
    ],
)
def test_amounts_checked_by_hand(hub, tier, currency, interval, users, due):
    chosen = Selection(hub=hub, tier=tier, currency=currency, interval=interval, licensed_user_ids=USERS[:users])
    assert price(chosen, CATALOG, today=TODAY).quote.amount_due_minor == due


@pytest.mark.parametrize(
    "chosen",
    [
        Selection(),
        Selection(hub="sales"),
        sales_pro(tier=""),
        sales_pro(currency=""),
        sales_pro(licensed_user_ids=()),
    ],
    ids=["nothing", "hub only", "no tier", "no currency", "no licensed user"],
)
def test_an_incomplete_selection_has_no_order(chosen):
    assert price(chosen, CATALOG, today=TODAY) is None


def test_fewer_users_than_the_tiers_minimum_have_no_order_yet():
    catalog = with_tier("sales", "professional", min_seats=4)
    assert price(sales_pro(), catalog, today=TODAY) is None
    assert price(sales_pro(licensed_user_ids=(*USERS, "u4")), catalog, today=TODAY).seats == 4


def test_an_interval_the_tier_does_not_offer_is_not_chosen_yet():
    catalog = with_tier("sales", "professional", intervals=("annual",))
    assert price(sales_pro(interval="monthly"), catalog, today=TODAY) is None
    assert price(sales_pro(interval="annual"), catalog, today=TODAY).quote.interval == "annual"


def test_a_contact_sales_tier_gives_an_order_without_a_quote():
    order = price(Selection(hub="sales", tier="enterprise", licensed_user_ids=USERS), CATALOG, today=TODAY)
    assert isinstance(order, Order)
    assert order.quote is None
    assert order.product_name("en") == "Sales Hub Enterprise"
    with pytest.raises(ValueError, match="sold through sales"):
        order.purchase(account_id="a", desk="D01", mode="standard", language="en", card=None)


def test_an_account_wide_tier_drops_users_ticked_for_another_tier():
    order = price(Selection(hub="marketing", tier="starter", currency="EUR", licensed_user_ids=USERS),
                  CATALOG, today=TODAY)
    assert order.licensed_user_ids == () and order.seats == 1


# -- the purchase --------------------------------------------------------


def test_a_purchase_with_a_new_card():
    details = card()
    chosen = sales_pro(payment_method=NEW_CARD, share_card=True, card_brand="visa", card_last4="4242")
    purchase = price(chosen, CATALOG, today=TODAY).purchase(
        account_id="acc", desk="D02", mode="kiosk", language="de", card=details
    )
    assert purchase == Purchase(
        account_id="acc", desk="D02", hub="sales", tier="professional", interval="monthly", currency="EUR",
        seats=3, unit_price_minor=10000, amount_due_minor=35700, next_charge_date=date(2026, 2, 28),
        language="de", mode="kiosk", licensed_user_ids=USERS, payment_method_id=None, new_card=details,
        company_name="Nordlicht Analytics GmbH", company_street="Am Sandtorkai 54", company_postal_code="20457",
        company_city="Hamburg", company_country="DE", vat_id="DE813459728", share_card=True,
        # A German company, no plan to replace: 19 % on the whole net amount.
        net_minor=30000, credit_minor=0, vat_rate_bp=1900, vat_minor=5700, total_minor=35700,
    )
    assert "4242424242424242" not in repr(purchase)


def test_a_purchase_with_a_saved_method():
    chosen = sales_pro(payment_method="pm-1", share_card=False, card_brand="visa", card_last4="4242")
    purchase = price(chosen, CATALOG, today=TODAY).purchase(
        account_id="acc", desk="D01", mode="standard", language="en", card=None
    )
    assert (purchase.payment_method_id, purchase.new_card, purchase.share_card) == ("pm-1", None, False)
    assert (purchase.seats, purchase.net_minor, purchase.amount_due_minor) == (3, 30000, 35700)


@pytest.mark.parametrize(
    ("changes", "given", "words"),
    [
        ({"payment_method": ""}, None, "no payment method"),
        ({"payment_method": "pm-1", "company": None}, None, "company"),
        ({"payment_method": NEW_CARD, "card_brand": "visa", "card_last4": "4242"}, None, "no card details"),
        # The order was shown with the Mastercard; the Visa arrives: refused, not recorded unseen.
        ({"payment_method": NEW_CARD, "card_brand": "mastercard", "card_last4": "4444"}, "visa", "card was changed"),
        ({"payment_method": "pm-1"}, "visa", "saved payment method"),
    ],
    ids=["no method", "no company", "new card without details", "another card", "saved method with a card"],
)
def test_a_purchase_that_does_not_match_its_order_is_refused(changes, given, words):
    order = price(sales_pro(**changes), CATALOG, today=TODAY)
    with pytest.raises(ValueError, match=words):
        order.purchase(account_id="acc", desk="D01", mode="standard", language="en",
                       card=card() if given else None)


def test_both_purchases_are_recorded_by_the_ledger(tmp_path):
    """The Purchase the order builds is the one the ledger takes, with a new card and with a saved one."""
    db, account_id = seeded(tmp_path / "ledger.sqlite3")
    try:
        users = tuple(row[0] for row in db.execute("SELECT id FROM users WHERE account_id = ? LIMIT 3", [account_id]))
        saved = payment_methods(db, account_id)[0]
        by_saved = sales_pro(licensed_user_ids=users, payment_method=saved.id, share_card=False,
                             card_brand=saved.brand, card_last4=saved.last4)
        details = card("5555555555554444")
        by_new = replace(by_saved, payment_method=NEW_CARD, share_card=True, card_brand="mastercard", card_last4="4444")
        receipts = [
            record_purchase(db, price(chosen, CATALOG, today=TODAY).purchase(
                account_id=account_id, desk="D01", mode="standard", language="en", card=given))
            for chosen, given in ((by_saved, None), (by_new, details))
        ]
        assert [r.number for r in receipts] == ["D01-000001", "D01-000002"]
        rows = db.execute("SELECT seats, amount_due_minor, payment_method_id FROM orders ORDER BY seq").fetchall()
        assert [row[:2] for row in rows] == [(3, 35700), (3, 35700)]
        methods = {m.id: m for m in payment_methods(db, account_id)}
        assert rows[0][2] == saved.id and methods[saved.id].shared_with_admins is False
        new = methods[rows[1][2]]
        assert (new.brand, new.last4, new.shared_with_admins) == ("mastercard", "4444", True)
    finally:
        db.close()
