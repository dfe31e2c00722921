"""`ledger merge`: several desks' ledgers into one, the same whatever the order, all or nothing."""
from __future__ import annotations

import pytest
from ledger_support import purchase, seeded, table_dump
from sqlite_utils.db import sqlite3

from wizard.ledger import LedgerError, open_ledger, record_purchase, verify
from wizard.ledger.backup import backup_ledger
from wizard.ledger.cli import main as ledger_main
from wizard.ledger.merge import merge_ledgers


def desk_ledger(path, desk: str, count: int):
    """A desk's own ledger file: the demo account and `count` purchases at `desk`."""
    db, account_id = seeded(path)
    try:
        for _ in range(count):
            record_purchase(db, purchase(db, account_id, desk=desk))
    finally:
        db.close()
    return path


def numbers(path) -> list[str]:
    db = open_ledger(path)
    try:
        return [row[0] for row in db.execute("SELECT number FROM orders ORDER BY desk, seq")]
    finally:
        db.close()


def verified(path):
    db = open_ledger(path)
    try:
        return verify(db)
    finally:
        db.close()


@pytest.fixture
def two_desks(tmp_path):
    return desk_ledger(tmp_path / "d01.sqlite3", "D01", 3), desk_ledger(tmp_path / "d02.sqlite3", "D02", 2)


def test_two_desks_merge_into_a_new_target_once_and_again_adds_nothing(tmp_path, two_desks):
    target = tmp_path / "all.sqlite3"

    report = merge_ledgers(target, two_desks)

    assert numbers(target) == ["D01-000001", "D01-000002", "D01-000003", "D02-000001", "D02-000002"]
    result = verified(target)
    assert result.ok and result.checked == 5, result
    assert report.new_orders == {"D01": (1, 3), "D02": (1, 2)}
    assert report.added["orders"] == 5 and report.added["order_licenses"] == 10
    assert "  desk D01: orders D01-000001 to D01-000003 added" in report.lines()
    before = table_dump(target)

    again = merge_ledgers(target, two_desks)

    assert again.nothing_new and again.lines()[0].startswith("Nothing new:")
    assert table_dump(target) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ledger-merge-")]  # scratch folder gone


def test_the_order_of_the_sources_does_not_matter(tmp_path, two_desks):
    d01, d02 = two_desks
    merge_ledgers(tmp_path / "ab.sqlite3", [d01, d02])
    merge_ledgers(tmp_path / "ba.sqlite3", [d02, d01])
    # One call per source, into targets of their own.
    for name, order in (("a_then_b.sqlite3", (d01, d02)), ("b_then_a.sqlite3", (d02, d01))):
        for source in order:
            merge_ledgers(tmp_path / name, [source])

    dumps = [table_dump(tmp_path / f"{name}.sqlite3") for name in ("ab", "ba", "a_then_b", "b_then_a")]
    assert all(dump == dumps[0] for dump in dumps[1:])
    # The current state is that of the newest purchase (D02's last, written last): its
    # subscription, and the seats as that ledger holds them, not a mix of both ledgers.
    merged, latest = dumps[0], table_dump(d02)
    assert merged["subscriptions"] == latest["subscriptions"]
    assert merged["user_licenses"] == latest["user_licenses"]
    assert merged["user_licenses"] != table_dump(d01)["user_licenses"]


def test_the_target_keeps_its_own_ledger_id(tmp_path, two_desks):
    target = tmp_path / "all.sqlite3"
    db = open_ledger(target)
    own_id = db.ledger_id
    db.close()

    merge_ledgers(target, two_desks)

    db = open_ledger(target)
    try:
        assert db.execute("SELECT value FROM ledger_meta WHERE key = 'ledger_id'").fetchone()[0] == own_id
    finally:
        db.close()


def test_the_merged_orders_newest_cut_off_later_is_caught(tmp_path, two_desks):
    target = tmp_path / "all.sqlite3"
    merge_ledgers(target, two_desks)
    raw = sqlite3.connect(target)  # remove D02's newest order with everything that names it
    for trigger in ("orders_no_delete", "order_licenses_no_delete", "events_no_delete"):
        raw.execute(f"DROP TRIGGER {trigger}")
    order_id = raw.execute("SELECT id FROM orders WHERE number = 'D02-000002'").fetchone()[0]
    for table, column in (("events", "order_id"), ("order_licenses", "order_id"), ("orders", "id")):
        raw.execute(f"DELETE FROM {table} WHERE {column} = ?", [order_id])
    raw.commit()
    raw.close()

    result = verified(target)

    # The merge filed each desk's new head for the target, as a purchase does.
    assert not result.ok and result.first_broken == "D02-000002", result


