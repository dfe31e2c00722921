"""Several kiosks on one machine: concurrent writers wait, never fail, never skip a number."""
from __future__ import annotations

import multiprocessing

from ledger_support import purchase_worker, seeded

from wizard.ledger import verify

PER_PROCESS = 40


def test_two_processes_write_the_same_and_different_desks(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, _ = seeded(path)
    db.close()
    context = multiprocessing.get_context("spawn")  # no forked sqlite handles, same on every OS
    start, results = context.Event(), context.Queue()
    workers = [
        context.Process(target=purchase_worker, args=(str(path), desks, PER_PROCESS, start, results))
        for desks in (("D01", "D02"), ("D01", "D03"))
    ]
    for worker in workers:
        worker.start()
    start.set()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(30)
        assert worker.exitcode == 0
    assert [kind for kind, _ in outcomes] == ["ok", "ok"], outcomes

    numbers = sorted(n for _, got in outcomes for n in got)
    half = PER_PROCESS // 2
    expected = (
        [f"D01-{i:06d}" for i in range(1, 2 * half + 1)]
        + [f"D02-{i:06d}" for i in range(1, half + 1)]
        + [f"D03-{i:06d}" for i in range(1, half + 1)]
    )
    assert numbers == sorted(expected)  # no duplicates, no gaps

    db, _ = seeded(path)
    try:
        result = verify(db)
        assert result.ok and result.checked == 2 * PER_PROCESS, result
    finally:
        db.close()
