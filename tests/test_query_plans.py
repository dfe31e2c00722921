"""Every query the account window and the CLI make finds its rows through an index.

Each read is run on a small ledger with SQLite's trace on, and every statement it
made is asked for its EXPLAIN QUERY PLAN. Without ANALYZE (the program never runs
it) SQLite plans as for big tables, so the plan here is the plan on a million
orders. A "SCAN <table>" (each row of a table read, or each entry of one of its
indexes) is a failure unless the read is listed in FULL_READS with the reason it
wants every row anyway, or the statement stops early (a LIMIT on a scan that walks
an index in the order asked for: the first account).
bench/big_ledger.py measures what these plans cost on 1,000,000 orders.
"""
from __future__ import annotations

import io
import re

import pytest

from ledger_support import purchase, seeded
from wizard.ledger import (
    account_users,
    first_account,
    open_access_requests,
    order_history,
    payment_methods,
    record_access_request,
    record_purchase,
    subscriptions,
)
from wizard.ledger.export import export_orders
from wizard.ledger.funnel import read_funnel, record_step_shown
from wizard.ledger.report import order_table_lines, summary_lines
from wizard.ledger.seed import demo_id
from wizard.ledger.training import attempts, record_attempt

# Reads that want every row of a table, so a scan is what they should do.
FULL_READS = {
    # Every order, desk by desk in number order: the primary key's own order.
    "export": {"orders"},
    "orders (all)": {"orders"},
    # The per-desk and per-currency sums of every order, over the narrow orders_by_desk_currency
    # index (a covering scan, not of the table), and a count of each table (what count(*) is).
    "summary": {"orders", "accounts", "users", "payment_methods", "subscriptions", "order_licenses",
                "sales_leads", "events"},
    # The funnel report counts every funnel event (most of the events there are): a scan is its job.
    "funnel": {"events"},
    # Every attempt of every trainee, for the report.
    "training attempts (all)": {"training_attempts"},
}
# Tables so small that a scan is the best plan: a desk's settings, not what grows with sales.
SMALL = {"ledger_meta", "chain_keyed_from"}
# The queries' table aliases, and what is not a table: the rows of a JSON argument, the queries' own
# CTEs (recent: the history's newest 501 keys; desks: one row per desk) and subqueries.
ALIASES = {"o": "orders", "u": "users", "ol": "order_licenses", "l": "order_licenses", "ul": "user_licenses",
           "pm": "payment_methods"}
NOT_TABLES = {"json_each", "k", "desks", "recent", "r"}


@pytest.fixture
def ledger(ledger_path):
    db, account_id = seeded(ledger_path)
    for desk in ("D01", "D02"):
        record_purchase(db, purchase(db, account_id, desk=desk))
    record_access_request(db, account_id=account_id, user_id=demo_id("user:ayse.demir"), hub="sales",
                          desk="D01", mode="demo")
    record_step_shown(db, session_id="4f0c6d1e-2b7a-4c39-9a51-0d2e8b6f7a13", step="product", mode="demo", desk="D01")
    record_attempt(db, trainee="Lena", exercise="first-order", way="test", score=90,
                   started_at="2026-11-20T09:00:00Z", duration_ms=60_000, steps=[], hints=0, errors=0,
                   result=[], desk="T01", language="en")
    yield db, account_id
    db.close()


def statements(db, read) -> list[str]:
    """The statements `read()` makes (parameters filled in, as SQLite's trace gives them)."""
    made: list[str] = []
    db.conn.set_trace_callback(made.append)
    try:
        read()
    finally:
        db.conn.set_trace_callback(None)
    return [sql for sql in made if sql.lstrip().upper().startswith(("SELECT", "WITH"))]


def scans(db, sql: str) -> set[str]:
    """The tables `sql` reads from end to end: SCAN of the table or of one of its indexes.

    A scan that walks an index in the order asked for, in a statement with a LIMIT, stops early
    and does not count.
    """
    found = set()
    limited = re.search(r"\bLIMIT\b", sql, re.IGNORECASE) is not None
    for row in db.conn.execute("EXPLAIN QUERY PLAN " + sql):
        detail = row[-1]
        match = re.match(r"SCAN (\w+)", detail)
        if match is None:
            continue
        table = ALIASES.get(match[1], match[1])
        if table in NOT_TABLES or "VIRTUAL TABLE" in detail:
            continue
        if limited and " USING " in detail and "COVERING" not in detail:
            continue
        found.add(table)
    return found


