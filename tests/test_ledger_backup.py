"""`ledger backup`: a consistent copy while another desk keeps writing, a ledger of its own."""
from __future__ import annotations

import multiprocessing
import time

import pytest
from ledger_support import purchase, purchase_loop_worker, seeded, table_dump
from sqlite_utils.db import sqlite3

from wizard.ledger import LedgerError, open_ledger, record_purchase, verify
from wizard.ledger.backup import backup_ledger
from wizard.ledger.cli import main as ledger_main


def chains(path) -> dict[str, list[tuple[int, str]]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found: dict[str, list[tuple[int, str]]] = {}
        for desk, seq, hash_ in conn.execute("SELECT desk, seq, hash FROM orders ORDER BY desk, seq"):
            found.setdefault(desk, []).append((seq, hash_))
        return found
    finally:
        conn.close()


def ledger_id(db) -> str:
    return db.execute("SELECT value FROM ledger_meta WHERE key = 'ledger_id'").fetchone()[0]


def test_a_backup_while_another_desk_writes_is_a_verified_prefix_of_every_chain(tmp_path):
    source = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(source)
    for desk in ("D01", "D02", "D01"):
        record_purchase(db, purchase(db, account_id, desk=desk))
    context = multiprocessing.get_context("spawn")
    stop, progress = context.Event(), context.Queue()
    writer = context.Process(target=purchase_loop_worker, args=(str(source), "D02", stop, progress))
    writer.start()
    try:
        assert progress.get(timeout=60)[0] == "ok"  # the other desk is writing
        watcher = sqlite3.connect(source)
        remaining_after_step = []

        def after_each_step(status, remaining, total):
            # Hold the backup after each of its first steps until the other desk has committed again.
            remaining_after_step.append(remaining)
            if len(remaining_after_step) <= 3:
                seen = watcher.execute("SELECT count(*) FROM orders").fetchone()[0]
                deadline = time.monotonic() + 30
                while watcher.execute("SELECT count(*) FROM orders").fetchone()[0] == seen:
                    assert time.monotonic() < deadline, "the other desk wrote nothing during the backup"
                    time.sleep(0.01)

        copied = backup_ledger(db, tmp_path / "copy.sqlite3", pages=1, progress=after_each_step)
        more = [progress.get(timeout=60) for _ in range(3)]  # and it goes on writing after the backup
    finally:
        stop.set()
        writer.join(60)
    assert writer.exitcode == 0 and all(kind == "ok" for kind, _ in more), more
    db.close()

    copy = open_ledger(tmp_path / "copy.sqlite3")
    try:
        result = verify(copy)
        assert result.ok, result
        assert ledger_id(copy) != ledger_id(open_ledger(source))  # its own ledger: the source's heads do not apply
    finally:
        copy.close()
    # Those commits did not make the copy start over (it would never end beside busy desks).
    assert remaining_after_step == sorted(remaining_after_step, reverse=True) and len(remaining_after_step) > 3
    backed_up, now = chains(tmp_path / "copy.sqlite3"), chains(source)
    assert sum(map(len, backed_up.values())) == copied >= 3
    for desk, orders in backed_up.items():
        assert [seq for seq, _ in orders] == list(range(1, len(orders) + 1))  # gap-free
        assert orders == now[desk][: len(orders)]  # a prefix of the desk's chain
    assert sum(map(len, now.values())) > copied


def test_a_backup_is_a_full_copy_in_one_file(tmp_path):
    source = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(source)
    record_purchase(db, purchase(db, account_id, desk="D01"))
    dest = tmp_path / "backup.sqlite3"

    assert backup_ledger(db, dest) == 1
    db.close()

    assert table_dump(dest) == table_dump(source)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.sqlite3", "ledger.sqlite3"]  # no -wal, no leftovers


def test_an_existing_destination_is_never_overwritten(tmp_path):
    source = tmp_path / "ledger.sqlite3"
    db, _ = seeded(source)
    dest = tmp_path / "backup.sqlite3"
    dest.write_bytes(b"someone's file")

    with pytest.raises(LedgerError, match="already exists"):
        backup_ledger(db, dest)
    db.close()

    assert dest.read_bytes() == b"someone's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.sqlite3", "ledger.sqlite3"]


def test_the_cli_backs_up_and_refuses_with_one_sentence(tmp_path, capsys):
    source = tmp_path / "ledger.sqlite3"
    seeded(source)[0].close()
    dest = tmp_path / "backup.sqlite3"

    assert ledger_main(["backup", str(dest), "--ledger", str(source)]) == 0
    assert f"written to {dest}" in capsys.readouterr().out
    assert ledger_main(["verify", "--ledger", str(dest)]) == 0
    capsys.readouterr()

    assert ledger_main(["backup", str(dest), "--ledger", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {dest} already exists") and err.count("\n") == 1
