"""The ledger's exceptions, importable without loading sqlite-utils."""
from __future__ import annotations


class LedgerError(Exception):
    """A problem with the ledger, told in one sentence a person can act on."""


class InvalidPurchase(LedgerError, ValueError):
    """The purchase or lead itself is malformed (a caller's bug); nothing was written."""
