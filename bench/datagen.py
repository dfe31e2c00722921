"""Fast data for the benchmarks: thousands of users, a million orders, in SQL.

Rows are made by INSERT ... SELECT over a recursive CTE (SQLite's
generate_series) or by executemany, never through record_purchase one by one:
a million purchases through the program would take an hour.

- `add_users(db, account_id, n)`: n more users in an account (every third an
  admin), a few holding a paid seat.
- `big_ledger(n)`: a ledger of n orders over 1,000 accounts, half of them the
  demo account's (the account window's worst case), each with one to three
  licensed users and its purchase event. The hashes are random: these orders
  are for reading (summary, order lists, history), not for `verify`. Cached in
  the temporary folder, keyed by the schema version and n, because building a
  million orders takes a while and the file does not change between runs.
- `chained_orders(path, n)`: n orders on four desks with real keyed chains
  (hashes in Python: they are what `verify` recomputes), one executemany.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

from wizard.core.order import Purchase
from wizard.ledger import account_users, open_ledger, seed_demo
from wizard.ledger.chain import GENESIS_HASH, order_hash, order_number
from wizard.ledger.keys import desk_key, mac_signer
from wizard.ledger.purchases import charge_values

NET = 9000 * 5 * 12
VAT = NET * 19 // 100  # a German buyer's 19 %: an exact amount here
CACHE = Path(os.environ.get("BENCH_CACHE") or Path(tempfile.gettempdir()) / "upgrade-wizard-bench")


def demo_purchase(db, account_id: str, seats: int = 5) -> Purchase:
    """A seat-based annual purchase of `seats` of the account's users with its saved card."""
    users = tuple(u.id for u in account_users(db, account_id))[:seats]
    method = db.execute("SELECT id FROM payment_methods WHERE account_id = ?", [account_id]).fetchone()[0]
    net = 9000 * len(users) * 12
    vat = net * 19 // 100
    return Purchase(
        account_id=account_id, desk="B01", hub="sales", tier="professional", interval="annual",
        currency="EUR", seats=len(users), unit_price_minor=9000, amount_due_minor=net + vat,
        net_minor=net, credit_minor=0, vat_rate_bp=1900, vat_minor=vat, total_minor=net + vat,
        next_charge_date=date(2027, 1, 1), language="de", mode="kiosk", licensed_user_ids=users,
        payment_method_id=method, new_card=None, company_name="Nordlicht Analytics GmbH",
        company_street="Am Sandtorkai 54", company_postal_code="20457", company_city="Hamburg",
        company_country="DE", vat_id="DE813459728",
    )


def add_users(db, account_id: str, n: int, *, seats: int = 40) -> None:
    """n users more in the account (names in no particular order); the first `seats` hold a Sales seat."""
    from wizard.ledger.connection import write_transaction

    with write_transaction(db):
        db.execute(
            """WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?)
               INSERT INTO users (id, account_id, name, email, role, is_you, created_at)
               SELECT printf('bench-user-%06d', i), ?,
                      printf('%s %s %d', substr('AnnaBerndCarlaDirkEmmaFinnGretaHugo', (i * 7 % 8) * 4 + 1, 4),
                             substr('MeyerSchulzKochWolf', (i % 4) * 5 + 1, 5), (i * 7919) % 100000),
                      printf('user%06d@bench.example', i), CASE WHEN i % 3 = 0 THEN 'admin' ELSE 'user' END,
                      0, '2026-01-01T00:00:00.000Z'
               FROM k""",
            [n, account_id],
        )
        db.execute(
            """INSERT INTO user_licenses (account_id, user_id, hub, order_id, assigned_at)
               SELECT account_id, id, 'sales', NULL, created_at FROM users
               WHERE account_id = ? AND id LIKE 'bench-user-%' ORDER BY id LIMIT ?""",
            [account_id, seats],
        )


def users_ledger(folder: Path, n: int) -> Path:
    """A new ledger in `folder`: the demo account with n users more."""
    path = folder / f"users-{n}.sqlite3"
    db = open_ledger(path)
    try:
        add_users(db, seed_demo(db), n)
    finally:
        db.close()
    return path


def big_ledger(n: int, *, accounts: int = 1000) -> Path:
    """The cached ledger of n orders (made the first time: about a minute for a million)."""
    from wizard.ledger.schema import SCHEMA_VERSION

    folder = CACHE / f"schema{SCHEMA_VERSION}-orders{n}"
    path = folder / "ledger.sqlite3"
    done = folder / "complete"
    if done.exists():
        return path
    shutil.rmtree(folder, ignore_errors=True)  # a build cut short
    folder.mkdir(parents=True)
    with data_folder(folder / "data"):  # the ledger's own: its fingerprint key, known ledgers
        db = open_ledger(path)
        try:
            demo = seed_demo(db)
            add_users(db, demo, 200, seats=0)
            _fill_orders(db, demo, n, accounts)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
    done.write_text("ok\n")
    return path


@contextlib.contextmanager
def data_folder(folder: Path):
    """UPGRADE_WIZARD_DATA_DIR set to `folder` meanwhile (desk keys, head files, known ledgers)."""
    before = os.environ.get("UPGRADE_WIZARD_DATA_DIR")
    os.environ["UPGRADE_WIZARD_DATA_DIR"] = str(folder)
    try:
        yield folder
    finally:
        if before is None:
            os.environ.pop("UPGRADE_WIZARD_DATA_DIR", None)
        else:
            os.environ["UPGRADE_WIZARD_DATA_DIR"] = before


