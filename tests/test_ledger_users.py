"""Users and access requests on real files: each write one transaction with its event, refusals write nothing."""
from __future__ import annotations


import pytest
from helpers import events, ledger_rows
from ledger_support import LENA, MARKUS, EMRE, AYSE, PAWEL, purchase, seeded, table_counts

from wizard.core.account import Role, UserProblem
from wizard.ledger import (
    UserRefused, account_users, add_user, grant_access_request, open_access_requests, record_access_request,
    record_purchase, remove_user, verify,
)



@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    yield db, account_id, path
    db.close()



def user_row(path, user_id):
    rows = ledger_rows(path, "SELECT * FROM users WHERE id = ?", [user_id])
    return rows[0] if rows else None


def ids(db, account_id):
    return [u.id for u in account_users(db, account_id)]


# -- adding ---------------------------------------------------------------------


def test_add_user_writes_the_row_and_its_event(ledger):
    db, account_id, path = ledger
    user_id = add_user(db, account_id=account_id, name="  Jonas Berg ", email="jonas.berg@example.de",
                       role="admin", desk="D02", by_user_id=LENA)
    row = user_row(path, user_id)
    assert (row["name"], row["email"], row["role"], row["is_you"], row["removed_at"]) == (
        "Jonas Berg", "jonas.berg@example.de", "admin", 0, None)
    [event] = events(path, "user_added")
    assert (event["desk"], event["account_id"]) == ("D02", account_id)
    assert event["detail"] == {"user_id": user_id, "role": "admin", "by": LENA, "restored": False}
    added = next(u for u in account_users(db, account_id) if u.id == user_id)
    assert added.role is Role.ADMIN and added.licensed_hubs == frozenset()


@pytest.mark.parametrize(("name", "email", "reason"), [
    ("", "new@example.de", UserProblem.NAME_EMPTY),
    ("New Person", "not-an-address", UserProblem.EMAIL_INVALID),
    ("New Person", "new@example", UserProblem.EMAIL_INVALID),
    ("New\nPerson", "new@example.de", UserProblem.NAME_CONTROL_CHARACTER),
    ("New Person", "Markus.Weber@Nordlicht-Analytics.de", UserProblem.EMAIL_TAKEN),  # case ignored
])
def test_add_user_refuses_a_bad_entry_and_writes_nothing(ledger, name, email, reason):
    db, account_id, path = ledger
    before = table_counts(db), ledger_rows(path, "SELECT count(*) AS n FROM users")
    with pytest.raises(UserRefused) as refused:
        add_user(db, account_id=account_id, name=name, email=email, role="user", desk="D01", by_user_id=LENA)
    assert refused.value.reason is reason
    assert (table_counts(db), ledger_rows(path, "SELECT count(*) AS n FROM users")) == before


def test_only_an_admin_adds_a_user(ledger):
    db, account_id, path = ledger
    with pytest.raises(UserRefused) as refused:
        add_user(db, account_id=account_id, name="New Person", email="new@example.de", role="user", desk="D01",
                 by_user_id=EMRE)
    assert refused.value.reason is UserProblem.NOT_ADMIN
    assert events(path, "user_added") == []


# -- removing -------------------------------------------------------------------


def test_remove_user_sets_removed_at_and_keeps_their_old_order_licenses(ledger):
    db, account_id, path = ledger
    # Ayşe gets a Sales Pro seat, then a second order moves the seats on without her.
    first = record_purchase(db, purchase(db, account_id, seats=2, licensed_user_ids=(LENA, AYSE)))
    record_purchase(db, purchase(db, account_id, seats=1, licensed_user_ids=(LENA,)))
    remove_user(db, account_id=account_id, user_id=AYSE, desk="D01", by_user_id=MARKUS)

    assert AYSE not in ids(db, account_id)
    assert user_row(path, AYSE)["removed_at"]  # the row stays: orders name her
    licensed = ledger_rows(path, "SELECT user_id FROM order_licenses WHERE order_id = ?", [first.order_id])
    assert {r["user_id"] for r in licensed} == {LENA, AYSE}
    [event] = events(path, "user_removed")
    assert event["detail"] == {"user_id": AYSE, "by": MARKUS} and event["account_id"] == account_id
    assert verify(db).ok


@pytest.mark.parametrize(("user", "by", "reason"), [
    (EMRE, LENA, UserProblem.HOLDS_SEAT),
    (MARKUS, MARKUS, UserProblem.SIGNED_IN),
    (LENA, MARKUS, UserProblem.SIGNED_IN),  # the person using the program ("you")
    (AYSE, EMRE, UserProblem.NOT_ADMIN),
    ("no-such-user", LENA, UserProblem.UNKNOWN_USER),
])
def test_remove_user_refusals_change_nothing(ledger, user, by, reason):
    db, account_id, path = ledger
    before = table_counts(db), ledger_rows(path, "SELECT id, removed_at FROM users ORDER BY id")
    with pytest.raises(UserRefused) as refused:
        remove_user(db, account_id=account_id, user_id=user, desk="D01", by_user_id=by)
    assert refused.value.reason is reason
    if reason is UserProblem.HOLDS_SEAT:
        assert refused.value.hubs == ("sales",)
    assert (table_counts(db), ledger_rows(path, "SELECT id, removed_at FROM users ORDER BY id")) == before


