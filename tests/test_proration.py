"""The credit for the unused part of the current period (core/proration.py): month ends, a leap year,
the first and the last day of a period, annual periods, JPY, never below zero, another currency."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from wizard.core.account import Subscription
from wizard.core.proration import Period, billing_period, paid_for_period, prorate, upgrade_credit


def _eur(paid, period, today, new=10_000, new_currency="EUR", currency="EUR"):
    return prorate(
        paid_minor=paid, currency=currency, period=period, today=today,
        new_charge_minor=new, new_currency=new_currency,
    )


def test_a_period_ends_on_the_next_charge_date_and_starts_one_interval_earlier():
    assert billing_period("monthly", date(2027, 5, 15)) == Period(date(2027, 4, 15), date(2027, 5, 15))
    assert billing_period("annual", date(2027, 5, 15)) == Period(date(2026, 5, 15), date(2027, 5, 15))
    assert billing_period("monthly", date(2027, 3, 31)).days == 31  # Feb 28 .. Mar 31
    with pytest.raises(ValueError, match="not a billing interval"):
        billing_period("weekly", date(2027, 5, 15))


def test_upgrade_on_jan_31_of_a_monthly_plan_started_dec_31():
    # Started Dec 31, the schedule is Dec 31, Jan 31, Feb 28, Mar 31 (add_months keeps the day).
    # Jan 31 is the first day of the period [Jan 31, Feb 28): 28 days, all of them unused.
    period = billing_period("monthly", date(2027, 2, 28), started=date(2026, 12, 31))
    assert period == Period(date(2027, 1, 31), date(2027, 2, 28))
    p = _eur(2_800, period, date(2027, 1, 31))
    assert (p.days_in_period, p.unused_days, p.credit_minor) == (28, 28, 2_800)
    # Without the day the plan started, Feb 28 minus a month is Jan 28: a 31-day period, 28 unused.
    guessed = billing_period("monthly", date(2027, 2, 28))
    assert guessed == Period(date(2027, 1, 28), date(2027, 2, 28))
    assert _eur(3_100, guessed, date(2027, 1, 31)).credit_minor == 2_800
    # The next period keeps the 31st: [Feb 28, Mar 31).
    assert billing_period("monthly", date(2027, 3, 31), started=date(2026, 12, 31)) == Period(
        date(2027, 2, 28), date(2027, 3, 31)
    )


def test_on_the_next_charge_date_the_period_is_over_and_nothing_is_credited():
    # Started Dec 31, next charge Jan 31: upgrading on Jan 31 leaves no unused day of [Dec 31, Jan 31).
    period = billing_period("monthly", date(2027, 1, 31), started=date(2026, 12, 31))
    assert period == Period(date(2026, 12, 31), date(2027, 1, 31))
    p = _eur(5_000, period, date(2027, 1, 31), new=9_000)
    assert (p.unused_days, p.credit_minor, p.due_today_minor) == (0, 0, 9_000)


def test_february_in_a_leap_year():
    period = billing_period("monthly", date(2028, 3, 1))
    assert period == Period(date(2028, 2, 1), date(2028, 3, 1)) and period.days == 29
    p = _eur(2_900, period, date(2028, 2, 29))  # the last day of February 2028
    assert (p.unused_days, p.credit_minor) == (1, 100)
    # A plan started on Jan 31, 2028: its February period is [Feb 29, Mar 31) when renewed on the 29th.
    assert billing_period("monthly", date(2028, 3, 31), started=date(2028, 1, 31)) == Period(
        date(2028, 2, 29), date(2028, 3, 31)
    )
    assert billing_period("monthly", date(2028, 2, 29), started=date(2028, 1, 31)).days == 29


def test_the_first_and_the_last_day_of_a_period():
    period = Period(date(2027, 4, 10), date(2027, 5, 10))  # 30 days
    first = _eur(3_000, period, date(2027, 4, 10))
    assert (first.unused_days, first.credit_minor) == (30, 3_000)  # nothing used: all of it back
    last = _eur(3_000, period, date(2027, 5, 9))
    assert (last.unused_days, last.credit_minor) == (1, 100)
    assert last.due_today_minor == 10_000 - 100
    with pytest.raises(ValueError, match="before the current period"):
        _eur(3_000, period, date(2027, 4, 9))


def test_annual_periods():
    period = billing_period("annual", date(2028, 6, 1))
    assert period.days == 366  # Jun 1, 2027 .. Jun 1, 2028 holds Feb 29, 2028
    p = _eur(120_000, period, date(2027, 12, 1))  # 183 days left
    assert p.unused_days == 183
    assert p.credit_minor == (2 * 120_000 * 183 + 366) // (2 * 366) == 60_000
    # A plan started on Feb 29, 2028 renews on Feb 28, 2029 (add_months), then Feb 29, 2032's year keeps 28.
    assert billing_period("annual", date(2029, 2, 28), started=date(2028, 2, 29)) == Period(
        date(2028, 2, 29), date(2029, 2, 28)
    )
    assert billing_period("annual", date(2031, 2, 28), started=date(2028, 2, 29)).start == date(2030, 2, 28)


def test_rounding_to_the_nearest_minor_unit_an_exact_half_up():
    period = Period(date(2027, 4, 1), date(2027, 4, 5))  # 4 days
    assert _eur(1, period, date(2027, 4, 3)).credit_minor == 1  # 0.5 -> 1 (half up, the buyer's favour)
    assert _eur(1, period, date(2027, 4, 4)).credit_minor == 0  # 0.25 -> 0
    assert _eur(3, period, date(2027, 4, 2)).credit_minor == 2  # 2.25 -> 2
    assert _eur(3, period, date(2027, 4, 3)).credit_minor == 2  # 1.5 -> 2


def test_jpy_has_no_decimals_so_the_credit_is_in_whole_yen():
    period = Period(date(2027, 4, 1), date(2027, 5, 1))  # 30 days
    p = prorate(paid_minor=2_900, currency="JPY", period=period, today=date(2027, 4, 21),
                new_charge_minor=8_700, new_currency="JPY")
    # 2900 x 10 / 30 = 966.67 yen -> 967
    assert (p.unused_days, p.credit_minor, p.due_today_minor) == (10, 967, 8_700 - 967)
    assert isinstance(p.credit_minor, int)


def test_due_today_is_never_below_zero():
    period = Period(date(2027, 4, 1), date(2027, 5, 1))
    p = _eur(120_000, period, date(2027, 4, 1), new=5_000)
    assert (p.credit_minor, p.due_today_minor) == (120_000, 0)


def test_another_currency_is_not_netted_the_unused_part_is_refunded():
    period = Period(date(2027, 4, 1), date(2027, 5, 1))
    p = _eur(3_000, period, date(2027, 4, 16), new=7_500, new_currency="USD")
    assert p.unused_minor == 1_500
    assert (p.credit_minor, p.refund_minor, p.currency) == (0, 1_500, "EUR")
    assert (p.due_today_minor, p.new_currency) == (7_500, "USD")
    same = _eur(3_000, period, date(2027, 4, 16), new=7_500)
    assert (same.credit_minor, same.refund_minor, same.due_today_minor) == (1_500, 0, 6_000)


def test_bad_amounts_are_refused():
    period = Period(date(2027, 4, 1), date(2027, 5, 1))
    for bad in (-1, 1.5, True, "100"):
        with pytest.raises(ValueError, match="paid_minor"):
            _eur(bad, period, date(2027, 4, 2))
    with pytest.raises(ValueError, match="no days"):
        _eur(100, Period(date(2027, 4, 1), date(2027, 4, 1)), date(2027, 4, 1))
    with pytest.raises(ValueError, match="on or after"):
        billing_period("monthly", date(2027, 4, 1), started=date(2027, 4, 1))


def test_the_result_is_frozen():
    p = _eur(3_000, Period(date(2027, 4, 1), date(2027, 5, 1)), date(2027, 4, 2))
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.credit_minor = 0


def test_upgrade_credit_from_the_accounts_subscription():
    # Sales Hub Starter, three users at 20.00 EUR a month, next charge May 10: paid 60.00 for [Apr 10, May 10).
    current = Subscription(hub="sales", tier="starter", interval="monthly", currency="EUR", seats=3,
                           unit_price_minor=2_000, next_charge_date=date(2027, 5, 10))
    assert paid_for_period(current) == 6_000
    p = upgrade_credit(current, new_charge_minor=30_000, new_currency="EUR", today=date(2027, 4, 25))
    assert p.period == Period(date(2027, 4, 10), date(2027, 5, 10))
    assert (p.unused_days, p.credit_minor, p.due_today_minor) == (15, 3_000, 27_000)
    annual = dataclasses.replace(current, interval="annual")
    assert paid_for_period(annual) == 72_000
