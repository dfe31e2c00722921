"""The per-desk hash chain over orders and their licenses.

Each order's hash covers a canonical form of the order and the users it
licensed, linked to the previous order of the same desk. Editing, removing or
reordering any order (or one of its licenses) changes a hash that the next
order still points at, which is what `verify` looks for.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from json.encoder import encode_basestring_ascii

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
# One encoder for every call: json.dumps() with options builds a new one each time.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True)
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


# verify's fastest path: SQLite writes each order's canonical JSON itself, in C,
# as two json_object() halves around the licenses (json_group_array, sorted).
CANONICAL_HALVES = tuple(
    "json_object(" + ", ".join(f"'{key}', {key}" for key in keys) + ")"
    for keys in (_SORTED_KEYS[:_LICENSES_AT], _SORTED_KEYS[_LICENSES_AT + 1:])
)
_LICENSES_FIELD = f',"{LICENSES_KEY}":'
_BEYOND_ASCII = re.compile(r"[\x7f-\U0010ffff]+")


def halves_hash(prev_hash: str, head: str, tail: str, licenses_json: str) -> str:
    """order_hash() from SQLite's JSON of an order (CANONICAL_HALVES) and of its licenses.

    SQLite writes text, integers and NULL as Python's encoder does, except that
    it leaves DEL and non-ASCII characters as they are: those are escaped here.
    Anything else (a REAL, say) comes out differently, so a mismatch is no
    proof: the caller checks it again with order_hash().
    """
    text = prev_hash + head[:-1] + _LICENSES_FIELD + licenses_json + "," + tail[1:]
    if not text.isascii() or "\x7f" in text:
        text = _BEYOND_ASCII.sub(lambda run: encode_basestring_ascii(run.group())[1:-1], text)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def order_number(desk: str, seq: int) -> str:
    return f"{desk}-{seq:06d}"
