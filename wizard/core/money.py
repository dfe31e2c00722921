"""Money and dates for display. Plain Python, no Qt.

Amounts are integers in the currency's minor unit (cents; yen have none).
Babel is imported inside the functions: loading its locale data costs time
that the first painted page should not pay.
"""
from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from functools import lru_cache

NBSP = "\xa0"

LOCALES = {"de": "de_DE", "en": "en_US"}


@lru_cache(maxsize=None)
def _locale(language: str):
    try:
        code = LOCALES[language]
    except KeyError:
        raise ValueError(f"unknown language {language!r}, expected one of {sorted(LOCALES)}") from None
    from babel import Locale

    return Locale.parse(code)


@lru_cache(maxsize=None)
def currency_exponent(code: str) -> int:
    """Decimal places of the currency's minor unit: 2 for EUR, 0 for JPY."""
    from babel.numbers import get_currency_precision

    return get_currency_precision(code)


def format_money(amount_minor: int, currency: str, language: str) -> str:
    """`123456, "EUR", "de"` -> "1.234,56\xa0€"; `"en"` -> "€1,234.56", "CHF\xa01,234.56"."""
    # bool is an int subclass and float would hide rounding errors: refuse both.
    if not isinstance(amount_minor, int) or isinstance(amount_minor, bool):
        raise TypeError(f"amount_minor must be an int in minor units, not {type(amount_minor).__name__}")
    from babel.numbers import format_currency

    # scaleb keeps the value exact: Decimal(123456).scaleb(-2) == Decimal("1234.56").
    amount = Decimal(amount_minor).scaleb(-currency_exponent(currency))
    locale = _locale(language)
    text = format_currency(amount, currency, locale=locale)
    return _currency_spacing(text, _symbol(currency, language))


@lru_cache(maxsize=None)
def _symbol(currency: str, language: str) -> str:
    from babel.numbers import get_currency_symbol

    return get_currency_symbol(currency, locale=_locale(language))


def _is_letter_like(char: str) -> bool:
    """CLDR's currencyMatch [[:^S:]&[:^Z:]]: neither a symbol (€ $ ¥) nor a space."""
    return not unicodedata.category(char).startswith(("S", "Z"))


def _currency_spacing(text: str, symbol: str) -> str:
    """CLDR's currencySpacing, which Babel does not apply: a symbol written in letters
    ("CHF") that touches a digit gets a no-break space, so en reads "CHF\xa01,234.56"
    where the pattern "¤#,##0.00" alone gives "CHF1,234.56". "€1.00" stays as it is.
    """
    at = text.find(symbol) if symbol else -1
    if at < 0:
        return text
    end = at + len(symbol)
    if end < len(text) and text[end].isdigit() and _is_letter_like(symbol[-1]):
        text = text[:end] + NBSP + text[end:]
    if at > 0 and text[at - 1].isdigit() and _is_letter_like(symbol[0]):
        text = text[:at] + NBSP + text[at:]
    return text


def format_date(value: date, language: str) -> str:
    """de "27.11.2026", en "Nov 27, 2026" (Babel's "medium" format)."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, "medium", locale=_locale(language))


@lru_cache(maxsize=None)
def currency_name(code: str, language: str) -> str:
    """ "CHF", "de" -> "Schweizer Franken"."""
    from babel.numbers import get_currency_name

    return get_currency_name(code, locale=_locale(language))
