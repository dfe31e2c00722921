"""What every page shares: the catalog, the ledger, the mode and the account read from the ledger.

Data only, no policy: what a mode does (which windows, whether an empty ledger
gets the demo account) is decided in wizard/app/navigator.py. The ledger (and
with it sqlite-utils) is opened on first use, after the first page is painted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from wizard.core.account import Account, PaymentMethod, Subscription, User
from wizard.core.catalog import Catalog
from wizard.core.modes import STANDARD, Mode


@dataclass
class Session:
    ledger_path: Path
    catalog: Catalog
    language: str = "en"
    mode: Mode = STANDARD
    desk: str = "D01"
    # None until the ledger has been read, and after it when the ledger has no account.
    account: Account | None = None
    users: list[User] = field(default_factory=list)  # "you" first, then by name
    payment_methods: list[PaymentMethod] = field(default_factory=list)
    subscriptions: dict[str, Subscription] = field(default_factory=dict)  # by hub
    # True once load_account() has read the ledger (an empty one included).
    account_read: bool = False
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
        return self.account.id if self.account else ""

    def load_account(self) -> None:
        """Read the account, its users, saved cards and subscriptions (an empty ledger leaves them empty)."""
        from wizard import ledger

        self.account = ledger.first_account(self.db)
        self.reload()
        self.account_read = True

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
