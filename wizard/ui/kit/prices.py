"""Price texts shared by several pages and windows (one translation context, "Prices")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def price_per_month_text(tier, currency: str, amount_minor: int, language: str) -> str:
    """"€18.00 per month" / "€100.00 per user per month": seat-based tiers are priced per user.

    Shared by several pages, hence one fixed translation context.
    """
    from wizard.core.money import format_money

    money = format_money(amount_minor, currency, language)
    if tier.seat_based:
        return QCoreApplication.translate("Prices", "{price} per user per month").format(price=money)
    return QCoreApplication.translate("Prices", "{price} per month").format(price=money)
