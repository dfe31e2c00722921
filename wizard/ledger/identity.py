"""Which file a ledger connection writes to, and which ledgers this data folder has used.

A purchase is confirmed only when it is in the file at the ledger's path. An
open SQLite connection keeps writing to its file after that file was deleted
or replaced (the path then names another inode, or nothing), and the next
start would silently create a new, empty ledger. So each connection remembers
the device and inode of its file and of its -wal, every write compares them
with what the path holds now, and the data folder keeps a note of each ledger
it has opened, so a missing one is said aloud instead of replaced.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from wizard.ledger.errors import LedgerError, LedgerProblem

SIDECARS = ("-wal", "-shm")
KNOWN_FOLDER = "known-ledgers"


def _inode(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    return status.st_dev, status.st_ino


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@dataclass
class FileWatch:
    """The file (and -wal) a connection was opened on, checked before and after each write."""

    path: Path
    main: tuple[int, int] | None
    wal: tuple[int, int] | None

    @classmethod
    def of(cls, path: Path) -> FileWatch:
        return cls(path, _inode(path), _inode(sidecar(path, "-wal")))

    def check(self, *, committed: bool = False) -> None:
        """Raise REPLACED when the path no longer holds the file this connection writes to.

        While a connection is open SQLite never removes its -wal, so a -wal that
        vanished or changed was removed by someone else, taking committed
        purchases that were not yet copied into the main file with it.
        """
        wal_now = _inode(sidecar(self.path, "-wal"))
        if self.wal is None:
            self.wal = wal_now  # created after the open: the first write makes it
        if _inode(self.path) == self.main and wal_now == self.wal:
            return
        if committed:
            raise LedgerError(
                f"The ledger {self.path} was moved, replaced or deleted while this purchase was written, "
                "so it is not in the file at that path and was not confirmed.",
                LedgerProblem.REPLACED,
            )
        raise LedgerError(
            f"The ledger {self.path} was moved, replaced or deleted after the program opened it, "
            "so nothing was written.",
            LedgerProblem.REPLACED,
        )


# -- the ledgers this data folder has used ---------------------------------

def _note_path(path: Path) -> Path:
    from wizard.core.paths import data_dir

    key = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return data_dir() / KNOWN_FOLDER / f"{key}.json"


def remember(path: Path, ledger_id: str | None) -> None:
    """Note that a ledger lives at `path` (one small file per ledger: no shared file to race on)."""
    note = _note_path(path)
    record = {"path": str(path.resolve()), "ledger_id": ledger_id}
    try:
        if note.exists() and json.loads(note.read_text("utf-8")) == record:
            return
        note.parent.mkdir(mode=0o700, exist_ok=True)
        partial = note.with_suffix(f".tmp{os.getpid()}")
        partial.write_text(json.dumps(record), "utf-8")
        os.replace(partial, note)
    except (OSError, ValueError):
        pass  # a note that cannot be written only weakens the missing-ledger warning


def known(path: Path) -> dict | None:
    """What this data folder remembers of a ledger at `path`, or None."""
    try:
        return json.loads(_note_path(path).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def forget(path: Path) -> None:
    try:
        _note_path(path).unlink()
    except FileNotFoundError:
        pass


def refuse_if_missing(path: Path) -> None:
    if not path.exists() and known(path) is not None:
        raise LedgerError(
            f"The ledger {path} was used on this computer before and is missing now, so no new one was "
            "created in its place; restore it, or start a new ledger on purpose.",
            LedgerProblem.MISSING,
        )


def set_aside(path: Path) -> Path | None:
    """Rename a damaged ledger (with its -wal and -shm, which belong to it) out of the way; never delete it.

    Returns the new name of the main file, or None when there was nothing to move.
    """
    if not path.exists():
        return None
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    for suffix in SIDECARS:
        if sidecar(path, suffix).exists():
            os.rename(sidecar(path, suffix), sidecar(aside, suffix))
    os.rename(path, aside)
    return aside
