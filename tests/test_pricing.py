"""Quotes computed from the shipped catalog's own data, savings and charge dates."""
from __future__ import annotations

from datetime import date

import pytest

from wizard.core.catalog import Price
from wizard.core.catalog_loading import load_catalog
from wizard.core.pricing import Quote, add_months, annual_saving_percent, quote

CATALOG = load_catalog()
TODAY = date(2026, 5, 14)
SELF_SERVE = [(h.id, t.id) for h in CATALOG.hubs for t in h.tiers if t.self_serve]
CURRENCIES = CATALOG.currencies


@pytest.mark.parametrize("currency", CURRENCIES)
@pytest.mark.parametrize("hub, tier", SELF_SERVE)
def test_monthly_quote_for_every_currency(hub, tier, currency):
    t = CATALOG.tier(hub, tier)
    seats = max(3, t.min_seats) if t.seat_based else 1
    q = quote(CATALOG, hub, tier, currency, "monthly", seats, today=TODAY)
    unit = t.prices[currency].monthly
    assert q.unit_price_minor == unit
    assert q.seats == seats
    assert q.amount_due_minor == unit * seats
    assert q.amount_per_year_minor == unit * seats * 12
    assert q.next_charge_date == date(2026, 6, 14)
    assert (q.hub, q.tier, q.currency, q.interval) == (hub, tier, currency, "monthly")


@pytest.mark.parametrize("currency", CURRENCIES)
@pytest.mark.parametrize("hub, tier", SELF_SERVE)
def test_annual_quote_for_every_currency(hub, tier, currency):
    t = CATALOG.tier(hub, tier)
    seats = max(3, t.min_seats) if t.seat_based else 1
    q = quote(CATALOG, hub, tier, currency, "annual", seats, today=TODAY)
    unit = t.prices[currency].annual
    assert q.unit_price_minor == unit
    assert q.amount_due_minor == unit * seats * 12
    assert q.amount_per_year_minor == unit * seats * 12
    assert q.next_charge_date == date(2027, 5, 14)


def test_all_amounts_are_ints_and_jpy_is_whole_yen():
    q = quote(CATALOG, "sales", "professional", "JPY", "annual", 4, today=TODAY)
    yen = CATALOG.tier("sales", "professional").prices["JPY"].annual
    assert yen == 13300  # "13300" in the file: JPY has no minor unit, so no * 100
    assert q.amount_due_minor == 13300 * 4 * 12
    for value in (q.unit_price_minor, q.amount_due_minor, q.amount_per_year_minor, q.saving_percent):
        assert type(value) is int


def test_account_tier_ignores_seats():
    q = quote(CATALOG, "marketing", "professional", "EUR", "monthly", 7, today=TODAY)
    assert q.seats == 1
    assert q.amount_due_minor == CATALOG.tier("marketing", "professional").prices["EUR"].monthly


def test_saving_from_shipped_prices():
    # Sales Professional EUR: 100.00 monthly, 90.00 annual -> 10 %.
    q = quote(CATALOG, "sales", "professional", "EUR", "monthly", 1, today=TODAY)
    assert q.saving_percent == 10
    # Marketing Starter EUR: 18.00 vs 15.00 -> 16.67 % -> 17.
    assert quote(CATALOG, "marketing", "starter", "EUR", "annual", today=TODAY).saving_percent == 17


@pytest.mark.parametrize("currency", CURRENCIES)
def test_no_saving_tier_in_shipped_data(currency):
    # Sales Starter is the shipped tier whose annual price equals its monthly price.
    price = CATALOG.tier("sales", "starter").prices[currency]
    assert price.annual == price.monthly
    assert quote(CATALOG, "sales", "starter", currency, "annual", 2, today=TODAY).saving_percent is None


@pytest.mark.parametrize(
    "monthly, annual, expected",
    [
        (10000, 9000, 10),
        (1800, 1500, 17),  # 16.67
        (1000, 995, 1),  # 0.5 rounds half up
        (1000, 996, None),  # 0.4 % rounds to 0: nothing worth showing
        (200, 199, 1),  # 0.5
        (2000, 2000, None),
        (2000, 2100, None),
        (0, 0, None),
    ],
)
def test_annual_saving_percent(monthly, annual, expected):
    assert annual_saving_percent(Price(monthly=monthly, annual=annual)) == expected


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 12, 31), 1, date(2027, 1, 31)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 5, 14), 12, date(2027, 5, 14)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 8, 31), 18, date(2028, 2, 29)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def test_next_charge_date_at_month_end():
    q = quote(CATALOG, "sales", "professional", "EUR", "monthly", 1, today=date(2028, 1, 31))
    assert q.next_charge_date == date(2028, 2, 29)
    q = quote(CATALOG, "sales", "professional", "EUR", "monthly", 1, today=date(2026, 12, 31))
    assert q.next_charge_date == date(2027, 1, 31)
    q = quote(CATALOG, "sales", "professional", "EUR", "annual", 1, today=date(2028, 2, 29))
    assert q.next_charge_date == date(2029, 2, 28)


def test_today_defaults_to_the_real_date():
    q = quote(CATALOG, "marketing", "starter", "USD", "monthly")
    assert q.next_charge_date == add_months(date.today(), 1)


@pytest.mark.parametrize(
    "args, message",
    [
        (("finance", "starter", "EUR", "monthly", 1), "no hub 'finance'"),
        (("sales", "premium", "EUR", "monthly", 1), "no tier 'premium'"),
        (("sales", "professional", "SEK", "monthly", 1), "does not sell in 'SEK'"),
        (("sales", "professional", "EUR", "weekly", 1), "cannot be billed 'weekly'"),
        (("sales", "professional", "EUR", "monthly", 0), "at least 1 seat"),
        (("sales", "enterprise", "EUR", "annual", 10), "sold through sales"),
        (("service", "starter", "EUR", "monthly", 1), "sold through sales"),
        (("marketing", "enterprise", "EUR", "annual", 1), "sold through sales"),
    ],
)
def test_quote_refusals(args, message):
    with pytest.raises(ValueError, match=message):
        quote(CATALOG, *args, today=TODAY)


def test_interval_and_min_seats_come_from_the_tier(tmp_path):
    # A catalog where a self-serve tier sells annual only and needs 5 seats.
    import json

    from wizard.core.paths import resource_path

    data = json.loads(resource_path("catalog.json").read_text(encoding="utf-8"))
    tier = data["hubs"][2]["tiers"][1]
    tier["intervals"] = ["annual"]
    tier["min_seats"] = 5
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    catalog = load_catalog(path)
    with pytest.raises(ValueError, match="cannot be billed 'monthly'"):
        quote(catalog, "service", "professional", "EUR", "monthly", 5, today=TODAY)
    with pytest.raises(ValueError, match="at least 5 seat"):
        quote(catalog, "service", "professional", "EUR", "annual", 4, today=TODAY)
    q = quote(catalog, "service", "professional", "EUR", "annual", 5, today=TODAY)
    assert q.seats == 5
    assert q.saving_percent is None  # no choice of interval, so no saving to show


def test_quote_is_frozen():
    q = quote(CATALOG, "marketing", "starter", "EUR", "monthly", today=TODAY)
    assert isinstance(q, Quote)
    with pytest.raises(AttributeError):
        q.amount_due_minor = 0
