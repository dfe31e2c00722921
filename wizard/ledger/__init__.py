"""The SQLite ledger (sqlite-utils, no Qt): the public API of docs/ARCHITECTURE.md.

Names are loaded on first use (PEP 562), so `from wizard.ledger import Purchase`
on a UI page does not load sqlite-utils before the first page is painted.
"""
from __future__ import annotations

from wizard.core.lazy import lazy_names

_HOMES = {
    "LedgerError": "errors", "InvalidPurchase": "errors", "LedgerProblem": "errors",
    "open_ledger": "connection", "start_new_ledger": "connection",
    "Purchase": "purchases", "Receipt": "purchases", "record_purchase": "purchases",
    "VisitorAccount": "visitor_accounts", "visitor_account": "visitor_accounts",
    "record_visitor_purchase": "visitor_accounts",
    "Lead": "leads", "record_lead": "leads",
    "VerifyResult": "integrity", "verify": "integrity",
    "insert_event": "events", "record_idle_reset": "kiosk_events",
    "desk_key": "keys", "ledger_id": "keys", "read_heads": "keys",
    "seed_demo": "seed",
    "first_account": "queries", "account_users": "queries", "payment_methods": "queries",
    "subscriptions": "queries", "order_history": "queries",
    "add_card": "cards", "replace_card": "cards", "set_card_sharing": "cards", "remove_card": "cards",
    "CardRefused": "cards",
    "export_orders": "export",
    "UserRefused": "users", "add_user": "users", "remove_user": "users",
    "record_access_request": "access", "open_access_requests": "access", "grant_access_request": "access",
}
__all__ = sorted(_HOMES)


__getattr__, __dir__ = lazy_names(__name__, _HOMES, globals())
