"""Adding and removing an account's users: each one transaction with its event.

A removed user keeps their row (users.removed_at is set, never DELETE): orders
and their licenses name the user, and verify() hashes those names. The reads in
queries.py leave removed users out. Events hold ids and roles, not names or
addresses: the users table is where a person's data lives.
"""
from __future__ import annotations

import uuid

from wizard.core.account import Role, UserProblem, check_new_user, clean_text
from wizard.core.desks import is_desk_id
from wizard.ledger.errors import InvalidPurchase, LedgerError
from wizard.ledger.events import insert_event
from wizard.ledger.timestamps import utc_now


class UserRefused(LedgerError):
    """The ledger refused a change to the account's people; `reason` is what the UI says.

    `hubs`: for HOLDS_SEAT, the hubs the user still holds a paid seat in.
    """

    def __init__(self, reason: UserProblem, message: str, hubs: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.reason = reason
        self.hubs = hubs


def add_user(db, *, account_id: str, name: str, email: str, role: Role | str, desk: str,
             by_user_id: str | None = None, cancelled=None) -> str:
    """Add a user to the account (the "user_added" event); returns the user's id.

    `by_user_id`: the signed-in user, who must be one of the account's admins
    (None: no one is signed in, e.g. a script). An address that belonged to a
    removed user brings that user back (same id, so their old orders still name
    them) with the name and role given now: the schema keeps one row per address.
    """
    from wizard.ledger.connection import write_transaction

    role = Role(role)
    check_desk(desk, "user was not added")
    name, email = clean_text(name), clean_text(email)
    problems = check_new_user(name, email)
    if problems:
        field, reason = next(iter(problems.items()))
        raise UserRefused(reason, f"The user was not added: {field} is not valid ({reason}).")
    with write_transaction(db, cancelled=cancelled):
        _check_account(db, account_id, "user was not added")
        check_admin(db, account_id, by_user_id, "user was not added")
        rows = db.execute(
            "SELECT id, email, removed_at FROM users WHERE account_id = ?", [account_id]
        ).fetchall()
        same = [row for row in rows if row[1].casefold() == email.casefold()]
        if any(row[2] is None for row in same):
            raise UserRefused(UserProblem.EMAIL_TAKEN, "The user was not added: the account has a user with "
                              "this email address already.")
        now = utc_now()
        if same:
            user_id = same[0][0]
            db.execute("UPDATE users SET name = ?, email = ?, role = ?, removed_at = NULL WHERE id = ?",
                       [name, email, str(role), user_id])
        else:
            user_id = str(uuid.uuid4())
            db.execute(
                "INSERT INTO users (id, account_id, name, email, role, is_you, created_at)"
                " VALUES (?, ?, ?, ?, ?, 0, ?)",
                [user_id, account_id, name, email, str(role), now],
            )
        insert_event(db, kind="user_added", desk=desk, account_id=account_id,
                     detail={"user_id": user_id, "role": str(role), "by": by_user_id, "restored": bool(same)},
                     created_at=now)
    return user_id


def remove_user(db, *, account_id: str, user_id: str, desk: str, by_user_id: str | None = None,
                cancelled=None) -> None:
    """Remove a user from the account (removed_at and the "user_removed" event).

    Refused (UserRefused, nothing written) when the user holds a paid seat (the
    seat goes first: the subscription counts it), is the one removing
    (`by_user_id`) or the person using the program ("you"), or is the
    account's last admin; and when `by_user_id` is not an admin.
    """
    from wizard.ledger.connection import write_transaction

    check_desk(desk, "user was not removed")
    with write_transaction(db, cancelled=cancelled):
        check_admin(db, account_id, by_user_id, "user was not removed")
        row = db.execute(
            "SELECT role, is_you FROM users WHERE id = ? AND account_id = ? AND removed_at IS NULL",
            [user_id, account_id],
        ).fetchone()
        if row is None:
            raise UserRefused(UserProblem.UNKNOWN_USER, "The user was not removed: they are not a user of "
                              "this account (any more).")
        role, is_you = row
        if user_id == by_user_id or is_you:
            raise UserRefused(UserProblem.SIGNED_IN, "The user was not removed: nobody removes themselves.")
        hubs = tuple(hub for (hub,) in db.execute(
            "SELECT hub FROM user_licenses WHERE account_id = ? AND user_id = ? ORDER BY hub", [account_id, user_id]
        ))
        if hubs:
            raise UserRefused(UserProblem.HOLDS_SEAT, f"The user was not removed: they hold a paid seat in "
                              f"{', '.join(hubs)}; remove the seat first.", hubs)
        if role == Role.ADMIN and not _other_admins(db, account_id, user_id):
            raise UserRefused(UserProblem.LAST_ADMIN, "The user was not removed: an account keeps at least "
                              "one admin.")
        now = utc_now()
        db.execute("UPDATE users SET removed_at = ? WHERE id = ?", [now, user_id])
        insert_event(db, kind="user_removed", desk=desk, account_id=account_id,
                     detail={"user_id": user_id, "by": by_user_id}, created_at=now)


# -- checks shared with access.py -------------------------------------------------


def check_desk(desk: str, what: str) -> None:
    if not is_desk_id(desk):
        raise InvalidPurchase(f"The {what}: desk {desk!r} is not a valid desk id.")


def _check_account(db, account_id: str, what: str) -> None:
    if db.execute("SELECT 1 FROM accounts WHERE id = ?", [account_id]).fetchone() is None:
        raise InvalidPurchase(f"The {what}: account {account_id!r} is unknown.")


def check_admin(db, account_id: str, by_user_id: str | None, what: str) -> None:
    """Read inside the write lock: an admin demoted or removed on another desk a moment ago is refused."""
    if by_user_id is None:
        return
    row = db.execute(
        "SELECT role FROM users WHERE id = ? AND account_id = ? AND removed_at IS NULL", [by_user_id, account_id]
    ).fetchone()
    if row is None or row[0] != Role.ADMIN:
        raise UserRefused(UserProblem.NOT_ADMIN, f"The {what}: only an admin of the account may do that.")


def _other_admins(db, account_id: str, user_id: str) -> int:
    return db.execute(
        "SELECT count(*) FROM users WHERE account_id = ? AND id <> ? AND role = 'admin' AND removed_at IS NULL",
        [account_id, user_id],
    ).fetchone()[0]
