"""What every page shares: the catalog, the ledger, the account and the choices of this run.

The ledger (and with it sqlite-utils) is opened on first use, after the first
page is painted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from wizard.core.catalog import Catalog


@dataclass
class Session:
    ledger_path: Path
    catalog: Catalog
    language: str = "en"
    mode: str = "standard"
    desk: str = "D01"
    account: dict | None = None
    users: list[dict] = field(default_factory=list)
    payment_methods: list[dict] = field(default_factory=list)
    subscriptions: dict[str, dict] = field(default_factory=dict)
    _db: object = None
    # The ledger first opened: a reopen after a fault must find the same one at the path.
    ledger_id: str | None = None

    @property
    def db(self):
        if self._db is None:
            from wizard.ledger import open_ledger

            self._db = open_ledger(self.ledger_path, expect_id=self.ledger_id)
            self.ledger_id = self._db.ledger_id
        return self._db

    @property
    def read_only(self) -> bool:
        """True when the ledger could be opened for reading only (no purchase can be recorded)."""
        return self._db is not None and self._db.ledger_read_only

    def drop_connection(self) -> None:
        """After a failed write: the next use opens the file again, with every check.

        A connection that met a read-only file, a full disk or a replaced file
        keeps meeting it; only a fresh one sees that the fault is gone.
        """
        self.close()

    def start_new_ledger(self) -> None:
        """A new, empty ledger at the path; a damaged file there is renamed aside, never deleted."""
        from wizard.ledger import start_new_ledger

        self.close()
        self._db = start_new_ledger(self.ledger_path)
        self.ledger_id = self._db.ledger_id

    @property
    def account_id(self) -> str:
        return self.account["id"] if self.account else ""

    def load_account(self) -> None:
        """Read the account, its users, saved cards and subscriptions; seed the demo when empty."""
        from wizard import ledger

        account = ledger.first_account(self.db)
        if account is None:
            ledger.seed_demo(self.db)
            account = ledger.first_account(self.db)
        self.account = account
        self.reload()

    def reload(self) -> None:
        from wizard import ledger

        self.users = ledger.account_users(self.db, self.account_id)
        self.payment_methods = ledger.payment_methods(self.db, self.account_id)
        self.subscriptions = ledger.subscriptions(self.db, self.account_id)

    def today(self) -> dt.date:
        return dt.date.today()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
