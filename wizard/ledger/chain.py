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
# One encoder for every call: json.dumps() with options builds a new one each time,
# which verify() over 100,000 orders would notice.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True)
_PRESORTED_ENCODER = json.JSONEncoder(sort_keys=False, separators=(",", ":"), ensure_ascii=True)
_SORTED_KEYS = tuple(sorted(CHAINED_COLUMNS + (LICENSES_KEY,)))
_LICENSES_AT = _SORTED_KEYS.index(LICENSES_KEY)


def canonical(order: Mapping[str, object], licensed_user_ids: Iterable[str]) -> str:
    """Sorted-key compact JSON: the same order always gives the same bytes."""
    body = {column: order[column] for column in CHAINED_COLUMNS}
    body[LICENSES_KEY] = sorted(licensed_user_ids)
    return _ENCODER.encode(body)


def order_hash(prev_hash: str, order: Mapping[str, object], licensed_user_ids: Iterable[str]) -> str:
    text = prev_hash + canonical(order, licensed_user_ids)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def row_hash(prev_hash: str, values: Sequence[object], licensed_user_ids: Iterable[str]) -> str:
    """order_hash() for a row whose values come in CHAINED_COLUMNS order (verify's fast path).

    Builds the body with its keys already in sorted order, so the encoder need
    not sort them: the bytes are the same as canonical()'s, at half the cost.
    """
    body = dict(zip(_SORTED_KEYS, (*values[:_LICENSES_AT], sorted(licensed_user_ids), *values[_LICENSES_AT:])))
    text = prev_hash + _PRESORTED_ENCODER.encode(body)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def order_number(desk: str, seq: int) -> str:
    return f"{desk}-{seq:06d}"
