"""Formatting of minor-unit amounts and dates for the two display languages."""
from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from wizard.core.money import currency_exponent, currency_name, format_date, format_money

NBSP = "\xa0"


@pytest.mark.parametrize(
    "amount, currency, language, expected",
    [
        (123456, "EUR", "de", f"1.234,56{NBSP}€"),
        (123456, "EUR", "en", "€1,234.56"),
        (500, "EUR", "de", f"5,00{NBSP}€"),
        (7, "EUR", "en", "€0.07"),
        (0, "EUR", "de", f"0,00{NBSP}€"),
        (9450, "CHF", "de", f"94,50{NBSP}CHF"),
        # CLDR's currencySpacing: a symbol in letters gets a no-break space before the digits.
        (123456789, "CHF", "en", f"CHF{NBSP}1,234,567.89"),
        (-123456, "CHF", "en", f"-CHF{NBSP}1,234.56"),
        (100, "AUD", "en", "A$1.00"),
        (13300, "JPY", "de", f"13.300{NBSP}¥"),
        (128000, "JPY", "en", "¥128,000"),
        (1, "JPY", "en", "¥1"),
        (9000, "USD", "en", "$90.00"),
        (9000, "USD", "de", f"90,00{NBSP}$"),
        (1000000, "USD", "en", "$10,000.00"),
    ],
)
def test_format_money(amount, currency, language, expected):
    assert format_money(amount, currency, language) == expected


def test_format_money_refuses_float_and_unknown_language():
    with pytest.raises(TypeError):
        format_money(12.5, "EUR", "en")
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        format_money(100, "EUR", "fr")


@pytest.mark.parametrize("code, exponent", [("EUR", 2), ("USD", 2), ("CHF", 2), ("GBP", 2), ("AUD", 2), ("JPY", 0)])
def test_currency_exponent(code, exponent):
    assert currency_exponent(code) == exponent


def test_format_date():
    assert format_date(date(2026, 11, 27), "de") == "27.11.2026"
    assert format_date(date(2026, 11, 27), "en") == "Nov 27, 2026"
    assert format_date(date(2028, 2, 29), "de") == "29.02.2028"


def test_currency_name():
    assert currency_name("CHF", "de") == "Schweizer Franken"
    assert currency_name("JPY", "en") == "Japanese Yen"
    assert currency_name("EUR", "de") == "Euro"


def test_importing_money_does_not_load_babel():
    # Startup time: Babel must load only when something is formatted.
    code = "import sys, wizard.core.money, wizard.core.catalog, wizard.core.pricing; print('babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
