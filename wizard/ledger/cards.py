"""The account's saved cards: add, replace, share or not, remove. Each change is one transaction with its event.

Only what core.cards.validate_card made of a typed card arrives here
(CardDetails: brand, last four, expiry, holder, keyed fingerprint): the number
and the CVC never reach the ledger. A card is removed by setting removed_at,
never by DELETE: the orders paid with it name its row.

The same card entered again (same keyed fingerprint, as in record_purchase) is
the same payment method: its row is refreshed, and brought back if it had been
removed, since UNIQUE (account_id, fingerprint) allows one row per card.
"""
from __future__ import annotations

import uuid
from datetime import date

from wizard.core.account import PaymentMethod, PaymentMethodProblem
from wizard.core.cards import CardDetails
from wizard.core.desks import DESK_RULE, is_desk_id
from wizard.ledger.errors import InvalidPurchase, LedgerError
from wizard.ledger.events import insert_event
from wizard.ledger.timestamps import utc_now

# The events' kinds, one per change a person can make.
ADDED, REPLACED, REMOVED = "card_added", "card_replaced", "card_removed"
SHARED, UNSHARED = "card_shared", "card_unshared"


class CardRefused(LedgerError):
    """The change was refused for a reason the person can act on; `problem` is a PaymentMethodProblem."""

    def __init__(self, message: str, problem: PaymentMethodProblem) -> None:
        super().__init__(message)
        self.problem = problem


def add_card(db, *, account_id: str, card: CardDetails, shared: bool, desk: str, by_user_id: str | None = None,
             cancelled=None) -> str:
    """Save `card` for the account; returns its payment method id."""
    from wizard.ledger.connection import write_transaction

    _check_desk(desk)
    with write_transaction(db, cancelled=cancelled):
        _check_account(db, account_id, by_user_id)
        method_id, again = _save(db, account_id, card, shared)
        insert_event(db, kind=ADDED, desk=desk, account_id=account_id,
                     detail={**_about(method_id, card.brand, card.last4, by_user_id), "shared": shared, "again": again})
    return method_id


def replace_card(db, *, account_id: str, method_id: str, card: CardDetails, shared: bool, desk: str,
                 by_user_id: str | None = None, cancelled=None) -> str:
    """Save `card` in place of the saved method `method_id`; returns the new card's id.

    The subscriptions paid with the old card are paid with the new one from now
    on, and the old card is removed. The same card again (a renewed expiry)
    is the same row, refreshed.
    """
    from wizard.ledger.connection import write_transaction

    _check_desk(desk)
    with write_transaction(db, cancelled=cancelled):
        _check_account(db, account_id, by_user_id)
        old = _saved(db, account_id, method_id)
        new_id, _again = _save(db, account_id, card, shared)
        moved: list[str] = []
        if new_id != old.id:
            moved = _move_subscriptions(db, account_id, old.id, new_id)
            db.execute("UPDATE payment_methods SET removed_at = ? WHERE id = ?", [utc_now(), old.id])
        detail = {**_about(new_id, card.brand, card.last4, by_user_id), "shared": shared,
                  "replaced": old.id, "replaced_last4": old.last4, "subscriptions": moved}
        insert_event(db, kind=REPLACED, desk=desk, account_id=account_id, detail=detail)
    return new_id


def set_card_sharing(db, *, account_id: str, method_id: str, shared: bool, desk: str,
                     by_user_id: str | None = None, cancelled=None) -> bool:
    """Share a saved card with the account's other admins, or stop; False when it already was so (no event)."""
    from wizard.ledger.connection import write_transaction

    _check_desk(desk)
    with write_transaction(db, cancelled=cancelled):
        _check_account(db, account_id, by_user_id)
        method = _saved(db, account_id, method_id)
        if method.shared_with_admins == shared:
            return False
        db.execute("UPDATE payment_methods SET shared_with_admins = ? WHERE id = ?", [int(shared), method.id])
        insert_event(db, kind=SHARED if shared else UNSHARED, desk=desk, account_id=account_id,
                     detail=_about(method.id, method.brand, method.last4, by_user_id))
    return True


