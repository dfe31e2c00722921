"""record_purchase on real files: all of it or none of it, and no card digits."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from ledger_support import TEST_CARDS, new_card, purchase, seeded, table_counts

from wizard.ledger import (
    InvalidPurchase, LedgerError, account_users, open_ledger, payment_methods, record_purchase, subscriptions,
)
from wizard.ledger import purchases as purchases_module


@pytest.fixture
def ledger(tmp_path):
    db, account_id = seeded(tmp_path / "ledger.sqlite3")
    yield db, account_id
    db.close()


def test_purchase_is_written_whole(ledger):
    db, account_id = ledger
    before = table_counts(db)
    card = new_card("5555555555554444")
    receipt = record_purchase(db, purchase(db, account_id, seats=3, card=card, share_card=True))

    assert receipt.number == "D01-000001"
    order = db.execute("SELECT * FROM orders WHERE id = ?", [receipt.order_id]).fetchone()
    assert order is not None
    licensed = {r[0] for r in db.execute("SELECT user_id FROM order_licenses WHERE order_id = ?", [receipt.order_id])}
    assert len(licensed) == 3
    after = table_counts(db)
    assert after["orders"] == before["orders"] + 1
    assert after["order_licenses"] == before["order_licenses"] + 3
    assert after["payment_methods"] == before["payment_methods"] + 1
    assert after["events"] == before["events"] + 1
    sub = subscriptions(db, account_id)["sales"]
    assert (sub.tier, sub.seats, sub.order_id) == ("professional", 3, receipt.order_id)
    holders = {u.id for u in account_users(db, account_id) if "sales" in u.licensed_hubs}
    assert holders == licensed
    saved = [m for m in payment_methods(db, account_id) if m.last4 == "4444"]
    assert [(m.brand, m.shared_with_admins) for m in saved] == [("mastercard", True)]
    event = db.execute("SELECT kind, detail FROM events WHERE order_id = ?", [receipt.order_id]).fetchone()
    assert event[0] == "purchase" and json.loads(event[1])["number"] == "D01-000001"


def test_numbers_are_gap_free_per_desk(ledger):
    db, account_id = ledger
    numbers = [record_purchase(db, purchase(db, account_id, desk=desk)).number
               for desk in ("D01", "D02", "D01", "D01", "D02")]
    assert numbers == ["D01-000001", "D02-000001", "D01-000002", "D01-000003", "D02-000002"]


def test_same_card_twice_is_one_payment_method(ledger):
    db, account_id = ledger
    first = record_purchase(db, purchase(db, account_id, card=new_card("4242424242424242")))
    second = record_purchase(db, purchase(db, account_id, card=new_card("4242424242424242"), share_card=True))
    ids = {db.execute("SELECT payment_method_id FROM orders WHERE id = ?", [r.order_id]).fetchone()[0]
           for r in (first, second)}
    assert len(ids) == 1  # the seeded demo Visa 4242 is recognised by its fingerprint
    assert len(payment_methods(db, account_id)) == 1


@pytest.mark.parametrize("share", [False, True, None])
def test_a_saved_cards_sharing_follows_the_purchase(ledger, share):
    """The article's checkbox applies to a chosen saved method too; None leaves it as it was."""
    db, account_id = ledger
    saved = payment_methods(db, account_id)[0]
    assert saved.shared_with_admins is True  # the demo's shared Visa
    record_purchase(db, replace(purchase(db, account_id), share_card=share))
    after = {m.id: m for m in payment_methods(db, account_id)}[saved.id]
    assert after.shared_with_admins is (True if share is None else share)



@pytest.mark.parametrize("share", [False, True, None])
def test_a_new_cards_sharing_follows_the_purchase(ledger, share):
    """None (the sharing left as it is) saves a card seen for the first time unshared."""
    db, account_id = ledger
    record_purchase(db, purchase(db, account_id, card=new_card("5555555555554444"), share_card=share))
    saved = [m for m in payment_methods(db, account_id) if m.last4 == "4444"]
    assert [m.shared_with_admins for m in saved] == [bool(share)]

def test_unknown_user_leaves_nothing(ledger):
    db, account_id = ledger
    before = table_counts(db)
    bad = purchase(db, account_id, seats=2, card=new_card("378282246310005"))
    bad = replace(bad, licensed_user_ids=(bad.licensed_user_ids[0], "no-such-user"))
    with pytest.raises(InvalidPurchase, match="no-such-user"):
        record_purchase(db, bad)
    assert table_counts(db) == before
    assert not db.conn.in_transaction


def test_failure_in_the_middle_leaves_nothing(ledger, monkeypatch):
    db, account_id = ledger
    before = table_counts(db)
    before_subscription = subscriptions(db, account_id)

    def power_cut(*args):
        raise OSError("simulated failure after the order, licenses and subscription were written")

    monkeypatch.setattr(purchases_module, "_record_event", power_cut)
    with pytest.raises(OSError, match="simulated"):
        record_purchase(db, purchase(db, account_id, seats=4, card=new_card("5555555555554444")))
    assert table_counts(db) == before
    assert subscriptions(db, account_id) == before_subscription
    monkeypatch.undo()
    # The desk's numbering did not skip: the failed order never existed.
    assert record_purchase(db, purchase(db, account_id)).number == "D01-000001"


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"seats": 3}, "seats"),
        ({"unit_price_minor": 0}, "unit_price_minor"),
        ({"amount_due_minor": -5}, "amount_due_minor"),
        ({"interval": "weekly"}, "interval"),
        ({"desk": "D 01"}, "desk"),
        ({"account_id": "nobody"}, "account"),
        ({"payment_method_id": None}, "payment method"),
    ],
)
def test_malformed_purchase_is_refused_before_writing(ledger, changes, words):
    db, account_id = ledger
    before = table_counts(db)
    with pytest.raises(InvalidPurchase, match=words):
        record_purchase(db, replace(purchase(db, account_id, seats=2), **changes))
    assert table_counts(db) == before


def test_read_only_file_gives_one_sentence(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    ready = purchase(db, account_id)
    db.close()
    path.chmod(0o444)
    try:
        db = open_ledger(path)
        try:
            # As root the file stays writable; then the query-only pragma stands in.
            db.execute("PRAGMA query_only = ON")
            with pytest.raises(LedgerError, match="read-only"):
                record_purchase(db, ready)
        finally:
            db.close()
    finally:
        path.chmod(0o644)


def test_no_card_number_or_cvc_in_the_files(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    for number in TEST_CARDS:
        record_purchase(db, purchase(db, account_id, card=new_card(number)))
    files = [p for p in tmp_path.iterdir() if p.name.startswith("ledger.sqlite3")]
    assert any(p.name.endswith("-wal") for p in files)  # checked before the checkpoint folds it in
    blobs = [p.read_bytes() for p in files]
    db.close()
    blobs.append(path.read_bytes())
    for number in TEST_CARDS:
        grouped = {number, number[:-4], " ".join(number[i:i + 4] for i in range(0, len(number), 4))}
        for blob in blobs:
            for text in grouped:
                assert text.encode() not in blob
                assert text.encode("utf-16-le") not in blob
    # CVCs are short enough to occur by chance; check where they could be kept: no column holds them.
    cvcs = {cvc for _expiry, cvc in TEST_CARDS.values()}
    cvc_columns = [r for r in _all_text_values(path) if r in cvcs]
    assert cvc_columns == []


def _all_text_values(path):
    db = open_ledger(path)
    try:
        for table in db.utils.table_names():
            for row in db.execute(f"SELECT * FROM [{table}]"):
                yield from (str(v) for v in row if v is not None)
    finally:
        db.close()
