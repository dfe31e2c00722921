"""What the soak parts share: paths, the child-process command, and the independent ledger checks.

The checks read the file through a plain SQLite connection of their own (no
wizard code), so a bug in the ledger cannot hide itself from them.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

SOAK = Path(__file__).resolve().parent
ROOT = SOAK.parent.parent
TESTS = ROOT / "tests"
for _folder in (str(ROOT), str(TESTS)):
    if _folder not in sys.path:
        sys.path.insert(0, _folder)

from sqlite_utils.db import sqlite3  # noqa: E402  (pysqlite3, as in the program)

WORKER = SOAK / "soak_worker.py"
TRACEBACK = "Traceback (most recent call last)"


def use_data_dir(folder: Path) -> dict[str, str]:
    """Point this process and every child started with the returned env at `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["UPGRADE_WIZARD_DATA_DIR"] = str(folder)
    return child_env(folder)


def child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ, UPGRADE_WIZARD_DATA_DIR=str(folder), PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    return env


def worker(*args: str, env: dict[str, str], **popen) -> subprocess.Popen:
    """Start tests/soak/soak_worker.py with `args` in a child process."""
    return subprocess.Popen([sys.executable, str(WORKER), *map(str, args)], env=env, cwd=ROOT, **popen)


def cli(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    """`python main.py ...` as a person would run it."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


@dataclass
class LedgerState:
    """What an independent connection finds in a ledger file."""

    integrity: str
    orders: int = 0
    numbers: set[str] = field(default_factory=set)
    max_seq: dict[str, int] = field(default_factory=dict)
    partial: list[str] = field(default_factory=list)   # pieces of purchases without the rest
    gaps: list[str] = field(default_factory=list)      # desks whose numbers are not 1..n


_PARTIAL = {
    "order whose seats differ from its licenses":
        "SELECT number FROM orders AS o WHERE seats != (SELECT count(*) FROM order_licenses WHERE order_id = o.id)",
    "order without its purchase event":
        "SELECT number FROM orders AS o WHERE NOT EXISTS"
        " (SELECT 1 FROM events WHERE kind = 'purchase' AND order_id = o.id)",
    "license without order":
        "SELECT order_id FROM order_licenses WHERE order_id NOT IN (SELECT id FROM orders)",
    "purchase event without order":
        "SELECT id FROM events WHERE kind = 'purchase'"
        " AND (order_id IS NULL OR order_id NOT IN (SELECT id FROM orders))",
}


def inspect(path: Path) -> LedgerState:
    """integrity_check, whole purchases and gap-free numbers, through a connection of our own.

    A read-write connection: after a SIGKILL it is the one that replays the -wal.
    """
    conn = sqlite3.connect(str(path))
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # a damaged page may quote raw bytes
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        state = LedgerState(integrity=integrity)
        if integrity != "ok":
            return state
        rows = conn.execute("SELECT desk, seq, number FROM orders ORDER BY desk, seq").fetchall()
        state.orders = len(rows)
        state.numbers = {number for _, _, number in rows}
        by_desk: dict[str, list[int]] = {}
        for desk, seq, _ in rows:
            by_desk.setdefault(desk, []).append(seq)
        for desk, seqs in by_desk.items():
            state.max_seq[desk] = seqs[-1]
            if seqs != list(range(1, len(seqs) + 1)):
                state.gaps.append(f"desk {desk}: {len(seqs)} orders, numbers up to {seqs[-1]}")
        for what, sql in _PARTIAL.items():
            state.partial += [f"{what}: {row[0]}" for row in conn.execute(sql)]
        return state
    finally:
        conn.close()


def verify_file(path: Path):
    """wizard.ledger.verify on `path`, opened as the program opens it (keys from this data folder)."""
    from wizard.ledger import open_ledger, verify

    db = open_ledger(path)
    try:
        return verify(db)
    finally:
        db.close()


def seed_ledger(path: Path) -> None:
    from wizard.ledger import open_ledger, seed_demo

    db = open_ledger(path)
    try:
        seed_demo(db)
    finally:
        db.close()
