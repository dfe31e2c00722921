"""The events log: every purchase, lead and seed, each with a uid that survives a merge."""
from __future__ import annotations

import json
import uuid


def insert_event(db, *, kind: str, desk: str, account_id: str | None = None, order_id: str | None = None,
                 lead_id: str | None = None, detail: dict, created_at: str | None = None) -> str:
    """Append one event inside the caller's transaction; returns its uid.

    The uid, not the integer id, is the event's identity across desk ledgers:
    ids restart in every file, so a merge matches events by uid.
    """
    from wizard.ledger.timestamps import utc_now

    uid = str(uuid.uuid4())
    db.execute(
        "INSERT INTO events (uid, created_at, desk, kind, account_id, order_id, lead_id, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [uid, created_at or utc_now(), desk, kind, account_id, order_id, lead_id, json.dumps(detail, sort_keys=True)],
    )
    return uid
