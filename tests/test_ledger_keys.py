"""The keyed chain: desk keys and head files outside the ledger catch what a re-hashed file hides."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import shutil
import stat

import pytest
from ledger_support import new_card, purchase, seeded
from sqlite_utils.db import sqlite3

from wizard.ledger import LedgerProblem, LedgerError, open_ledger, record_purchase, verify
from wizard.ledger.chain import CHAINED_COLUMNS, GENESIS_HASH, order_hash, order_number
from wizard.ledger.cli import main
from wizard.ledger.schema import SCHEMA_VERSION
from wizard.ledger.keys import desk_key, keys_dir, ledger_id, read_heads

DESKS = ["D01", "D01", "D02", "D01", "D01"]


@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    receipts = [record_purchase(db, purchase(db, account_id, desk=desk)) for desk in DESKS]
    yield path, db, account_id, receipts
    db.close()


def raw(path):
    """A tamperer's plain connection, triggers dropped."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    return conn


def chain_of(conn, desk):
    """The desk's orders as dicts with their licensed user ids, in number order."""
    columns = [d[0] for d in conn.execute("SELECT * FROM orders LIMIT 0").description]
    rows = conn.execute("SELECT * FROM orders WHERE desk = ? ORDER BY seq", [desk]).fetchall()
    orders = [dict(zip(columns, row)) for row in rows]
    for order in orders:
        order["users"] = [user for (user,) in conn.execute(
            "SELECT user_id FROM order_licenses WHERE order_id = ?", [order["id"]])]
    return orders


def test_each_order_carries_its_desks_keyed_hash_and_a_head(ledger):
    path, db, _, receipts = ledger
    key = desk_key("D01")
    assert len(key) == 32
    assert stat.S_IMODE((keys_dir() / "D01.key").stat().st_mode) == 0o600
    for number, hash_, mac in db.execute("SELECT number, hash, mac FROM orders WHERE desk = 'D01'"):
        assert mac == hmac.new(key, hash_.encode(), hashlib.sha256).hexdigest(), number
    last = db.execute("SELECT seq, hash FROM orders WHERE desk = 'D01' ORDER BY seq DESC LIMIT 1").fetchone()
    assert read_heads(ledger_id(db)) == {"D01": tuple(last), "D02": tuple(
        db.execute("SELECT seq, hash FROM orders WHERE desk = 'D02'").fetchone())}
    assert len((keys_dir() / "D01.heads").read_text().splitlines()) == 4
    result = verify(db)
    assert (result.ok, result.checked, result.unkeyed_desks, result.legacy_orders) == (True, 5, (), 0)


def _forge_appended_order(path, mac):
    """Append D01-000005 with a correct chain hash: all a tamperer without the key can compute."""
    conn = raw(path)
    try:
        last = chain_of(conn, "D01")[-1]
        forged = {**last, "id": "0190f0e0-0000-7000-8000-00000000f0f0", "seq": 5, "number": order_number("D01", 5),
                  "amount_due_minor": 1, "prev_hash": last["hash"]}
        users = forged.pop("users")
        forged["hash"] = order_hash(last["hash"], forged, users)
        forged["mac"] = mac(forged["hash"])
        conn.execute(f"INSERT INTO orders ({', '.join(forged)}) VALUES ({', '.join('?' * len(forged))})",
                     list(forged.values()))
        conn.executemany("INSERT INTO order_licenses (order_id, user_id) VALUES (?, ?)",
                         [(forged["id"], u) for u in users])
    finally:
        conn.close()


def test_a_forged_appended_order_is_caught_with_the_key(ledger, capsys):
    path, db, _, _ = ledger
    _forge_appended_order(path, mac=lambda h: hashlib.sha256(b"guess" + h.encode()).hexdigest())
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000005")
    assert "was not written by this desk (its keyed hash does not match)" in result.reason
    assert main(["verify", "--ledger", str(path)]) == 1

    # On a machine without D01's key the chain alone holds: say how little was checked.
    (keys_dir() / "D01.key").rename(keys_dir().parent / "D01.key.elsewhere")
    result = verify(db)
    assert result.ok and result.unkeyed_desks == ("D01",)
    capsys.readouterr()
    assert main(["verify", "--ledger", str(path)]) == 0
    out = capsys.readouterr().out
    assert "desk D01: unkeyed check only" in out and "desk D02: unkeyed" not in out


def test_an_appended_order_without_keyed_hash_is_caught_even_without_the_key(ledger):
    path, db, _, _ = ledger
    _forge_appended_order(path, mac=lambda h: None)
    result = verify(db, keys=False)
    assert (result.ok, result.first_broken) == (False, "D01-000005")
    assert "no keyed hash" in result.reason


