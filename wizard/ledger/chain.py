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

# Every column of `orders` except the two chain links (and mac), per chain
# version. A column added to orders is added here, in a new chain version; an
# order keeps the version it was written with (its chain_version column), so
# orders written before a migration verify as they always did.
CHAINED_COLUMNS_V1 = tuple(
    sorted(
        (
            "id", "number", "desk", "seq", "created_at", "account_id", "hub", "tier",
            "interval", "currency", "seats", "unit_price_minor", "amount_due_minor",
            "next_charge_date", "language", "mode", "payment_method_id", "company_name",
            "company_street", "company_postal_code", "company_city", "company_country", "vat_id",
        )
    )
)
# Version 2 (migration 0005): the charges, and the version itself, so an order
# cannot be passed off as one of the other version.
CHAINED_COLUMNS_V2 = tuple(
    sorted(
        CHAINED_COLUMNS_V1 + (
            "net_minor", "credit_minor", "vat_rate_bp", "vat_minor", "total_minor",
            "refund_minor", "refund_currency", "chain_version",
        )
    )
)
CHAIN_COLUMNS = {1: CHAINED_COLUMNS_V1, 2: CHAINED_COLUMNS_V2}
CHAIN_VERSION = max(CHAIN_COLUMNS)  # what record_purchase writes
# Every column any version covers: what verify reads to recompute a hash.
CHAINED_COLUMNS = CHAINED_COLUMNS_V2
LICENSES_KEY = "licensed_user_ids"  # not an orders column, so it cannot collide
# One encoder for every call: json.dumps() with options builds a new one each time.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def chained_columns(version: object) -> tuple[str, ...]:
    """The columns chain version `version` covers; ValueError for a version this program does not know."""
    try:
        return CHAIN_COLUMNS[version]  # type: ignore[index]
    except (KeyError, TypeError):
        raise ValueError(f"unknown chain version {version!r}") from None


def canonical(order: Mapping[str, object], licensed_user_ids: Iterable[str]) -> str:
    """Sorted-key compact JSON: the same order always gives the same bytes.

    The order's `chain_version` (1 when it has none: an order built before
    version 2) says which columns count.
    """
    columns = chained_columns(order.get("chain_version", 1))
    body = {column: order[column] for column in columns}
    body[LICENSES_KEY] = sorted(licensed_user_ids)
    return _ENCODER.encode(body)


def order_hash(prev_hash: str, order: Mapping[str, object], licensed_user_ids: Iterable[str]) -> str:
    text = prev_hash + canonical(order, licensed_user_ids)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _halves(columns: tuple[str, ...]) -> tuple[str, str]:
    keys = tuple(sorted(columns + (LICENSES_KEY,)))
    at = keys.index(LICENSES_KEY)
    return tuple(
        "json_object(" + ", ".join(f"'{key}', {key}" for key in part) + ")" for part in (keys[:at], keys[at + 1:])
    )


# verify's fastest path: SQLite writes each order's canonical JSON itself, in C,
# as two json_object() halves around the licenses (json_group_array, sorted),
# the halves of the order's own chain version. An unknown version gives NULL:
# the caller then checks the order the exact way (order_hash), which refuses it.
CANONICAL_HALVES_BY_VERSION = {version: _halves(columns) for version, columns in CHAIN_COLUMNS.items()}
CANONICAL_HALVES = tuple(
    "CASE chain_version "
    + " ".join(f"WHEN {version} THEN {halves[i]}" for version, halves in CANONICAL_HALVES_BY_VERSION.items())
    + " END"
    for i in (0, 1)
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
