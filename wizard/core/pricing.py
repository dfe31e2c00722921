"""What a selection costs, and when it is charged next. Plain Python, no Qt.

All amounts are integer minor units; the only arithmetic is integer
multiplication, so nothing can round away a cent.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from wizard.core.catalog import Catalog, Price


@dataclass(frozen=True)
class Quote:
    hub: str
    tier: str
    currency: str
    interval: str
    seats: int  # 1 when the tier is not seat-based
    unit_price_minor: int  # per unit per month, for the chosen interval
    amount_due_minor: int  # charged now: monthly = 1 month, annual = 12 months up front
    amount_per_year_minor: int
    saving_percent: int | None  # annual vs monthly, None when annual saves nothing
    next_charge_date: date


def quote(
    catalog: Catalog,
    hub: str,
    tier: str,
    currency: str,
    interval: str,
    seats: int = 1,
    *,
    today: date | None = None,
) -> Quote:
    """Price a selection; ValueError with a sentence naming the problem when it cannot be bought."""
    try:
        chosen = catalog.tier(hub, tier)
    except KeyError as exc:
        raise ValueError(exc.args[0]) from None
    if currency not in catalog.currencies:
        raise ValueError(f"the catalog does not sell in {currency!r} (it sells in {', '.join(catalog.currencies)})")
    if not chosen.self_serve:
        raise ValueError(f"{hub} {tier} is sold through sales, not bought here: record a sales lead instead")
    if interval not in chosen.intervals:
        raise ValueError(f"{hub} {tier} cannot be billed {interval!r} (allowed: {', '.join(chosen.intervals)})")
    if chosen.seat_based:
        if not isinstance(seats, int) or isinstance(seats, bool):
            raise ValueError(f"seats must be a whole number, not {seats!r}")
        if seats < chosen.min_seats:
            raise ValueError(f"{hub} {tier} needs at least {chosen.min_seats} seat(s), not {seats}")
        units = seats
    else:
        units = 1  # the whole account is the one unit, whatever was passed

    price = chosen.prices[currency]
    unit = price.monthly if interval == "monthly" else price.annual
    per_year = unit * units * 12
    due = unit * units if interval == "monthly" else per_year
    # A saving only means something when the customer can choose between the two.
    both = "monthly" in chosen.intervals and "annual" in chosen.intervals
    start = today if today is not None else date.today()
    return Quote(
        hub=hub,
        tier=tier,
        currency=currency,
        interval=interval,
        seats=units,
        unit_price_minor=unit,
        amount_due_minor=due,
        amount_per_year_minor=per_year,
        saving_percent=annual_saving_percent(price) if both else None,
        next_charge_date=add_months(start, 1 if interval == "monthly" else 12),
    )


def annual_saving_percent(price: Price) -> int | None:
    """How much cheaper annual billing is, in whole percent rounded half up.

    None when annual is not cheaper, or so little cheaper that it rounds to
    0 %: "save 0 %" is not a saving worth showing.
    """
    if price.annual >= price.monthly:
        return None
    # Integer form of round_half_up(100 * (monthly - annual) / monthly).
    percent = (200 * (price.monthly - price.annual) + price.monthly) // (2 * price.monthly)
    return percent or None


def add_months(day: date, n: int) -> date:
    """`day` moved by n calendar months; a day the target month lacks becomes its last day."""
    index = day.year * 12 + (day.month - 1) + n
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
