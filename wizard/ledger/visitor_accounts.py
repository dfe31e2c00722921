"""A kiosk visitor's purchase: a new account (the company, the visitor as its admin, the named users)
and the purchase recorded against it, in one transaction: both or neither.

Unlike the first-run set-up (ledger/accounts.py), a ledger holds many of these
accounts: every visitor of a sales desk is a new customer. Seats may outnumber
the users named: the visitor names whom they like, the rest of the seats are
bought unassigned (orders.seats and the subscription count them; the licenses
and user_licenses name only the named users).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from wizard.core.account import Role, check_new_user, clean_text
from wizard.core.account_setup import check_account_setup
from wizard.core.order import Company, Purchase, Receipt
from wizard.ledger.accounts import InvalidAccount
from wizard.ledger.events import insert_event
from wizard.ledger.purchases import check_purchase, finish_purchase, write_purchase
from wizard.ledger.timestamps import utc_now


@dataclass(frozen=True)
class NewUser:
    id: str
    name: str
    email: str
    role: Role


@dataclass(frozen=True)
class VisitorAccount:
    """The account to create: the company as entered on the payment page, its users, the visitor first."""

    id: str
    company: Company
    currency: str
    users: tuple[NewUser, ...]  # the visitor (admin, "you") first, then the named users

    @property
    def user_ids(self) -> tuple[str, ...]:
        return tuple(user.id for user in self.users)


def visitor_account(company: Company, currency: str, people) -> VisitorAccount:
    """The account with fresh ids; `people`: (name, email) pairs, the visitor first (the admin)."""
    users = tuple(
        NewUser(str(uuid.uuid4()), clean_text(name), clean_text(email), Role.ADMIN if i == 0 else Role.USER)
        for i, (name, email) in enumerate(people)
    )
    return VisitorAccount(str(uuid.uuid4()), company, clean_text(currency).upper(), users)


def account_problems(account: VisitorAccount) -> list[str]:
    """What keeps the account from being created, in English for the log; empty when it can be."""
    if not account.users:
        return ["the visitor (the account's admin) is missing"]
    company, admin = account.company, account.users[0]
    problems = [f"{field} ({problem})" for field, problem in check_account_setup(
        company.name, company.country, account.currency, admin.name, admin.email).items()]
    taken = [admin.email]
    for number, user in enumerate(account.users[1:], start=2):
        problems += [f"user {number}'s {field} ({problem})"
                     for field, problem in check_new_user(user.name, user.email, taken).items()]
        taken.append(user.email)
    if len(set(account.user_ids)) != len(account.user_ids):
        problems.append("a user id is given twice")
    return problems


def record_visitor_purchase(db, account: VisitorAccount, purchase: Purchase, *, cancelled=None) -> Receipt:
    """Create `account` and record `purchase` against it, all or nothing.

    InvalidAccount (nothing written) for an account that fails the set-up's and
    the new users' checks, InvalidPurchase for a purchase that is not this
    account's or fails check_purchase (its licensed users must be users of the
    account; there may be fewer of them than seats). `cancelled`: see
    write_transaction.
    """
    from wizard.ledger.connection import write_transaction
    from wizard.ledger.keys import desk_key, ledger_id

    problems = account_problems(account)
    if purchase.account_id != account.id:
        problems.append("the purchase is for another account")
    strangers = set(purchase.licensed_user_ids) - set(account.user_ids)
    if strangers:
        problems.append("a licensed user is not one of the account's users")
    if problems:
        raise InvalidAccount("The account was not created and nothing was bought: " + "; ".join(problems) + ".")
    check_purchase(purchase, unnamed_seats=True)
    key = desk_key(purchase.desk, create=True)  # before the lock: no file work while other desks wait
    with write_transaction(db, cancelled=cancelled):
        _insert_account(db, account, desk=purchase.desk, mode=purchase.mode)
        order = write_purchase(db, purchase, key)
        ledger = ledger_id(db)
    return finish_purchase(ledger, order)


def _insert_account(db, account: VisitorAccount, *, desk: str, mode: str) -> None:
    company, now = account.company, utc_now()
    db.execute(
        "INSERT INTO accounts (id, name, street, postal_code, city, country, vat_id, currency, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [account.id, clean_text(company.name), clean_text(company.street), clean_text(company.postal_code),
         clean_text(company.city), clean_text(company.country).upper(), clean_text(company.vat_id),
         account.currency, now],
    )
    db.conn.executemany(
        "INSERT INTO users (id, account_id, name, email, role, is_you, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(user.id, account.id, user.name, user.email, str(user.role), int(i == 0), now)
         for i, user in enumerate(account.users)],
    )
    # Ids, country and currency only: names and addresses live in the accounts and users rows.
    admin, *others = account.user_ids
    insert_event(
        db, kind="account_created", desk=desk, account_id=account.id,
        detail={"admin_user_id": admin, "user_ids": others, "country": clean_text(company.country).upper(),
                "currency": account.currency, "mode": mode},
        created_at=now,
    )
