"""The per-desk hash chain over orders and their licenses.

Each order's hash covers a canonical form of the order and the users it
licensed, linked to the previous order of the same desk. Editing, removing or
reordering any order (or one of its licenses) changes a hash that the next
order still points at, which is what `verify` looks for.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence

GENESIS_HASH = "0" * 64

# Every column of `orders` except the two chain links themselves. Adding a
# column to orders means adding it here, in a new chain version.
CHAINED_COLUMNS = tuple(
    sorted(
        (
            "id", "number", "desk", "seq", "created_at", "account_id", "hub", "tier",
            "interval", "currency", "seats", "unit_price_minor", "amount_due_minor",
            "next_charge_date", "language", "mode", "payment_method_id", "company_name",
            "company_street", "company_postal_code", "company_city", "company_country", "vat_id",
        )
    )
)
LICENSES_KEY = "licensed_user_ids"  # not an orders column, so it cannot collide


def canonical(order: Mapping[str, object], licensed_user_ids: Iterable[str]) -> str:
    """Sorted-key compact JSON: the same order always gives the same bytes."""
    body = {column: order[column] for column in CHAINED_COLUMNS}
    body[LICENSES_KEY] = sorted(licensed_user_ids)
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def order_hash(prev_hash: str, order: Mapping[str, object], licensed_user_ids: Iterable[str]) -> str:
    text = prev_hash + canonical(order, licensed_user_ids)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def row_hash(prev_hash: str, values: Sequence[object], licensed_user_ids: Iterable[str]) -> str:
    """order_hash() for a row whose values come in CHAINED_COLUMNS order (verify's fast path)."""
    return order_hash(prev_hash, dict(zip(CHAINED_COLUMNS, values)), licensed_user_ids)


def order_number(desk: str, seq: int) -> str:
    return f"{desk}-{seq:06d}"
