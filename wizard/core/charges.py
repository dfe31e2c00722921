"""What an order charges today: the new plan, less the credit for the current one, plus VAT. Plain Python, no Qt.

net      = the new plan's first charge (pricing.Quote.amount_due_minor)
credit   = the unused part of the current plan in the same hub and currency (proration.py)
subtotal = net - credit, never below zero
VAT      = on the subtotal, by the company's country (tax.py); unknown until a country is entered
total    = subtotal + VAT: what is due today, and what the ledger records as amount_due_minor

A current plan in another currency is not netted: its unused part is refunded
in its own currency (refund_minor, refund_currency) and the new charge is due in full.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wizard.core.account import Subscription
from wizard.core.catalog import TaxTable
from wizard.core.proration import Proration, upgrade_credit
from wizard.core.tax import Vat, VatReason, vat_for


@dataclass(frozen=True)
class Charges:
    currency: str
    net_minor: int
    proration: Proration | None  # None without a paid plan to replace
    vat: Vat | None  # None until the company's country is known

    @property
    def credit_minor(self) -> int:
        return self.proration.credit_minor if self.proration else 0

    @property
    def subtotal_minor(self) -> int:
        return max(self.net_minor - self.credit_minor, 0)

    @property
    def vat_rate_bp(self) -> int | None:
        return self.vat.rate_bp if self.vat else None

    @property
    def vat_minor(self) -> int | None:
        return self.vat.vat_minor if self.vat else None

    @property
    def vat_reason(self) -> VatReason | None:
        return self.vat.reason if self.vat else None

    @property
    def total_minor(self) -> int | None:
        """Due today; None while the VAT is not known."""
        return self.vat.total_minor if self.vat else None

    @property
    def refund_minor(self) -> int:
        return self.proration.refund_minor if self.proration else 0

    @property
    def refund_currency(self) -> str:
        """The current plan's currency when something is refunded in it, else ""."""
        return self.proration.currency if self.refund_minor else ""


def charges_for(
    *,
    net_minor: int,
    currency: str,
    current: Subscription | None,
    today: date,
    tax: TaxTable,
    buyer_country: str,
    buyer_vat_id: str,
) -> Charges:
    """The charges of a new plan that replaces `current` (None or an unpaid plan: nothing to credit)."""
    proration = None
    if current is not None and current.unit_price_minor > 0:
        proration = upgrade_credit(current, new_charge_minor=net_minor, new_currency=currency, today=today)
    subtotal = max(net_minor - (proration.credit_minor if proration else 0), 0)
    vat = vat_for(subtotal, tax=tax, buyer_country=buyer_country, buyer_vat_id=buyer_vat_id) if buyer_country else None
    return Charges(currency=currency, net_minor=net_minor, proration=proration, vat=vat)
