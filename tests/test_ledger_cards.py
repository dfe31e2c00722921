"""ledger/cards.py on real files: add, replace, share, unshare and remove a saved card, each one transaction
with its event; the last valid card behind a paid subscription stays; no number or CVC in the file."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers import events, ledger_rows
from ledger_support import TEST_CARDS, new_card, purchase, seeded, table_counts

from wizard.core.account import PaymentMethodProblem
from wizard.ledger import (
    CardRefused, InvalidPurchase, add_card, order_history, payment_methods, record_purchase, remove_card,
    replace_card, set_card_sharing, subscriptions, verify,
)
from wizard.ledger.seed import demo_id

VISA, MASTERCARD, AMEX = TEST_CARDS
DEMO_CARD = demo_id("card:visa-4242")
TODAY = date(2026, 1, 15)


@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    yield db, account_id, path
    db.close()


def admin_id(db, account_id) -> str:
    return db.execute("SELECT id FROM users WHERE account_id = ? AND role = 'admin' ORDER BY is_you DESC LIMIT 1",
                      [account_id]).fetchone()[0]



def card_row(path, method_id: str) -> dict:
    (row,) = ledger_rows(path, "SELECT * FROM payment_methods WHERE id = ?", [method_id])
    return row


def subscription_card(path, account_id, hub="sales") -> str | None:
    (row,) = ledger_rows(path, "SELECT payment_method_id FROM subscriptions WHERE account_id = ? AND hub = ?",
                         [account_id, hub])
    return row["payment_method_id"]


def test_add_card_keeps_brand_last4_expiry_holder_and_fingerprint_only(ledger):
    db, account_id, path = ledger
    admin = admin_id(db, account_id)
    card = new_card(MASTERCARD, holder="Jonas Richter")
    method_id = add_card(db, account_id=account_id, card=card, shared=True, desk="D01", by_user_id=admin)

    row = card_row(path, method_id)
    assert (row["brand"], row["last4"], row["exp_month"], row["exp_year"], row["holder"]) == (
        "mastercard", "4444", 11, 2031, "Jonas Richter")
    assert row["fingerprint"] == card.fingerprint and row["fingerprint"].startswith("s1:")
    assert row["shared_with_admins"] == 1 and row["removed_at"] is None
    (event,) = events(path, "card_added")
    assert event["account_id"] == account_id and event["desk"] == "D01"
    assert event["detail"] == {"payment_method_id": method_id, "brand": "mastercard", "last4": "4444",
                               "by": admin, "shared": True, "again": False}
    assert [m.id for m in payment_methods(db, account_id)] == [DEMO_CARD, method_id]


def test_the_same_card_again_is_the_same_payment_method(ledger):
    db, account_id, path = ledger
    first = add_card(db, account_id=account_id, card=new_card(AMEX), shared=False, desk="D01")
    again = add_card(db, account_id=account_id, card=new_card(AMEX, holder="L. Hoffmann"), shared=True, desk="D01")

    assert again == first
    row = card_row(path, first)
    assert (row["holder"], row["shared_with_admins"]) == ("L. Hoffmann", 1)
    assert [e["detail"]["again"] for e in events(path, "card_added")] == [False, True]


def test_replace_moves_the_subscriptions_to_the_new_card_and_removes_the_old_one(ledger):
    db, account_id, path = ledger
    assert subscription_card(path, account_id) == DEMO_CARD
    before = table_counts(db)
    new_id = replace_card(db, account_id=account_id, method_id=DEMO_CARD, card=new_card(MASTERCARD), shared=False,
                          desk="D01")

    assert new_id != DEMO_CARD
    assert subscription_card(path, account_id) == new_id
    assert subscriptions(db, account_id)["sales"].payment_method_id == new_id
    assert card_row(path, DEMO_CARD)["removed_at"] is not None  # kept, never deleted
    assert card_row(path, new_id)["removed_at"] is None
    assert [m.id for m in payment_methods(db, account_id)] == [new_id]
    (event,) = events(path, "card_replaced")
    assert event["detail"]["payment_method_id"] == new_id
    assert event["detail"]["replaced"] == DEMO_CARD
    assert event["detail"]["subscriptions"] == ["sales"]
    after = table_counts(db)
    assert (after["payment_methods"], after["events"]) == (before["payment_methods"] + 1, before["events"] + 1)


def test_replacing_a_card_with_itself_renews_it_in_place(ledger):
    db, account_id, path = ledger
    method_id = add_card(db, account_id=account_id, card=new_card(AMEX), shared=False, desk="D01")
    renewed = replace(new_card(AMEX), exp_month=3, exp_year=2033)
    assert replace_card(db, account_id=account_id, method_id=method_id, card=renewed, shared=True,
                        desk="D01") == method_id
    row = card_row(path, method_id)
    assert (row["exp_month"], row["exp_year"], row["shared_with_admins"], row["removed_at"]) == (3, 2033, 1, None)


def test_share_and_unshare_each_with_its_event(ledger):
    db, account_id, path = ledger
    method_id = add_card(db, account_id=account_id, card=new_card(MASTERCARD), shared=False, desk="D01")

    assert set_card_sharing(db, account_id=account_id, method_id=method_id, shared=True, desk="D02")
    assert card_row(path, method_id)["shared_with_admins"] == 1
    assert set_card_sharing(db, account_id=account_id, method_id=method_id, shared=False, desk="D02")
    assert card_row(path, method_id)["shared_with_admins"] == 0
    # Already so: nothing written, no event.
    assert not set_card_sharing(db, account_id=account_id, method_id=method_id, shared=False, desk="D02")

    (shared,) = events(path, "card_shared")
    (unshared,) = events(path, "card_unshared")
    for event in (shared, unshared):
        assert event["detail"]["payment_method_id"] == method_id and event["desk"] == "D02"
        assert event["detail"]["last4"] == "4444"


def test_remove_moves_the_subscription_to_the_newest_valid_card(ledger):
    db, account_id, path = ledger
    older = add_card(db, account_id=account_id, card=new_card(AMEX), shared=True, desk="D01")
    newer = add_card(db, account_id=account_id, card=new_card(MASTERCARD), shared=True, desk="D01")

    assert remove_card(db, account_id=account_id, method_id=DEMO_CARD, desk="D01", today=TODAY) == newer
    assert card_row(path, DEMO_CARD)["removed_at"] is not None
    assert subscription_card(path, account_id) == newer
    assert [m.id for m in payment_methods(db, account_id)] == [older, newer]
    (event,) = events(path, "card_removed")
    assert event["detail"] == {"payment_method_id": DEMO_CARD, "brand": "visa", "last4": "4242", "by": None,
                               "subscriptions": ["sales"], "moved_to": newer}
    # A card no subscription uses: removed, nothing moves.
    assert remove_card(db, account_id=account_id, method_id=older, desk="D01", today=TODAY) is None


def test_the_last_valid_card_behind_a_paid_subscription_cannot_be_removed(ledger):
    db, account_id, path = ledger
    before = table_counts(db)
    with pytest.raises(CardRefused) as refused:
        remove_card(db, account_id=account_id, method_id=DEMO_CARD, desk="D01", today=TODAY)
    assert refused.value.problem is PaymentMethodProblem.LAST_VALID_CARD
    assert "a valid card must stay on file" in str(refused.value)
    assert card_row(path, DEMO_CARD)["removed_at"] is None
    assert subscription_card(path, account_id) == DEMO_CARD
    assert table_counts(db) == before
    assert events(path, "card_removed") == []


def test_an_expired_card_left_does_not_count_as_valid(ledger):
    db, account_id, path = ledger
    expired = replace(new_card(AMEX), exp_month=12, exp_year=2025)
    add_card(db, account_id=account_id, card=expired, shared=True, desk="D01")
    with pytest.raises(CardRefused):
        remove_card(db, account_id=account_id, method_id=DEMO_CARD, desk="D01", today=TODAY)
    assert card_row(path, DEMO_CARD)["removed_at"] is None


def test_without_a_paid_subscription_the_last_card_can_go(ledger):
    db, account_id, path = ledger
    db.execute("UPDATE subscriptions SET unit_price_minor = 0 WHERE account_id = ?", [account_id])
    db.conn.commit()
    assert remove_card(db, account_id=account_id, method_id=DEMO_CARD, desk="D01", today=TODAY) is None
    assert payment_methods(db, account_id) == []
    assert subscription_card(path, account_id) is None  # a free plan names no removed card


def test_refusals_write_nothing(ledger):
    db, account_id, path = ledger
    ordinary = db.execute("SELECT id FROM users WHERE account_id = ? AND role = 'user' LIMIT 1",
                          [account_id]).fetchone()[0]
    before = table_counts(db)
    with pytest.raises(CardRefused) as refused:
        add_card(db, account_id=account_id, card=new_card(AMEX), shared=False, desk="D01", by_user_id=ordinary)
    assert refused.value.problem is PaymentMethodProblem.NOT_ADMIN
    with pytest.raises(CardRefused) as refused:
        set_card_sharing(db, account_id=account_id, method_id="no-such-card", shared=True, desk="D01")
    assert refused.value.problem is PaymentMethodProblem.UNKNOWN_CARD
    with pytest.raises(InvalidPurchase):
        add_card(db, account_id=account_id, card=new_card(AMEX), shared=False, desk="not a desk")
    with pytest.raises(InvalidPurchase):
        add_card(db, account_id="no-such-account", card=new_card(AMEX), shared=False, desk="D01")
    assert table_counts(db) == before

    newer = add_card(db, account_id=account_id, card=new_card(AMEX), shared=False, desk="D01")
    remove_card(db, account_id=account_id, method_id=newer, desk="D01", today=TODAY)
    with pytest.raises(CardRefused) as refused:  # removed already: gone from every change
        remove_card(db, account_id=account_id, method_id=newer, desk="D01", today=TODAY)
    assert refused.value.problem is PaymentMethodProblem.UNKNOWN_CARD


def test_a_removed_card_added_again_comes_back(ledger):
    db, account_id, path = ledger
    method_id = add_card(db, account_id=account_id, card=new_card(AMEX), shared=False, desk="D01")
    remove_card(db, account_id=account_id, method_id=method_id, desk="D01", today=TODAY)
    assert add_card(db, account_id=account_id, card=new_card(AMEX), shared=True, desk="D01") == method_id
    assert card_row(path, method_id)["removed_at"] is None
    assert method_id in [m.id for m in payment_methods(db, account_id)]


def test_order_history_names_the_card_even_once_it_is_removed(ledger):
    db, account_id, path = ledger
    receipt = record_purchase(db, purchase(db, account_id, seats=3, card=new_card(AMEX)))
    paid_with = db.execute("SELECT payment_method_id FROM orders WHERE id = ?", [receipt.order_id]).fetchone()[0]
    remove_card(db, account_id=account_id, method_id=paid_with, desk="D01", today=TODAY)

    (order,) = order_history(db, account_id)
    assert (order.number, order.hub, order.tier, order.seats) == (receipt.number, "sales", "professional", 3)
    assert order.payment_masked == "American Express \u2022\u2022\u2022\u2022 0005"
    assert order.amount_due_minor == 30000 and order.unit_price_minor == 10000
    assert len(order.licensed_user_names) == 3 and order.licensed_user_names[0] == "Lena Hoffmann"
    assert order.company_name == "Nordlicht Analytics GmbH"
    assert order.created_at.tzinfo is not None
    assert verify(db).ok  # card changes leave the chained orders and events as they were


def test_order_history_is_newest_first(ledger):
    db, account_id, path = ledger
    numbers = [record_purchase(db, purchase(db, account_id, seats=1)).number for _ in range(3)]
    assert [o.number for o in order_history(db, account_id)] == numbers[::-1]
    assert [o.number for o in order_history(db, account_id, limit=2)] == numbers[:0:-1]
    assert order_history(db, "another-account") == []


def test_no_card_number_or_cvc_in_the_files_after_card_changes(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    first = add_card(db, account_id=account_id, card=new_card(MASTERCARD), shared=True, desk="D01")
    replace_card(db, account_id=account_id, method_id=first, card=new_card(AMEX), shared=False, desk="D01")
    files = [p for p in tmp_path.iterdir() if p.name.startswith("ledger.sqlite3")]
    assert any(p.name.endswith("-wal") for p in files)
    blobs = [p.read_bytes() for p in files]
    db.close()
    blobs.append(path.read_bytes())
    for number in (MASTERCARD, AMEX):
        for text in (number, number[:-4], " ".join(number[i:i + 4] for i in range(0, len(number), 4))):
            for blob in blobs:
                assert text.encode() not in blob and text.encode("utf-16-le") not in blob
    values = {str(v) for table in ("payment_methods", "events") for row in ledger_rows(path, f"SELECT * FROM {table}")
              for v in row.values() if v is not None}
    assert not values & {cvc for _expiry, cvc in TEST_CARDS.values()}


def test_a_removed_card_is_no_payment_method_and_typed_again_is_back_on_file(ledger):
    db, account_id, path = ledger
    kept = add_card(db, account_id=account_id, card=new_card(MASTERCARD), shared=True, desk="D01")
    gone = add_card(db, account_id=account_id, card=new_card(AMEX), shared=False, desk="D01")
    remove_card(db, account_id=account_id, method_id=gone, desk="D01", today=TODAY)
    with pytest.raises(InvalidPurchase, match="saved payment method"):
        record_purchase(db, purchase(db, account_id, payment_method_id=gone))
    receipt = record_purchase(db, purchase(db, account_id, payment_method_id=None, card=new_card(AMEX)))
    order = ledger_rows(path, "SELECT payment_method_id FROM orders WHERE id = ?", [receipt.order_id])[0]
    assert order["payment_method_id"] == gone and card_row(path, gone)["removed_at"] is None
    assert {m.id for m in payment_methods(db, account_id)} >= {kept, gone}
