"""verify(): walk every desk's hash chain and name the first order that breaks it."""
from __future__ import annotations

import json
from dataclasses import dataclass

from wizard.ledger.chain import CHAINED_COLUMNS, GENESIS_HASH, order_number, row_hash

# char(31) cannot occur in a user id we write (UUIDs), so it splits safely.
_SEPARATOR = "\x1f"
_ORDERS_IN_CHAIN_ORDER = f"""
SELECT {", ".join(CHAINED_COLUMNS)}, prev_hash, hash FROM orders ORDER BY desk, seq
"""
# One grouped scan instead of a subquery per order: twice as fast over 100,000 orders.
_LICENSES_BY_ORDER = "SELECT order_id, group_concat(user_id, char(31)) FROM order_licenses GROUP BY order_id"
_ID, _SEQ, _NUMBER, _DESK = (CHAINED_COLUMNS.index(c) for c in ("id", "seq", "number", "desk"))
_N = len(CHAINED_COLUMNS)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int                 # orders whose hash was recomputed
    first_broken: str | None     # order number, e.g. "D01-000003"
    reason: str | None           # one sentence


def verify(db) -> VerifyResult:
    """Recompute each desk's chain in number order.

    Finds edited orders or licenses (hash differs), removed or reordered orders
    (the next one no longer links to its predecessor, or its number skips), and
    a removed last order (its purchase event still names it).
    """
    checked = 0
    desk, expected_seq, expected_prev = None, 1, GENESIS_HASH
    # A raw cursor and tuples, not sqlite-utils' dict rows: 100,000 orders in well under 2 s.
    licenses_by_order = dict(db.conn.execute(_LICENSES_BY_ORDER))
    for row in db.conn.execute(_ORDERS_IN_CHAIN_ORDER):
        values, prev_hash, stored_hash = row[:_N], row[_N], row[_N + 1]
        licenses = licenses_by_order.get(values[_ID])
        if values[_DESK] != desk:
            desk, expected_seq, expected_prev = values[_DESK], 1, GENESIS_HASH
        number, seq = values[_NUMBER], values[_SEQ]
        if seq != expected_seq:
            missing = order_number(desk, expected_seq)
            return _broken(checked, missing, f"order {missing} is missing: desk {desk} jumps to {number}.")
        if number != order_number(desk, seq):
            return _broken(checked, number, f"order {number} does not carry its desk's number {order_number(desk, seq)}.")
        if prev_hash != expected_prev:
            return _broken(checked, number, f"order {number} does not link to the order before it "
                                            "(an order was removed, inserted or reordered).")
        user_ids = licenses.split(_SEPARATOR) if licenses else ()
        checked += 1
        if row_hash(prev_hash, values, user_ids) != stored_hash:
            return _broken(checked, number, f"order {number} or its licenses were changed after it was written.")
        expected_seq, expected_prev = seq + 1, stored_hash
    return _cross_check(db, checked)


def _cross_check(db, checked: int) -> VerifyResult:
    """What the chains alone cannot see: a removed last order, or licenses left without their order."""
    gone = db.conn.execute(
        """SELECT e.detail FROM events AS e
           WHERE e.kind = 'purchase' AND NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.id = e.order_id)
           ORDER BY e.id LIMIT 1"""
    ).fetchone()
    if gone:
        number = json.loads(gone[0]).get("number", "?")
        return _broken(checked, number, f"order {number} is missing, though its purchase was recorded.")
    orphan = db.conn.execute(
        "SELECT order_id FROM order_licenses WHERE order_id NOT IN (SELECT id FROM orders) LIMIT 1"
    ).fetchone()
    if orphan:
        return _broken(checked, orphan[0], f"licenses of a removed order ({orphan[0]}) are still in the ledger.")
    return VerifyResult(ok=True, checked=checked, first_broken=None, reason=None)


def _broken(checked: int, number: str, reason: str) -> VerifyResult:
    return VerifyResult(ok=False, checked=checked, first_broken=number, reason=reason)
