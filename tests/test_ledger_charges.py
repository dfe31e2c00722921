"""Migration 0005 and chain version 2: an order's charges (net, credit, VAT, total, refund) in the ledger,
covered by its hash; orders written before keep chain version 1 and still verify."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from ledger_support import bulk_orders, purchase, seeded
from sqlite_utils import Database
from sqlite_utils.db import sqlite3

from wizard.ledger import InvalidPurchase, open_ledger, record_purchase, seed_demo, verify
from wizard.ledger.chain import CHAIN_VERSION
from wizard.ledger.schema import SCHEMA_VERSION, migrations

# A German upgrade: 3 x 100.00 net, 10.00 credit, 19 % VAT on the 290.00 subtotal.
CHARGED = dict(net_minor=30000, credit_minor=1000, vat_rate_bp=1900, vat_minor=5510, total_minor=34510,
               amount_due_minor=34510)


def raw(path):
    """A plain connection without the append-only triggers, as a tamperer would use."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    return conn


def order_row(db, number: str) -> dict:
    return next(iter(db.query("SELECT * FROM orders WHERE number = ?", [number])))


@pytest.fixture
def older_ledger(tmp_path):
    """A ledger at schema version 4 (before the charges) holding three keyed orders of desk D01."""
    path = tmp_path / "ledger.sqlite3"
    db = Database(path)
    migrations().apply(db, stop_before="0005_charges")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 4
    bulk_orders(db, seed_demo(db), "D01", 3)
    db.close()
    return path


def test_an_older_ledger_migrates_and_its_orders_verify_as_chain_version_1(older_ledger):
    db = open_ledger(older_ledger)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 5
        rows = list(db.query("SELECT chain_version, net_minor, credit_minor, vat_rate_bp, vat_minor, total_minor,"
                             " refund_minor, refund_currency FROM orders"))
        assert rows == [{"chain_version": 1, **dict.fromkeys(("net_minor", "credit_minor", "vat_rate_bp", "vat_minor",
                                                              "total_minor", "refund_minor", "refund_currency"))}] * 3
        result = verify(db)
        assert (result.ok, result.checked) == (True, 3), result.reason

        receipt = record_purchase(db, purchase(db, first_account_id(db), seats=3, **CHARGED))
        assert receipt.number == "D01-000004"  # the chain goes on across the versions
        row = order_row(db, receipt.number)
        assert row["chain_version"] == CHAIN_VERSION == 2
        result = verify(db)
        assert (result.ok, result.checked) == (True, 4), result.reason
    finally:
        db.close()


def first_account_id(db) -> str:
    return db.execute("SELECT id FROM accounts LIMIT 1").fetchone()[0]


def test_a_purchase_records_its_charges_and_the_event_says_them(ledger_path):
    db, account_id = seeded(ledger_path)
    try:
        receipt = record_purchase(db, purchase(db, account_id, seats=3, refund_minor=0, **CHARGED))
        row = order_row(db, receipt.number)
        assert {k: row[k] for k in (*CHARGED, "refund_minor", "refund_currency", "chain_version")} == {
            **CHARGED, "refund_minor": 0, "refund_currency": "", "chain_version": 2}
        detail = json.loads(db.execute("SELECT detail FROM events WHERE kind = 'purchase'").fetchone()[0])
        assert detail == {"number": receipt.number, "hub": "sales", "tier": "professional", "seats": 3,
                          "amount_due_minor": 34510, "currency": "EUR", "total_minor": 34510,
                          "credit_minor": 1000, "vat_rate_bp": 1900, "vat_minor": 5510}
        assert verify(db).ok
    finally:
        db.close()


def test_a_purchase_without_charges_records_net_and_total_as_the_amount_due(ledger_path):
    db, account_id = seeded(ledger_path)
    try:
        receipt = record_purchase(db, purchase(db, account_id, seats=2))
        row = order_row(db, receipt.number)
        assert (row["net_minor"], row["credit_minor"], row["vat_rate_bp"], row["vat_minor"], row["total_minor"]) \
            == (20000, 0, None, None, 20000)
        assert verify(db).ok
    finally:
        db.close()


def test_a_refund_in_another_currency_is_recorded(ledger_path):
    db, account_id = seeded(ledger_path)
    try:
        receipt = record_purchase(db, purchase(
            db, account_id, seats=2, currency="USD", net_minor=20000, credit_minor=0, vat_rate_bp=0, vat_minor=0,
            total_minor=20000, amount_due_minor=20000, refund_minor=1333, refund_currency="EUR"))
        row = order_row(db, receipt.number)
        assert (row["refund_minor"], row["refund_currency"]) == (1333, "EUR")
        detail = json.loads(db.execute("SELECT detail FROM events WHERE kind = 'purchase'").fetchone()[0])
        assert (detail["refund_minor"], detail["refund_currency"]) == (1333, "EUR")
        assert verify(db).ok
    finally:
        db.close()


