"""Helpers shared by the tests/test_ledger_*.py files (not a test module)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from wizard.core import cards
from wizard.core.cards import CardDetails
from wizard.ledger import Purchase, account_users, first_account, open_ledger, seed_demo
from wizard.ledger.seed import demo_id

TEST_CARDS = {
    "4242424242424242": ("12/30", "123"),
    "5555555555554444": ("11/31", "456"),
    "378282246310005": ("10/29", "7890"),
}
TODAY = date(2026, 1, 15)
# The seeded demo account's people (resources/demo/account.json), by their fixed ids.
LENA, MARKUS, EMRE, AYSE, ZOFIA, PAWEL, JOSE = (demo_id(f"user:{name}") for name in (
    "lena.hoffmann", "markus.weber", "emre.yildiz", "ayse.demir", "zofia.wojcik", "pawel.nowak", "jose.martinez"))


def new_card(number: str, *, holder: str = "Lena Hoffmann") -> CardDetails:
    """A card's details the way the wizard makes them: through validate_card (its sharing goes on the Purchase)."""
    expiry, cvc = TEST_CARDS[number]
    details, problems = cards.validate_card(number, expiry, cvc, holder, today=TODAY, key=cards.fingerprint_key())
    assert not problems, problems
    return details


def seeded(path):
    db = open_ledger(path)
    account_id = seed_demo(db)
    return db, account_id


def purchase(db, account_id: str, *, desk: str = "D01", seats: int = 2, card: CardDetails | None = None,
             **changes) -> Purchase:
    users = [u.id for u in account_users(db, account_id)][:seats]
    account = first_account(db)
    base = Purchase(
        account_id=account_id, desk=desk, hub="sales", tier="professional", interval="monthly",
        currency="EUR", seats=seats, unit_price_minor=10000, amount_due_minor=10000 * seats,
        next_charge_date=date(2026, 2, 15), language="de", mode="standard",
        licensed_user_ids=tuple(users),
        payment_method_id=None if card else _saved_card(db, account_id),
        new_card=card,
        company_name=account.name, company_street=account.street,
        company_postal_code=account.postal_code, company_city=account.city,
        company_country=account.country, vat_id=account.vat_id,
    )
    return replace(base, **changes)


def _saved_card(db, account_id):
    return db.execute("SELECT id FROM payment_methods WHERE account_id = ? LIMIT 1", [account_id]).fetchone()[0]


def table_counts(db) -> dict[str, int]:
    names = ("orders", "order_licenses", "subscriptions", "user_licenses", "payment_methods", "events")
    return {name: db.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}


def purchase_worker(path: str, desks: tuple[str, ...], count: int, start, results) -> None:
    """Runs in a child process: record `count` purchases, cycling through `desks`."""
    from wizard.ledger import record_purchase

    db = open_ledger(path)
    try:
        account_id = first_account(db).id
        start.wait(30)
        numbers = []
        for i in range(count):
            numbers.append(record_purchase(db, purchase(db, account_id, desk=desks[i % len(desks)])).number)
        results.put(("ok", numbers))
    except BaseException as error:  # reported to the parent test, which fails on it
        results.put(("error", f"{type(error).__name__}: {error}"))
    finally:
        db.close()


def purchase_loop_worker(path: str, desk: str, stop, progress) -> None:
    """Runs in a child process: record purchases until `stop` is set; put each number on `progress`, then "done"."""
    from wizard.ledger import record_purchase

    db = open_ledger(path)
    try:
        account_id = first_account(db).id
        while not stop.is_set():
            progress.put(("ok", record_purchase(db, purchase(db, account_id, desk=desk)).number))
        progress.put(("done", None))
    except BaseException as error:  # reported to the parent test, which fails on it
        progress.put(("error", f"{type(error).__name__}: {error}"))
    finally:
        db.close()


def bulk_orders(db, account_id: str, desk: str, count: int) -> None:
    """`count` chained, keyed orders of `desk` in one transaction: volume for a test, in well under a second."""
    import uuid

    from wizard.ledger.chain import GENESIS_HASH, order_hash, order_number
    from wizard.ledger.connection import write_transaction
    from wizard.ledger.keys import desk_key, order_mac

    key = desk_key(desk, create=True)
    base = purchase(db, account_id, desk=desk, seats=5)
    orders, licenses, prev = [], [], GENESIS_HASH
    for seq in range(1, count + 1):
        order = {
            "id": str(uuid.uuid4()), "number": order_number(desk, seq), "desk": desk, "seq": seq,
            "created_at": "2026-01-01T00:00:00.000Z", "account_id": account_id, "hub": base.hub, "tier": base.tier,
            "interval": base.interval, "currency": base.currency, "seats": base.seats,
            "unit_price_minor": base.unit_price_minor, "amount_due_minor": base.amount_due_minor,
            "next_charge_date": base.next_charge_date.isoformat(), "language": base.language, "mode": base.mode,
            "payment_method_id": base.payment_method_id, "company_name": base.company_name,
            "company_street": base.company_street, "company_postal_code": base.company_postal_code,
            "company_city": base.company_city, "company_country": base.company_country, "vat_id": base.vat_id,
            "prev_hash": prev,
        }
        order["hash"] = prev = order_hash(prev, order, base.licensed_user_ids)
        order["mac"] = order_mac(key, order["hash"])
        orders.append(order)
        licenses.extend((order["id"], user) for user in base.licensed_user_ids)
    columns = list(orders[0])
    with write_transaction(db):
        db.conn.executemany(
            f"INSERT INTO orders ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})", orders
        )
        db.conn.executemany("INSERT INTO order_licenses (order_id, user_id) VALUES (?, ?)", licenses)


def table_dump(path) -> dict[str, list[str]]:
    """Every row of every ledger table, each as JSON, sorted: for comparing two ledger files.

    Leaves out what is each file's own: ledger_meta (its ledger_id), when the
    migrations ran, and the events' integer ids (they restart in every file).
    """
    import json
    from pathlib import Path

    from sqlite_utils.db import sqlite3

    path = Path(path)
    # Without a -wal nobody has the file open: read it as immutable, leaving no -wal or -shm behind.
    flags = "mode=ro" if path.with_name(path.name + "-wal").exists() else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
    try:
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            " AND name NOT IN ('_sqlite_migrations', 'ledger_meta') ORDER BY name")]
        dump = {}
        for table in tables:
            cursor = conn.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in cursor.description]
            rows = [{c: v for c, v in zip(columns, row) if not (table == "events" and c == "id")} for row in cursor]
            dump[table] = sorted(json.dumps(row, sort_keys=True) for row in rows)
        return dump
    finally:
        conn.close()
