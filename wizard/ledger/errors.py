"""The ledger's exceptions, importable without loading sqlite-utils."""
from __future__ import annotations

from enum import StrEnum


class LedgerProblem(StrEnum):
    """What went wrong, for the UI to turn into a translated sentence (wizard/ui/problems.py)."""

    UNUSABLE = "unusable"        # anything not named below
    NOT_A_LEDGER = "not_a_ledger"
    NEWER = "newer"
    DAMAGED = "damaged"          # SQLite's own check fails, or a page cannot be read
    MISSING = "missing"          # a ledger this data folder used before is gone
    REPLACED = "replaced"        # the file at the path is no longer the one opened
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    DISK_ERROR = "disk_error"
    BUSY = "busy"                # another desk held the write lock for too long
    CANCELLED = "cancelled"      # the person stopped waiting for another desk
    DESK_KEY = "desk_key"        # this desk's orders were signed with a key this data folder lacks


class LedgerError(Exception):
    """A problem with the ledger, told in one sentence a person can act on.

    The sentence is English and may name files (for logs and the CLI);
    `problem` is what the UI translates.
    """

    def __init__(self, message: str, problem: LedgerProblem = LedgerProblem.UNUSABLE) -> None:
        super().__init__(message)
        self.problem = problem


class InvalidPurchase(LedgerError, ValueError):
    """The purchase or lead itself is malformed (a caller's bug); nothing was written."""


def one_line(complaint: str) -> str:
    """SQLite's integrity report as one line ("*** in database main ***" and line breaks dropped)."""
    return " ".join(complaint.replace("*** in database main ***", " ").split())
