"""Contact-sales requests: a lead instead of an order."""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from wizard.core.desks import is_desk_id
from wizard.ledger.errors import InvalidPurchase
from wizard.ledger.events import insert_event
from wizard.ledger.timestamps import utc_now


@dataclass(frozen=True)
class Lead:
    account_id: str | None
    hub: str
    tier: str
    name: str
    email: str
    phone: str
    message: str
    language: str
    mode: str
    desk: str


def record_lead(db, lead: Lead, *, cancelled=None) -> str:
    """Store the lead and its event in one transaction; returns the lead id.

    `cancelled` goes on to write_transaction, as in record_purchase.
    """
    from wizard.ledger.connection import write_transaction

    if not is_desk_id(lead.desk):
        raise InvalidPurchase(f"The lead was not recorded: desk {lead.desk!r} is not a valid desk id.")
    for field in ("hub", "tier", "name", "email"):
        if not getattr(lead, field):
            raise InvalidPurchase(f"The lead was not recorded: {field} is empty.")
    lead_id = str(uuid.uuid4())
    created_at = utc_now()
    with write_transaction(db, cancelled=cancelled):
        db.execute(
            "INSERT INTO sales_leads (id, created_at, desk, account_id, hub, tier, name, email, phone, message,"
            " language, mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [lead_id, created_at, lead.desk, lead.account_id, lead.hub, lead.tier, lead.name, lead.email,
             lead.phone or "", lead.message or "", lead.language, lead.mode],
        )
        insert_event(db, kind="lead", desk=lead.desk, account_id=lead.account_id, lead_id=lead_id,
                     detail={"hub": lead.hub, "tier": lead.tier}, created_at=created_at)
    return lead_id
