"""Access requests: an ordinary user asks an admin for a seat in a hub, an admin grants it.

Both are events (kinds "access_request" and "access_granted"), no table of
their own: events are append-only, carry a uid that survives a merge of desk
ledgers, and a grant names its request's uid, so "open" is a request without a
grant. A request is also closed once an order after it licensed the user in
that hub (an admin bought the seat without pressing "Grant"), and when the
user has been removed.
"""
from __future__ import annotations

from wizard.core.account import AccessRequest, UserProblem
from wizard.ledger.events import insert_event
from wizard.ledger.users import UserRefused, check_admin, check_desk

_OPEN = """
SELECT r.uid, r.created_at, r.user_id, r.hub
FROM (SELECT id, uid, created_at, account_id, json_extract(detail, '$.user_id') AS user_id,
             json_extract(detail, '$.hub') AS hub
      FROM events WHERE kind = 'access_request' AND account_id = :account) AS r
JOIN users AS u ON u.id = r.user_id AND u.account_id = r.account_id AND u.removed_at IS NULL
WHERE r.uid NOT IN (SELECT json_extract(detail, '$.request') FROM events
                    WHERE kind = 'access_granted' AND account_id = :account
                    AND json_extract(detail, '$.request') IS NOT NULL)  -- a NULL would make NOT IN reject all
  AND NOT EXISTS (SELECT 1 FROM user_licenses AS ul
                  WHERE ul.account_id = r.account_id AND ul.user_id = r.user_id AND ul.hub = r.hub)
"""


def open_access_requests(db, account_id: str) -> list[AccessRequest]:
    """The account's requests no one has granted yet, oldest first."""
    rows = db.execute(_OPEN + " ORDER BY r.created_at, r.id", {"account": account_id})
    return [AccessRequest.from_row(dict(zip(("uid", "created_at", "user_id", "hub"), row))) for row in rows]


def record_access_request(db, *, account_id: str, user_id: str, hub: str, desk: str, mode: str,
                          cancelled=None) -> str:
    """"Ask an admin": the "access_request" event; returns its uid (the request's id).

    Asking again while the same request is open writes nothing and returns the
    open one's uid. Refused (UserRefused UNKNOWN_USER) for a user who is not
    (or no longer) in the account.
    """
    from wizard.ledger.connection import write_transaction

    check_desk(desk, "access request was not recorded")
    if not hub or not mode:
        raise ValueError("The access request was not recorded: hub and mode must not be empty.")
    with write_transaction(db, cancelled=cancelled):
        if db.execute("SELECT 1 FROM users WHERE id = ? AND account_id = ? AND removed_at IS NULL",
                      [user_id, account_id]).fetchone() is None:
            raise UserRefused(UserProblem.UNKNOWN_USER, "The access request was not recorded: the user is not "
                              "in this account (any more).")
        open_one = db.execute(_OPEN + " AND r.user_id = :user AND r.hub = :hub ORDER BY r.created_at LIMIT 1",
                              {"account": account_id, "user": user_id, "hub": hub}).fetchone()
        if open_one is not None:
            return open_one[0]
        return insert_event(db, kind="access_request", desk=desk, account_id=account_id,
                            detail={"user_id": user_id, "hub": hub, "mode": mode})


def grant_access_request(db, *, request_id: str, desk: str, mode: str, by_user_id: str | None = None,
                         cancelled=None) -> str:
    """The "access_granted" event naming the request; returns its uid.

    A request granted already (on this desk or another) is not granted twice:
    the first grant's uid is returned. Refused (UserRefused) for an unknown
    request, a user removed since, or a `by_user_id` who is not an admin.
    """
    from wizard.ledger.connection import write_transaction

    check_desk(desk, "access request was not granted")
    with write_transaction(db, cancelled=cancelled):
        request = db.execute(
            "SELECT account_id, json_extract(detail, '$.user_id'), json_extract(detail, '$.hub') FROM events"
            " WHERE uid = ? AND kind = 'access_request'", [request_id]
        ).fetchone()
        if request is None:
            raise UserRefused(UserProblem.UNKNOWN_REQUEST, f"The access request {request_id!r} is unknown.")
        account_id, user_id, hub = request
        check_admin(db, account_id, by_user_id, "access request was not granted")
        granted = db.execute(
            "SELECT uid FROM events WHERE kind = 'access_granted' AND account_id = ?"
            " AND json_extract(detail, '$.request') = ? ORDER BY id LIMIT 1", [account_id, request_id]
        ).fetchone()
        if granted is not None:
            return granted[0]
        if db.execute("SELECT 1 FROM users WHERE id = ? AND account_id = ? AND removed_at IS NULL",
                      [user_id, account_id]).fetchone() is None:
            raise UserRefused(UserProblem.UNKNOWN_USER, "The access request was not granted: the user is not "
                              "in this account any more.")
        return insert_event(db, kind="access_granted", desk=desk, account_id=account_id,
                            detail={"request": request_id, "user_id": user_id, "hub": hub, "mode": mode,
                                    "by": by_user_id})
