"""`ledger backup`: an online, consistent copy of a ledger that becomes a ledger of its own.

The copy goes through SQLite's backup API while desks keep writing. A backup
that steps through the pages restarts whenever another process commits in
between, and with busy desks it might never finish; so the source connection
holds one read transaction for the whole copy. In WAL mode that snapshot
blocks no writer, and every step copies the same committed state.
"""
from __future__ import annotations

import os
import secrets
import uuid
from pathlib import Path

from wizard.ledger.driver import sqlite3

from wizard.core.paths import fsync_path
from wizard.ledger.errors import LedgerError

PAGES_PER_STEP = 256
SIDECARS = ("-wal", "-shm", "-journal")


def backup_ledger(db_or_path, dest: str | os.PathLike, *, pages: int = PAGES_PER_STEP, progress=None) -> int:
    """Copy the ledger to `dest`, which must not exist yet; returns the number of orders copied.

    The copy is written beside `dest` and appears under its name only once it
    is complete. It gets a new ledger_id: from now on it is a ledger of its
    own, so the original's head files do not make verify on it report
    newest orders as cut off. `progress(status, remaining, total)` is passed
    on to SQLite's backup steps.
    """
    from wizard.ledger.connection import open_ledger, translate_errors

    dest = Path(dest)
    _refuse_destination(dest)
    own = not hasattr(db_or_path, "conn")
    if own and not Path(db_or_path).exists():
        raise LedgerError(f"There is no ledger at {db_or_path} to back up.")
    db = open_ledger(db_or_path) if own else db_or_path
    partial = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.partial")
    try:
        with translate_errors(dest):
            snapshot_copy(db.conn, partial, pages=pages, progress=progress)
            orders = _make_own_ledger(partial)
        _publish(partial, dest)
    except OSError as error:
        raise LedgerError(f"The backup {dest} cannot be written ({error.strerror}), so there is none.") from error
    finally:
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in SIDECARS)):
            leftover.unlink(missing_ok=True)
        if own:
            db.close()
    return orders


def snapshot_copy(conn, dest: Path, *, pages: int = PAGES_PER_STEP, progress=None) -> None:
    """Copy the database behind `conn` into the new file `dest`, as of one moment."""
    target = sqlite3.connect(str(dest))
    try:
        own_snapshot = not conn.in_transaction
        if own_snapshot:
            conn.execute("BEGIN")
            # A deferred BEGIN takes its snapshot at the first read.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        try:
            conn.backup(target, pages=pages, progress=progress)
        finally:
            if own_snapshot:
                conn.execute("ROLLBACK")
    finally:
        target.close()


def _refuse_destination(dest: Path) -> None:
    if dest.exists() or dest.is_symlink():
        raise LedgerError(f"{dest} already exists, and a backup never overwrites a file: choose a new name.")
    stale = [dest.with_name(dest.name + s) for s in SIDECARS if dest.with_name(dest.name + s).exists()]
    if stale:
        # SQLite would take a leftover -wal or journal for part of the new file.
        raise LedgerError(f"{stale[0]} is left over from another database: remove it or choose a new name.")
    if not dest.parent.is_dir():
        raise LedgerError(f"The folder for the backup {dest} does not exist.")


def _make_own_ledger(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        # A rollback journal, not WAL: the backup is one self-contained file that
        # can be read from read-only media (WAL needs a -shm beside it).
        # open_ledger switches it back to WAL when a desk writes to it.
        conn.execute("PRAGMA journal_mode = DELETE")
        with conn:
            conn.execute(
                "INSERT INTO ledger_meta (key, value) VALUES ('ledger_id', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [str(uuid.uuid4())],
            )
        orders = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    finally:
        conn.close()
    fsync_path(path)
    return orders


def _publish(partial: Path, dest: Path) -> None:
    """Give the finished copy its name, never replacing a file that appeared meanwhile."""
    try:
        os.link(partial, dest)  # fails if dest exists: rename() would silently replace it
    except FileExistsError as error:
        raise LedgerError(f"{dest} appeared while the backup was written; it was left as it was.") from error
    except OSError:
        # A file system without hard links: a rename, after one more look.
        if dest.exists():
            raise LedgerError(f"{dest} appeared while the backup was written; it was left as it was.") from None
        os.rename(partial, dest)
    if os.name == "posix":
        fsync_path(dest.parent)

