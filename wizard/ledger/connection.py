"""Opening a ledger file: refuse bad files untouched, then configure and migrate.

Order matters here. Every check that can refuse a file runs *before* anything
that could write to it (journal mode, migrations), so a folder, a stranger's
file or a ledger from a newer program is left exactly as it was.
"""
from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Iterator

from wizard.ledger.database import Ledger
from wizard.ledger.driver import sqlite3  # pysqlite3 when installed: a current SQLite
from wizard.ledger.errors import LedgerError, LedgerProblem, one_line
from wizard.ledger.keys import ledger_id
from wizard.ledger.identity import FileWatch, forget, refuse_if_missing, remember, set_aside

# 3.51.3 fixes the WAL-reset bug that can corrupt a database shared by processes.
MIN_SQLITE_VERSION = (3, 51, 3)
BUSY_TIMEOUT_MS = 10_000
# While someone waits at the window, the write lock is tried this often, so the
# window stays alive and "Cancel" is heard between tries.
WAIT_POLL_MS = 50
SQLITE_HEADER = b"SQLite format 3\x00"


def open_ledger(path: str | os.PathLike, *, expect_id: str | None = None) -> Ledger:
    """Open (or create) the ledger at `path`, ready for reads and purchases.

    `expect_id`: the ledger_id this caller had open before (a reopen after a
    fault); a different ledger at the path is refused, not silently used.
    The returned Ledger carries `ledger_path`, `ledger_id`, `ledger_read_only`
    and `ledger_watch` (the file identity every write checks).
    """
    from wizard.ledger.schema import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migrations

    require_current_sqlite()
    path = Path(path)
    _refuse_unusable_file(path)
    refuse_if_missing(path)
    applied: set[str] = set()
    if path.exists() and path.stat().st_size > 0:
        applied = _refuse_foreign_or_newer(path, MIGRATION_SET, KNOWN_MIGRATIONS, SCHEMA_VERSION)
    read_only = path.exists() and not os.access(path, os.W_OK)
    try:
        # check_same_thread=False: a later worker thread may write while the
        # window waits; the program never uses one connection from two threads at once.
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
    except sqlite3.Error as error:
        raise LedgerError(f"The ledger {path} cannot be opened ({error}).", _problem_of(error)) from error
    db = Ledger(conn, path, read_only=read_only)
    try:
        with translate_errors(path):
            _configure(db, read_only)
            db.ledger_watch = FileWatch.of(path)
            # What the untouched look above found applied (migrations are only ever added), so a
            # current file needs no sqlite-utils at all; one that needs a migration gets it.
            if KNOWN_MIGRATIONS - applied:
                if read_only:
                    raise LedgerError(
                        f"The ledger {path} is read-only and needs an upgrade this program cannot write.",
                        LedgerProblem.READ_ONLY,
                    )
                with write_transaction(db, path):
                    # apply() re-reads what is pending inside the write lock, so two
                    # programs opening a fresh file at once do not both create tables.
                    migrations().apply(db.utils)
            found_id = ledger_id(db)  # migrated: ledger_meta exists
        if expect_id is not None and found_id != expect_id:
            raise LedgerError(
                f"The ledger {path} is not the one the program opened before (it was replaced), so nothing was written.",
                LedgerProblem.REPLACED,
            )
    except BaseException:
        db.close()
        raise
    db.ledger_id = found_id
    remember(path, found_id)
    return db


def start_new_ledger(path: str | os.PathLike) -> Ledger:
    """A new, empty ledger at `path`, chosen by a person after a refusal.

    A damaged ledger there is renamed aside with its -wal and -shm (never
    overwritten or deleted); a missing one is no longer expected.
    """
    path = Path(path)
    set_aside(path)
    forget(path)
    return open_ledger(path)


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
        raise LedgerError(
            f"The file {path} is not a SQLite database, so it cannot be a ledger.", LedgerProblem.NOT_A_LEDGER
        )


def connect_untouched(path: Path) -> sqlite3.Connection:
    """A connection that reads `path` without writing anything, not even a -wal or -shm file.

    A read-only connection to a WAL file still creates (and leaves behind) the
    -wal and -shm files. With no -wal present the main file holds everything,
    so it can be read as immutable; with one present, the sidecars exist anyway.
    Raises sqlite3.Error when the file cannot be opened.
    """
    flags = "mode=ro" if path.with_name(path.name + "-wal").exists() else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _refuse_foreign_or_newer(path: Path, migration_set: str, known: frozenset[str], version: int) -> set[str]:
    """Look inside without writing anything (connect_untouched); returns the names of the migrations applied."""
    try:
        conn = connect_untouched(path)
    except sqlite3.Error as error:
        raise LedgerError(f"The ledger file {path} cannot be opened ({error}).") from error
    try:
        # SQLite's own check of every page, before anything writes to the file:
        # a damaged ledger must never take a purchase. integrity_check, not
        # quick_check: only it sees a row missing from an index (the soak test
        # found quick_check passing such a file), at ~0.3 s per 100,000 orders.
        damage = damage_report(conn)
        if damage is not None:
            raise LedgerError(
                f"The ledger {path} is damaged ({damage}), so it was left untouched and nothing was written.",
                LedgerProblem.DAMAGED,
            )
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
    except (sqlite3.Error, UnicodeDecodeError) as error:
        # UnicodeDecodeError: a damaged schema page can make SQLite's own message undecodable.
        raise LedgerError(
            f"The ledger {path} is damaged or not a SQLite database ({one_line(str(error))}), "
            "so it was left untouched.",
            LedgerProblem.DAMAGED,
        ) from error
    finally:
        conn.close()
    if user_version > version or applied - known:
        raise LedgerError(
            f"The ledger {path} was written by a newer version of this program; update the program to open it.",
            LedgerProblem.NEWER,
        )
    user_tables = {name for name in tables if not name.startswith(("sqlite_", "_sqlite_migrations"))}
    if user_tables and not applied:
        raise LedgerError(
            f"The file {path} is a SQLite database of another program, not a ledger.", LedgerProblem.NOT_A_LEDGER
        )
    return applied


