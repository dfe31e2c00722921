"""Price texts shared by several pages and windows (one translation context, "Prices")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.ui.kit.placeholders import fill


def price_per_month_text(tier, currency: str, amount_minor: int, language: str) -> str:
    """"€18.00 per month" / "€100.00 per user per month": seat-based tiers are priced per user.

    Shared by several pages, hence one fixed translation context.
    """
    from wizard.core.money import format_money

    money = format_money(amount_minor, currency, language)
    if tier.seat_based:
        return fill(QCoreApplication.translate("Prices", "%1 per user per month"), money)
    return fill(QCoreApplication.translate("Prices", "%1 per month"), money)
