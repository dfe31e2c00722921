"""The product catalog: hubs, tiers and per-currency price lists. Plain Python, no Qt.

`load_catalog` checks everything up front, so the rest of the program can
trust the data: a bad file stops the program with one message naming the
file, the place in it and what is wrong, instead of failing mid-purchase.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from wizard.paths import resource_path

LANGUAGES = ("de", "en")
INTERVALS = ("monthly", "annual")

# Plain decimal notation only: "45", "45.00". Decimal() alone would also take
# "NaN", "1e3" or " 45 ", none of which belongs in a price list.
_DECIMAL_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?")


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
    try:
        text = source.read_text(encoding="utf-8")
    except IsADirectoryError:
        raise CatalogError(label, "", "is a folder, not a catalog file") from None
    except FileNotFoundError:
        raise CatalogError(label, "", "no such file") from None
    except UnicodeDecodeError:
        raise CatalogError(label, "", "is not UTF-8 text") from None
    except OSError as exc:
        raise CatalogError(label, "", f"cannot be read ({exc.strerror or exc})") from None
    try:
        # parse_float=Decimal: a number written in the file never passes through float.
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise CatalogError(label, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON ({exc.msg})") from None
    return _Checker(label).catalog(data, source)


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

    def text(self, parent: dict, key: str, where: str) -> str:
        place = _join(where, key)
        value = self.get(parent, key, where)
        if not isinstance(value, str):
            self.fail(place, f"must be a string, not {_kind(value)}")
        if not value.strip():
            self.fail(place, "must not be empty")
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

    def languages(self, parent: dict, key: str, where: str) -> dict[str, str]:
        place = _join(where, key)
        names = self.obj(self.get(parent, key, where), place)
        return {lang: self.text(names, lang, place) for lang in LANGUAGES}

    # -- catalog parts -------------------------------------------------------

    def catalog(self, data, source: Path) -> Catalog:
        top = self.obj(data, "top level")
        note = self.text(top, "note", "")
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
                self.fail(place, f'"{code}" is not an ISO 4217 currency code')
            if code in seen:
                self.fail(place, f'currency "{code}" is listed twice')
            seen.append(code)
        return tuple(seen)

    def hub(self, raw, where: str, currencies: tuple[str, ...]) -> Hub:
        hub = self.obj(raw, where)
        hub_id = self.text(hub, "id", where)
        name = self.languages(hub, "name", where)
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
        tier_id = self.text(tier, "id", where)
        name = self.languages(tier, "name", where)
        description = self.languages(tier, "description", where)
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
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(place, f"must be a whole number, not {_kind(value)}")
        if value < 1:
            self.fail(place, f"must be at least 1, not {value}")
        # Without seats the whole account is the one unit; a larger minimum could never be met.
        if not seat_based and value != 1:
            self.fail(place, f"must be 1 for a tier that is not seat-based, not {value}")
        return value

    def intervals(self, values: list, where: str) -> tuple[str, ...]:
        seen: list[str] = []
        for i, value in enumerate(values):
            if value not in INTERVALS:
                self.fail(f"{where}[{i}]", f'{json.dumps(value, default=str)} is not a billing interval (use "monthly" or "annual")')
            if value in seen:
                self.fail(f"{where}[{i}]", f'interval "{value}" is listed twice')
            seen.append(value)
        return tuple(seen)

    def prices(self, tier: dict, where: str, currencies: tuple[str, ...]) -> dict[str, Price]:
        place = f"{where}.prices"
        table = self.obj(self.get(tier, "prices", where), place)
        for code in table:
            if code not in currencies:
                self.fail(f"{place}.{code}", f'currency "{code}" is not in the catalog\'s "currencies" list')
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
        """A price in major units ("45.00") -> integer minor units (4500)."""
        from wizard.money import currency_exponent

        place = f"{where}.{key}"
        raw = self.get(pair, key, where)
        if isinstance(raw, str):
            if not _DECIMAL_TEXT.fullmatch(raw):
                self.fail(place, f'"{raw}" is not a decimal number like "45.00"')
            value = Decimal(raw)
        elif isinstance(raw, (int, Decimal)) and not isinstance(raw, bool):
            value = Decimal(raw)
            if not value.is_finite():
                self.fail(place, f"{raw} is not a finite number")
        else:
            self.fail(place, f'must be a decimal string like "45.00", not {_kind(raw)}')
        if value < 0:
            self.fail(place, f"price must not be negative ({raw})")
        exponent = currency_exponent(code)
        try:
            minor = value.scaleb(exponent)
            whole = minor == minor.to_integral_value()
        except InvalidOperation:
            whole = False
        if not whole:
            unit = "whole number" if exponent == 0 else f"at most {exponent} decimal places"
            self.fail(place, f"price {raw} has a fraction of the smallest unit: {code} prices need {unit}")
        return int(minor)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, Decimal)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