def damage_report(conn) -> str | None:
    """SQLite's integrity_check: None when the file is sound, else its first complaint on one line.

    A damaged page can put raw, non-UTF-8 bytes into the report (a broken key
    quoted as it is): read it as bytes so the refusal never becomes a traceback.
    """
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        report = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
    finally:
        conn.text_factory = factory
    report = report.decode("utf-8", "replace") if isinstance(report, bytes) else str(report)
    return None if report == "ok" else one_line(report)


def _configure(db: Ledger, read_only: bool) -> None:
    # busy_timeout first: every later statement may meet another desk's lock.
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    # As sqlite-utils has it on every connection it makes: other tools writing the file see the same triggers.
    db.execute("PRAGMA recursive_triggers = ON")
    if not read_only and db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = wal")  # its errors are told by open_ledger's translate_errors
    # FULL: a purchase the visitor saw confirmed survives a power cut.
    db.execute("PRAGMA synchronous = FULL")


@contextlib.contextmanager
def write_transaction(db: Ledger, path: Path | None = None, *, cancelled=None) -> Iterator[Ledger]:
    """One all-or-nothing write that takes the write lock before it reads.

    sqlite-utils' atomic() starts a deferred BEGIN: a transaction that reads
    first and writes later cannot wait for another writer (SQLite returns
    SQLITE_BUSY at once to avoid a deadlock). BEGIN IMMEDIATE takes the lock up
    front, so a second kiosk waits instead of failing.

    `cancelled`: called between tries while another desk holds the lock; the
    UI keeps its window alive there and returns True when the person gave up.
    The file's identity is checked once the lock is held and again after the
    COMMIT: a write that went to a replaced or deleted file is never confirmed.
    """
    watch = getattr(db, "ledger_watch", None)  # None for connections not made by open_ledger
    with translate_errors(path or db):
        _begin_immediate(db, cancelled)
        try:
            if watch is not None:
                watch.check()
            yield db
        except BaseException:
            db.rollback()
            raise
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            db.rollback()
            raise
        if watch is not None:
            watch.check(committed=True)


def _begin_immediate(db: Ledger, cancelled) -> None:
    if cancelled is None:
        db.conn.execute("BEGIN IMMEDIATE")  # waits up to busy_timeout
        return
    if getattr(db, "waiting_for_lock", False):
        # Another write on this connection waits for the lock, and `cancelled` let the event loop run this one:
        # a second wait here would end with the first one's busy_timeout reset and its window frozen.
        raise LedgerError("Another write of this program is waiting for the ledger, so nothing was written.",
                          LedgerProblem.BUSY)
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    db.conn.execute(f"PRAGMA busy_timeout = {WAIT_POLL_MS}")
    db.waiting_for_lock = True
    try:
        while True:
            try:
                db.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if _problem_of(error) is not LedgerProblem.BUSY or time.monotonic() > deadline:
                    raise
            if cancelled():
                raise LedgerError("Waiting for another desk was cancelled, so nothing was written.",
                                  LedgerProblem.CANCELLED)
    finally:
        db.waiting_for_lock = False
        db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _problem_of(error: sqlite3.Error) -> LedgerProblem | None:
    """The storage problem behind one of SQLite's errors, or None when it is not one."""
    if isinstance(error, sqlite3.IntegrityError):
        return None  # a constraint or an append-only trigger: the caller's business
    message = str(error).lower()
    for words, problem in _STORAGE_PROBLEMS:
        if any(word in message for word in words):
            return problem
    return None


_STORAGE_PROBLEMS = (
    (("readonly", "read-only"), LedgerProblem.READ_ONLY),
    (("disk is full", "disk full"), LedgerProblem.DISK_FULL),
    (("locked", "busy"), LedgerProblem.BUSY),
    (("malformed", "not a database", "corrupt"), LedgerProblem.DAMAGED),
    (("disk i/o", "unable to open"), LedgerProblem.DISK_ERROR),
)


@contextlib.contextmanager
def translate_errors(path_or_db: Path | Ledger | None) -> Iterator[None]:
    """Turn SQLite's storage errors into one sentence for the person at the desk."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        problem = _problem_of(error)
        if problem is None:
            raise
        # The file name is looked up only now: a purchase should not pay for it.
        path = _db_path(path_or_db) if hasattr(path_or_db, "conn") else path_or_db
        where = f" {path}" if path else ""
        seconds = BUSY_TIMEOUT_MS // 1000
        sentences = {
            LedgerProblem.READ_ONLY: f"The ledger{where} is read-only, so nothing was written.",
            LedgerProblem.DISK_FULL: f"The disk holding the ledger{where} is full, so nothing was written.",
            LedgerProblem.BUSY: f"The ledger{where} stayed busy in another program for over {seconds} seconds, "
                                "so nothing was written.",
            LedgerProblem.DAMAGED: f"The ledger{where} is damaged ({error}), so nothing was written.",
            # "unable to open" mostly means a folder where SQLite cannot create the -wal and -shm it needs.
            LedgerProblem.DISK_ERROR: f"The ledger{where}, or the -wal and -shm files SQLite keeps beside it, "
                                      f"cannot be opened or written ({error}).",
        }
        raise LedgerError(sentences[problem], problem) from error


def _db_path(db) -> Path | None:
    path = getattr(db, "ledger_path", None)
    if path is not None:
        return path
    row = db.conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None
