"""Recording a declined payment: one event with the reason, never card data, and no order."""
from __future__ import annotations

from wizard.core.declines import DeclineReason
from wizard.ledger.errors import InvalidPurchase
from wizard.ledger.events import insert_event

KIND = "payment_declined"


def record_decline(db, *, account_id: str, reason: str, desk: str, mode: str, cancelled=None) -> str:
    """Write the `payment_declined` event in a transaction of its own; returns its uid.

    `reason` is a core.declines.DeclineReason value. The detail holds the reason
    and the mode only: no brand, no last four, no fingerprint, so a decline
    leaves nothing in the file that points back to a card. `cancelled`: see
    wizard.ledger.connection.write_transaction.
    """
    from wizard.ledger.connection import write_transaction

    if reason not in set(DeclineReason):
        raise InvalidPurchase(f"unknown decline reason {reason!r}; nothing was written")
    with write_transaction(db, cancelled=cancelled):
        return insert_event(db, kind=KIND, desk=desk, account_id=account_id,
                            detail={"reason": str(reason), "mode": mode})
