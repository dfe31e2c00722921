"""verify() as it runs in practice: beside a desk that keeps selling, and on a damaged file."""
from __future__ import annotations

import multiprocessing
import time

import pytest
from ledger_support import bulk_orders, purchase, purchase_loop_worker, seeded
from sqlite_utils.db import sqlite3

from wizard.ledger import LedgerError, open_ledger, record_purchase, verify
from wizard.ledger.cli import main

VERIFIES = 40
HISTORY = 1000
INTERLEAVED = 15  # distinct order counts seen: commits that fell between verifies


def test_verify_beside_a_writing_desk_never_cries_wolf(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    # Some history, as at a desk in use: reading it takes long enough for commits to land in between.
    bulk_orders(db, account_id, "B01", HISTORY)
    context = multiprocessing.get_context("spawn")
    stop, progress = context.Event(), context.Queue()
    writer = context.Process(target=purchase_loop_worker, args=(str(path), "D01", stop, progress))
    writer.start()
    results, written = [], []
    try:
        written.append(progress.get(timeout=60))  # the desk is selling
        assert written[0][0] == "ok", written
        # Until the desk has committed between verifies often enough to make it a real race.
        deadline = time.monotonic() + 30
        while (len(results) < VERIFIES or len({r.checked for r in results}) < INTERLEAVED) \
                and time.monotonic() < deadline:
            results.append(verify(db))
    finally:
        stop.set()
        while (item := progress.get(timeout=60))[0] == "ok":
            written.append(item)
        writer.join(30)
        db.close()
    assert item[0] == "done", item
    assert [r.reason for r in results if not r.ok] == []
    # A real race: the desk committed orders between the verifies, not only before them.
    checked = [r.checked for r in results]
    assert len(set(checked)) >= INTERLEAVED, checked
    assert checked[-1] < HISTORY + len(written)


def _flip_in_index(path, index: str) -> None:
    """Change one byte of one key inside an index page, leaving the table as it was.

    SQLite's quick_check (run at open) reads every page but does not compare an
    index with its table; only integrity_check does.
    """
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [index]).fetchone()[0]
        some_id = conn.execute("SELECT max(id) FROM orders").fetchone()[0].encode()
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    page = slice((root - 1) * page_size, root * page_size)
    at = data[page].index(some_id) + (root - 1) * page_size + len(some_id) - 1
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_named_by_sqlites_integrity_check(tmp_path, capsys):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    for _ in range(3):
        record_purchase(db, purchase(db, account_id))
    db.close()
    _flip_in_index(path, "sqlite_autoindex_orders_1")  # the UNIQUE index on orders.id

    with pytest.raises(LedgerError, match="damaged"):
        open_ledger(path)  # refused at open since the open runs integrity_check too
    # verify's own check, for a connection opened before the damage happened:
    from sqlite_utils import Database

    db = Database(sqlite3.connect(str(path)))
    try:
        result = verify(db)
    finally:
        db.close()
    assert (result.ok, result.damaged, result.first_broken) == (False, True, None)
    assert "sqlite_autoindex_orders_1" in result.reason
    assert main(["verify", "--ledger", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "damaged" in err and "Traceback" not in err