def test_the_last_admin_stays(ledger):
    db, account_id, path = ledger
    db.execute("UPDATE users SET role = 'user' WHERE id = ?", [LENA])  # Markus is now the only admin
    db.conn.commit()
    with pytest.raises(UserRefused) as refused:
        remove_user(db, account_id=account_id, user_id=MARKUS, desk="D01")
    assert refused.value.reason is UserProblem.LAST_ADMIN
    assert user_row(path, MARKUS)["removed_at"] is None


def test_a_removed_user_is_removed_once_and_their_address_brings_them_back(ledger):
    db, account_id, path = ledger
    remove_user(db, account_id=account_id, user_id=PAWEL, desk="D01", by_user_id=LENA)
    with pytest.raises(UserRefused) as refused:
        remove_user(db, account_id=account_id, user_id=PAWEL, desk="D01", by_user_id=LENA)
    assert refused.value.reason is UserProblem.UNKNOWN_USER
    back = add_user(db, account_id=account_id, name="Paweł Nowak-Kowalski", email="pawel.nowak@nordlicht-analytics.de",
                    role="admin", desk="D01", by_user_id=LENA)
    assert back == PAWEL and PAWEL in ids(db, account_id)
    row = user_row(path, PAWEL)
    assert (row["name"], row["role"], row["removed_at"]) == ("Paweł Nowak-Kowalski", "admin", None)
    assert events(path, "user_added")[0]["detail"]["restored"] is True


def test_a_removed_signed_in_admin_can_no_longer_remove(ledger):
    db, account_id, _ = ledger
    remove_user(db, account_id=account_id, user_id=MARKUS, desk="D01", by_user_id=LENA)
    with pytest.raises(UserRefused) as refused:
        remove_user(db, account_id=account_id, user_id=AYSE, desk="D01", by_user_id=MARKUS)
    assert refused.value.reason is UserProblem.NOT_ADMIN


# -- access requests ------------------------------------------------------------


def test_an_access_request_is_open_until_granted(ledger):
    db, account_id, path = ledger
    request = record_access_request(db, account_id=account_id, user_id=AYSE, hub="sales", desk="D01", mode="demo")
    other = record_access_request(db, account_id=account_id, user_id=PAWEL, hub="service", desk="D01", mode="demo")
    # Asking again while it is open: the same request, no second event.
    assert record_access_request(db, account_id=account_id, user_id=AYSE, hub="sales", desk="D01",
                                 mode="demo") == request
    assert len(events(path, "access_request")) == 2
    opened = open_access_requests(db, account_id)
    assert [(r.id, r.user_id, r.hub) for r in opened] == [(request, AYSE, "sales"), (other, PAWEL, "service")]
    assert opened[0].created_at.tzinfo is not None

    grant = grant_access_request(db, request_id=request, desk="D01", mode="demo", by_user_id=LENA)
    assert [r.id for r in open_access_requests(db, account_id)] == [other]
    [event] = events(path, "access_granted")
    assert event["uid"] == grant and event["account_id"] == account_id
    assert event["detail"] == {"request": request, "user_id": AYSE, "hub": "sales", "mode": "demo", "by": LENA}
    # Granted twice (a second admin, another desk): still one grant.
    assert grant_access_request(db, request_id=request, desk="D02", mode="demo") == grant
    assert len(events(path, "access_granted")) == 1
    # A new request after the grant is a new one.
    again = record_access_request(db, account_id=account_id, user_id=AYSE, hub="sales", desk="D01", mode="demo")
    assert again not in (request, other)


def test_granting_is_for_admins_and_known_requests(ledger):
    db, account_id, path = ledger
    request = record_access_request(db, account_id=account_id, user_id=AYSE, hub="sales", desk="D01", mode="demo")
    for request_id, by, reason in ((request, EMRE, UserProblem.NOT_ADMIN),
                                   ("no-such-request", LENA, UserProblem.UNKNOWN_REQUEST)):
        with pytest.raises(UserRefused) as refused:
            grant_access_request(db, request_id=request_id, desk="D01", mode="demo", by_user_id=by)
        assert refused.value.reason is reason
    assert events(path, "access_granted") == []
    with pytest.raises(UserRefused) as refused:
        record_access_request(db, account_id=account_id, user_id="no-such-user", hub="sales", desk="D01",
                              mode="demo")
    assert refused.value.reason is UserProblem.UNKNOWN_USER


def test_a_request_closes_when_its_user_is_removed_or_licensed_by_an_order(ledger):
    db, account_id, _ = ledger
    record_access_request(db, account_id=account_id, user_id=AYSE, hub="sales", desk="D01", mode="demo")
    record_access_request(db, account_id=account_id, user_id=PAWEL, hub="sales", desk="D01", mode="demo")
    record_access_request(db, account_id=account_id, user_id=EMRE, hub="service", desk="D01", mode="demo")
    remove_user(db, account_id=account_id, user_id=PAWEL, desk="D01", by_user_id=LENA)
    # The admin bought Ayşe a seat through "Manage Sales Pro users" without pressing Grant.
    record_purchase(db, purchase(db, account_id, seats=2, licensed_user_ids=(LENA, AYSE)))
    assert [(r.user_id, r.hub) for r in open_access_requests(db, account_id)] == [(EMRE, "service")]
