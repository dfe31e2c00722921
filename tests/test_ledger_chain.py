"""Append-only triggers, and verify() catching edits made behind the program's back."""
from __future__ import annotations

import pytest
from ledger_support import purchase, seeded
from sqlite_utils.db import sqlite3  # the same SQLite library the program uses (pysqlite3)

from wizard.ledger import record_purchase, verify


@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    receipts = [record_purchase(db, purchase(db, account_id, seats=2 + i % 3, desk=desk))
                for i, desk in enumerate(["D01", "D01", "D02", "D01", "D01"])]
    assert [r.number for r in receipts] == ["D01-000001", "D01-000002", "D02-000001", "D01-000003", "D01-000004"]
    yield path, db, receipts
    db.close()


def raw(path, drop_triggers=True):
    """A plain sqlite3 connection, as a tamperer would use (no recursive_triggers, no foreign keys)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    if drop_triggers:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
    return conn


def test_intact_ledger_verifies(ledger):
    _, db, receipts = ledger
    result = verify(db)
    assert (result.ok, result.checked, result.first_broken, result.reason) == (True, 5, None, None)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE orders SET amount_due_minor = 1",
        "DELETE FROM orders",
        "UPDATE order_licenses SET user_id = user_id",
        "DELETE FROM order_licenses",
        "UPDATE events SET detail = '{}'",
        "DELETE FROM events",
    ],
)
def test_triggers_refuse_update_and_delete(ledger, statement):
    path, db, _ = ledger
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute(statement)
    conn = raw(path, drop_triggers=False)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(statement)
    finally:
        conn.close()
    assert verify(db).ok


def test_insert_or_replace_cannot_rewrite_an_order(ledger):
    path, db, receipts = ledger
    conn = raw(path, drop_triggers=False)  # recursive_triggers off: REPLACE would skip DELETE triggers
    try:
        row = conn.execute("SELECT * FROM orders WHERE id = ?", [receipts[1].order_id]).fetchone()
        columns = [d[0] for d in conn.execute("SELECT * FROM orders LIMIT 0").description]
        order = dict(zip(columns, row))
        insert = f"INSERT OR REPLACE INTO orders ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        changed = {**order, "amount_due_minor": 1, "hash": "f" * 64}  # a tamperer recomputes the hash
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(insert, list(changed.values()))
        # Keeping the old hash only makes the insert a no-op: the stored order stays as it was.
        conn.execute(insert, list({**order, "amount_due_minor": 1}.values()))
        assert conn.execute("SELECT amount_due_minor FROM orders WHERE id = ?", [order["id"]]).fetchone()[0] \
            == order["amount_due_minor"]
        # Same number under a new id would also delete the original through the UNIQUE conflict.
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(insert, list({**order, "id": "another-id"}.values()))
        # The identical order again (a repeated merge) is a no-op, not an error.
        conn.execute(insert, list(order.values()))
        conn.execute("INSERT OR REPLACE INTO order_licenses (order_id, user_id) "
                     "SELECT order_id, user_id FROM order_licenses")
    finally:
        conn.close()
    result = verify(db)
    assert result.ok and result.checked == 5


def _tamper(path, *statements):
    conn = raw(path)
    try:
        for sql, params in statements:
            conn.execute(sql, params)
    finally:
        conn.close()


def test_edited_order_is_named(ledger):
    path, db, receipts = ledger
    _tamper(path, ("UPDATE orders SET amount_due_minor = amount_due_minor - 100 WHERE id = ?",
                   [receipts[1].order_id]))
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000002")
    assert "changed" in result.reason


def test_edited_license_is_named(ledger):
    path, db, receipts = ledger
    other = db.execute("SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM order_licenses "
                       "WHERE order_id = ?) LIMIT 1", [receipts[3].order_id]).fetchone()[0]
    _tamper(path, ("UPDATE order_licenses SET user_id = ? WHERE order_id = ? AND user_id = (SELECT min(user_id) "
                   "FROM order_licenses WHERE order_id = ?)", [other, receipts[3].order_id, receipts[3].order_id]))
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000003")


def test_deleted_order_is_named(ledger):
    path, db, receipts = ledger
    victim = receipts[1].order_id
    _tamper(path, ("DELETE FROM order_licenses WHERE order_id = ?", [victim]),
            ("DELETE FROM orders WHERE id = ?", [victim]))
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000002")
    assert "missing" in result.reason


def test_deleted_and_renumbered_order_is_caught(ledger):
    """Closing the gap by renumbering the later orders still breaks the links."""
    path, db, receipts = ledger
    victim = receipts[1].order_id
    _tamper(path, ("DELETE FROM order_licenses WHERE order_id = ?", [victim]),
            ("DELETE FROM orders WHERE id = ?", [victim]),
            ("UPDATE orders SET number = printf('D01-%06d', seq - 1), seq = seq - 1 WHERE desk = 'D01' AND seq > 2",
             []))
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000002")


def test_deleted_last_order_is_named(ledger):
    path, db, receipts = ledger
    victim = receipts[4].order_id
    _tamper(path, ("DELETE FROM order_licenses WHERE order_id = ?", [victim]),
            ("DELETE FROM orders WHERE id = ?", [victim]))
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000004")


def test_reordered_orders_are_named(ledger):
    path, db, receipts = ledger
    a, b = receipts[1].order_id, receipts[3].order_id  # D01-000002 and D01-000003
    _tamper(path,
            ("UPDATE orders SET seq = seq + 1000, number = printf('D01-%06d', seq + 1000) WHERE id IN (?, ?)", [a, b]),
            ("UPDATE orders SET seq = 3, number = 'D01-000003' WHERE id = ?", [a]),
            ("UPDATE orders SET seq = 2, number = 'D01-000002' WHERE id = ?", [b]))
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000002")
    assert "link" in result.reason


def test_break_in_one_desk_is_found_among_others(ledger):
    path, db, receipts = ledger
    _tamper(path, ("UPDATE orders SET company_name = 'Someone Else GmbH' WHERE id = ?", [receipts[2].order_id]))
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D02-000001")


def test_fast_row_hash_equals_canonical_hash(ledger):
    from wizard.ledger.chain import CHAINED_COLUMNS, order_hash, row_hash

    _, db, receipts = ledger
    order = dict(zip(CHAINED_COLUMNS, db.execute(
        f"SELECT {', '.join(CHAINED_COLUMNS)} FROM orders WHERE id = ?", [receipts[0].order_id]).fetchone()))
    ids = ["b-user", "a-user", "Ünïcode-user"]
    assert row_hash("1" * 64, tuple(order.values()), ids) == order_hash("1" * 64, order, ids)