def _reads(db, account_id):
    """Each read the account window and the CLI make, by name."""
    return {
        "first account": lambda: first_account(db),
        "account users": lambda: account_users(db, account_id),
        "payment methods": lambda: payment_methods(db, account_id),
        "subscriptions": lambda: subscriptions(db, account_id),
        "order history": lambda: order_history(db, account_id, limit=501),
        "access requests": lambda: open_access_requests(db, account_id),
        "summary": lambda: list(summary_lines(db, "ledger.sqlite3")),
        "orders --last": lambda: list(order_table_lines(db, last=50)),
        "orders (all)": lambda: list(order_table_lines(db)),
        "export": lambda: export_orders(db, io.StringIO(), "csv"),
        "funnel": lambda: read_funnel(db),
        "funnel of a desk": lambda: read_funnel(db, desk="D01"),
        "training attempts (all)": lambda: attempts(db),
        "training attempts of a trainee": lambda: attempts(db, trainee="Lena"),
    }


READS = ("first account", "account users", "payment methods", "subscriptions", "order history",
         "access requests", "summary", "orders --last", "orders (all)", "export", "funnel", "funnel of a desk",
         "training attempts (all)", "training attempts of a trainee")


@pytest.mark.parametrize("name", READS)
def test_each_read_finds_its_rows_through_an_index(ledger, name):
    db, account_id = ledger
    made = statements(db, _reads(db, account_id)[name])
    assert made, f"{name} made no query"
    allowed = FULL_READS.get(name, set()) | SMALL
    if name == "funnel of a desk":
        allowed |= FULL_READS["funnel"]  # the desk is one condition on each funnel event read
    for sql in made:
        scanned = scans(db, sql) - allowed
        assert not scanned, f"{name} reads every row of {sorted(scanned)}:\n{sql}"


def test_the_order_reads_use_the_orders_indexes(ledger):
    """The big ones by name: history by account, summary over the narrow index, --last by the primary key."""
    db, account_id = ledger
    plans = {}
    for name in ("order history", "summary", "orders --last", "access requests"):
        plans[name] = " | ".join(
            row[-1] for sql in statements(db, _reads(db, account_id)[name])
            for row in db.conn.execute("EXPLAIN QUERY PLAN " + sql)
        )
    assert "orders_by_account" in plans["order history"]
    assert "COVERING INDEX orders_by_desk_currency" in plans["summary"]
    assert "SCAN orders " not in plans["orders --last"] + " " and "PRIMARY KEY" in plans["orders --last"]
    assert "events_access_requests" in plans["access requests"]
    assert "events_access_granted" in plans["access requests"]


def test_a_purchase_looks_its_rows_up_by_key(ledger):
    """record_purchase's own reads (the desk's last order, the account's users) take no scan either."""
    db, account_id = ledger
    made = statements(db, lambda: record_purchase(db, purchase(db, account_id, desk="D01")))
    for sql in made:
        assert not scans(db, sql) - SMALL, sql


def test_orders_last_lists_the_newest_oldest_first(ledger):
    """`ledger orders --last N` (found per desk from the end of its primary key): the N newest over all desks."""
    db, account_id = ledger
    for desk in ("D02", "D01", "D02"):
        record_purchase(db, purchase(db, account_id, desk=desk))
    everything = [line.split()[0] for line in list(order_table_lines(db))[2:-1]]
    by_time = [row[0] for row in db.execute("SELECT number FROM orders ORDER BY created_at, desk, seq")]
    assert sorted(everything) == sorted(by_time) and len(by_time) == 5
    for n in (0, 1, 3, 5, 50):
        lines = list(order_table_lines(db, last=n))
        assert [line.split()[0] for line in lines[2:-1]] == by_time[len(by_time) - min(n, 5):]
        assert lines[-1] == f"{min(n, 5)} orders"
