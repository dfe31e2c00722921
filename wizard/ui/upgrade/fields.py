"""The wizard's page ids and field names: a public contract, and the only thing pages share.

Pages never import each other; what one page chose, another reads through
these fields (or through the order built from them, `UpgradeWizard.order()`).
"""
from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    PRODUCT = 0
    CURRENCY = 1
    BILLING = 2
    LICENSES = 3
    PAYMENT = 4
    REVIEW = 5
    CONFIRMATION = 6
    CONTACT_SALES = 7
    LEAD_SENT = 8


# Fields of the payment page that others read: core.company.COMPANY_FIELDS and core.cards.CARD_FIELDS
# (named in core, beside their checks) and these. The rest are named where they are registered:
# hub, tier, currency, interval, licensed_users, payment_method, share_card, agree_terms, lead_*.
SECRET_FIELDS = ("card_number", "card_cvc")  # emptied as soon as they have served


def default_currency(session) -> str:
    """The account's own currency when the catalog sells in it; else EUR for a German account, else the
    catalog's first currency."""
    currencies = session.catalog.currencies
    if session.account is not None and session.account.currency in currencies:
        return session.account.currency
    country = session.account.country if session.account else None
    if country == "DE" and "EUR" in currencies:
        return "EUR"
    return currencies[0]


def current_currency(page) -> str:
    """The currency field, or the default while the wizard is still being assembled."""
    wizard = page.wizard()
    if wizard is None or wizard.page(PageId.CURRENCY) is None:
        return default_currency(page.session)
    return wizard.field("currency") or default_currency(page.session)
