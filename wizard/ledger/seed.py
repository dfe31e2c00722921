"""The demo account: a Hamburg company, a dozen users, one saved shared Visa."""
from __future__ import annotations

import json
import uuid
from datetime import date, timedelta

from wizard.core.paths import resource_path
from wizard.ledger.connection import write_transaction
from wizard.ledger.events import insert_event
from wizard.ledger.timestamps import utc_now

# Fixed ids (uuid5 of a name) so seeding twice, or on two desks, gives the same
# rows: the demo account merges across desk ledgers instead of duplicating.
_NAMESPACE = uuid.UUID("6f1d4c1e-2b7a-4f0e-9a53-7d4f1c2e8b90")
DEMO_DESK = "DEMO"
SALES_STARTER_EUR_MINOR = 2000  # Sales Starter's EUR monthly list price in the shipped catalog


def demo_id(name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, name))


# The company, its people and who holds a Sales Hub seat: resources/demo/account.json.
DEMO_DATA = resource_path("demo", "account.json")
DEMO_CARD_NUMBER = "4242424242424242"  # the public Visa test number, only fingerprinted


# The demo's Sales Starter plan is this many days into its monthly period, so an upgrade on the
# demo account shows a credit for the unused part (core/proration.py).
DEMO_PLAN_DAYS_USED = 10


def demo_next_charge(today: date) -> date:
    """The demo plan's next charge: one month after it started, DEMO_PLAN_DAYS_USED days before `today`."""
    from wizard.core.pricing import add_months

    return add_months(today - timedelta(days=DEMO_PLAN_DAYS_USED), 1)


def seed_demo(db, *, today: date | None = None) -> str:
    """Create the demo account once; later calls return its id and change nothing."""
    account_id = demo_id("account")
    if db.execute("SELECT 1 FROM accounts WHERE id = ?", [account_id]).fetchone():
        return account_id
    from wizard.core.cards import fingerprint, fingerprint_key

    today = today or date.today()
    now = utc_now()
    demo = json.loads(DEMO_DATA.read_text(encoding="utf-8"))
    users = demo["users"]
    with write_transaction(db):
        # Checked again inside the lock: another desk may have seeded meanwhile.
        if db.execute("SELECT 1 FROM accounts WHERE id = ?", [account_id]).fetchone():
            return account_id
        db.execute(
            "INSERT INTO accounts (id, name, street, postal_code, city, country, vat_id, created_at)"
            " VALUES (:id, :name, :street, :postal_code, :city, :country, :vat_id, :created_at)",
            {**demo["account"], "id": account_id, "created_at": now},
        )
        seat_holders = []
        for user in users:
            local = user["email_local_part"]
            user_id = demo_id(f"user:{local}")
            db.execute(
                "INSERT INTO users (id, account_id, name, email, role, is_you, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [user_id, account_id, user["name"], f"{local}@nordlicht-analytics.de", user["role"],
                 int(user["is_you"]), now],
            )
            if user["sales_seat"]:
                seat_holders.append(user_id)
        card_id = demo_id("card:visa-4242")
        db.execute(
            "INSERT INTO payment_methods (id, account_id, brand, last4, exp_month, exp_year, holder, fingerprint,"
            " shared_with_admins, created_at) VALUES (?, ?, 'visa', '4242', 12, ?, ?, ?, 1, ?)",
            [card_id, account_id, today.year + 3, users[0]["name"],
             fingerprint(DEMO_CARD_NUMBER, fingerprint_key()), now],
        )
        # An existing Sales Starter plan from before this ledger: no order row.
        db.execute(
            "INSERT INTO subscriptions (account_id, hub, tier, interval, currency, seats, unit_price_minor,"
            " next_charge_date, payment_method_id, order_id, updated_at)"
            " VALUES (?, 'sales', 'starter', 'monthly', 'EUR', ?, ?, ?, ?, NULL, ?)",
            [account_id, len(seat_holders), SALES_STARTER_EUR_MINOR, demo_next_charge(today).isoformat(), card_id, now],
        )
        db.conn.executemany(
            "INSERT INTO user_licenses (account_id, user_id, hub, order_id, assigned_at) VALUES (?, ?, 'sales', NULL, ?)",
            [(account_id, user_id, now) for user_id in seat_holders],
        )
        insert_event(db, kind="seed", desk=DEMO_DESK, account_id=account_id, detail={"users": len(users)},
                     created_at=now)
    return account_id