def _fill_orders(db, demo: str, n: int, accounts: int) -> None:
    from wizard.ledger.connection import write_transaction

    method = db.execute("SELECT id FROM payment_methods WHERE account_id = ?", [demo]).fetchone()[0]
    with write_transaction(db):
        db.execute(
            """WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?)
               INSERT INTO accounts (id, name, street, postal_code, city, country, vat_id, created_at)
               SELECT printf('bench-account-%05d', i), printf('Company %d GmbH', i), 'Street 1', '20457',
                      'Hamburg', 'DE', '', '2026-01-01T00:00:00.000Z' FROM k""",
            [accounts - 1],
        )
        # Orders on four desks; every second one the demo account's (paid with its card, licensing
        # one to three of its users), the others spread over the other accounts.
        db.execute(
            """WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < ? - 1)
               INSERT INTO orders (id, number, desk, seq, created_at, account_id, hub, tier, interval, currency,
                   seats, unit_price_minor, amount_due_minor, next_charge_date, language, mode,
                   payment_method_id, company_name, company_street, company_postal_code, company_city,
                   company_country, vat_id, net_minor, credit_minor, vat_rate_bp, vat_minor, total_minor,
                   refund_minor, refund_currency, chain_version, prev_hash, hash, mac)
               SELECT printf('00000000-0000-4000-8000-%012d', i), printf('B%02d-%06d', i % 4 + 1, i / 4 + 1),
                      printf('B%02d', i % 4 + 1), i / 4 + 1,
                      strftime('%Y-%m-%dT%H:%M:%f', '2020-01-01', printf('+%d seconds', i * 60)) || 'Z',
                      CASE WHEN i % 2 = 0 THEN ? ELSE printf('bench-account-%05d', i % (? - 1) + 1) END,
                      'sales', 'professional', 'annual', 'EUR', i % 3 + 1, 9000, 9000 * (i % 3 + 1) * 12,
                      '2027-01-01', 'de', CASE WHEN i % 50 = 0 THEN 'training' ELSE 'kiosk' END,
                      CASE WHEN i % 2 = 0 THEN ? END, 'Nordlicht Analytics GmbH', 'Am Sandtorkai 54', '20457',
                      'Hamburg', 'DE', 'DE813459728', 9000 * (i % 3 + 1) * 12, 0, NULL, NULL,
                      9000 * (i % 3 + 1) * 12, 0, '', 2, lower(hex(randomblob(32))), lower(hex(randomblob(32))),
                      lower(hex(randomblob(32)))
               FROM k""",
            [n, demo, accounts, method],
        )
        users = [u.id for u in account_users(db, demo)][:3]
        db.execute(
            """INSERT INTO order_licenses (order_id, user_id)
               SELECT o.id, u.value FROM orders AS o JOIN json_each(?) AS u ON u.key < o.seats
               WHERE o.account_id = ?""",
            [json.dumps(users), demo],
        )
        db.execute(
            """INSERT INTO events (uid, created_at, desk, kind, account_id, order_id, detail)
               SELECT printf('00000000-0000-4000-9000-%012d', row_number() OVER ()), created_at, desk,
                      'purchase', account_id, id, json_object('number', number) FROM orders""",
        )


def chained_orders(path: Path, n: int) -> float:
    """n chained, keyed orders on 4 desks (5 licenses each) into a new ledger; returns the seconds taken.

    The desk keys go to the data folder in UPGRADE_WIZARD_DATA_DIR, where verify finds them.
    """
    start = time.perf_counter()
    db = open_ledger(path)
    try:
        base = demo_purchase(db, seed_demo(db))
        users = base.licensed_user_ids
        heads, signers = {}, {}
        orders, licenses = [], []
        currencies = ("EUR", "USD", "JPY", "GBP")
        bases = {c: charge_values(replace(base, currency=c)) for c in currencies}
        for i in range(n):
            desk = f"B{i % 4 + 1:02d}"
            seq, prev = heads.get(desk, (0, GENESIS_HASH))
            seq += 1
            p = base
            currency = currencies[i % 4]
            order = {
                "id": str(uuid.uuid4()), "number": order_number(desk, seq), "desk": desk, "seq": seq,
                "created_at": f"2026-01-01T00:00:{i % 60:02d}.000Z", "account_id": p.account_id, "hub": p.hub,
                "tier": p.tier, "interval": p.interval, "currency": currency, "seats": p.seats,
                "unit_price_minor": p.unit_price_minor, "amount_due_minor": p.amount_due_minor,
                "next_charge_date": p.next_charge_date.isoformat(), "language": p.language, "mode": p.mode,
                "payment_method_id": p.payment_method_id, "company_name": p.company_name,
                "company_street": p.company_street, "company_postal_code": p.company_postal_code,
                "company_city": p.company_city, "company_country": p.company_country, "vat_id": p.vat_id,
                **bases[currency], "prev_hash": prev,
            }
            if desk not in signers:
                signers[desk] = mac_signer(desk_key(desk, create=True))
            order["hash"] = order_hash(prev, order, users)
            order["mac"] = signers[desk](order["hash"])
            heads[desk] = (seq, order["hash"])
            orders.append(order)
            licenses.extend((order["id"], u) for u in users)
        columns = list(orders[0])
        from wizard.ledger.connection import write_transaction

        with write_transaction(db):
            db.conn.executemany(
                f"INSERT INTO orders ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})", orders
            )
            db.conn.executemany("INSERT INTO order_licenses (order_id, user_id) VALUES (?, ?)", licenses)
    finally:
        db.close()
    return time.perf_counter() - start