@pytest.mark.parametrize("changes, says", [
    (dict(amount_due_minor=34000), "must equal total_minor"),
    (dict(vat_minor=5000), "must equal total_minor (34510)"),
    (dict(credit_minor=40000), "must not exceed net_minor"),
    (dict(vat_rate_bp=None), "both vat_rate_bp and vat_minor"),
    (dict(vat_rate_bp=10001), "at most 10000"),
    (dict(net_minor=-1), "net_minor must be a whole number"),
    (dict(refund_minor=500), "refund_currency '' must be a 3-letter code"),
    (dict(refund_minor=500, refund_currency="eur"), "must be a 3-letter code"),
    (dict(refund_currency="USD"), "nothing is refunded"),
])
def test_charges_that_do_not_add_up_are_refused_before_anything_is_written(ledger_path, changes, says):
    db, account_id = seeded(ledger_path)
    try:
        with pytest.raises(InvalidPurchase, match=None) as caught:
            record_purchase(db, replace(purchase(db, account_id, seats=3, **CHARGED), **changes))
        assert says in str(caught.value)
        assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
    finally:
        db.close()


@pytest.mark.parametrize("column, value", [
    ("net_minor", 29000), ("credit_minor", 0), ("vat_rate_bp", 0), ("vat_minor", 0), ("total_minor", 1),
    ("refund_minor", 5), ("refund_currency", "USD"), ("chain_version", 1), ("chain_version", 3),
])
def test_a_charge_changed_after_the_order_was_written_is_caught(older_ledger, column, value):
    db = open_ledger(older_ledger)
    try:
        receipt = record_purchase(db, purchase(db, first_account_id(db), seats=3, **CHARGED))
        record_purchase(db, purchase(db, first_account_id(db), seats=3, **CHARGED))
    finally:
        db.close()
    conn = raw(older_ledger)
    try:
        conn.execute(f"UPDATE orders SET {column} = ? WHERE number = ?", [value, receipt.number])
    finally:
        conn.close()
    db = open_ledger(older_ledger)
    try:
        result = verify(db)
    finally:
        db.close()
    assert (result.ok, result.first_broken) == (False, receipt.number)
    assert "changed after it was written" in result.reason


@pytest.mark.parametrize("column, value", [("chain_version", 2), ("net_minor", 1), ("total_minor", 1)])
def test_an_older_order_given_a_newer_version_or_charges_is_caught(older_ledger, column, value):
    """Columns chain version 1 does not cover may be filled, but not to pass the order off as version 2."""
    db = open_ledger(older_ledger)
    db.close()
    conn = raw(older_ledger)
    try:
        conn.execute(f"UPDATE orders SET {column} = ? WHERE number = 'D01-000002'", [value])
    finally:
        conn.close()
    db = open_ledger(older_ledger)
    try:
        result = verify(db)
    finally:
        db.close()
    if column == "chain_version":
        assert (result.ok, result.first_broken) == (False, "D01-000002")
        assert "changed after it was written" in result.reason
    else:
        # Version 1 never covered these columns: its hash cannot see them; what reads an order must
        # not trust them in a version 1 order (the receipt and the history read them only from version 2).
        assert result.ok


def test_export_and_order_history_carry_the_charges(older_ledger):
    """CSV and JSON gain the charge columns; the history reads them (None for an order written before)."""
    import csv
    import io

    from wizard.ledger import order_history
    from wizard.ledger.export import EXPORT_COLUMNS, export_orders

    db = open_ledger(older_ledger)
    try:
        number = record_purchase(db, purchase(db, first_account_id(db), seats=3, **CHARGED)).number
        out = io.StringIO()
        export_orders(db, out, "json")
        exported = {row["number"]: row for row in json.loads(out.getvalue())}
        out = io.StringIO()
        export_orders(db, out, "csv")
        rows = list(csv.DictReader(io.StringIO(out.getvalue())))
        history = {o.number: o for o in order_history(db, first_account_id(db))}
    finally:
        db.close()
    charge_columns = ("net_minor", "credit_minor", "vat_rate_bp", "vat_minor", "total_minor", "refund_minor",
                      "refund_currency", "chain_version")
    assert set(charge_columns) <= set(EXPORT_COLUMNS)
    assert {k: exported[number][k] for k in charge_columns} == {
        **{k: v for k, v in CHARGED.items() if k != "amount_due_minor"}, "refund_minor": 0, "refund_currency": "",
        "chain_version": 2}
    assert exported["D01-000001"]["net_minor"] is None and exported["D01-000001"]["chain_version"] == 1
    new_csv = next(row for row in rows if row["number"] == number)
    assert (new_csv["net_minor"], new_csv["vat_minor"], new_csv["total_minor"]) == ("30000", "5510", "34510")
    summary = history[number]
    assert (summary.net_minor, summary.credit_minor, summary.vat_rate_bp, summary.vat_minor, summary.total_minor,
            summary.refund_minor) == (30000, 1000, 1900, 5510, 34510, 0)
    assert history["D01-000001"].net_minor is None and history["D01-000001"].total_minor is None


def test_an_older_ledger_merges_into_a_newer_one_and_both_chain_versions_verify(older_ledger, tmp_path):
    from wizard.ledger.merge import merge_ledgers

    target = tmp_path / "target.sqlite3"
    db, account_id = seeded(target)
    try:
        record_purchase(db, purchase(db, account_id, desk="D02", seats=3, **CHARGED))
    finally:
        db.close()
    merge_ledgers(target, [older_ledger])
    db = open_ledger(target)
    try:
        versions = dict(db.execute("SELECT number, chain_version FROM orders").fetchall())
        result = verify(db)
    finally:
        db.close()
    assert versions == {"D01-000001": 1, "D01-000002": 1, "D01-000003": 1, "D02-000001": 2}
    assert (result.ok, result.checked) == (True, 4), result.reason