def test_a_tampered_source_is_refused_and_the_target_left_untouched(tmp_path, two_desks):
    d01, d02 = two_desks
    target = tmp_path / "all.sqlite3"
    merge_ledgers(target, [d01])
    untouched = target.read_bytes()
    raw = sqlite3.connect(d02)  # what someone with the file and the sqlite3 shell can do
    raw.execute("DROP TRIGGER orders_no_update")
    raw.execute("UPDATE orders SET amount_due_minor = 1 WHERE number = 'D02-000002'")
    raw.commit()
    raw.close()

    with pytest.raises(LedgerError, match=r"fails verify at order D02-000002 .*nothing was merged"):
        merge_ledgers(target, [d02, d01])

    assert target.read_bytes() == untouched
    assert numbers(target) == ["D01-000001", "D01-000002", "D01-000003"]


def test_one_desk_id_with_two_different_chains_is_refused(tmp_path, two_desks):
    d01, _ = two_desks
    other_d01 = desk_ledger(tmp_path / "other.sqlite3", "D01", 2)  # a second machine calling itself D01
    target = tmp_path / "all.sqlite3"

    with pytest.raises(LedgerError, match=r"^Desk D01 has a different chain in .*other.sqlite3 than in .*d01.sqlite3"):
        merge_ledgers(target, [d01, other_d01])
    assert not target.exists()  # refused before the target was even created

    merge_ledgers(target, [d01])
    before = table_dump(target)
    with pytest.raises(LedgerError, match=r"^Desk D01 has a different chain in .*other.sqlite3 than in .*all.sqlite3"):
        merge_ledgers(target, [other_d01])
    assert table_dump(target) == before


def test_an_earlier_copy_of_a_desk_ledger_merges_with_the_later_one(tmp_path):
    desk = tmp_path / "d01.sqlite3"
    db, account_id = seeded(desk)
    for _ in range(2):
        record_purchase(db, purchase(db, account_id, desk="D01"))
    early = tmp_path / "d01-early.sqlite3"
    backup_ledger(db, early)
    for _ in range(2):
        record_purchase(db, purchase(db, account_id, desk="D01"))
    db.close()

    merge_ledgers(tmp_path / "a.sqlite3", [early, desk])
    report = merge_ledgers(tmp_path / "b.sqlite3", [desk, early])
    merge_ledgers(tmp_path / "c.sqlite3", [early])
    later_into_early = merge_ledgers(tmp_path / "c.sqlite3", [desk])

    assert numbers(tmp_path / "a.sqlite3") == [f"D01-{n:06d}" for n in range(1, 5)]
    assert verified(tmp_path / "a.sqlite3").ok
    assert report.new_orders == {"D01": (1, 4)}
    assert later_into_early.new_orders == {"D01": (3, 4)}
    dumps = [table_dump(tmp_path / f"{name}.sqlite3") for name in "abc"]
    assert dumps[0] == dumps[1] == dumps[2]
    assert merge_ledgers(tmp_path / "a.sqlite3", [early]).nothing_new


