"""Preparing the demo ledger for a prospect, and resetting it to the template.

Why a new file and not an edit of the old one: orders, their licenses and events
are append-only (triggers) and chained with a keyed hash, so a demo's purchases
cannot be taken back inside a ledger, and must not be. The demo ledger never holds
real purchases (its own file, core/modes.py DEMO), so preparing or resetting sets
the demo ledger aside as `<name>.previous` (one copy: the demo before, in case the
rep wants it back; an older copy is replaced) and seeds a new, empty ledger at the
same path, in one write transaction: with the prospect's company (prepare_demo)
or with the template of resources/demo/account.json (reset_demo, ledger/seed.py).
A ledger holding orders or leads of another mode is refused untouched.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from wizard.core.modes import DEMO
from wizard.core.prospect import DEMO_ADDRESSES
from wizard.ledger.backup import SIDECARS
from wizard.ledger.connection import open_ledger, write_transaction
from wizard.ledger.errors import LedgerError
from wizard.ledger.events import insert_event
from wizard.ledger.identity import forget
from wizard.ledger.seed import DEMO_CARD_NUMBER, DEMO_DESK, demo_id, demo_next_charge, seed_demo
from wizard.ledger.timestamps import utc_now

PREVIOUS_SUFFIX = ".previous"
SEAT_SHARE = 4  # one user in this many holds a seat of the current plan (the template: 3 of 12)


def prepare_demo(db, prospect, *, catalog=None, today: date | None = None):
    """The demo ledger at `db`'s path becomes `prospect`'s company (core/prospect.py, checked by the caller).

    `db` is closed; returns the new ledger, open. LedgerError when `db` holds anything but demo data.
    """
    if catalog is None:
        from wizard.core.catalog_loading import load_catalog

        catalog = load_catalog()
    new = _fresh_ledger(db)
    try:
        seed_prospect(new, prospect, catalog=catalog, today=today or date.today())
    except BaseException:
        new.close()
        raise
    return new


def reset_demo(db, *, today: date | None = None):
    """The demo ledger at `db`'s path is the template again, whatever was bought in it.

    `db` is closed; returns the new ledger, open. LedgerError when `db` holds anything but demo data.
    """
    new = _fresh_ledger(db)
    try:
        seed_demo(new, today=today)
    except BaseException:
        new.close()
        raise
    return new


def seed_prospect(db, prospect, *, catalog, today: date) -> str:
    """Write the prospect's account into an empty ledger, in one write transaction; returns its id."""
    from wizard.core.cards import fingerprint, fingerprint_key

    tier = catalog.tier(prospect.hub, prospect.tier)
    interval = "monthly" if "monthly" in tier.intervals else tier.intervals[0]
    price = tier.prices[prospect.currency]
    unit_price = price.monthly if interval == "monthly" else price.annual
    users = prospect.users
    holders = _seat_holders(users, tier.min_seats) if tier.seat_based else []
    account_id = demo_id(f"account:{prospect.company}")
    now = utc_now()
    with write_transaction(db):
        if db.execute("SELECT 1 FROM accounts LIMIT 1").fetchone():
            raise LedgerError(f"The ledger {db.ledger_path} already holds an account; a demo is prepared in a new one.")
        street, postal_code, city = DEMO_ADDRESSES.get(prospect.country, ("", "", ""))
        db.execute(
            "INSERT INTO accounts (id, name, street, postal_code, city, country, currency, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [account_id, prospect.company, street, postal_code, city, prospect.country, prospect.currency, now],
        )
        user_ids = [demo_id(f"user:{prospect.company}:{user.email.casefold()}") for user in users]
        db.conn.executemany(
            "INSERT INTO users (id, account_id, name, email, role, is_you, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(uid, account_id, u.name, u.email, str(u.role), int(i == 0), now)
             for i, (uid, u) in enumerate(zip(user_ids, users))],
        )
        card_id = demo_id(f"card:visa-4242:{prospect.company}")
        db.execute(
            "INSERT INTO payment_methods (id, account_id, brand, last4, exp_month, exp_year, holder, fingerprint,"
            " shared_with_admins, created_at) VALUES (?, ?, 'visa', '4242', 12, ?, ?, ?, 1, ?)",
            [card_id, account_id, today.year + 3, users[0].name, fingerprint(DEMO_CARD_NUMBER, fingerprint_key()), now],
        )
        # The current plan from before this ledger (no order row), as the template's.
        db.execute(
            "INSERT INTO subscriptions (account_id, hub, tier, interval, currency, seats, unit_price_minor,"
            " next_charge_date, payment_method_id, order_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
            [account_id, prospect.hub, prospect.tier, interval, prospect.currency, max(1, len(holders)), unit_price,
             demo_next_charge(today).isoformat(), card_id, now],
        )
        db.conn.executemany(
            "INSERT INTO user_licenses (account_id, user_id, hub, order_id, assigned_at) VALUES (?, ?, ?, NULL, ?)",
            [(account_id, user_ids[i], prospect.hub, now) for i in holders],
        )
        # No names in the event: how many users, and that it is a prospect's demo.
        insert_event(db, kind="seed", desk=DEMO_DESK, account_id=account_id,
                     detail={"users": len(users), "prospect": True}, created_at=now)
    return account_id


def _seat_holders(users, min_seats: int) -> list[int]:
    """Indexes of the users holding a seat: "you" and every SEAT_SHARE-th user, at least the tier's minimum."""
    wanted = min(len(users), max(min_seats, 1, -(-len(users) // SEAT_SHARE)))
    spread = list(range(0, len(users), SEAT_SHARE))
    rest = [i for i in range(len(users)) if i not in spread]
    return sorted((spread + rest)[:wanted])


def _fresh_ledger(db):
    """Refuse a ledger with anything but demo data; set it aside; an empty ledger at its path."""
    path = Path(db.ledger_path)
    _refuse_real_data(db)
    db.close()
    previous = path.with_name(path.name + PREVIOUS_SUFFIX)
    for suffix in ("", *SIDECARS):
        source, target = Path(f"{path}{suffix}"), Path(f"{previous}{suffix}")
        if target.exists():
            target.unlink()
        if source.exists():
            os.replace(source, target)
    forget(path)  # a new ledger at the path on purpose, not a missing one
    return open_ledger(path)


def _refuse_real_data(db) -> None:
    for table in ("orders", "sales_leads"):
        found = db.execute(f"SELECT count(*) FROM {table} WHERE mode <> ?", [DEMO.order_mark]).fetchone()[0]
        if found:
            raise LedgerError(
                f"The ledger {db.ledger_path} holds {table.replace('_', ' ')} not made in demo mode, so it is not a"
                " demo ledger and was left as it is."
            )
