"""The wizard's page ids and field names: a public contract, and the only thing pages share.

Pages never import each other; what one page chose, another reads through
these fields (or through the order built from them, `UpgradeWizard.order()`).
"""
from __future__ import annotations

from enum import IntEnum

from wizard.core.account import preferred_currency


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
    """The currency the wizard starts with: core.account.preferred_currency."""
    return preferred_currency(session.account, session.catalog.currencies)


def current_currency(page) -> str:
    """The currency field, or the default while the wizard is still being assembled."""
    wizard = page.wizard()
    if wizard is None or wizard.page(PageId.CURRENCY) is None:
        return default_currency(page.session)
    return wizard.field("currency") or default_currency(page.session)
