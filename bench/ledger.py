"""Ledger benchmark: write speed, verify and export over 100,000 orders.

    .venv/bin/python bench/ledger.py [runs] [--dir FOLDER]

Rows:
  - purchases/s through record_purchase (5 licensed users each) against plain
    single-row INSERT commits/s with the same PRAGMAs on the same disk, the two
    alternating round by round; the note gives the WAL frames each writes per
    commit and where a purchase's time goes (SQL and commit, head file, the rest);
  - verify() over 100,000 chained, keyed orders;
  - a CSV export of them.
Files go to a temporary folder (on the disk of --dir, default the system's temp
folder); the 100,000 orders are cached there between runs (bench/datagen.py).
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.datagen import CACHE, chained_orders, data_folder, demo_purchase  # noqa: E402
from bench.table import Row, print_table, quick, spread  # noqa: E402
from wizard.ledger import open_ledger, record_purchase, seed_demo, verify  # noqa: E402
from wizard.ledger.connection import BUSY_TIMEOUT_MS  # noqa: E402
from wizard.ledger.export import export_orders  # noqa: E402

GOAL_RATIO, GOAL_VERIFY_S, GOAL_EXPORT_S = 0.5, 2.0, 3.0
ROUND_SECONDS = 0.3  # each side writes this long per round, the sides alternating
ORDERS = 100_000


def rows(runs: int, folder: str | None = None) -> list[Row]:
    orders = 2_000 if quick() else ORDERS
    rounds = 2 if quick() else max(runs, 10)
    with tempfile.TemporaryDirectory(dir=folder, prefix="ledger-bench-") as scratch:
        scratch = Path(scratch)
        # The fingerprint key, desk keys and head files stay inside the temporary folder too.
        with data_folder(scratch / "data"):
            out = [write_row(scratch, rounds)]
            out += read_rows(orders, runs=min(runs, 2) if quick() else min(runs, 5))
    return out


# -- purchases per second ------------------------------------------------------------------------

def write_row(folder: Path, rounds: int) -> Row:
    from sqlite_utils import Database

    ledger = open_ledger(folder / "purchases.sqlite3")
    plain = Database(folder / "inserts.sqlite3")
    try:
        ready = demo_purchase(ledger, seed_demo(ledger))
        # The same settings open_ledger() gives the ledger.
        plain.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        plain.execute("PRAGMA foreign_keys = ON")
        plain.enable_wal()
        plain.execute("PRAGMA synchronous = FULL")
        plain.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, value TEXT NOT NULL)")

        def purchase():
            record_purchase(ledger, ready)

        def insert():
            # db.execute() commits each INSERT on its own: one transaction per row.
            plain.execute("INSERT INTO rows (value) VALUES ('a row')")

        for action in (purchase, insert):  # warm both: first pages, the desk key, the head file
            for _ in range(20):
                action()
        ratios, purchase_rates, insert_rates = [], [], []
        for i in range(rounds):
            # Alternating, and which side goes first alternating too: a disk's fsync speed drifts
            # over seconds (other writers, cache flushes), and one side first would bias the ratio.
            first, second = (purchase, insert) if i % 2 == 0 else (insert, purchase)
            a, b = _rate(first), _rate(second)
            p, q = (a, b) if first is purchase else (b, a)
            purchase_rates.append(p)
            insert_rates.append(q)
            ratios.append(p / q)
        frames = wal_frames(ledger, purchase), wal_frames(plain, insert)
        split = time_split(ledger, ready)
    finally:
        ledger.close()
        plain.close()
    ratio, low, high = spread(ratios)
    value = statistics.median(purchase_rates)
    note = (f"5 licensed users; WAL frames per commit {frames[0]:.1f} vs {frames[1]:.1f}; per purchase "
            + ", ".join(f"{name} {ms:.2f} ms" for name, ms in split.items()))
    return Row("purchases/s, record_purchase vs plain INSERT commits", value, "/s", f"ratio >= {GOAL_RATIO}",
               statistics.median(insert_rates), ratio, low, high, ratio >= GOAL_RATIO, note)


def _rate(action) -> float:
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < ROUND_SECONDS * (0.2 if quick() else 1):
        action()
        count += 1
    return count / elapsed


def wal_frames(db, action, n: int = 50) -> float:
    """WAL frames (pages written) per commit of `action`, with the checkpoint held off meanwhile."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        for _ in range(n):
            action()
        frames = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]
    finally:
        db.execute("PRAGMA wal_autocheckpoint = 1000")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return frames / n


