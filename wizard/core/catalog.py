"""The product catalog: hubs, tiers and per-currency price lists. Plain Python, no Qt.

The data types and their bounds. `catalog_loading.load_catalog` reads a file
and `catalog_checks` checks everything in it up front, so the rest of the
program can trust the data: a bad file stops the program with one message
naming the file, the place in it and what is wrong, instead of failing
mid-purchase.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# The billing intervals a tier can offer; the ledger and the billing page take them from here.
INTERVALS = ("monthly", "annual")

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
# VAT rates in basis points (1900 = 19 %): 0 up to 100 %.
MAX_RATE_BP = 10_000


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
class Seller:
    """The demo seller on receipts; `country` (ISO 3166-1) decides the VAT rule (core/tax.py)."""

    name: str
    street: str
    postal_code: str
    city: str
    country: str
    vat_id: str = ""  # printed on receipts (a demo number: the seller is not real)


@dataclass(frozen=True)
class TaxTable:
    """The catalog's `tax` section: the seller and its VAT rates by country, in basis points."""

    seller: Seller
    rates_bp: dict[str, int] = field(hash=False)  # always holds the seller's country

    @property
    def seller_rate_bp(self) -> int:
        return self.rates_bp[self.seller.country]


@dataclass(frozen=True)
class Catalog:
    hubs: tuple[Hub, ...]
    currencies: tuple[str, ...]
    note: str
    source: Path
    tax: TaxTable

    def hub(self, hub_id: str) -> Hub:
        for hub in self.hubs:
            if hub.id == hub_id:
                return hub
        raise KeyError(f"the catalog has no hub {hub_id!r}")

    def tier(self, hub_id: str, tier_id: str) -> Tier:
        return self.hub(hub_id).tier(tier_id)


def product_name(catalog: Catalog, hub_id: str, tier_id: str, language: str) -> str:
    """ "Sales Hub Professional"; the ids when a replaced catalog no longer knows them."""
    try:
        hub = catalog.hub(hub_id)
        return f"{hub.name_in(language)} {hub.tier(tier_id).name_in(language)}"
    except KeyError:
        return f"{hub_id} {tier_id}"
