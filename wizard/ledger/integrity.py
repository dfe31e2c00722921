"""verify(): check the file, every desk's keyed hash chain and its head file; name the first fault."""
from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field

from wizard.ledger.driver import sqlite3

from wizard.ledger.connection import damage_report
from wizard.ledger.chain import CANONICAL_HALVES, CHAINED_COLUMNS, GENESIS_HASH, halves_hash, order_hash, order_number

# SQLite builds each order's canonical JSON (chain.CANONICAL_HALVES): over
# 100,000 orders that is several times faster than fetching the columns and
# encoding them in Python. A hash that does not match is checked again the
# exact way (_exact_hash) before an order is called changed.
_ORDERS = "SELECT {}, {}, id, desk, seq, number, prev_hash, hash, mac FROM orders ORDER BY desk, seq"
_ORDERS_FAST = _ORDERS.format(*CANONICAL_HALVES)
_ORDERS_EXACT = _ORDERS.format("NULL", "NULL")  # for a file whose values SQLite cannot write as JSON
# One grouped scan instead of a subquery per order: twice as fast over 100,000 orders.
_LICENSES_BY_ORDER = "SELECT order_id, json_group_array(user_id ORDER BY user_id) FROM order_licenses GROUP BY order_id"
_CUT_OFF = "the newest orders were cut off"


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int                 # orders whose hash was recomputed
    first_broken: str | None     # order number, e.g. "D01-000003"; None when no order can be named
    reason: str | None           # one sentence
    # Desks whose orders carry keyed hashes this data folder has no key for: their
    # chains were recomputed, but not who wrote them ("unkeyed check only").
    unkeyed_desks: tuple[str, ...] = ()
    legacy_orders: int = 0       # orders written before the keyed chain (hash chain only, no mac)
    damaged: bool = False        # SQLite's own integrity_check failed: the file, not a chain, is broken
    # Each desk's newest order in the snapshot verify read: (desk, number, hash).
    heads: tuple[tuple[str, str, str], ...] = field(default=())


def verify(db, *, keys: bool = True, recorded_heads: dict | None = None) -> VerifyResult:
    """Check the whole ledger as of one moment, while other desks may go on writing.

    Finds a damaged file (integrity_check), edited orders or licenses (hash
    differs), removed or reordered orders (a link or a number breaks), orders
    the desk's key did not sign (forged or re-hashed), newest orders cut off
    (the desk's head file records more), and purchase events without their order.
    `keys=False` leaves the data folder's keys and head files out.
    `recorded_heads`: keys.head_lines() read before `db`'s content was taken,
    for a copy made earlier (heads read after it may name orders it lacks).
    """
    from wizard.ledger.keys import head_lines

    # Before the snapshot: a head is appended after its commit, so whatever a
    # head read now names is already in the snapshot taken below.
    if not keys:
        recorded = {}
    else:
        recorded = head_lines() if recorded_heads is None else recorded_heads
    try:
        with _snapshot(db):
            damage = damage_report(db.conn)
            if damage is not None:
                return _damaged(damage)
            return _Walk(db, keys, recorded).run()
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError):
            raise  # locked, read-only, I/O: the caller's translate_errors says so
        return _damaged(str(error))


@contextlib.contextmanager
def _snapshot(db):
    """One read transaction: in WAL mode every read in it sees the same committed state."""
    conn = db.conn
    if conn.in_transaction:  # the caller's own transaction is one snapshot already
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")


