"""Reads for the UI: each is one query, fast on accounts with thousands of users.

They return the typed values of wizard.core.account, never rows: the UI does not
know the ledger's column names.
"""
from __future__ import annotations

from wizard.core.account import Account, OrderSummary, PaymentMethod, Subscription, User


def first_account(db) -> Account | None:
    row = next(iter(db.query("SELECT * FROM accounts ORDER BY created_at, rowid LIMIT 1")), None)
    return Account.from_row(row) if row is not None else None


def account_users(db, account_id: str) -> list[User]:
    """Users with the hubs they hold a paid seat in; "you" first, then by name.

    One grouped query instead of a query per user (5,000 users stay instant).
    char(31) separates hub ids because a comma could appear in a custom hub id.
    """
    rows = db.query(
        """SELECT u.id, u.name, u.email, u.role, u.is_you,
                  group_concat(ul.hub, char(31)) AS hubs
           FROM users AS u
           LEFT JOIN user_licenses AS ul ON ul.account_id = u.account_id AND ul.user_id = u.id
           WHERE u.account_id = ? AND u.removed_at IS NULL
           GROUP BY u.id
           ORDER BY u.is_you DESC, u.name COLLATE NOCASE, u.id""",
        [account_id],
    )
    return [User.from_row(row, row["hubs"].split("\x1f") if row["hubs"] else ()) for row in rows]


def payment_methods(db, account_id: str) -> list[PaymentMethod]:
    """Saved cards as the UI may show them: never more than brand and last four."""
    rows = db.query(
        """SELECT id, brand, last4, exp_month, exp_year, holder, shared_with_admins
           FROM payment_methods WHERE account_id = ? AND removed_at IS NULL ORDER BY created_at, rowid""",
        [account_id],
    )
    return [PaymentMethod.from_row(row) for row in rows]


def subscriptions(db, account_id: str) -> dict[str, Subscription]:
    """hub -> the account's current subscription to it."""
    rows = db.query("SELECT * FROM subscriptions WHERE account_id = ? ORDER BY hub", [account_id])
    return {row["hub"]: Subscription.from_row(row) for row in rows}


# An order's charges as its hash covers them: only chain version 2 does (chain.py); an order written before
# migration 0005 has none (NULL), and whatever such a row holds there was not written by a purchase.
CHARGES = ", ".join(
    f"CASE WHEN o.chain_version >= 2 THEN o.{column} END AS {column}"
    for column in ("net_minor", "credit_minor", "vat_rate_bp", "vat_minor", "total_minor", "refund_minor",
                   "refund_currency")
)


def order_history(db, account_id: str, *, limit: int | None = None) -> list[OrderSummary]:
    """The account's orders, newest first (the `limit` newest), each with its card (removed ones too:
    the order names it) and the names of the users it licensed ("you" first, then by name; a removed
    user keeps their name).

    The newest orders are picked by their key alone, and only theirs are read in full with their
    licensed users: on a ledger of 100,000 orders the newest 500 take 0.1 s, all of them 3 s.
    """
    rows = db.query(
        f"""WITH recent AS (
               SELECT desk, seq FROM orders WHERE account_id = ?
               ORDER BY created_at DESC, desk, seq DESC
               LIMIT ?)
           SELECT o.id, o.number, o.created_at, o.hub, o.tier, o.interval, o.currency, o.seats,
                  o.unit_price_minor, o.amount_due_minor, o.next_charge_date,
                  o.company_name, o.company_street, o.company_postal_code, o.company_city,
                  o.company_country, o.vat_id, {CHARGES},
                  pm.brand AS payment_brand, pm.last4 AS payment_last4,
                  (SELECT group_concat(u.name, char(31) ORDER BY u.is_you DESC, u.name COLLATE NOCASE, u.id)
                   FROM order_licenses AS ol JOIN users AS u ON u.id = ol.user_id
                   WHERE ol.order_id = o.id) AS user_names
           FROM recent AS r JOIN orders AS o ON o.desk = r.desk AND o.seq = r.seq
           LEFT JOIN payment_methods AS pm ON pm.id = o.payment_method_id
           ORDER BY o.created_at DESC, o.desk, o.seq DESC""",
        [account_id, -1 if limit is None else limit],
    )
    return [OrderSummary.from_row(row, row["user_names"].split("\x1f") if row["user_names"] else ()) for row in rows]