def test_an_edited_order_with_the_rest_re_hashed_is_caught(ledger):
    path, db, _, receipts = ledger
    conn = raw(path)
    try:
        prev = GENESIS_HASH
        for order in chain_of(conn, "D01"):
            if order["seq"] == 2:
                order["amount_due_minor"] -= 100
            new_hash = order_hash(prev, {c: order[c] for c in CHAINED_COLUMNS}, order["users"])
            conn.execute("UPDATE orders SET amount_due_minor = ?, prev_hash = ?, hash = ? WHERE id = ?",
                         [order["amount_due_minor"], prev, new_hash, order["id"]])
            prev = new_hash
    finally:
        conn.close()
    result = verify(db, keys=False)
    assert result.ok and result.unkeyed_desks == ("D01", "D02")  # what an unkeyed check cannot see
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000002")
    assert "not written by this desk" in result.reason


def _cut_newest(path, desk, from_seq):
    """Remove a desk's newest orders with everything that names them, as a careful tamperer would."""
    conn = raw(path)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM orders WHERE desk = ? AND seq >= ?", [desk, from_seq])]
        marks = ", ".join("?" * len(ids))
        for table in ("events", "order_licenses", "user_licenses"):
            conn.execute(f"DELETE FROM {table} WHERE order_id IN ({marks})", ids)
        conn.execute(f"UPDATE subscriptions SET order_id = NULL WHERE order_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM orders WHERE id IN ({marks})", ids)
    finally:
        conn.close()


def test_newest_orders_cut_off_with_their_events_are_caught_by_the_head_file(ledger):
    path, db, _, _ = ledger
    _cut_newest(path, "D01", 3)
    assert verify(db, keys=False).ok  # the file alone looks whole
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000003")
    assert result.reason == ("order D01-000003 is missing: this desk's head file records it "
                             "(the newest orders were cut off).")


def test_a_desk_cut_off_entirely_is_caught(ledger):
    path, db, _, _ = ledger
    _cut_newest(path, "D02", 1)
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D02-000001")


def test_the_next_order_after_a_cut_reusing_the_number_is_caught(ledger):
    path, db, account_id, _ = ledger
    _cut_newest(path, "D01", 4)
    assert record_purchase(db, purchase(db, account_id, desk="D01")).number == "D01-000004"
    result = verify(db)
    assert (result.ok, result.first_broken) == (False, "D01-000004")
    assert "number was reused" in result.reason
    # More orders on top do not bury it.
    record_purchase(db, purchase(db, account_id, desk="D01"))
    assert verify(db).first_broken == "D01-000004"


def test_a_purchase_stays_committed_when_its_head_cannot_be_written(ledger, caplog):
    path, db, account_id, _ = ledger
    heads = keys_dir() / "D02.heads"
    heads.unlink()
    heads.mkdir()  # appending to it now fails with an OSError
    with caplog.at_level(logging.WARNING, logger="wizard.ledger.purchases"):
        receipt = record_purchase(db, purchase(db, account_id, desk="D02"))
    assert receipt.number == "D02-000002"
    assert db.execute("SELECT 1 FROM orders WHERE id = ?", [receipt.order_id]).fetchone()
    assert "D02-000002 is recorded" in caplog.text and "head file" in caplog.text
    heads.rmdir()
    assert verify(db).ok  # a head behind the ledger is no fault: the purchase came after it


def test_a_desk_whose_orders_another_key_wrote_takes_no_purchase(ledger, tmp_path, monkeypatch):
    """The same desk id from a second data folder would make the first one's orders look forged."""
    path, db, account_id, _ = ledger
    before = db.execute("SELECT count(*) FROM orders").fetchone()[0]
    monkeypatch.setenv("UPGRADE_WIZARD_DATA_DIR", str(tmp_path / "other-data"))
    with pytest.raises(LedgerError, match="another key") as refused:
        record_purchase(db, purchase(db, account_id, desk="D01"))
    assert refused.value.problem is LedgerProblem.DESK_KEY  # the window says: use another desk id
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == before
    assert record_purchase(db, purchase(db, account_id, desk="D07")).number == "D07-000001"


def test_desk_key_creation_keeps_the_first_key(tmp_path):
    assert desk_key("D09") is None
    first = desk_key("D09", create=True)
    assert desk_key("D09", create=True) == first == desk_key("D09")
    assert desk_key("../D09", create=True) is None  # a desk id from a file never becomes a path


# -- a ledger written before the keyed chain ---------------------------------------------


