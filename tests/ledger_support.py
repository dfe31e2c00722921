"""Helpers shared by the tests/test_ledger_*.py files (not a test module)."""
from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date

from wizard import cards
from wizard.ledger import NewCard, Purchase, account_users, first_account, open_ledger, seed_demo

TEST_CARDS = {
    "4242424242424242": ("12/30", "123"),
    "5555555555554444": ("11/31", "456"),
    "378282246310005": ("10/29", "7890"),
}
TODAY = date(2026, 1, 15)


def new_card(number: str, *, shared: bool = False, holder: str = "Lena Hoffmann") -> NewCard:
    """Build a NewCard the way the payment page does: through validate_card."""
    expiry, cvc = TEST_CARDS[number]
    details, problems = cards.validate_card(number, expiry, cvc, holder, today=TODAY, key=cards.fingerprint_key())
    assert not problems, problems
    return NewCard(**asdict(details), shared_with_admins=shared)


def seeded(path):
    db = open_ledger(path)
    account_id = seed_demo(db)
    return db, account_id


def purchase(db, account_id: str, *, desk: str = "D01", seats: int = 2, card: NewCard | None = None,
             **changes) -> Purchase:
    users = [u["id"] for u in account_users(db, account_id)][:seats]
    account = first_account(db)
    base = Purchase(
        account_id=account_id, desk=desk, hub="sales", tier="professional", interval="monthly",
        currency="EUR", seats=seats, unit_price_minor=10000, amount_due_minor=10000 * seats,
        next_charge_date=date(2026, 2, 15), language="de", mode="standard",
        licensed_user_ids=tuple(users),
        payment_method_id=None if card else _saved_card(db, account_id),
        new_card=card,
        company_name=account["name"], company_street=account["street"],
        company_postal_code=account["postal_code"], company_city=account["city"],
        company_country=account["country"], vat_id=account["vat_id"],
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
        account_id = first_account(db)["id"]
        start.wait(30)
        numbers = []
        for i in range(count):
            numbers.append(record_purchase(db, purchase(db, account_id, desk=desks[i % len(desks)])).number)
        results.put(("ok", numbers))
    except BaseException as error:  # reported to the parent test, which fails on it
        results.put(("error", f"{type(error).__name__}: {error}"))
    finally:
        db.close()
