"""The credit for the unused part of the current period when upgrading. Plain Python, no Qt.

Rules (issue 10, "Upgrading what the account already has"):

- A billing period is the half-open day range [start, end): `end` is the
  subscription's next charge date, `start` one interval (1 or 12 months,
  `pricing.add_months`) earlier.
- The upgrade takes effect today, so today counts as unused:
  unused days = end - today. On the first day of a period the whole period is
  credited; on its last day, one day; on the next charge date itself, nothing
  (that period is over and the renewal is due).
- credit = paid for the period x unused days / days in the period, in integer
  minor units of the current plan's currency (JPY has none below the yen, so
  its minor unit is the yen). ROUNDING: to the nearest minor unit, an exact
  half rounded up, in the buyer's favour: the integer form
  (2 * paid * unused + days) // (2 * days). The credit never exceeds what was
  paid, because unused <= days.
- Same currency: due today = new charge - credit, never below zero; a credit
  larger than the new charge is not paid out or carried over.
- Another currency: nothing is netted (no exchange rates here). The unused
  part is refunded separately in the current plan's currency
  (`refund_minor`), and the new charge is due in full.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wizard.core.account import Subscription
from wizard.core.catalog import INTERVALS
from wizard.core.pricing import add_months

_MONTHS = {"monthly": 1, "annual": 12}


@dataclass(frozen=True)
class Period:
    """[start, end): `end` is the next charge date, the first day not in the period."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def billing_period(interval: str, next_charge_date: date, *, started: date | None = None) -> Period:
    """The period that ends on `next_charge_date`.

    Without `started`, it starts one interval earlier (`add_months`). A month-end
    plan loses its day that way: started on Jan 31, renewed on Feb 28, its next
    charge is Mar 31, and Mar 31 minus a month is Feb 28 (right), but Feb 28
    minus a month is Jan 28 (wrong: it started on Jan 31). Given the day the plan
    started, the charge dates are counted from it, as `add_months` made them,
    and the period starts at the last of them before `next_charge_date`.
    """
    months = _interval_months(interval)
    if started is None:
        return Period(add_months(next_charge_date, -months), next_charge_date)
    if started >= next_charge_date:
        raise ValueError(f"the plan cannot start ({started}) on or after its next charge date ({next_charge_date})")
    # Jump close (that many calendar months back is still before the next
    # charge date), then step along the schedule.
    count = (next_charge_date.year - started.year) * 12 + next_charge_date.month - started.month
    k = max(count // months - 1, 0)
    while add_months(started, (k + 1) * months) < next_charge_date:
        k += 1
    start = add_months(started, k * months)
    return Period(start, next_charge_date)


@dataclass(frozen=True)
class Proration:
    """What an upgrade costs today, given what the current period was paid."""

    period: Period
    unused_days: int
    paid_minor: int  # what the current period was charged, in `currency`
    currency: str  # the current plan's
    unused_minor: int  # the prorated unused part, in `currency`, whichever way it is given back
    new_charge_minor: int  # the new plan's first charge, in `new_currency`
    new_currency: str
    credit_minor: int  # netted against the new charge: unused_minor in the same currency, else 0
    refund_minor: int  # refunded separately in `currency`: unused_minor in another currency, else 0
    due_today_minor: int  # new charge - credit, never below zero, in `new_currency`

    @property
    def days_in_period(self) -> int:
        return self.period.days


def prorate(
    *,
    paid_minor: int,
    currency: str,
    period: Period,
    today: date,
    new_charge_minor: int,
    new_currency: str,
) -> Proration:
    """The credit (or refund) for the unused days of `period` and what is due today; see the module's rules."""
    for name, value in (("paid_minor", paid_minor), ("new_charge_minor", new_charge_minor)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"{name} must be a whole number of minor units, at least 0, not {value!r}")
    if period.days <= 0:
        raise ValueError(f"the period {period.start} to {period.end} has no days")
    if today < period.start:
        raise ValueError(f"{today} is before the current period, which starts on {period.start}")
    unused_days = max((period.end - today).days, 0)
    unused = (2 * paid_minor * unused_days + period.days) // (2 * period.days)
    same = currency == new_currency
    credit = unused if same else 0
    return Proration(
        period=period, unused_days=unused_days, paid_minor=paid_minor, currency=currency, unused_minor=unused,
        new_charge_minor=new_charge_minor, new_currency=new_currency,
        credit_minor=credit, refund_minor=0 if same else unused, due_today_minor=max(new_charge_minor - credit, 0),
    )


def paid_for_period(subscription: Subscription) -> int:
    """What one period of the subscription is charged: units x price per month x 1 or 12 months."""
    return subscription.unit_price_minor * subscription.seats * _interval_months(subscription.interval)


def upgrade_credit(
    subscription: Subscription,
    *,
    new_charge_minor: int,
    new_currency: str,
    today: date,
    started: date | None = None,
) -> Proration:
    """`prorate` for the account's current plan in a hub; `started`: see `billing_period`."""
    period = billing_period(subscription.interval, subscription.next_charge_date, started=started)
    return prorate(
        paid_minor=paid_for_period(subscription),
        currency=subscription.currency,
        period=period,
        today=today,
        new_charge_minor=new_charge_minor,
        new_currency=new_currency,
    )


def _interval_months(interval: str) -> int:
    if interval not in _MONTHS:
        raise ValueError(f"{interval!r} is not a billing interval (use {' or '.join(INTERVALS)})")
    return _MONTHS[interval]
