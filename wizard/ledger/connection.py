"""Opening a ledger file: refuse bad files untouched, then configure and migrate.

Order matters here. Every check that can refuse a file runs *before* anything
that could write to it (journal mode, migrations), so a folder, a stranger's
file or a ledger from a newer program is left exactly as it was.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database
from sqlite_utils.db import sqlite3  # pysqlite3 when installed: a current SQLite

from wizard.ledger.errors import LedgerError

# 3.51.3 fixes the WAL-reset bug that can corrupt a database shared by processes.
MIN_SQLITE_VERSION = (3, 51, 3)
BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"


def open_ledger(path: str | os.PathLike) -> Database:
    """Open (or create) the ledger at `path`, ready for reads and purchases."""
    from wizard.ledger.schema import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migrations

    require_current_sqlite()
    path = Path(path)
    _refuse_unusable_file(path)
    if path.exists() and path.stat().st_size > 0:
        _refuse_foreign_or_newer(path, MIGRATION_SET, KNOWN_MIGRATIONS, SCHEMA_VERSION)
    read_only = path.exists() and not os.access(path, os.W_OK)
    try:
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            db = Database(conn)
        else:
            db = Database(path)
    except sqlite3.Error as error:
        raise LedgerError(f"The ledger {path} cannot be opened ({error}).") from error
    try:
        _configure(db, read_only)
        if migrations.pending(db):
            if read_only:
                raise LedgerError(f"The ledger {path} is read-only and needs an upgrade this program cannot write.")
            with write_transaction(db, path):
                # apply() re-reads what is pending inside the write lock, so two
                # programs opening a fresh file at once do not both create tables.
                migrations.apply(db)
    except BaseException:
        db.close()
        raise
    return db


def require_current_sqlite() -> None:
    if sqlite3.sqlite_version_info < MIN_SQLITE_VERSION:
        needed = ".".join(map(str, MIN_SQLITE_VERSION))
        raise LedgerError(
            f"SQLite {sqlite3.sqlite_version} is too old for the ledger: {needed} or newer is needed "
            "(older versions can corrupt a shared ledger); install the pysqlite3 package."
        )


def _refuse_unusable_file(path: Path) -> None:
    if path.is_dir():
        raise LedgerError(f"The ledger path {path} is a folder, not a ledger file.")
    if not path.exists():
        if not path.parent.is_dir():
            raise LedgerError(f"The folder for the ledger {path} does not exist.")
        return
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise LedgerError(f"The ledger file {path} cannot be read ({error.strerror}).") from error
    # An empty file is a valid, empty SQLite database (sqlite3 creates those).
    if header and header != SQLITE_HEADER:
        raise LedgerError(f"The file {path} is not a SQLite database, so it cannot be a ledger.")


def _refuse_foreign_or_newer(path: Path, migration_set: str, known: frozenset[str], version: int) -> None:
    """Look inside without writing anything, not even a -wal or -shm file.

    A read-only connection to a WAL file still creates (and leaves behind) the
    -wal and -shm files. With no -wal present the main file holds everything,
    so it can be read as immutable; with one present, the sidecars exist anyway.
    """
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
    except sqlite3.Error as error:
        raise LedgerError(f"The ledger file {path} cannot be opened ({error}).") from error
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied: set[str] = set()
        if "_sqlite_migrations" in tables:
            applied = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [migration_set]
                )
            }
    except sqlite3.Error as error:
        raise LedgerError(f"The file {path} is damaged or not a SQLite database ({error}).") from error
    finally:
        conn.close()
    if user_version > version or applied - known:
        raise LedgerError(
            f"The ledger {path} was written by a newer version of this program; update the program to open it."
        )
    user_tables = {name for name in tables if not name.startswith(("sqlite_", "_sqlite_migrations"))}
    if user_tables and not applied:
        raise LedgerError(f"The file {path} is a SQLite database of another program, not a ledger.")


def _configure(db: Database, read_only: bool) -> None:
    # busy_timeout first: every later statement may meet another desk's lock.
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        with translate_errors(None):
            db.enable_wal()
    # FULL: a purchase the visitor saw confirmed survives a power cut.
    db.execute("PRAGMA synchronous = FULL")


@contextlib.contextmanager
def write_transaction(db: Database, path: Path | None = None) -> Iterator[Database]:
    """One all-or-nothing write that takes the write lock before it reads.

    sqlite-utils' atomic() starts a deferred BEGIN: a transaction that reads
    first and writes later cannot wait for another writer (SQLite returns
    SQLITE_BUSY at once to avoid a deadlock). BEGIN IMMEDIATE takes the lock up
    front, so a second kiosk waits on busy_timeout instead of failing.
    """
    with translate_errors(path or db):
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.rollback()
            raise
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            db.rollback()
            raise


@contextlib.contextmanager
def translate_errors(path_or_db: Path | Database | None) -> Iterator[None]:
    """Turn SQLite's storage errors into one sentence for the person at the desk."""
    try:
        yield
    except sqlite3.OperationalError as error:
        # The file name is looked up only now: a purchase should not pay for it.
        path = _db_path(path_or_db) if isinstance(path_or_db, Database) else path_or_db
        where = f" {path}" if path else ""
        message = str(error).lower()
        if "readonly" in message or "read-only" in message:
            raise LedgerError(f"The ledger{where} is read-only, so nothing was written.") from error
        if "disk is full" in message or "disk full" in message:
            raise LedgerError(f"The disk holding the ledger{where} is full, so nothing was written.") from error
        if "locked" in message or "busy" in message:
            seconds = BUSY_TIMEOUT_MS // 1000
            raise LedgerError(
                f"The ledger{where} stayed busy in another program for over {seconds} seconds, so nothing was written."
            ) from error
        if "disk i/o" in message:
            raise LedgerError(f"The ledger{where} could not be written because of a disk error.") from error
        raise


def _db_path(db: Database) -> Path | None:
    row = db.conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None
