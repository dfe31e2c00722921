"""The product catalog: hubs, tiers and per-currency price lists. Plain Python, no Qt.

`load_catalog` checks everything up front, so the rest of the program can
trust the data: a bad file stops the program with one message naming the
file, the place in it and what is wrong, instead of failing mid-purchase.
"""
from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from wizard.core.company import has_control_character, is_control_character
from wizard.core.paths import resource_path

LANGUAGES = ("de", "en")
INTERVALS = ("monthly", "annual")

# Plain decimal notation only: "45", "45.00". Decimal() alone would also take
# "NaN", "1e3" or " 45 ", none of which belongs in a price list.
_DECIMAL_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?")

# Bounds checked at load, so nothing later can overflow or fail on a number.
# 10**9 minor units (10,000,000.00 EUR, 1,000,000,000 JPY) per unit per month:
# even times MAX_MIN_SEATS seats and 12 months it stays far below SQLite's
# 2**63 INTEGER limit, and within Decimal's 28 significant digits.
MAX_PRICE_MINOR = 10**9
MAX_MIN_SEATS = 10_000
# The shipped catalog is about 10 kB; a file this large is a mistake, not a catalog.
MAX_FILE_BYTES = 10 * 2**20
# Longest text per kind of field (the shipped one needs 12, 13, 94 and 151).
ID_MAX, NAME_MAX, DESCRIPTION_MAX, NOTE_MAX = 64, 100, 1000, 1000
# A JSON integer longer than this never gets to int(): Python refuses more than
# 4,300 digits with a ValueError that has no place, and no bound here needs more.
_INT_DIGITS_MAX = 30
# Real catalogs nest 7 levels; json.loads gives up with RecursionError somewhere
# near 1,000. The place reported is the first bracket deeper than this.
_DEPTH_SHOWN = 100


class CatalogError(Exception):
    """A problem in a catalog file. str(): "<file>: <where>: <what>"."""

    def __init__(self, file: str | Path, where: str, what: str):
        self.file = str(file)
        self.where = where
        self.what = what
        # Problems with the file as a whole (unreadable) have no place in it.
        text = f"{self.file}: {where}: {what}" if where else f"{self.file}: {what}"
        super().__init__(text)


@dataclass(frozen=True)
class Price:
    monthly: int  # minor units per unit per month, billed monthly
    annual: int  # minor units per unit per month, billed annually


# Dict fields are left out of the hash so the frozen dataclasses stay hashable.
@dataclass(frozen=True)
class Tier:
    id: str
    name: dict[str, str] = field(hash=False)
    description: dict[str, str] = field(hash=False)
    self_serve: bool
    seat_based: bool
    min_seats: int
    intervals: tuple[str, ...]
    prices: dict[str, Price] = field(hash=False)

    def name_in(self, language: str) -> str:
        return self.name.get(language, self.name["en"])

    def description_in(self, language: str) -> str:
        return self.description.get(language, self.description["en"])


@dataclass(frozen=True)
class Hub:
    id: str
    name: dict[str, str] = field(hash=False)
    tiers: tuple[Tier, ...]

    def name_in(self, language: str) -> str:
        return self.name.get(language, self.name["en"])

    def tier(self, tier_id: str) -> Tier:
        for tier in self.tiers:
            if tier.id == tier_id:
                return tier
        raise KeyError(f"hub {self.id!r} has no tier {tier_id!r}")


@dataclass(frozen=True)
class Catalog:
    hubs: tuple[Hub, ...]
    currencies: tuple[str, ...]
    note: str
    source: Path

    def hub(self, hub_id: str) -> Hub:
        for hub in self.hubs:
            if hub.id == hub_id:
                return hub
        raise KeyError(f"the catalog has no hub {hub_id!r}")

    def tier(self, hub_id: str, tier_id: str) -> Tier:
        return self.hub(hub_id).tier(tier_id)


def load_catalog(path: str | Path | None = None) -> Catalog:
    """Read and check a catalog file; `None` means the shipped resources/catalog.json."""
    source = Path(path) if path is not None else resource_path("catalog.json")
    label = str(path) if path is not None else str(source)
    text = _read(source, label)
    try:
        # Decimal for fractions and NaN/Infinity: a number written in the file never
        # passes through float. _parse_int: a long integer becomes a _LongNumber
        # that the checker names in its place, instead of int()'s ValueError.
        data = json.loads(text, parse_float=Decimal, parse_int=_parse_int, parse_constant=Decimal)
    except json.JSONDecodeError as exc:
        raise CatalogError(label, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise CatalogError(label, _deep_place(text), f"nested more than {_DEPTH_SHOWN} levels deep") from None
    except (ValueError, OverflowError, MemoryError) as exc:
        # Not expected after the hooks above; still one sentence rather than a traceback.
        raise CatalogError(label, "", f"cannot be read as JSON ({type(exc).__name__})") from None
    return _Checker(label).catalog(data, source)


def _read(source: Path, label: str) -> str:
    try:
        with open(source, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise CatalogError(label, "", "is not a regular file")
            raw = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise CatalogError(label, "", "is a folder, not a catalog file") from None
    except FileNotFoundError:
        raise CatalogError(label, "", "no such file") from None
    except OSError as exc:
        raise CatalogError(label, "", f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise CatalogError(label, "", f"is larger than {MAX_FILE_BYTES // 2**20} MB, far more than a catalog needs")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CatalogError(label, "", "is not UTF-8 text") from None


class _LongNumber:
    """A JSON integer with more digits than any bound allows: its start and length, for the message."""

    def __init__(self, text: str):
        self.shown = f"{text[:12]}... ({len(text.lstrip('-'))} digits)"

    def __str__(self) -> str:
        return self.shown


def _parse_int(text: str):
    return _LongNumber(text) if len(text) > _INT_DIGITS_MAX else int(text)


def _deep_place(text: str) -> str:
    """ "line L, column C" of the first bracket nested deeper than _DEPTH_SHOWN."""
    depth, in_string, escaped = 0, False, False
    line, line_start = 1, 0
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > _DEPTH_SHOWN:
                return f"line {line}, column {i - line_start + 1}"
        elif ch in "]}":
            depth -= 1
        if ch == "\n":
            line, line_start = line + 1, i + 1
    return ""


class _Checker:
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
        return Catalog(hubs=tuple(hubs), currencies=currencies, note=note, source=source)

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
        place = f"{where}.min_seats"
        value = self.get(tier, "min_seats", where)
        if isinstance(value, _LongNumber):
            self.fail(place, f"{value} is too large (at most {MAX_MIN_SEATS})")
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(place, f"must be a whole number, not {_kind(value)}")
        if value < 1:
            self.fail(place, f"must be at least 1, not {value}")
        if value > MAX_MIN_SEATS:
            self.fail(place, f"must be at most {MAX_MIN_SEATS}, not {_shown(value)}")
        # Without seats the whole account is the one unit; a larger minimum could never be met.
        if not seat_based and value != 1:
            self.fail(place, f"must be 1 for a tier that is not seat-based, not {value}")
        return value

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
        if isinstance(raw, _LongNumber):
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
            whole = minor == minor.to_integral_value()
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
    if isinstance(value, int) and abs(value) >= 10**_INT_DIGITS_MAX:
        return f"a number with more than {_INT_DIGITS_MAX} digits"
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
    if isinstance(value, (int, Decimal, _LongNumber)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
