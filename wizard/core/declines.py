"""Test cards that a checkout declines, as a payment provider's test mode does (no Qt).

Trainers and desks practise what a buyer sees when a card is refused. These
published test numbers pass every card check (brand, length, Luhn) and then
decline at "Complete purchase" with their reason; every other card goes
through. The decision reads the typed number once, at commit time, and keeps
nothing of it: only the reason leaves this module (and is what the ledger's
`payment_declined` event records).
"""
from __future__ import annotations

from enum import StrEnum

from wizard.core.cards import CardError, digits_of


class DeclineReason(StrEnum):
    """The ledger's `payment_declined` reasons (a public contract: keep the values)."""

    CARD_DECLINED = "card_declined"
    INSUFFICIENT_FUNDS = "insufficient_funds"
    EXPIRED_CARD = "expired_card"
    INCORRECT_CVC = "incorrect_cvc"


# Public test numbers (they are in the README and on the payment page), not card data.
TEST_CARDS: dict[str, DeclineReason] = {
    "4000000000000002": DeclineReason.CARD_DECLINED,
    "4000000000009995": DeclineReason.INSUFFICIENT_FUNDS,
    "4000000000000069": DeclineReason.EXPIRED_CARD,
    "4000000000000127": DeclineReason.INCORRECT_CVC,
}


class CardDeclined(Exception):
    """The card was declined; nothing was bought. The message is the reason only, never the number."""

    def __init__(self, reason: DeclineReason) -> None:
        super().__init__(str(reason))
        self.reason = reason


def decline_reason(number: str) -> DeclineReason | None:
    """Why the card typed as `number` (spaces and dashes allowed) is declined, or None: it goes through."""
    try:
        return TEST_CARDS.get(digits_of(number))
    except CardError:
        return None  # not a number at all: the card checks say why, not a decline
