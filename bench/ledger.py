"""Ledger benchmark: write speed, verify and export over 100,000 orders.

    .venv/bin/python bench/ledger.py [--dir FOLDER] [--orders N]

Prints, in one run:
  (a) purchases/s through record_purchase (5 licensed users each) against plain
      single-row INSERT commits/s with the same PRAGMAs on the same disk, and the ratio;
  (b) the time verify() takes over 100,000 orders;
  (c) the time a CSV export of them takes.
Files go to a temporary folder (on the disk of --dir, default the system's temp folder).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wizard.ledger import Purchase, account_users, open_ledger, record_purchase, seed_demo, verify  # noqa: E402
from wizard.ledger.chain import GENESIS_HASH, order_hash, order_number  # noqa: E402
from wizard.ledger.connection import BUSY_TIMEOUT_MS  # noqa: E402
from wizard.ledger.export import export_orders  # noqa: E402
from wizard.ledger.keys import desk_key, order_mac  # noqa: E402
from wizard.ledger.purchases import charge_values  # noqa: E402

GOAL_RATIO, GOAL_VERIFY_S, GOAL_EXPORT_S = 0.5, 2.0, 3.0
WRITE_SECONDS, ROUNDS = 3.0, 10  # each side writes this long in total, in rounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", help="folder on the disk to measure (default: system temp folder)")
    parser.add_argument("--orders", type=int, default=100_000, help="orders for verify/export (default 100000)")
    args = parser.parse_args()
    # The fingerprint key and default files stay inside the temporary folder too.
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="ledger-bench-") as folder:
        folder = Path(folder)
        os.environ["UPGRADE_WIZARD_DATA_DIR"] = str(folder / "data")
        print(f"SQLite {open_ledger.__globals__['sqlite3'].sqlite_version}, files in {folder}")
        purchases, inserts = write_rates(folder)
        ratio = purchases / inserts
        print(f"(a) record_purchase (5 licensed users): {purchases:8.0f} purchases/s")
        print(f"    plain single-row INSERT commits:    {inserts:8.0f} commits/s")
        print(f"    ratio                               {ratio:8.2f}      goal >= {GOAL_RATIO}  {verdict(ratio >= GOAL_RATIO)}")
        big = folder / "big.sqlite3"
        built = build_orders(big, args.orders)
        db = open_ledger(big)
        try:
            start = time.perf_counter()
            result = verify(db)
            verify_s = time.perf_counter() - start
            print(f"(b) verify over {result.checked:,} orders ({built:.1f} s to build): {verify_s:.2f} s"
                  f"      goal < {GOAL_VERIFY_S} s  {verdict(verify_s < GOAL_VERIFY_S and result.ok)}"
                  f"  (intact: {result.ok})")
            start = time.perf_counter()
            with open(folder / "orders.csv", "w", encoding="utf-8", newline="") as out:
                count = export_orders(db, out, "csv")
            export_s = time.perf_counter() - start
            size = (folder / "orders.csv").stat().st_size / 1e6
            print(f"(c) CSV export of {count:,} orders ({size:.0f} MB): {export_s:.2f} s"
                  f"      goal < {GOAL_EXPORT_S} s  {verdict(export_s < GOAL_EXPORT_S)}")
        finally:
            db.close()
    return 0


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


NET = 9000 * 5 * 12
VAT = NET * 19 // 100  # a German buyer's 19 %: an exact amount here


def demo_purchase(db, account_id: str) -> Purchase:
    users = tuple(u.id for u in account_users(db, account_id))[:5]
    method = db.execute("SELECT id FROM payment_methods WHERE account_id = ?", [account_id]).fetchone()[0]
    return Purchase(
        account_id=account_id, desk="B01", hub="sales", tier="professional", interval="annual",
        currency="EUR", seats=5, unit_price_minor=9000, amount_due_minor=NET + VAT,
        net_minor=NET, credit_minor=0, vat_rate_bp=1900, vat_minor=VAT, total_minor=NET + VAT,
        next_charge_date=date(2027, 1, 1), language="de", mode="kiosk", licensed_user_ids=users,
        payment_method_id=method, new_card=None, company_name="Nordlicht Analytics GmbH",
        company_street="Am Sandtorkai 54", company_postal_code="20457", company_city="Hamburg",
        company_country="DE", vat_id="DE813459728",
    )


def write_rates(folder: Path) -> tuple[float, float]:
    """Median rate of each over ROUNDS interleaved rounds.

    Interleaving matters: a disk's fsync speed drifts over seconds (other
    writers, cache flushes), and measuring one side first would bias the ratio.
    """
    from sqlite_utils import Database

    ledger = open_ledger(folder / "purchases.sqlite3")
    plain = Database(folder / "inserts.sqlite3")
    try:
        ready = demo_purchase(ledger, seed_demo(ledger))
        # The same settings open_ledger() gives the ledger.
        plain.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        plain.execute("PRAGMA foreign_keys = ON")
        plain.enable_wal()
        plain.execute("PRAGMA synchronous = FULL")
        plain.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, value TEXT NOT NULL)")
        purchase_rates, insert_rates = [], []
        for _ in range(ROUNDS):
            purchase_rates.append(_rate(lambda: record_purchase(ledger, ready)))
            # db.execute() commits each INSERT on its own: one transaction per row.
            insert_rates.append(_rate(lambda: plain.execute("INSERT INTO rows (value) VALUES ('a row')")))
        return statistics.median(purchase_rates), statistics.median(insert_rates)
    finally:
        ledger.close()
        plain.close()


def _rate(action) -> float:
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < WRITE_SECONDS / ROUNDS:
        action()
        count += 1
    return count / elapsed


def build_orders(path: Path, n: int) -> float:
    """n chained orders on 4 desks, 5 licenses each, in one transaction with executemany."""
    start = time.perf_counter()
    db = open_ledger(path)
    try:
        base = demo_purchase(db, seed_demo(db))
        users = base.licensed_user_ids
        heads, keys = {}, {}
        orders, licenses = [], []
        for i in range(n):
            desk = f"B{i % 4 + 1:02d}"
            seq, prev = heads.get(desk, (0, GENESIS_HASH))
            seq += 1
            p = replace(base, currency=("EUR", "USD", "JPY", "GBP")[i % 4], seats=5)
            order = {
                "id": str(uuid.uuid4()), "number": order_number(desk, seq), "desk": desk, "seq": seq,
                "created_at": f"2026-01-01T00:00:{i % 60:02d}.000Z", "account_id": p.account_id, "hub": p.hub,
                "tier": p.tier, "interval": p.interval, "currency": p.currency, "seats": p.seats,
                "unit_price_minor": p.unit_price_minor, "amount_due_minor": p.amount_due_minor,
                "next_charge_date": p.next_charge_date.isoformat(), "language": p.language, "mode": p.mode,
                "payment_method_id": p.payment_method_id, "company_name": p.company_name,
                "company_street": p.company_street, "company_postal_code": p.company_postal_code,
                "company_city": p.company_city, "company_country": p.company_country, "vat_id": p.vat_id,
                **charge_values(p), "prev_hash": prev,
            }
            order["hash"] = order_hash(prev, order, users)
            order["mac"] = order_mac(keys.setdefault(desk, desk_key(desk, create=True)), order["hash"])
            heads[desk] = (seq, order["hash"])
            orders.append(order)
            licenses.extend((order["id"], u) for u in users)
        columns = list(orders[0])
        with db.atomic():
            db.conn.executemany(
                f"INSERT INTO orders ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})", orders
            )
            db.conn.executemany("INSERT INTO order_licenses (order_id, user_id) VALUES (?, ?)", licenses)
    finally:
        db.close()
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
