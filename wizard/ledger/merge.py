"""`ledger merge`: bring other desks' ledgers into one, keyed by UUIDs, all or nothing.

Each source is copied as of one moment (SQLite's backup API, read-only) into a
scratch folder beside the target, upgraded there if it is older, and must pass
verify. The sources are first merged into a scratch ledger, then that into the
target in one write transaction, which verify checks before the COMMIT.

The rules that make the result independent of order and repetition are in
`merge_rows.py`.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from wizard.ledger.driver import sqlite3

from wizard.ledger.chain import order_number
from wizard.ledger.errors import LedgerError
from wizard.ledger.merge_rows import REFUSED, Merger

TABLES = ("accounts", "users", "payment_methods", "orders", "order_licenses", "sales_leads", "events",
          "chain_keyed_from", "subscriptions", "user_licenses", "training_attempts")


@dataclass
class MergeReport:
    target: Path
    sources: int
    added: dict[str, int] = field(default_factory=dict)      # rows the target did not have, per table
    updated: dict[str, int] = field(default_factory=dict)    # rows replaced by the winning version
    removed: dict[str, int] = field(default_factory=dict)    # seats the winning subscription no longer holds
    new_orders: dict[str, tuple[int, int]] = field(default_factory=dict)  # desk -> (first, last) seq added
    notes: list[str] = field(default_factory=list)

    @property
    def nothing_new(self) -> bool:
        return not any((*self.added.values(), *self.updated.values(), *self.removed.values()))

    def lines(self) -> list[str]:
        given = f"{self.sources} ledger{'s' if self.sources != 1 else ''}"
        if self.nothing_new:
            return [f"Nothing new: {self.target} already holds everything in the {given} given."]
        lines = [f"Merged {given} into {self.target}:"]
        for desk, (first, last) in sorted(self.new_orders.items()):
            lines.append(f"  desk {desk}: orders {order_number(desk, first)} to {order_number(desk, last)} added")
        for table in TABLES:
            counts = [(self.added, "added"), (self.updated, "updated"), (self.removed, "removed")]
            parts = [f"{number} {word}" for counted, word in counts if (number := counted.get(table))]
            if parts:
                lines.append(f"  {table}: {', '.join(parts)}")
        return lines + self.notes


def merge_ledgers(target_path: str | os.PathLike, source_paths) -> MergeReport:
    """Merge every source ledger into the target (created when missing); all of it or nothing."""
    from wizard.ledger.connection import require_current_sqlite

    require_current_sqlite()
    target = Path(target_path)
    sources = [Path(p) for p in source_paths]
    _refuse_arguments(target, sources)
    try:
        scratch = tempfile.TemporaryDirectory(prefix=".ledger-merge-", dir=target.parent)
    except OSError as error:
        raise LedgerError(f"No scratch folder can be made beside {target} ({error.strerror}), {REFUSED}.") from error
    with scratch as folder:
        try:
            staging, origins = _stage(sources, Path(folder))
            return _merge_into_target(target, staging, origins, len(sources))
        except sqlite3.Error as error:  # what nothing below turned into a sentence
            raise LedgerError(f"The merge into {target} failed ({error}), {REFUSED}.") from error


def _refuse_arguments(target: Path, sources: list[Path]) -> None:
    if not sources:
        raise LedgerError(f"No source ledger was given, {REFUSED}.")
    if not target.parent.is_dir():
        raise LedgerError(f"The folder for the ledger {target} does not exist, {REFUSED}.")
    for source in sources:
        if not source.is_file():
            raise LedgerError(f"There is no ledger at {source}, {REFUSED}.")
        if target.exists() and os.path.samefile(source, target):
            raise LedgerError(f"{source} is the target itself, {REFUSED}.")


def _stage(sources: list[Path], folder: Path) -> tuple[Path, dict[str, tuple[int, str]]]:
    """Merge every source into a scratch ledger: conflicts between sources are found before the target is touched.

    Returns the scratch ledger and, per desk, (its last seq, the source whose chain it is).
    """
    from wizard.ledger.connection import write_transaction

    staging_path = folder / "staging.sqlite3"
    staging = _open_scratch(staging_path)
    origins: dict[str, tuple[int, str]] = {}
    try:
        for index, source in enumerate(sources):
            copy = folder / f"source-{index}.sqlite3"
            _verified_copy(source, copy)
            merger = Merger(
                staging, MergeReport(staging_path, 1),
                theirs=lambda desk, label=str(source): label,
                ours=lambda desk: origins[desk][1] if desk in origins else "an earlier source",
            )
            with _attached(staging, copy), write_transaction(staging, staging_path):
                merger.run()
            for desk, last in merger.source_heads.items():
                if last > origins.get(desk, (0, ""))[0]:
                    origins[desk] = (last, str(source))
    finally:
        staging.close()
    return staging_path, origins


def _merge_into_target(target: Path, staging: Path, origins: dict, count: int) -> MergeReport:
    from wizard.ledger.connection import open_ledger, write_transaction
    from wizard.ledger.integrity import verify

    report = MergeReport(target, count)
    db = open_ledger(target)
    try:
        merger = Merger(
            db, report,
            theirs=lambda desk: origins[desk][1] if desk in origins else "one of the sources",
            ours=lambda desk: str(target),
        )
        with _attached(db, staging), write_transaction(db, target):
            merger.run()
            if not report.nothing_new:
                # Inside the transaction: a merge that would break the target is never committed.
                result = verify(db)
                if not result.ok:
                    raise LedgerError(f"After the merge {target} would not verify ({result.reason.rstrip('.')}), "
                                      f"{REFUSED}.")
        _record_heads(db, report)
    finally:
        db.close()
    return report


def _record_heads(db, report: MergeReport) -> None:
    """File the target's new desk heads, as a purchase does: a cut-off tail of merged orders is then caught."""
    from wizard.ledger.keys import append_head, ledger_id

    for desk in sorted(report.new_orders):
        seq, hash_ = db.execute("SELECT seq, hash FROM orders WHERE desk = ? ORDER BY seq DESC LIMIT 1",
                                [desk]).fetchone()
        try:
            append_head(ledger_id(db), desk, seq, hash_)
        except OSError as error:
            report.notes.append(f"  note: the head file of desk {desk} could not be written ({error.strerror}).")