def remove_card(db, *, account_id: str, method_id: str, desk: str, today: date | None = None,
                by_user_id: str | None = None, cancelled=None) -> str | None:
    """Remove a saved card; returns the card its subscriptions are paid with now (None: it had none to move).

    While the account pays for a subscription, a valid card must stay on
    file: removing the last one that is not expired is refused
    (PaymentMethodProblem.LAST_VALID_CARD). A subscription paid with the removed
    card moves to the newest valid card left.
    """
    from wizard.ledger.connection import write_transaction

    _check_desk(desk)
    today = today or date.today()
    with write_transaction(db, cancelled=cancelled):
        _check_account(db, account_id, by_user_id)
        method = _saved(db, account_id, method_id)
        others = [m for m in _saved_cards(db, account_id) if m.id != method.id and not m.expired(today)]
        paid = db.execute(
            "SELECT 1 FROM subscriptions WHERE account_id = ? AND unit_price_minor > 0 LIMIT 1", [account_id]
        ).fetchone()
        if paid and not others:
            raise CardRefused(
                f"The card ending {method.last4} was not removed: a valid card must stay on file"
                " while the account pays for a subscription.",
                PaymentMethodProblem.LAST_VALID_CARD,
            )
        successor = others[0].id if others else None
        moved = _move_subscriptions(db, account_id, method.id, successor)
        db.execute("UPDATE payment_methods SET removed_at = ? WHERE id = ?", [utc_now(), method.id])
        detail = {**_about(method.id, method.brand, method.last4, by_user_id), "subscriptions": moved,
                  "moved_to": successor if moved else None}
        insert_event(db, kind=REMOVED, desk=desk, account_id=account_id, detail=detail)
    return successor if moved else None


# -- inside the transaction ---------------------------------------------------


def _check_desk(desk: str) -> None:
    if not is_desk_id(desk):
        raise InvalidPurchase(f"The card was not changed: desk {desk!r} must be {DESK_RULE}.")


def _check_account(db, account_id: str, by_user_id: str | None) -> None:
    if db.execute("SELECT 1 FROM accounts WHERE id = ?", [account_id]).fetchone() is None:
        raise InvalidPurchase(f"The card was not changed: account {account_id!r} is unknown.")
    if by_user_id is None:
        return
    role = db.execute(
        "SELECT role FROM users WHERE id = ? AND account_id = ? AND removed_at IS NULL", [by_user_id, account_id]
    ).fetchone()
    if role is None or role[0] != "admin":
        raise CardRefused("The card was not changed: only an admin of the account changes its cards.",
                          PaymentMethodProblem.NOT_ADMIN)


_COLUMNS = "id, brand, last4, exp_month, exp_year, holder, shared_with_admins"


def _saved(db, account_id: str, method_id: str) -> PaymentMethod:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM payment_methods WHERE id = ? AND account_id = ? AND removed_at IS NULL",
        [method_id, account_id],
    ).fetchone()
    if row is None:
        raise CardRefused("The card was not changed: it is not (or no longer) one of the account's cards.",
                          PaymentMethodProblem.UNKNOWN_CARD)
    return PaymentMethod.from_row(dict(zip(_COLUMNS.split(", "), row)))


def _saved_cards(db, account_id: str) -> list[PaymentMethod]:
    """The account's cards on file, newest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM payment_methods WHERE account_id = ? AND removed_at IS NULL"
        " ORDER BY created_at DESC, rowid DESC",
        [account_id],
    ).fetchall()
    return [PaymentMethod.from_row(dict(zip(_COLUMNS.split(", "), row))) for row in rows]


def _save(db, account_id: str, card: CardDetails, shared: bool) -> tuple[str, bool]:
    """(payment method id, whether this card was saved before)."""
    values = [card.brand, card.last4, card.exp_month, card.exp_year, card.holder, int(shared)]
    existing = db.execute(
        "SELECT id FROM payment_methods WHERE account_id = ? AND fingerprint = ?", [account_id, card.fingerprint]
    ).fetchone()
    if existing:
        db.execute(
            "UPDATE payment_methods SET brand = ?, last4 = ?, exp_month = ?, exp_year = ?, holder = ?,"
            " shared_with_admins = ?, removed_at = NULL WHERE id = ?",
            [*values, existing[0]],
        )
        return existing[0], True
    method_id = str(uuid.uuid4())
    db.execute(
        "INSERT INTO payment_methods (id, account_id, fingerprint, brand, last4, exp_month, exp_year, holder,"
        " shared_with_admins, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [method_id, account_id, card.fingerprint, *values, utc_now()],
    )
    return method_id, False


def _move_subscriptions(db, account_id: str, old_id: str, new_id: str | None) -> list[str]:
    """Point the subscriptions paid with `old_id` at `new_id`; returns their hubs."""
    hubs = [row[0] for row in db.execute(
        "SELECT hub FROM subscriptions WHERE account_id = ? AND payment_method_id = ? ORDER BY hub",
        [account_id, old_id],
    )]
    if hubs:
        db.execute(
            "UPDATE subscriptions SET payment_method_id = ?, updated_at = ?"
            " WHERE account_id = ? AND payment_method_id = ?",
            [new_id, utc_now(), account_id, old_id],
        )
    return hubs


def _about(method_id: str, brand: str, last4: str, by_user_id: str | None) -> dict:
    """What every card event says: which card (as the UI may show it), and who changed it."""
    return {"payment_method_id": method_id, "brand": brand, "last4": last4, "by": by_user_id}
