"""Reads on a ledger of 1,000,000 orders: `ledger summary`, `ledger orders --last 50`, the account
window's order history. Goal: each under 1 s.

The ledger (bench/datagen.py big_ledger: 1,000 accounts, half the orders the demo
account's, a million licenses and events, about 1.1 GB) is built once and cached
in the temporary folder. Each figure is the time from the open ledger to the
last line (or, for the history, BillingSection.refresh(): the query and the
table filled with the newest 500 orders). Opening the file is a row of its own:
SQLite's integrity_check runs at every open (README, "What the ledger promises")
and reads every page; the whole `ledger summary` command, a process that opens
the file and prints, is the last row.
Run: .venv/bin/python bench/big_ledger.py [runs]
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.datagen import big_ledger, data_folder  # noqa: E402
from bench.table import Row, print_table, quick, spread  # noqa: E402

GOAL_MS = 1000.0
ORDERS = 1_000_000


def rows(runs: int) -> list[Row]:
    n = 20_000 if quick() else ORDERS
    runs = min(runs, 2) if quick() else runs
    path = big_ledger(n)
    with data_folder(path.parent / "data"):
        return _measure(path, n, runs)


def _timed(action, runs: int) -> tuple[float, float, float]:
    action()  # the first run reads the pages from the disk into the OS cache; a desk's ledger is warm too
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return spread(t * 1000 for t in times)


def _measure(path: Path, n: int, runs: int) -> list[Row]:
    import wizard.ui  # noqa: F401  (first, as in the program: its guard for PySide6)
    from PySide6.QtWidgets import QApplication

    from wizard.core.catalog_loading import load_catalog
    from wizard.core.modes import STANDARD
    from wizard.ledger import open_ledger
    from wizard.core.account import Account
    from wizard.ledger.report import order_table_lines, summary_lines
    from wizard.ledger.seed import demo_id
    from wizard.ui.session import Session
    from wizard.ui.shell.billing_section import BillingSection

    from bench.interaction import dispose

    app = QApplication.instance() or QApplication([])
    out = []
    opened, olow, ohigh = _timed(lambda: open_ledger(path).close(), min(runs, 3))
    out.append(Row(f"open a ledger of {n:,} orders", opened, "ms", "-", low=olow, high=ohigh,
                   note="integrity_check of every page, promised at every open"))
    db = open_ledger(path)
    try:
        for figure, action in (
            ("ledger summary", lambda: list(summary_lines(db, path))),
            ("ledger orders --last 50", lambda: list(order_table_lines(db, last=50))),
        ):
            value, low, high = _timed(action, runs)
            out.append(Row(f"{figure}, {n:,} orders", value, "ms", "< 1 s", low=low, high=high,
                           met=value < GOAL_MS, note="the open ledger"))
    finally:
        db.close()
    session = Session(ledger_path=path, catalog=load_catalog(), mode=STANDARD)
    try:
        # The account with half the orders (not the first account: the other accounts are older).
        session.account = Account.from_row(next(session.db.query("SELECT * FROM accounts WHERE id = ?",
                                                                  [demo_id("account")])))
        session.reload()
        section = BillingSection(session)
        value, low, high = _timed(lambda: (section.refresh(), app.processEvents()), runs)
        orders = section.orders.rowCount()
        out.append(Row(f"account window's order history, {n:,} orders", value, "ms", "< 1 s",
                       low=low, high=high, met=value < GOAL_MS, note=f"{n // 2:,} of them the account's, "
                                                                     f"newest {orders} listed"))
        dispose(app, section)
    finally:
        session.close()
    command = [sys.executable, "-m", "wizard.ledger", "summary", "--ledger", str(path)]
    value, low, high = _timed(lambda: subprocess.run(command, check=True, capture_output=True, cwd=ROOT),
                              1 if quick() else min(runs, 2))
    out.append(Row(f"ledger summary command, {n:,} orders", value, "ms", "< 1 s", low=low, high=high,
                   met=value < GOAL_MS, note="a new process: start, open with integrity_check, summary"))
    return out


if __name__ == "__main__":
    print_table(rows(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
