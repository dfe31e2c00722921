"""What a kiosk desk records about its visits: the `idle_reset` event, with no personal data."""
from __future__ import annotations

from wizard.ledger.errors import InvalidPurchase
from wizard.ledger.events import insert_event
from wizard.ledger.users import check_desk

IDLE_RESET = "idle_reset"
# Why the visit was wiped: the countdown ran out mid-visit, or the timeout after a confirmation page.
REASONS = ("idle", "after_purchase", "after_lead")


def record_idle_reset(db, *, desk: str, reason: str = "idle", cancelled=None) -> str:
    """Write the `idle_reset` event in a transaction of its own; returns its uid.

    The detail holds the reason and the mode only: no account, no order, nothing
    the visitor typed. `cancelled`: see wizard.ledger.connection.write_transaction.
    """
    from wizard.ledger.connection import write_transaction

    check_desk(desk, "idle reset was not recorded")
    if reason not in REASONS:
        raise InvalidPurchase(f"unknown idle reset reason {reason!r}; nothing was written")
    with write_transaction(db, cancelled=cancelled):
        return insert_event(db, kind=IDLE_RESET, desk=desk, detail={"reason": reason, "mode": "kiosk"})
