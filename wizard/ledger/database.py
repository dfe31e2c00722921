"""An open ledger: its connection and the few calls the program makes on it.

Every read and write of the program is plain SQL through `execute()` and
`query()`, with sqlite-utils' meaning (`query()` yields dicts; a write outside
an explicit transaction commits by itself, since the connection runs without
Python's implicit BEGIN). sqlite-utils' own API is there as `utils`, built on
the same connection when something needs it (the migrations, other tools,
tests): its import costs about a fifth of the program's start, which a start
that only reads the account no longer pays.
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any, Iterator, Sequence


class Ledger:
    def __init__(self, conn, path: Path | None = None, *, read_only: bool = False) -> None:
        # isolation_level None: no implicit BEGIN, so a lone write commits at once (as with sqlite-utils'
        # execute) and every transaction is one the ledger begins itself (connection.write_transaction).
        conn.isolation_level = None
        self.conn = conn
        self.ledger_path = path
        self.ledger_read_only = read_only
        self.ledger_watch = None  # identity.FileWatch, set by open_ledger
        self.ledger_id: str | None = None
        # A write is waiting for another desk's lock (connection.write_transaction with `cancelled`).
        self.waiting_for_lock = False

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None):
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Sequence | dict[str, Any] | None = None) -> Iterator[dict]:
        """The rows of `sql` as dicts, column name to value (read as they are iterated)."""
        cursor = self.execute(sql, params)
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row)) for row in cursor)

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    @cached_property
    def utils(self):
        """sqlite-utils' Database on this connection (no plugins: a plugin has no business with the ledger)."""
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    def __repr__(self) -> str:
        return f"<Ledger {self.ledger_path}>"