def time_split(db, purchase, n: int = 200) -> dict[str, float]:
    """Where a purchase's time goes (ms each): the transaction (SQL and COMMIT with its WAL fsync),
    the head file (append and fsync after the commit), and the rest (checks, key, hashes, Python)."""
    import wizard.ledger.purchases as purchases

    spent = {"transaction": 0.0, "head file": 0.0}
    original_append, original_write = purchases.append_head, purchases.write_purchase
    begin = [0.0]

    def timed_write(*args, **kwargs):
        begin[0] = time.perf_counter()
        return original_write(*args, **kwargs)

    def timed_append(*args, **kwargs):
        started = time.perf_counter()
        spent["transaction"] += started - begin[0]  # from the first statement to after the COMMIT
        try:
            return original_append(*args, **kwargs)
        finally:
            spent["head file"] += time.perf_counter() - started

    purchases.append_head, purchases.write_purchase = timed_append, timed_write
    try:
        started = time.perf_counter()
        for _ in range(n):
            record_purchase(db, purchase)
        total = time.perf_counter() - started
    finally:
        purchases.append_head, purchases.write_purchase = original_append, original_write
    split = {name: seconds / n * 1000 for name, seconds in spent.items()}
    split["the rest"] = total / n * 1000 - sum(split.values())
    return split


# -- verify and export ---------------------------------------------------------------------------

def chained_ledger(n: int) -> tuple[Path, Path]:
    """The cached ledger of n chained orders and the data folder with its desk keys."""
    from wizard.ledger.schema import SCHEMA_VERSION

    folder = CACHE / f"schema{SCHEMA_VERSION}-chained{n}"
    path, data = folder / "ledger.sqlite3", folder / "data"
    if not (folder / "complete").exists():
        shutil.rmtree(folder, ignore_errors=True)  # a build cut short
        folder.mkdir(parents=True)
        with data_folder(data):
            chained_orders(path, n)
        (folder / "complete").write_text("ok\n")
    return path, data


def read_rows(n: int, runs: int) -> list[Row]:
    path, data = chained_ledger(n)
    os.environ["UPGRADE_WIZARD_DATA_DIR"] = str(data)
    db = open_ledger(path)
    verify_s, export_s, intact = [], [], True
    try:
        with tempfile.TemporaryDirectory(prefix="ledger-export-") as scratch:
            for _ in range(runs):
                start = time.perf_counter()
                result = verify(db)
                verify_s.append(time.perf_counter() - start)
                intact = intact and result.ok
                start = time.perf_counter()
                with open(Path(scratch) / "orders.csv", "w", encoding="utf-8", newline="") as out:
                    export_orders(db, out, "csv")
                export_s.append(time.perf_counter() - start)
    finally:
        db.close()
    v, vlow, vhigh = spread(verify_s)
    e, elow, ehigh = spread(export_s)
    return [
        Row(f"verify over {n:,} orders", v, "s", f"< {GOAL_VERIFY_S:g} s", low=vlow, high=vhigh,
            met=v < GOAL_VERIFY_S and intact, note="intact" if intact else "NOT INTACT"),
        Row(f"CSV export of {n:,} orders", e, "s", f"< {GOAL_EXPORT_S:g} s", low=elow, high=ehigh,
            met=e < GOAL_EXPORT_S),
    ]


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--dir")]
    where = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--dir=")), None)
    print_table(rows(int(args[0]) if args else 9, where))
