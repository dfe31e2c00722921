"""Checking a parsed catalog document: every value's type, bounds and text, each refusal naming its place."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from wizard.core.catalog import (
    DESCRIPTION_MAX, ID_MAX, INTERVALS, MAX_MIN_SEATS, MAX_PRICE_MINOR, MAX_RATE_BP, NAME_MAX, NOTE_MAX,
    Catalog, CatalogError, Hub, Price, Seller, TaxTable, Tier,
)
from wizard.core.company import COUNTRIES, has_control_character, is_control_character
from wizard.core.languages import LANGUAGES

# Plain decimal notation only: "45", "45.00". Decimal() alone would also take
# "NaN", "1e3" or " 45 ", none of which belongs in a price list.
_DECIMAL_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?")
# A JSON integer longer than this never gets to int(): Python refuses more than
# 4,300 digits with a ValueError that has no place, and no bound here needs more.
INT_DIGITS_MAX = 30


class LongNumber:
    """A JSON integer with more digits than any bound allows: its start and length, for the message."""

    def __init__(self, text: str):
        self.shown = f"{text[:12]}... ({len(text.lstrip('-'))} digits)"

    def __str__(self) -> str:
        return self.shown


class Checker:
    """Walks the parsed JSON; each method gets the place it is looking at."""

    def __init__(self, label: str):
        self.label = label

    def fail(self, where: str, what: str):
        raise CatalogError(self.label, where, what)

    # -- generic shapes ------------------------------------------------------

    def obj(self, value, where: str) -> dict:
        if not isinstance(value, dict):
            self.fail(where, f"must be an object, not {_kind(value)}")
        return value

    def get(self, parent: dict, key: str, where: str):
        if key not in parent:
            self.fail(where or "top level", f'missing field "{key}"')
        return parent[key]

    def text(self, parent: dict, key: str, where: str, limit: int) -> str:
        place = _join(where, key)
        value = self.get(parent, key, where)
        if not isinstance(value, str):
            self.fail(place, f"must be a string, not {_kind(value)}")
        if not value.strip():
            self.fail(place, "must not be empty")
        if len(value) > limit:
            self.fail(place, f"must have at most {limit} characters, not {len(value)}")
        # The same rule as for typed company fields: these texts end up in tables and exports.
        if has_control_character(value):
            self.fail(place, f"must not contain a control character or line break: {_shown(value)}")
        return value

    def flag(self, parent: dict, key: str, where: str) -> bool:
        value = self.get(parent, key, where)
        if not isinstance(value, bool):
            self.fail(_join(where, key), f"must be true or false, not {_kind(value)}")
        return value

    def array(self, parent: dict, key: str, where: str) -> list:
        value = self.get(parent, key, where)
        if not isinstance(value, list):
            self.fail(_join(where, key), f"must be a list, not {_kind(value)}")
        if not value:
            self.fail(_join(where, key), "must not be empty")
        return value

    def languages(self, parent: dict, key: str, where: str, limit: int) -> dict[str, str]:
        place = _join(where, key)
        names = self.obj(self.get(parent, key, where), place)
        return {lang: self.text(names, lang, place, limit) for lang in LANGUAGES}

    # -- catalog parts -------------------------------------------------------

    def catalog(self, data, source: Path) -> Catalog:
        top = self.obj(data, "top level")
        note = self.text(top, "note", "", NOTE_MAX)
        currencies = self.currencies(self.array(top, "currencies", ""))
        hubs = []
        seen: set[str] = set()
        for i, raw in enumerate(self.array(top, "hubs", "")):
            hub = self.hub(raw, f"hubs[{i}]", currencies)
            if hub.id in seen:
                self.fail(f"hubs[{i}].id", f'duplicate hub id "{hub.id}"')
            seen.add(hub.id)
            hubs.append(hub)
        tax = self.tax(self.obj(self.get(top, "tax", ""), "tax"), "tax")
        return Catalog(hubs=tuple(hubs), currencies=currencies, note=note, source=source, tax=tax)

    def currencies(self, codes: list) -> tuple[str, ...]:
        from babel.numbers import list_currencies  # Babel only when a catalog is loaded

        known = list_currencies()
        seen: list[str] = []
        for i, code in enumerate(codes):
            place = f"currencies[{i}]"
            if not isinstance(code, str):
                self.fail(place, f"must be a currency code string, not {_kind(code)}")
            if code not in known:
                self.fail(place, f"{_shown(code)} is not an ISO 4217 currency code")
            if code in seen:
                self.fail(place, f'currency "{code}" is listed twice')
            seen.append(code)
        return tuple(seen)

    def hub(self, raw, where: str, currencies: tuple[str, ...]) -> Hub:
        hub = self.obj(raw, where)
        hub_id = self.text(hub, "id", where, ID_MAX)
        name = self.languages(hub, "name", where, NAME_MAX)
        tiers = []
        seen: set[str] = set()
        for i, raw_tier in enumerate(self.array(hub, "tiers", where)):
            tier = self.tier(raw_tier, f"{where}.tiers[{i}]", currencies)
            if tier.id in seen:
                self.fail(f"{where}.tiers[{i}].id", f'duplicate tier id "{tier.id}" in this hub')
            seen.add(tier.id)
            tiers.append(tier)
        return Hub(id=hub_id, name=name, tiers=tuple(tiers))

    def tier(self, raw, where: str, currencies: tuple[str, ...]) -> Tier:
        tier = self.obj(raw, where)
        tier_id = self.text(tier, "id", where, ID_MAX)
        name = self.languages(tier, "name", where, NAME_MAX)
        description = self.languages(tier, "description", where, DESCRIPTION_MAX)
        self_serve = self.flag(tier, "self_serve", where)
        seat_based = self.flag(tier, "seat_based", where)
        min_seats = self.min_seats(tier, where, seat_based)
        intervals = self.intervals(self.array(tier, "intervals", where), f"{where}.intervals")
        prices = self.prices(tier, where, currencies)
        return Tier(
            id=tier_id, name=name, description=description, self_serve=self_serve,
            seat_based=seat_based, min_seats=min_seats, intervals=intervals, prices=prices,
        )

    def min_seats(self, tier: dict, where: str, seat_based: bool) -> int:
        value = self.whole(tier, "min_seats", where, 1, MAX_MIN_SEATS)
        place = f"{where}.min_seats"
        # Without seats the whole account is the one unit; a larger minimum could never be met.
        if not seat_based and value != 1:
            self.fail(place, f"must be 1 for a tier that is not seat-based, not {value}")
        return value

    def whole(self, parent: dict, key: str, where: str, low: int, high: int) -> int:
        """A whole number from low to high."""
        place = _join(where, key)
        value = self.get(parent, key, where)
        if isinstance(value, LongNumber):
            self.fail(place, f"{value} is too large (at most {high})")
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(place, f"must be a whole number, not {_kind(value)}")
        if value < low:
            self.fail(place, f"must be at least {low}, not {value}")
        if value > high:
            self.fail(place, f"must be at most {high}, not {_shown(value)}")
        return value

    def country(self, value, place: str) -> str:
        if not isinstance(value, str) or value not in COUNTRIES:
            self.fail(place, f"{_shown(value)} is not one of the countries the wizard offers ({', '.join(COUNTRIES)})")
        return value

    def tax(self, tax: dict, where: str) -> TaxTable:
        """The seller (name, address, country, VAT ID) and the VAT rates by country in basis points."""
        place = f"{where}.seller"
        seller = self.obj(self.get(tax, "seller", where), place)
        texts = {key: self.text(seller, key, place, NAME_MAX)
                 for key in ("name", "street", "postal_code", "city", "vat_id")}
        country = self.country(self.get(seller, "country", place), f"{place}.country")
        place = f"{where}.rates_bp"
        table = self.obj(self.get(tax, "rates_bp", where), place)
        rates = {}
        for code in table:
            code = self.country(code, f"{place}.{_key(code)}")
            rates[code] = self.whole(table, code, place, 0, MAX_RATE_BP)
        if country not in rates:
            self.fail(place, f'missing the rate of the seller\'s country "{country}"')
        return TaxTable(seller=Seller(country=country, **texts), rates_bp=rates)

    def intervals(self, values: list, where: str) -> tuple[str, ...]:
        seen: list[str] = []
        for i, value in enumerate(values):
            if value not in INTERVALS:
                self.fail(f"{where}[{i}]", f'{_shown(value)} is not a billing interval (use "monthly" or "annual")')
            if value in seen:
                self.fail(f"{where}[{i}]", f'interval "{value}" is listed twice')
            seen.append(value)
        return tuple(seen)

    def prices(self, tier: dict, where: str, currencies: tuple[str, ...]) -> dict[str, Price]:
        place = f"{where}.prices"
        table = self.obj(self.get(tier, "prices", where), place)
        for code in table:
            if code not in currencies:
                what = f'currency {_shown(code)} is not in the catalog\'s "currencies" list'
                self.fail(f"{place}.{_key(code)}", what)
        prices = {}
        for code in currencies:
            if code not in table:
                self.fail(f"{place}.{code}", 'missing: every currency in the "currencies" list needs a price')
            pair = self.obj(table[code], f"{place}.{code}")
            # Both prices are always required: the saving is computed from the pair,
            # even for a tier that sells only one interval.
            prices[code] = Price(
                monthly=self.amount(pair, "monthly", f"{place}.{code}", code),
                annual=self.amount(pair, "annual", f"{place}.{code}", code),
            )
        return prices

    def amount(self, pair: dict, key: str, where: str, code: str) -> int:
        """A price in major units ("45.00") -> integer minor units (4500), 1..MAX_PRICE_MINOR."""
        from wizard.core.money import currency_exponent

        place = f"{where}.{key}"
        raw = self.get(pair, key, where)
        exponent = currency_exponent(code)
        largest = Decimal(MAX_PRICE_MINOR).scaleb(-exponent)
        too_large = f"price {_shown(raw, quote=False)} is too large: at most {largest} {code} per unit per month"
        if isinstance(raw, LongNumber):
            self.fail(place, too_large)
        if isinstance(raw, str):
            if not _DECIMAL_TEXT.fullmatch(raw):
                self.fail(place, f"{_shown(raw)} is not a decimal number like \"45.00\"")
            value = Decimal(raw)
        elif isinstance(raw, (int, Decimal)) and not isinstance(raw, bool):
            value = Decimal(raw)
            if not value.is_finite():
                self.fail(place, f"{_shown(raw, quote=False)} is not a finite number")
        else:
            self.fail(place, f'must be a decimal string like "45.00", not {_kind(raw)}')
        # Comparisons are exact for any Decimal, so the bounds come before any arithmetic.
        if value < 0:
            self.fail(place, f"price must not be negative ({_shown(raw, quote=False)})")
        if value == 0:
            self.fail(place, "price must be more than 0: a purchase of nothing cannot be charged")
        if value > largest:
            self.fail(place, too_large)
        try:
            minor = value.scaleb(exponent)
            # Below one minor unit, scaleb() can underflow to an exact 0 (1e-999999999):
            # compare with the smallest unit first, exactly, as the bounds above.
            whole = value >= Decimal(1).scaleb(-exponent) and minor == minor.to_integral_value()
        except InvalidOperation:
            whole = False
        if not whole:
            unit = "whole number" if exponent == 0 else f"at most {exponent} decimal places"
            self.fail(
                place,
                f"price {_shown(raw, quote=False)} has a fraction of the smallest unit: {code} prices need {unit}",
            )
        return int(minor)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


_SHOWN_MAX = 40
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_]{1,%d}" % _SHOWN_MAX)


def _shown(value, *, quote: bool = True) -> str:
    """A value from the file as a message may repeat it: short, control characters escaped."""
    if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
        return _kind(value)
    if isinstance(value, int) and abs(value) >= 10**INT_DIGITS_MAX:
        return f"a number with more than {INT_DIGITS_MAX} digits"
    text = str(value)
    short = text[:_SHOWN_MAX] + ("..." if len(text) > _SHOWN_MAX else "")
    # Escaped, so that a terminal shows the message instead of obeying it.
    short = "".join(f"\\u{ord(ch):04x}" if is_control_character(ch) else ch for ch in short)
    return f'"{short}"' if quote and isinstance(value, str) else short


def _key(key: str) -> str:
    """An object key for a place: as it is when plain, else shown like a value."""
    return key if _PLAIN_KEY.fullmatch(key) else _shown(key)


def _kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, Decimal, LongNumber)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