def _verified_copy(source: Path, copy: Path) -> None:
    from wizard.ledger.backup import snapshot_copy
    from wizard.ledger.connection import (_refuse_foreign_or_newer, _refuse_unusable_file, connect_untouched,
                                          translate_errors)
    from wizard.ledger.integrity import verify
    from wizard.ledger.keys import head_lines
    from wizard.ledger.schema import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION

    _refuse_unusable_file(source)
    _refuse_foreign_or_newer(source, MIGRATION_SET, KNOWN_MIGRATIONS, SCHEMA_VERSION)
    try:
        conn = connect_untouched(source)  # a source is read, never changed
    except sqlite3.Error as error:
        raise LedgerError(f"The ledger {source} cannot be opened ({error}), {REFUSED}.") from error
    try:
        # Heads are read before the copy is taken: a desk selling meanwhile adds
        # heads the copy cannot hold, which must not read as a cut-off tail.
        heads = head_lines()
        with translate_errors(source):
            snapshot_copy(conn, copy)
    finally:
        conn.close()
    db = _open_scratch(copy)  # an older source is upgraded here, in the copy, never in place
    try:
        result = verify(db, recorded_heads=heads)
    finally:
        db.close()
    if not result.ok:
        where = f" at order {result.first_broken}" if result.first_broken else ""
        raise LedgerError(f"The ledger {source} fails verify{where} ({result.reason.rstrip('.')}), {REFUSED}.")


def _open_scratch(path: Path):
    """A private working file: migrated, but not remembered as one of this data folder's ledgers."""
    from wizard.ledger.connection import write_transaction
    from wizard.ledger.database import Ledger
    from wizard.ledger.schema import migrations

    db = Ledger(sqlite3.connect(str(path)), path)
    db.execute("PRAGMA foreign_keys = ON")
    if migrations().pending(db.utils):
        with write_transaction(db, path):
            migrations().apply(db.utils)
    return db


@contextlib.contextmanager
def _attached(db, path: Path) -> Iterator[None]:
    """The database at `path` as `src` for the block (ATTACH is refused inside a transaction: open none yet)."""
    db.conn.execute("ATTACH DATABASE ? AS src", [str(path)])
    try:
        yield
    finally:
        db.conn.execute("DETACH DATABASE src")
