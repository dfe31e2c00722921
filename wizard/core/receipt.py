"""What a receipt says, in no language yet: plain values the ledger fills and the PDF renderer shows.

Credit and VAT are optional: an order row that has no such columns (orders before the VAT migration)
leaves them None and the receipt shows no line for them; once the ledger stores them, the same
renderer shows them between the subtotal and the total.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = {"monthly": 1, "annual": 12}  # months one charge pays for


@dataclass(frozen=True)
class Party:
    """A seller or a buyer as the receipt names them."""

    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""  # ISO 3166 code, "DE"
    vat_id: str = ""


@dataclass(frozen=True)
class ReceiptLine:
    """One product bought: seats x price per seat and month x months = amount."""

    product: str  # named in the order's language
    seats: int
    unit_price_minor: int  # per seat per month
    months: int
    amount_minor: int


@dataclass(frozen=True)
class ReceiptData:
    number: str
    created_at: dt.datetime  # UTC
    language: str  # the order's language: the receipt is written in it
    currency: str
    seller: Party
    buyer: Party
    lines: tuple[ReceiptLine, ...]
    subtotal_minor: int  # net, before credit and VAT
    total_minor: int  # what was charged
    card_brand: str = ""  # "" when the order names no card
    card_last4: str = ""
    interval: str = "monthly"
    next_charge_date: dt.date | None = None
    licensed_user_names: tuple[str, ...] = ()
    credit_minor: int | None = None  # None: the order row predates credits
    vat_rate_bp: int | None = None  # basis points, 1900 = 19 %; None: the order row predates VAT
    vat_minor: int | None = None

    @property
    def card_masked(self) -> str:
        """ "Visa •••• 4242", never more of the card."""
        from wizard.core.cards import mask

        return mask(self.card_brand, self.card_last4) if self.card_last4 else ""
