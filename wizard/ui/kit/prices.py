"""Price texts shared by several pages and windows (one translation context, "Prices").

Prices are net (issue 10): every price a buyer reads says so, through `excl_vat()`, here and nowhere else.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.ui.kit.placeholders import fill


def excl_vat(text: str) -> str:
    """"€18.00 per month excl. VAT": a price with the note that VAT comes on top."""
    return fill(QCoreApplication.translate("Prices", "%1 excl. VAT"), text)


def plus_vat(text: str) -> str:
    """"€240.00 plus VAT": an amount due whose VAT is not known yet (no company country)."""
    return fill(QCoreApplication.translate("Prices", "%1 plus VAT"), text)


def price_per_month_text(tier, currency: str, amount_minor: int, language: str, *, net: bool = True) -> str:
    """"€18.00 per month excl. VAT" / "€100.00 per user per month excl. VAT": seat-based tiers are priced
    per user. `net=False` leaves the VAT note to a longer sentence that says it once at its end."""
    per_user, whole = (QCoreApplication.translate("Prices", "%1 per user per month"),
                       QCoreApplication.translate("Prices", "%1 per month"))
    return _price_text(per_user if tier.seat_based else whole, currency, amount_minor, language, net)


def price_per_year_text(tier, currency: str, amount_minor: int, language: str, *, net: bool = True) -> str:
    """As price_per_month_text, per year."""
    per_user, whole = (QCoreApplication.translate("Prices", "%1 per user per year"),
                       QCoreApplication.translate("Prices", "%1 per year"))
    return _price_text(per_user if tier.seat_based else whole, currency, amount_minor, language, net)


def _price_text(pattern: str, currency: str, amount_minor: int, language: str, net: bool) -> str:
    from wizard.core.money import format_money

    text = fill(pattern, format_money(amount_minor, currency, language))
    return excl_vat(text) if net else text


def vat_rate_text(rate_bp: int, language: str) -> str:
    """1900 -> "19", 770 -> "7.7" ("7,7" in German): the number of a VAT rate in percent."""
    whole, part = divmod(rate_bp, 100)
    if not part:
        return str(whole)
    return f"{whole}{',' if language == 'de' else '.'}{f'{part:02d}'.rstrip('0')}"


def vat_key_text(rate_bp: int | None, language: str) -> str:
    """"VAT 19%" ("USt. 19 %"), or "VAT" while the rate is not known."""
    if rate_bp is None:
        return QCoreApplication.translate("Prices", "VAT")
    return fill(QCoreApplication.translate("Prices", "VAT %1%"), vat_rate_text(rate_bp, language))