class _Walk:
    """One pass over every desk's orders in number order."""

    def __init__(self, db, keys: bool, recorded: dict) -> None:
        from wizard.ledger.keys import ledger_id

        self.db, self.keys = db, keys
        self.keyed_from = dict(db.conn.execute("SELECT desk, seq FROM chain_keyed_from"))
        self.heads_by_desk = recorded.get(ledger_id(db), {})
        self.checked = self.legacy = 0
        self.unkeyed: list[str] = []
        self.heads: list[tuple[str, str, str]] = []

    def run(self) -> VerifyResult:
        try:
            return self._run(fast=True)
        except sqlite3.OperationalError as error:
            if "json" not in str(error).lower():  # "JSON cannot hold BLOB values": a value no order holds
                raise
        self.checked = self.legacy = 0
        self.unkeyed, self.heads = [], []
        return self._run(fast=False)

    def _run(self, fast: bool) -> VerifyResult:
        conn = self.db.conn
        licenses_by_order = dict(conn.execute(_LICENSES_BY_ORDER)) if fast else {}
        desk = None
        seen = set()
        for head, tail, order_id, row_desk, seq, number, prev_hash, stored_hash, mac in conn.execute(
            _ORDERS_FAST if fast else _ORDERS_EXACT
        ):
            if row_desk != desk:
                if desk is not None and (broken := self._end_of_desk(desk, last, unsigned)):
                    return broken
                desk, expected_seq, expected_prev, unsigned = row_desk, 1, GENESIS_HASH, False
                seen.add(desk)
                keyed_from, sign, recorded = self._start_desk(desk)
            if seq != expected_seq:
                missing = order_number(desk, expected_seq)
                return self._broken(missing, f"order {missing} is missing: desk {desk} jumps to {number}.")
            if number != order_number(desk, seq):
                return self._broken(number, f"order {number} does not carry its desk's number "
                                            f"{order_number(desk, seq)}.")
            if prev_hash != expected_prev:
                return self._broken(number, f"order {number} does not link to the order before it "
                                            "(an order was removed, inserted or reordered).")
            self.checked += 1
            licenses = licenses_by_order.get(order_id, "[]")
            if (head is None or halves_hash(prev_hash, head, tail, licenses) != stored_hash) \
                    and self._exact_hash(order_id, desk, seq, prev_hash) != stored_hash:
                return self._broken(number, f"order {number} or its licenses were changed after it was written.")
            if seq < keyed_from:
                self.legacy += 1
                if mac is not None:
                    start = order_number(desk, keyed_from)
                    return self._broken(number, f"order {number} carries a keyed hash, though desk {desk}'s keyed "
                                                f"chain starts at {start} (that start was moved).")
            elif mac is None:
                return self._broken(number, f"order {number} carries no keyed hash, though desk {desk}'s orders "
                                            f"from {order_number(desk, keyed_from)} on must.")
            elif sign is None:
                unsigned = True  # keyed, but its key is not here
            elif sign(stored_hash) != mac:
                return self._broken(number, f"order {number} was not written by this desk "
                                            "(its keyed hash does not match).")
            if recorded and (hashes := recorded.get(seq)) and hashes != {stored_hash}:
                which = "another order under its number" + (" too" if stored_hash in hashes else "")
                return self._broken(number, f"order {number} is not the one this desk wrote: its head file records "
                                            f"{which} (the number was reused after {_CUT_OFF}).")
            expected_seq, expected_prev = seq + 1, stored_hash
            last = (number, seq, stored_hash)
        if desk is not None and (broken := self._end_of_desk(desk, last, unsigned)):
            return broken
        for gone in sorted(set(self.heads_by_desk) - seen):  # a desk whose every order was cut off
            if broken := self._end_of_desk(gone, None, False):
                return broken
        return self._cross_check()

    def _exact_hash(self, order_id: str, desk: str, seq: int, prev_hash: str) -> str | None:
        """The order's hash from its values, as record_purchase computed it (None: no order holds such values)."""
        conn = self.db.conn
        values = conn.execute(f"SELECT {', '.join(CHAINED_COLUMNS)} FROM orders WHERE desk = ? AND seq = ?",
                              [desk, seq]).fetchone()
        users = [user for (user,) in conn.execute("SELECT user_id FROM order_licenses WHERE order_id = ?", [order_id])]
        try:
            return order_hash(prev_hash, dict(zip(CHAINED_COLUMNS, values)), users)
        except (TypeError, ValueError):  # a BLOB, say
            return None

    def _start_desk(self, desk: str):
        """(first keyed seq, the desk's order_mac() or None without its key, head file: seq -> hashes)."""
        from wizard.ledger.keys import desk_key, mac_signer

        keyed_from = self.keyed_from.get(desk, 1)
        key = desk_key(desk) if self.keys else None
        sign = mac_signer(key) if key else None
        recorded: dict[int, set[str]] = {}
        for seq, hash_ in self.heads_by_desk.get(desk, ()):
            recorded.setdefault(seq, set()).add(hash_)
        return keyed_from, sign, recorded

    def _end_of_desk(self, desk: str, last: tuple[str, int, str] | None, unsigned: bool):
        """After a desk's last order (`last`: number, seq, hash): its head file must record nothing beyond it."""
        if last is not None:
            self.heads.append((desk, last[0], last[2]))
        if unsigned:
            self.unkeyed.append(desk)
        last_seq = last[1] if last else 0
        beyond = [seq for seq, _ in self.heads_by_desk.get(desk, ()) if seq > last_seq]
        if beyond:
            missing = order_number(desk, min(beyond))
            return self._broken(missing, f"order {missing} is missing: this desk's head file records it ({_CUT_OFF}).")
        return None

    def _cross_check(self) -> VerifyResult:
        """What the chains alone cannot see: purchase events or licenses left without their order."""
        conn = self.db.conn
        lost = conn.execute(
            """SELECT e.id, e.detail, e.order_id FROM events AS e
               WHERE e.kind = 'purchase' AND NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.id = e.order_id)
               ORDER BY e.id LIMIT 1"""
        ).fetchone()
        if lost:
            event_id, detail, order_id = lost
            detail = json.loads(detail)
            claimed = (detail.get("number") if isinstance(detail, dict) else None) or order_id
            # The event alone proves no order: it may be the forgery, so no order is named as broken.
            return self._broken(None, f"event {event_id} records a purchase of order {claimed}, which is not in the "
                                      "ledger: an event without order (the order was removed or the event forged).")
        orphan = conn.execute(
            "SELECT order_id FROM order_licenses WHERE order_id NOT IN (SELECT id FROM orders) LIMIT 1"
        ).fetchone()
        if orphan:
            return self._broken(orphan[0], f"licenses of a removed order ({orphan[0]}) are still in the ledger.")
        return self._result(ok=True, first_broken=None, reason=None)

    def _broken(self, number: str | None, reason: str) -> VerifyResult:
        return self._result(ok=False, first_broken=number, reason=reason)

    def _result(self, **outcome) -> VerifyResult:
        return VerifyResult(checked=self.checked, unkeyed_desks=tuple(self.unkeyed), legacy_orders=self.legacy,
                            heads=tuple(self.heads), **outcome)


def _damaged(complaint: str) -> VerifyResult:
    return VerifyResult(ok=False, checked=0, first_broken=None, damaged=True,
                        reason=f"the ledger file is damaged: SQLite's integrity check reports \"{complaint}\".")
