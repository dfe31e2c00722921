"""What every page shares: the catalog, the ledger, the mode and the account read from the ledger.

Data only, no policy: what a mode does (which windows, whether an empty ledger
gets the demo account) is decided in wizard/app/navigator.py. The ledger (and
with it sqlite-utils) is opened on first use, after the first page is painted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.core.catalog import Catalog
from wizard.core.modes import STANDARD, Mode

if TYPE_CHECKING:  # the account's types (six frozen dataclasses, ~8 ms to import) come with the ledger's read
    from wizard.core.account import Account, PaymentMethod, Subscription, User


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
    # Who the account window acts for, chosen with sign_in(); None: the "you" user.
    _signed_in_id: str | None = None

    @property
    def db(self):
        if self._db is None:
            from wizard.ledger import open_ledger

            self._db = open_ledger(self.ledger_path, expect_id=self.ledger_id)
            self.ledger_id = self._db.ledger_id
        return self._db

    @property
    def connected(self) -> bool:
        """True while the ledger is open (close() ends that; `db` opens it again)."""
        return self._db is not None

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

    @property
    def signed_in_user(self) -> User | None:
        """The user the account window acts for: the one signed in with sign_in(), else the "you" user.

        Falls back to "you" when the signed-in user is no longer in the account;
        None only while the account has no users (before the ledger is read).
        """
        if self._signed_in_id is not None:
            chosen = next((u for u in self.users if u.id == self._signed_in_id), None)
            if chosen is not None:
                return chosen
        return next((u for u in self.users if u.is_you), self.users[0] if self.users else None)

    def sign_in(self, user_id: str | None) -> None:
        """Act for the account's user `user_id` from now on (None: the "you" user again).

        Which modes may switch is the account window's business (Mode.switches_user).
        """
        if user_id is not None and not any(u.id == user_id for u in self.users):
            raise ValueError(f"{user_id!r} is not a user of this account")
        self._signed_in_id = user_id

    def today(self) -> dt.date:
        return dt.date.today()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
