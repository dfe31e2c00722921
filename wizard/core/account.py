"""The account as the program reads it from the ledger: typed values, no Qt, no SQL.

The ledger's reads (ledger/queries.py) build these from its rows; the UI only
ever sees these, so a renamed column is one change in `from_row`. None of them
holds a full card number or a CVC: the ledger never has them.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
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


@dataclass(frozen=True)
class AccessRequest:
    """An ordinary user asked an admin for a seat in a hub ("Ask an admin"); open until granted."""

    id: str  # the uid of its "access_request" event
    user_id: str
    hub: str
    created_at: dt.datetime  # aware, UTC

    @classmethod
    def from_row(cls, row: Mapping) -> AccessRequest:
        created = dt.datetime.fromisoformat(row["created_at"].replace("Z", "+00:00"))
        return cls(id=row["uid"], user_id=row["user_id"], hub=row["hub"], created_at=created)


class UserProblem(StrEnum):
    """Why a user cannot be added or removed, or a request not be made or granted (ui/kit/problems.py says it)."""

    NAME_EMPTY = "name_empty"
    NAME_TOO_LONG = "name_too_long"
    NAME_CONTROL_CHARACTER = "name_control_character"
    EMAIL_INVALID = "email_invalid"
    EMAIL_TAKEN = "email_taken"  # another user of the account has it (case ignored)
    HOLDS_SEAT = "holds_seat"  # remove the paid seat first: the subscription counts it
    SIGNED_IN = "signed_in"  # nobody removes themselves
    LAST_ADMIN = "last_admin"  # an account always keeps an admin
    NOT_ADMIN = "not_admin"  # only an admin adds, removes or grants
    UNKNOWN_USER = "unknown_user"  # not (or no longer) a user of this account
    UNKNOWN_REQUEST = "unknown_request"


# The add-user form's field names: check_new_user names its problems by them.
USER_FIELDS = ("user_name", "user_email")
NAME_MAX = 100
EMAIL_MAX = 254  # RFC 5321's limit for a whole address
# Deliberately loose: one "@", no spaces, a dot in the domain and a top-level
# domain of two letters or more. Whether the address exists only a mail shows.
_EMAIL = re.compile(r"[^@\s]{1,64}@(?:[^@\s.]+\.)+[^@\s.]{2,}")


def clean_text(text: str | None) -> str:
    """NFC and stripped: how a typed name or email is compared and stored."""
    return unicodedata.normalize("NFC", text or "").strip()


def check_new_user(name: str, email: str, taken_emails: Iterable[str] = ()) -> dict[str, UserProblem]:
    """{field: problem} for the add-user form; empty when the user can be added.

    `taken_emails`: the account's users' addresses, compared without case.
    """
    from wizard.core.company import has_control_character, typed_text_problem

    problems: dict[str, UserProblem] = {}
    name, email = clean_text(name), clean_text(email)
    name_problem = typed_text_problem(
        name, NAME_MAX, UserProblem.NAME_EMPTY, UserProblem.NAME_CONTROL_CHARACTER, UserProblem.NAME_TOO_LONG
    )
    if name_problem is not None:
        problems["user_name"] = name_problem
    if len(email) > EMAIL_MAX or has_control_character(email) or not _EMAIL.fullmatch(email):
        problems["user_email"] = UserProblem.EMAIL_INVALID
    elif email.casefold() in {e.casefold() for e in taken_emails}:
        problems["user_email"] = UserProblem.EMAIL_TAKEN
    return problems


class PaymentMethodProblem(StrEnum):
    """Why a change to the saved cards was refused (the UI's sentence: ui/kit/problems.py)."""

    LAST_VALID_CARD = "last_valid_card"  # a paid subscription needs a valid card on file
    UNKNOWN_CARD = "unknown_card"        # not one of the account's cards, or removed meanwhile
    NOT_ADMIN = "not_admin"              # only an admin changes the account's cards


@dataclass(frozen=True)
class OrderSummary:
    """One order of the account's history, with what its details show. No card number: brand and last four."""

    id: str
    number: str
    created_at: dt.datetime  # UTC
    hub: str
    tier: str
    interval: str
    currency: str
    seats: int
    unit_price_minor: int  # per unit per month
    amount_due_minor: int  # charged when it was bought
    next_charge_date: dt.date
    payment_brand: str = ""  # "" when the order names no saved card
    payment_last4: str = ""
    company_name: str = ""
    company_street: str = ""
    company_postal_code: str = ""
    company_city: str = ""
    company_country: str = ""
    vat_id: str = ""
    licensed_user_names: tuple[str, ...] = ()  # empty for a tier not licensed per user
    # The charges (core/charges.py); None in an order written before they were recorded (migration 0005).
    net_minor: int | None = None
    credit_minor: int | None = None
    vat_rate_bp: int | None = None
    vat_minor: int | None = None
    total_minor: int | None = None
    refund_minor: int | None = None  # the replaced plan's unused part, refunded in refund_currency
    refund_currency: str = ""

    @property
    def payment_masked(self) -> str:
        from wizard.core.cards import mask

        return mask(self.payment_brand, self.payment_last4) if self.payment_last4 else ""

    @classmethod
    def from_row(cls, row: Mapping, licensed_user_names: Iterable[str] = ()) -> OrderSummary:
        return cls(
            id=row["id"], number=row["number"],
            created_at=dt.datetime.fromisoformat(row["created_at"]).astimezone(dt.timezone.utc),
            hub=row["hub"], tier=row["tier"], interval=row["interval"], currency=row["currency"],
            seats=int(row["seats"]), unit_price_minor=int(row["unit_price_minor"]),
            amount_due_minor=int(row["amount_due_minor"]),
            next_charge_date=dt.date.fromisoformat(row["next_charge_date"]),
            payment_brand=row["payment_brand"] or "", payment_last4=row["payment_last4"] or "",
            company_name=row["company_name"], company_street=row["company_street"],
            company_postal_code=row["company_postal_code"], company_city=row["company_city"],
            company_country=row["company_country"], vat_id=row["vat_id"] or "",
            licensed_user_names=tuple(licensed_user_names),
            **{name: (None if row.get(name) is None else int(row[name]))
               for name in ("net_minor", "credit_minor", "vat_rate_bp", "vat_minor", "total_minor", "refund_minor")},
            refund_currency=row.get("refund_currency") or "",
        )


def preferred_currency(account: Account | None, currencies: Sequence[str]) -> str:
    """The currency prices are shown and chosen in first: the account's own when `currencies` has it,
    else EUR for a German account, else the first of `currencies`."""
    if account is not None and account.currency in currencies:
        return account.currency
    if account is not None and account.country == "DE" and "EUR" in currencies:
        return "EUR"
    return currencies[0]