def test_the_cli_merges_and_refuses_with_one_sentence(tmp_path, two_desks, capsys):
    target = tmp_path / "all.sqlite3"

    assert ledger_main(["merge", str(target), *map(str, two_desks)]) == 0
    out = capsys.readouterr().out
    assert "desk D02: orders D02-000001 to D02-000002 added" in out and "orders: 5 added" in out

    assert ledger_main(["merge", str(target), str(two_desks[0])]) == 0
    assert capsys.readouterr().out.startswith("Nothing new:")

    assert ledger_main(["merge", str(target), str(tmp_path / "missing.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: There is no ledger at") and err.count("\n") == 1


def legacy_ledger(path) -> None:
    """A ledger of the schema before the keyed chain (0001, 0002): two orders of D01, no macs, no uids."""
    import json

    from sqlite_utils import Database

    from wizard.ledger.chain import GENESIS_HASH, order_hash, order_number
    from wizard.ledger.schema import migrations

    db = Database(path)
    migrations().apply(db, stop_before="0003_keyed_chain")
    now = "2025-12-01T09:00:00.000Z"
    db.execute("INSERT INTO accounts (id, name, country, created_at) VALUES ('acc', 'Alt GmbH', 'DE', ?)", [now])
    db.execute("INSERT INTO users (id, account_id, name, email, created_at) VALUES ('u1', 'acc', 'A', 'a@x.de', ?)",
               [now])
    prev = GENESIS_HASH
    for seq in (1, 2):
        order = {
            "id": f"order-{seq}", "number": order_number("D01", seq), "desk": "D01", "seq": seq, "created_at": now,
            "account_id": "acc", "hub": "sales", "tier": "starter", "interval": "monthly", "currency": "EUR",
            "seats": 1, "unit_price_minor": 2000, "amount_due_minor": 2000, "next_charge_date": "2026-01-01",
            "language": "de", "mode": "standard", "payment_method_id": None, "company_name": "Alt GmbH",
            "company_street": "", "company_postal_code": "", "company_city": "", "company_country": "DE",
            "vat_id": "", "prev_hash": prev,
        }
        order["hash"] = prev = order_hash(prev, order, ["u1"])
        db.execute(f"INSERT INTO orders ({', '.join(order)}) VALUES ({', '.join('?' * len(order))})",
                   list(order.values()))
        db.execute("INSERT INTO order_licenses (order_id, user_id) VALUES (?, 'u1')", [order["id"]])
        db.execute("INSERT INTO events (created_at, desk, kind, account_id, order_id, detail)"
                   " VALUES (?, 'D01', 'purchase', 'acc', ?, ?)",
                   [now, order["id"], json.dumps({"number": order["number"]})])
    db.close()


def test_a_ledger_of_the_older_schema_merges_without_being_upgraded_in_place(tmp_path, two_desks):
    old = tmp_path / "old.sqlite3"
    legacy_ledger(old)
    untouched = old.read_bytes()
    target = tmp_path / "all.sqlite3"

    report = merge_ledgers(target, [old, two_desks[1]])

    assert old.read_bytes() == untouched and not old.with_name("old.sqlite3-wal").exists()
    assert report.new_orders == {"D01": (1, 2), "D02": (1, 2)}
    result = verified(target)
    assert result.ok and result.legacy_orders == 2, result
    assert merge_ledgers(target, [old]).nothing_new  # its events get the same uids in every copy


def test_a_user_removed_at_one_desk_stays_removed_whatever_the_order(tmp_path, two_desks):
    from wizard.ledger import account_users, first_account
    from wizard.ledger.users import remove_user

    d01, d02 = two_desks
    db = open_ledger(d02)
    try:
        account_id = first_account(db).id
        gone = next(u for u in account_users(db, account_id) if not u.licensed_hubs and not u.is_you)
        remove_user(db, account_id=account_id, user_id=gone.id, desk="D02")
    finally:
        db.close()
    results = []
    for name, order in (("ab", [d01, d02]), ("ba", [d02, d01])):
        target = tmp_path / f"{name}.sqlite3"
        merge_ledgers(target, order)
        merge_ledgers(target, order[::-1])  # and again, the other way round
        db = open_ledger(target)
        try:
            results.append({u.id for u in account_users(db, account_id)})
        finally:
            db.close()
    assert results[0] == results[1] and gone.id not in results[0]


def test_training_attempts_of_every_desk_are_merged_once(tmp_path, two_desks):
    from wizard.ledger.training import attempts, record_attempt

    for path, trainee in zip(two_desks, ("Anna Berg", "Ben Kaya")):
        db = open_ledger(path)
        try:
            record_attempt(db, trainee=trainee, exercise="service-pro-chf", way="test", score=75,
                           started_at="2026-11-29T10:00:00+00:00", duration_ms=61000,
                           steps=[{"step": "product", "ms": 61000, "hints": 0, "errors": 1}], hints=0, errors=1,
                           result=[], desk="D01", language="de")
        finally:
            db.close()
    target = tmp_path / "all.sqlite3"

    report = merge_ledgers(target, two_desks)
    again = merge_ledgers(target, two_desks)

    db = open_ledger(target)
    try:
        assert sorted(a["trainee"] for a in attempts(db)) == ["Anna Berg", "Ben Kaya"]
    finally:
        db.close()
    assert report.added["training_attempts"] == 2 and again.nothing_new
