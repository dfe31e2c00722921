"""Append-only triggers, and verify() catching edits made behind the program's back."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ledger_support import purchase, seeded
from sqlite_utils.db import sqlite3  # the same SQLite library the program uses (pysqlite3)

from wizard.ledger import record_purchase, verify
from wizard.ledger.chain import CHAINED_COLUMNS


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


def test_verifys_fast_hash_of_a_stored_order_is_its_hash(ledger):
    from wizard.ledger.chain import CANONICAL_HALVES, halves_hash

    _, db, receipts = ledger
    for receipt in receipts:
        head, tail, prev_hash, stored = db.execute(
            f"SELECT {', '.join(CANONICAL_HALVES)}, prev_hash, hash FROM orders WHERE id = ?", [receipt.order_id]
        ).fetchone()
        licenses = db.execute("SELECT json_group_array(user_id ORDER BY user_id) FROM order_licenses "
                              "WHERE order_id = ?", [receipt.order_id]).fetchone()[0]
        assert halves_hash(prev_hash, head, tail, licenses) == stored


def test_insert_or_replace_cannot_rewrite_an_event(ledger):
    """The sqlite3 shell's default (recursive_triggers off) skips DELETE triggers on a REPLACE."""
    path, db, receipts = ledger
    conn = raw(path, drop_triggers=False)
    try:
        assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
        row = conn.execute("SELECT * FROM events WHERE order_id = ?", [receipts[1].order_id]).fetchone()
        columns = [d[0] for d in conn.execute("SELECT * FROM events LIMIT 0").description]
        event = dict(zip(columns, row))
        insert = f"INSERT OR REPLACE INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        forged_detail = '{"amount_due_minor": 1, "number": "D01-000002"}'
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(insert, list({**event, "detail": forged_detail}.values()))
        # A new id with the old uid would replace it through the uid's UNIQUE index.
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(insert, list({**event, "id": event["id"] + 1000, "detail": forged_detail}.values()))
        # Without a uid the UNIQUE index would not guard it at all.
        with pytest.raises(sqlite3.IntegrityError, match="uid"):
            conn.execute("INSERT INTO events (created_at, desk, kind, detail) VALUES ('now', 'D01', 'seed', '{}')")
        assert conn.execute("SELECT * FROM events WHERE id = ?", [event["id"]]).fetchone() == row
    finally:
        conn.close()
    assert verify(db).ok


def test_a_forged_purchase_event_is_an_event_without_order(ledger):
    """A lone event proves no order: verify names the event and the number it claims, not a missing order."""
    path, db, _ = ledger
    conn = raw(path, drop_triggers=False)  # appending an event needs no trigger dropped
    try:
        conn.execute(
            "INSERT INTO events (uid, created_at, desk, kind, order_id, detail) VALUES "
            "('5b0e6c9a-0000-4000-8000-000000000001', '2026-01-15T10:00:00.000Z', 'D01', 'purchase', "
            "'0190f0e0-dead-7000-8000-000000000000', '{\"number\": \"D01-000099\"}')"
        )
        event_id = conn.execute("SELECT max(id) FROM events").fetchone()[0]
    finally:
        conn.close()
    result = verify(db)
    assert not result.ok and result.first_broken is None
    assert "event without order" in result.reason
    assert f"event {event_id} " in result.reason and "D01-000099" in result.reason


# SQLite stores any text but lone surrogates (Python cannot encode those to UTF-8).
_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
_VALUE = st.one_of(_TEXT, st.integers(min_value=-(2**63), max_value=2**63 - 1), st.none())


@pytest.mark.parametrize("version", [1, 2])
@settings(max_examples=150, deadline=None)
@given(values=st.lists(_VALUE, min_size=len(CHAINED_COLUMNS), max_size=len(CHAINED_COLUMNS)),
       users=st.lists(_TEXT, max_size=4, unique=True))
def test_sqlites_json_of_an_order_hashes_like_pythons(version, values, users):
    """verify's fast path (SQLite writes the JSON) gives order_hash() for any text, integer or NULL, in each
    chain version (the order's chain_version picks its halves)."""
    from wizard.ledger.chain import CANONICAL_HALVES, halves_hash, order_hash

    order = {**dict(zip(CHAINED_COLUMNS, values)), "chain_version": version}
    conn = sqlite3.connect(":memory:")
    try:
        columns = ", ".join(f"? AS {column}" for column in order)
        head, tail = conn.execute(f"SELECT {', '.join(CANONICAL_HALVES)} FROM (SELECT {columns})",
                                  list(order.values())).fetchone()
        licenses = conn.execute("SELECT json_group_array(value ORDER BY value) FROM json_each(?)",
                                [json.dumps(users)]).fetchone()[0]
    finally:
        conn.close()
    assert halves_hash("1" * 64, head, tail, licenses) == order_hash("1" * 64, order, users)


def test_unusual_text_in_an_order_verifies_and_its_change_is_caught(ledger):
    path, db, receipts = ledger
    account_id = db.execute("SELECT account_id FROM orders LIMIT 1").fetchone()[0]
    name = 'Müller & Söhne „Zitat“ "q" \\ 😀 Ελένη 佐藤 \u2028'
    receipt = record_purchase(db, purchase(db, account_id, desk="D03", company_name=name))
    assert verify(db).ok
    _tamper(path, ("UPDATE orders SET company_name = ? WHERE id = ?", [name.replace("ü", "u"), receipt.order_id]))
    assert verify(db).first_broken == "D03-000001"


@pytest.mark.parametrize("statement", [
    "UPDATE orders SET company_city = X'00ff' WHERE number = 'D01-000002'",
    "UPDATE orders SET seats = 2.5 WHERE number = 'D01-000002'",
    "UPDATE order_licenses SET user_id = X'00ff' WHERE order_id = (SELECT id FROM orders WHERE number = 'D01-000002')"
    " AND user_id = (SELECT min(user_id) FROM order_licenses WHERE order_id ="
    " (SELECT id FROM orders WHERE number = 'D01-000002'))",
])
def test_a_value_no_order_holds_is_a_changed_order_not_a_crash(ledger, statement):
    path, db, _ = ledger
    _tamper(path, (statement, []))
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000002")
    assert "changed" in result.reason


def test_two_licenses_folded_into_one_are_caught(ledger):
    """A user id holding the old separator char(31) must not pass for two licenses."""
    path, db, receipts = ledger
    order_id = receipts[1].order_id
    users = [r[0] for r in db.execute("SELECT user_id FROM order_licenses WHERE order_id = ? ORDER BY user_id",
                                      [order_id])]
    _tamper(path, ("DELETE FROM order_licenses WHERE order_id = ?", [order_id]),
            ("INSERT INTO order_licenses (order_id, user_id) VALUES (?, ?)", [order_id, "\x1f".join(users)]))
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000002")
