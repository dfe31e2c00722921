"""Contact-sales requests: a lead instead of an order."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from wizard.ledger.errors import InvalidPurchase
from wizard.ledger.purchases import DESK_PATTERN, utc_now


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


def record_lead(db, lead: Lead) -> str:
    """Store the lead and its event in one transaction; returns the lead id."""
    from wizard.ledger.connection import write_transaction

    if not DESK_PATTERN.fullmatch(lead.desk or ""):
        raise InvalidPurchase(f"The lead was not recorded: desk {lead.desk!r} is not a valid desk id.")
    for field in ("hub", "tier", "name", "email"):
        if not getattr(lead, field):
            raise InvalidPurchase(f"The lead was not recorded: {field} is empty.")
    lead_id = str(uuid.uuid4())
    created_at = utc_now()
    with write_transaction(db):
        db.execute(
            "INSERT INTO sales_leads (id, created_at, desk, account_id, hub, tier, name, email, phone, message,"
            " language, mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [lead_id, created_at, lead.desk, lead.account_id, lead.hub, lead.tier, lead.name, lead.email,
             lead.phone or "", lead.message or "", lead.language, lead.mode],
        )
        db.execute(
            "INSERT INTO events (created_at, desk, kind, account_id, lead_id, detail) VALUES (?, ?, 'lead', ?, ?, ?)",
            [created_at, lead.desk, lead.account_id, lead_id, json.dumps({"hub": lead.hub, "tier": lead.tier})],
        )
    return lead_id
