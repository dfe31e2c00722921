"""The first-run set-up: a new account, its first admin ("you") and an event, in one transaction."""
from __future__ import annotations

import uuid

from wizard.core.account import clean_text
from wizard.core.account_setup import check_account_setup
from wizard.core.desks import DESK_RULE, is_desk_id
from wizard.ledger.errors import InvalidPurchase, LedgerError
from wizard.ledger.events import insert_event
from wizard.ledger.timestamps import utc_now


class InvalidAccount(InvalidPurchase):
    """The set-up's values do not pass core/account_setup.py's checks (the form lets none through)."""


class AccountExists(LedgerError):
    """The ledger has an account already (another desk set one up meanwhile); nothing was written."""

    def __init__(self, message: str, account_id: str) -> None:
        super().__init__(message)
        self.account_id = account_id


def create_account(
    db, *, name: str, country: str, currency: str, admin_name: str, admin_email: str, desk: str, mode: str,
    cancelled=None,
) -> str:
    """Create the account and its first admin, who is "you"; returns the account id.

    Refused (nothing written) with InvalidAccount for values that fail the
    set-up's checks, and with AccountExists when the ledger has an account.
    `cancelled`: see write_transaction.
    """
    from wizard.ledger.connection import write_transaction

    problems = check_account_setup(name, country, currency, admin_name, admin_email)
    if problems:
        named = ", ".join(f"{field} ({problem})" for field, problem in problems.items())
        raise InvalidAccount(f"The account was not created: {named}.")
    if not is_desk_id(desk):
        raise InvalidAccount(f"The account was not created: desk {desk!r} is not {DESK_RULE}.")
    account_id, user_id = str(uuid.uuid4()), str(uuid.uuid4())
    country, currency = clean_text(country).upper(), clean_text(currency).upper()
    now = utc_now()
    with write_transaction(db, cancelled=cancelled):
        # Inside the lock: two desks setting up one ledger at once must not make two accounts.
        existing = db.execute("SELECT id FROM accounts ORDER BY created_at, rowid LIMIT 1").fetchone()
        if existing is not None:
            raise AccountExists("The account was not created: the ledger has an account already.", existing[0])
        db.execute(
            "INSERT INTO accounts (id, name, country, currency, created_at) VALUES (?, ?, ?, ?, ?)",
            [account_id, clean_text(name), country, currency, now],
        )
        db.execute(
            "INSERT INTO users (id, account_id, name, email, role, is_you, created_at)"
            " VALUES (?, ?, ?, ?, 'admin', 1, ?)",
            [user_id, account_id, clean_text(admin_name), clean_text(admin_email), now],
        )
        insert_event(
            db, kind="account_created", desk=desk, account_id=account_id,
            detail={"admin_user_id": user_id, "country": country, "currency": currency, "mode": mode},
            created_at=now,
        )
    return account_id
