"""Faults around the ledger file: replaced or deleted while open, missing at a later start,
damaged, made read-only, locked by another desk. Nothing confirmed that is not in the file
at the path; every refusal one sentence; faults that go away heal without a restart."""
from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import sys
from contextlib import contextmanager

import pytest
from ledger_support import purchase, seeded
from sqlite_utils.db import sqlite3

from wizard.ledger import LedgerError, LedgerProblem, open_ledger, record_purchase, start_new_ledger
from wizard.ledger.connection import BUSY_TIMEOUT_MS, WAIT_POLL_MS
from wizard.core.paths import ROOT


def _order_count(path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    finally:
        conn.close()


def _files(path):
    return [path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm")]


@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    record_purchase(db, purchase(db, account_id))
    yield path, db, account_id
    db.close()


# -- defect 1: a confirmed purchase must be in the file at the path -----------------


@pytest.mark.parametrize("sidecars_too", [False, True], ids=["main file", "with -wal and -shm"])
def test_a_deleted_ledger_refuses_the_next_purchase(ledger, sidecars_too):
    path, db, account_id = ledger
    for file in _files(path) if sidecars_too else _files(path)[:1]:
        file.unlink()
    with pytest.raises(LedgerError) as refused:
        record_purchase(db, purchase(db, account_id))
    assert refused.value.problem is LedgerProblem.REPLACED
    assert "moved, replaced or deleted" in str(refused.value)
    assert not path.exists()  # and nothing pretends to be the ledger now


def test_a_deleted_wal_alone_refuses_the_next_purchase(ledger):
    path, db, account_id = ledger
    path.with_name(path.name + "-wal").unlink()
    with pytest.raises(LedgerError) as refused:
        record_purchase(db, purchase(db, account_id))
    assert refused.value.problem is LedgerProblem.REPLACED


def test_a_replaced_ledger_refuses_the_purchase_and_the_reopen(ledger, tmp_path):
    path, db, account_id = ledger
    copy = tmp_path / "copy.sqlite3"
    backup = sqlite3.connect(str(copy))
    db.conn.backup(backup)
    backup.close()
    os.replace(copy, path)  # the same content, another file: what a restore from a copy does
    with pytest.raises(LedgerError) as refused:
        record_purchase(db, purchase(db, account_id))
    assert refused.value.problem is LedgerProblem.REPLACED
    assert _order_count(path) == 1
    # A reopen that expected the first ledger meets another file with the same id? Same id:
    # the copy is the same ledger, so the reopen is allowed and the purchase lands in the file.
    again = open_ledger(path, expect_id=db.ledger_id)
    try:
        record_purchase(again, purchase(again, account_id))
    finally:
        again.close()
    assert _order_count(path) == 2


def test_a_reopen_refuses_another_ledger_at_the_path(ledger, tmp_path):
    path, db, _ = ledger
    stranger, _ = seeded(tmp_path / "other.sqlite3")
    stranger.close()
    for file in _files(path):
        file.unlink(missing_ok=True)
    shutil.copy(tmp_path / "other.sqlite3", path)
    with pytest.raises(LedgerError) as refused:
        open_ledger(path, expect_id=db.ledger_id)
    assert refused.value.problem is LedgerProblem.REPLACED


def test_a_missing_ledger_at_a_later_start_is_said_not_replaced(ledger):
    path, db, account_id = ledger
    db.close()
    for file in _files(path):
        file.unlink(missing_ok=True)
    with pytest.raises(LedgerError) as refused:
        open_ledger(path)
    assert refused.value.problem is LedgerProblem.MISSING
    assert "missing" in str(refused.value)
    assert not path.exists()  # no new, empty ledger silently put in its place
    fresh = start_new_ledger(path)  # only on purpose
    try:
        assert fresh.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
    finally:
        fresh.close()
    open_ledger(path).close()  # and from now on that one is the known ledger


# -- defect 5: a damaged ledger is refused untouched ---------------------------------


def _damage(path, seed: int, pages: list[int], page_size: int) -> None:
    """Random bytes over whole `pages` (1-based) of the file, the header page left alone.

    Whole pages the ledger uses: random bytes somewhere in the file may land in a
    page's free space or on a free page, which no check can (or need) notice.
    """
    rng = random.Random(seed)
    with open(path, "r+b") as file:
        for page in pages:
            assert page > 1
            file.seek((page - 1) * page_size)
            file.write(rng.randbytes(page_size))


def test_a_damaged_ledger_is_refused_and_left_untouched(ledger):
    path, db, account_id = ledger
    for _ in range(30):
        record_purchase(db, purchase(db, account_id))
    # The root pages of the orders and their licenses: what a purchase and verify read first.
    roots = [row[0] for row in db.execute(
        "SELECT rootpage FROM sqlite_master WHERE name IN ('orders', 'order_licenses') ORDER BY name")]
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()  # checkpoints: the main file holds everything, no -wal left
    _damage(path, seed=7, pages=roots, page_size=page_size)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(LedgerError) as refused:
        open_ledger(path)
    assert refused.value.problem is LedgerProblem.DAMAGED
    assert "damaged" in str(refused.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not path.with_name(path.name + "-wal").exists()  # not even a -wal was written

    fresh = start_new_ledger(path)
    fresh.close()
    kept = [p for p in path.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and hashlib.sha256(kept[0].read_bytes()).hexdigest() == before


# -- defect 6: a fault that goes away heals --------------------------------------------


@contextmanager
def immutable(path):
    subprocess.run(["chattr", "+i", str(path)], check=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def _chattr_works(tmp_path) -> bool:
    probe = tmp_path / "probe"
    probe.touch()
    try:
        return subprocess.run(["chattr", "+i", str(probe)], capture_output=True).returncode == 0
    finally:
        subprocess.run(["chattr", "-i", str(probe)], capture_output=True)


def test_an_immutable_ledger_is_read_only_and_a_fresh_open_heals(ledger, tmp_path):
    if not _chattr_works(tmp_path):
        pytest.skip("this file system has no immutable flag")
    path, db, account_id = ledger
    db.close()
    with immutable(path):
        db = open_ledger(path)
        assert db.ledger_read_only  # said at the start, not at the first purchase
        with pytest.raises(LedgerError) as refused:
            record_purchase(db, purchase(db, account_id))
        assert refused.value.problem is LedgerProblem.READ_ONLY
        db.close()
    db = open_ledger(path)
    try:
        assert not db.ledger_read_only
        record_purchase(db, purchase(db, account_id))
    finally:
        db.close()
    assert _order_count(path) == 2


def test_a_folder_without_room_for_the_wal_is_one_sentence(ledger, tmp_path):
    if not _chattr_works(tmp_path):
        pytest.skip("this file system has no immutable flag")
    path, db, _ = ledger
    db.close()  # removes -wal and -shm: they must be created again by the next open
    with immutable(path.parent):
        with pytest.raises(LedgerError) as refused:
            open_ledger(path)
    assert refused.value.problem in (LedgerProblem.READ_ONLY, LedgerProblem.DISK_ERROR)
    assert str(refused.value).count(".") >= 1 and "Traceback" not in str(refused.value)


# -- defect 7: waiting for another desk can be cancelled --------------------------------


def _lock(path):
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_waiting_for_the_lock_calls_back_and_can_be_cancelled(ledger):
    path, db, account_id = ledger
    other = _lock(path)
    calls = []

    def cancelled() -> bool:
        # Each try waits this long for the lock (short, so the window lives between tries): read, not timed.
        calls.append(db.execute("PRAGMA busy_timeout").fetchone()[0])
        return len(calls) >= 5

    try:
        with pytest.raises(LedgerError) as refused:
            record_purchase(db, purchase(db, account_id), cancelled=cancelled)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert refused.value.problem is LedgerProblem.CANCELLED
    assert calls == [WAIT_POLL_MS] * 5  # called between short tries
    assert _order_count(path) == 1


def test_a_second_write_while_the_first_waits_is_refused_and_the_first_keeps_polling(ledger):
    """A window's callback (the funnel's step write) may run while a purchase on the same connection waits
    for another desk: that second write is refused at once, and the purchase still polls and can be cancelled
    (a second wait used to reset the connection's busy_timeout and freeze the window for 10 s)."""
    from wizard.ledger.connection import write_transaction

    path, db, account_id = ledger
    other = _lock(path)
    calls, nested = [], []

    def cancelled() -> bool:
        calls.append(db.execute("PRAGMA busy_timeout").fetchone()[0])
        if len(calls) == 2:
            with pytest.raises(LedgerError) as second:
                with write_transaction(db, cancelled=lambda: False):
                    pass
            nested.append(second.value.problem)
        return len(calls) >= 5

    try:
        with pytest.raises(LedgerError) as refused:
            record_purchase(db, purchase(db, account_id), cancelled=cancelled)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert nested == [LedgerProblem.BUSY]
    assert refused.value.problem is LedgerProblem.CANCELLED
    assert calls == [WAIT_POLL_MS] * 5  # still short tries after the refused one
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS and not db.waiting_for_lock


def test_waiting_for_the_lock_succeeds_once_it_is_released(ledger):
    path, db, account_id = ledger
    other = _lock(path)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        if len(calls) == 3:
            other.execute("COMMIT")
        return False

    try:
        receipt = record_purchase(db, purchase(db, account_id), cancelled=cancelled)
    finally:
        other.close()
    assert receipt.number == "D01-000002" and len(calls) == 3
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000  # restored for other writes


def _page_of(db, table: str) -> int:
    return db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]


def test_a_row_missing_from_an_index_is_refused_at_open(ledger):
    """quick_check passes such a file; the soak test found one that took a purchase."""
    path, db, account_id = ledger
    order_id = db.execute("SELECT id FROM orders").fetchone()[0]
    root, page_size = _page_of(db, "orders"), db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    data = bytearray(path.read_bytes())
    at = data.index(order_id.encode(), (root - 1) * page_size, root * page_size)
    last = at + len(order_id) - 1  # the id's last hex digit, in the table row only: its index entry stays
    data[last] = ord("0") if data[last] != ord("0") else ord("1")
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(LedgerError) as refused:
        open_ledger(path)
    assert refused.value.problem is LedgerProblem.DAMAGED
    assert path.read_bytes() == before


def test_a_damaged_ledger_is_refused_in_one_line(ledger):
    path, db, _ = ledger
    root, page_size = _page_of(db, "orders"), db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size] = 0xFF  # the page's type byte: no longer a b-tree page
    path.write_bytes(bytes(data))
    with pytest.raises(LedgerError) as refused:
        open_ledger(path)
    assert "\n" not in str(refused.value) and "***" not in str(refused.value)
    for command in ("verify", "summary"):
        done = subprocess.run([sys.executable, "main.py", "ledger", command, "--ledger", str(path)],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