def _legacy_ledger(path):
    """A ledger of migrations 0001 and 0002 only, with three orders and their purchase events."""
    from sqlite_utils import Database

    from wizard.ledger.schema import migrations

    db = Database(path)
    migrations().apply(db, stop_before="0003_keyed_chain")
    now = "2025-12-01T09:00:00.000Z"
    db.execute("INSERT INTO accounts (id, name, country, created_at) VALUES ('acc', 'Alt GmbH', 'DE', ?)", [now])
    db.execute("INSERT INTO users (id, account_id, name, email, created_at) VALUES ('u1', 'acc', 'A', 'a@x.de', ?)",
               [now])
    heads = {}
    for i, desk in enumerate(["D01", "D01", "D02"]):
        seq, prev = heads.get(desk, (0, GENESIS_HASH))
        seq += 1
        order = {
            "id": f"order-{i}", "number": order_number(desk, seq), "desk": desk, "seq": seq, "created_at": now,
            "account_id": "acc", "hub": "sales", "tier": "starter", "interval": "monthly", "currency": "EUR",
            "seats": 1, "unit_price_minor": 2000, "amount_due_minor": 2000, "next_charge_date": "2026-01-01",
            "language": "de", "mode": "standard", "payment_method_id": None, "company_name": "Alt GmbH",
            "company_street": "", "company_postal_code": "", "company_city": "", "company_country": "DE",
            "vat_id": "", "prev_hash": prev,
        }
        order["hash"] = order_hash(prev, order, ["u1"])
        heads[desk] = (seq, order["hash"])
        db.execute(f"INSERT INTO orders ({', '.join(order)}) VALUES ({', '.join('?' * len(order))})",
                   list(order.values()))
        db.execute("INSERT INTO order_licenses (order_id, user_id) VALUES (?, 'u1')", [order["id"]])
        db.execute("INSERT INTO events (created_at, desk, kind, account_id, order_id, detail) "
                   "VALUES (?, ?, 'purchase', 'acc', ?, ?)",
                   [now, desk, order["id"], json.dumps({"number": order["number"]})])
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    db.close()


def test_a_ledger_of_the_previous_schema_upgrades_to_the_keyed_chain(tmp_path):
    path, twin = tmp_path / "old.sqlite3", tmp_path / "twin.sqlite3"
    _legacy_ledger(path)
    shutil.copy(path, twin)
    db = open_ledger(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert dict(db.execute("SELECT desk, seq FROM chain_keyed_from")) == {"D01": 3, "D02": 2}
        uids = [r[0] for r in db.execute("SELECT uid FROM events ORDER BY id")]
        assert len(set(uids)) == 3 and None not in uids
        assert db.execute("SELECT count(*) FROM orders WHERE mac IS NULL").fetchone()[0] == 3
        result = verify(db)
        assert (result.ok, result.checked, result.legacy_orders, result.unkeyed_desks) == (True, 3, 3, ())

        receipt = record_purchase(db, purchase(db, "acc", desk="D01", seats=1, card=new_card("4242424242424242")))
        assert receipt.number == "D01-000003"
        assert db.execute("SELECT mac FROM orders WHERE id = ?", [receipt.order_id]).fetchone()[0] is not None
        result = verify(db)
        assert (result.ok, result.checked, result.legacy_orders, result.unkeyed_desks) == (True, 4, 3, ())
        assert os.path.exists(keys_dir() / "D01.heads")
        first_id = ledger_id(db)
    finally:
        db.close()
    # The same legacy events in a copy get the same uids, so merging both keeps each once.
    twin_db = open_ledger(twin)
    try:
        assert [r[0] for r in twin_db.execute("SELECT uid FROM events ORDER BY id")] == uids
        assert ledger_id(twin_db) != first_id
    finally:
        twin_db.close()


def test_verifys_fast_mac_is_hmac_sha256():
    from wizard.ledger.keys import mac_signer, order_mac

    for key in (bytes(range(32)), b"k" * 64, b"long" * 40):
        digest = hashlib.sha256(key).hexdigest()
        assert mac_signer(key)(digest) == order_mac(key, digest) == hmac.new(key, digest.encode(), "sha256").hexdigest()


def test_a_copy_is_checked_against_the_heads_read_before_it_was_taken(ledger, tmp_path):
    """A copy that keeps its ledger_id lags behind heads its desk files later: no false 'cut off'."""
    from wizard.ledger.keys import head_lines

    path, db, account_id, _ = ledger
    before = head_lines()
    target = sqlite3.connect(str(tmp_path / "copy.sqlite3"))
    db.conn.backup(target)  # SQLite's backup API: the same ledger_id, as of this moment
    target.close()
    record_purchase(db, purchase(db, account_id, desk="D01"))  # the desk goes on selling
    copy = open_ledger(tmp_path / "copy.sqlite3")
    try:
        assert verify(copy).first_broken == "D01-000005"  # heads read now are ahead of the copy
        assert verify(copy, recorded_heads=before).ok
    finally:
        copy.close()


def test_a_head_line_torn_by_a_crash_is_skipped_and_the_next_one_kept(ledger):
    from wizard.ledger.keys import append_head

    _, db, _, _ = ledger
    heads = keys_dir() / "D02.heads"
    with heads.open("a") as file:
        file.write(f"{ledger_id(db)} 2 ab12")  # the process died in mid-line
    append_head(ledger_id(db), "D02", 3, "c" * 64)
    assert read_heads(ledger_id(db))["D02"] == (3, "c" * 64)
    assert heads.read_text().endswith(f"ab12\n{ledger_id(db)} 3 {'c' * 64}\n")
