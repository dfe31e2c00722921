"""What a receipt says, in no language yet: plain values the ledger fills and the PDF renderer shows.

The sums, as core/charges.py computes them: the lines (seats x price x months) are the net; less the
credit for the plan the order replaced, the subtotal; plus VAT, the total. Credit and VAT are
optional: an order written before the ledger recorded them (migration 0005) leaves them None and its
receipt shows the line, its subtotal and the total, as receipts always did.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wizard.core.tax import VatReason, vat_rule

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
    subtotal_minor: int  # the lines less the credit, before VAT
    total_minor: int  # what was charged
    card_brand: str = ""  # "" when the order names no card
    card_last4: str = ""
    interval: str = "monthly"
    next_charge_date: dt.date | None = None
    licensed_user_names: tuple[str, ...] = ()
    credit_minor: int | None = None  # None: the order row predates credits
    vat_rate_bp: int | None = None  # basis points, 1900 = 19 %; None: the order row predates VAT
    vat_minor: int | None = None
    # Why no VAT was charged (REVERSE_CHARGE, OUTSIDE_EU): the receipt says so in a note. None otherwise.
    zero_vat_reason: VatReason | None = None
    refund_minor: int = 0  # the replaced plan's unused part, refunded in its own (other) currency
    refund_currency: str = ""

    @property
    def card_masked(self) -> str:
        """ "Visa •••• 4242", never more of the card."""
        from wizard.core.cards import mask

        return mask(self.card_brand, self.card_last4) if self.card_last4 else ""


def zero_vat_reason(rate_bp: int | None, seller: Party, buyer: Party) -> VatReason | None:
    """Why an order charged 0 % VAT, by the seller's and the buyer's countries (core/tax.py's rule):
    REVERSE_CHARGE (another EU country, with a VAT ID) or OUTSIDE_EU; None when VAT was charged or
    not recorded, or the rule names no note."""
    if rate_bp != 0 or not seller.country or not buyer.country:
        return None
    # The purchase checked the VAT ID; 0 % in another EU country can only have been the reverse charge.
    _, reason = vat_rule(seller.country, rate_bp, buyer.country, bool(buyer.vat_id))
    return reason if reason in (VatReason.REVERSE_CHARGE, VatReason.OUTSIDE_EU) else None
