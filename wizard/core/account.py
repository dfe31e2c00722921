"""The account as the program reads it from the ledger: typed values, no Qt, no SQL.

The ledger's reads (ledger/queries.py) build these from its rows; the UI only
ever sees these, so a renamed column is one change in `from_row`. None of them
holds a full card number or a CVC: the ledger never has them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    USER = "user"


@dataclass(frozen=True)
class Account:
    id: str
    name: str
    country: str  # ISO 3166 alpha-2
    street: str = ""
    postal_code: str = ""
    city: str = ""
    vat_id: str = ""
    currency: str = ""  # chosen at the first-run set-up; "" for accounts from before it

    @classmethod
    def from_row(cls, row: Mapping) -> Account:
        return cls(
            id=row["id"], name=row["name"], country=row["country"], street=row["street"] or "",
            postal_code=row["postal_code"] or "", city=row["city"] or "", vat_id=row["vat_id"] or "",
            currency=row.get("currency") or "",
        )


@dataclass(frozen=True)
class User:
    id: str
    name: str
    email: str
    role: Role = Role.USER
    is_you: bool = False  # the person using the program: listed first, named "(you)"
    licensed_hubs: frozenset[str] = frozenset()  # hubs this user holds a paid seat in now

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def holds_seat_in(self, hub: str) -> bool:
        return hub in self.licensed_hubs

    @classmethod
    def from_row(cls, row: Mapping, licensed_hubs: Iterable[str] = ()) -> User:
        return cls(
            id=row["id"], name=row["name"], email=row["email"], role=Role(row["role"]),
            is_you=bool(row["is_you"]), licensed_hubs=frozenset(licensed_hubs),
        )


@dataclass(frozen=True)
class PaymentMethod:
    """A saved card as the program may show it: brand, last four, expiry, holder, sharing."""

    id: str
    brand: str  # cards.BRAND_NAMES key: "visa", "mastercard", ...
    last4: str
    exp_month: int
    exp_year: int  # four digits
    holder: str = ""
    shared_with_admins: bool = False

    def expired(self, today: dt.date) -> bool:
        # A card is valid through the last day of its expiry month.
        return (self.exp_year, self.exp_month) < (today.year, today.month)

    @property
    def expiry_text(self) -> str:
        """ "08/29", as printed on the card."""
        return f"{self.exp_month:02d}/{self.exp_year % 100:02d}"

    @property
    def masked(self) -> str:
        """ "Visa •••• 4242"."""
        from wizard.core.cards import mask

        return mask(self.brand, self.last4)

    @classmethod
    def from_row(cls, row: Mapping) -> PaymentMethod:
        return cls(
            id=row["id"], brand=row["brand"], last4=row["last4"], exp_month=int(row["exp_month"]),
            exp_year=int(row["exp_year"]), holder=row["holder"] or "",
            shared_with_admins=bool(row["shared_with_admins"]),
        )


@dataclass(frozen=True)
class Subscription:
    """The account's current plan in one hub."""

    hub: str
    tier: str
    interval: str  # "monthly" or "annual"
    currency: str
    seats: int
    unit_price_minor: int  # per unit per month, in the currency's minor units
    next_charge_date: dt.date
    payment_method_id: str | None = None
    order_id: str | None = None  # None for a plan from before the ledger (the demo's)

    @classmethod
    def from_row(cls, row: Mapping) -> Subscription:
        return cls(
            hub=row["hub"], tier=row["tier"], interval=row["interval"], currency=row["currency"],
            seats=int(row["seats"]), unit_price_minor=int(row["unit_price_minor"]),
            next_charge_date=dt.date.fromisoformat(row["next_charge_date"]),
            payment_method_id=row["payment_method_id"], order_id=row["order_id"],
        )
