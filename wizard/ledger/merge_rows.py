"""How the rows of two ledgers become one (`ledger merge`), inside the caller's write transaction.

The rules make the result independent of order and repetition (merge A then B
equals B then A; merging again adds nothing), because each is a total order:
- orders: a desk's orders are the same in every ledger that has them (same
  number, id, hash and mac); one chain may be a prefix of another (a later
  copy of the same desk's ledger), and the longer one is taken. Different
  chains under one desk id are refused. chain_keyed_from likewise.
- order_licenses, sales_leads, events (by uid): added when missing; the same
  key with different contents is refused (one of them was changed).
- accounts, users: never changed after they are written, so a different
  version under the same id comes from seeding on two machines: the one
  created first wins (ties: the smaller row in JSON form).
- payment_methods: purchases refresh expiry, holder and sharing, so the
  version from the ledger whose newest order paid with it is latest wins
  (ties: the larger row in JSON form).
- subscriptions with user_licenses, per account and hub: who holds a seat
  belongs to the subscription that set it, so both come from the ledger
  whose subscription was updated last (ties: JSON form).
- Two different users with one e-mail address in one account, or one card
  saved as two payment methods of an account (UNIQUE in the schema, and
  orders name both ids): refused, as neither can be dropped or renamed.
"""
from __future__ import annotations

import json
from typing import Callable

from wizard.ledger.driver import sqlite3

from wizard.ledger.errors import LedgerError

REFUSED = "so nothing was merged"


class Merger:
    """Merge `src` into `main` of one connection, inside the caller's write transaction.

    `theirs(desk)` and `ours(desk)` name the ledgers a conflict is between
    (desk None: not about one desk).
    """

    def __init__(self, db, report, *, theirs: Callable, ours: Callable) -> None:
        self.conn, self.report, self.theirs, self.ours = db.conn, report, theirs, ours
        self.source_heads: dict[str, int] = {}

    def run(self) -> None:
        try:
            self.source_heads = dict(self.conn.execute("SELECT desk, max(seq) FROM src.orders GROUP BY desk"))
            self._refuse_conflicts()
            self.report.new_orders.update({
                desk: (first, last) for desk, first, last in self.conn.execute(
                    "SELECT desk, min(seq), max(seq) FROM src.orders AS s WHERE NOT EXISTS"
                    " (SELECT 1 FROM main.orders AS t WHERE t.desk = s.desk AND t.seq = s.seq) GROUP BY desk"
                )
            })
            self._rows_by_id("accounts", _first_created)
            self._rows_by_id("users", _removal_first(_first_created))
            self._rows_by_id("payment_methods", _removal_first(_last_used))
            self._add_missing("orders", ("desk", "seq"), order_by="s.desk, s.seq")
            self._add_missing("order_licenses", ("order_id", "user_id"))
            self._add_missing("sales_leads", ("id",), order_by="s.created_at, s.id")
            events = [c for c in self._columns("events") if c != "id"]  # ids restart in every file
            self._add_missing("events", ("uid",), columns=events, order_by="s.created_at, s.uid")
            self._add_missing("chain_keyed_from", ("desk",))
            # A trainer's results from every training machine in one ledger (append-only, keyed by id).
            self._add_missing("training_attempts", ("id",), order_by="s.started_at, s.id")
            _CurrentState(self).merge()
        except sqlite3.IntegrityError as error:
            # The checks above should leave nothing for a constraint to refuse; say it if one does.
            raise LedgerError(f"The ledgers cannot be merged ({error}), {REFUSED}.") from error

    # -- conflicts ---------------------------------------------------------

    def _refuse_conflicts(self) -> None:
        one = self._first
        row = one("SELECT s.desk, s.number FROM src.orders AS s JOIN main.orders AS t ON t.desk = s.desk"
                  " AND t.seq = s.seq WHERE t.hash IS NOT s.hash OR t.id IS NOT s.id OR t.mac IS NOT s.mac"
                  " ORDER BY s.desk, s.seq")
        if row:
            desk, number = row
            raise LedgerError(f"Desk {desk} has a different chain in {self.theirs(desk)} than in {self.ours(desk)} "
                              f"(from order {number} on), {REFUSED}.")
        row = one("SELECT s.desk, s.number, t.number FROM src.orders AS s JOIN main.orders AS t ON t.id = s.id"
                  " WHERE t.number IS NOT s.number")
        if row:
            raise LedgerError(f"Order {row[1]} in {self.theirs(row[0])} has the id of order {row[2]} in "
                              f"{self.ours(row[0])}, {REFUSED}.")
        row = one("SELECT s.desk FROM src.chain_keyed_from AS s JOIN main.chain_keyed_from AS t USING (desk)"
                  " WHERE t.seq IS NOT s.seq")
        if row:
            raise LedgerError(f"Desk {row[0]}'s keyed chain starts at a different order in {self.theirs(row[0])} "
                              f"than in {self.ours(row[0])}, {REFUSED}.")
        row = one("SELECT s.account_id, s.email FROM src.users AS s JOIN main.users AS t"
                  " ON t.account_id = s.account_id AND t.email = s.email AND t.id <> s.id")
        if row:
            raise LedgerError(f"Account {self._account(row[0])} has two different users with the e-mail address "
                              f"{row[1]} (in {self.theirs(None)} and {self.ours(None)}), {REFUSED}.")
        row = one("SELECT s.account_id, s.brand, s.last4 FROM src.payment_methods AS s JOIN main.payment_methods AS t"
                  " ON t.account_id = s.account_id AND t.fingerprint = s.fingerprint AND t.id <> s.id")
        if row:
            raise LedgerError(f"Account {self._account(row[0])} has one card ({row[1]} ending {row[2]}) saved as two "
                              f"payment methods (in {self.theirs(None)} and {self.ours(None)}), {REFUSED}.")
        for table, key, what in (("sales_leads", "id", "Lead"), ("events", "uid", "Event")):
            columns = [c for c in self._columns(table) if c != "id" or key == "id"]
            row = one(f"SELECT s.{key} FROM src.{table} AS s JOIN main.{table} AS t ON t.{key} = s.{key}"
                      f" WHERE {_json('s', columns)} IS NOT {_json('t', columns)}")
            if row:
                raise LedgerError(f"{what} {row[0]} differs between {self.theirs(None)} and {self.ours(None)} "
                                  f"(one was changed after it was written), {REFUSED}.")

    def _first(self, sql: str):
        return self.conn.execute(sql + " LIMIT 1").fetchone()

    def _account(self, account_id: str) -> str:
        row = self.conn.execute("SELECT coalesce((SELECT name FROM main.accounts WHERE id = ?),"
                                " (SELECT name FROM src.accounts WHERE id = ?))", [account_id, account_id]).fetchone()
        return f"{row[0]} ({account_id})" if row and row[0] else account_id

    # -- copying -----------------------------------------------------------

    def _columns(self, table: str) -> list[str]:
        return [row[1] for row in self.conn.execute(f"PRAGMA main.table_info({table})")]

    def _count(self, kind: dict, table: str, number: int) -> None:
        if number:
            kind[table] = kind.get(table, 0) + number

    def _add_missing(self, table: str, key: tuple[str, ...], *, columns=None, order_by: str | None = None) -> None:
        columns = columns or self._columns(table)
        match = " AND ".join(f"t.{k} = s.{k}" for k in key)
        sql = (f"INSERT INTO main.{table} ({', '.join(columns)}) SELECT {', '.join(f's.{c}' for c in columns)}"
               f" FROM src.{table} AS s WHERE NOT EXISTS (SELECT 1 FROM main.{table} AS t WHERE {match})")
        cursor = self.conn.execute(sql + (f" ORDER BY {order_by}" if order_by else ""))
        self._count(self.report.added, table, cursor.rowcount)

    def _rows_by_id(self, table: str, wins: Callable) -> None:
        """Add the rows main lacks; where both have an id with different values, `wins` picks the version."""
        columns = self._columns(table)
        self._add_missing(table, ("id",), order_by="s.id")
        width = len(columns)
        differing = self.conn.execute(
            f"SELECT {', '.join(f's.{c}' for c in columns)}, {', '.join(f't.{c}' for c in columns)}"
            f" FROM src.{table} AS s JOIN main.{table} AS t ON t.id = s.id"
            f" WHERE {_json('s', columns)} IS NOT {_json('t', columns)}"
        ).fetchall()
        for row in differing:
            theirs, ours = dict(zip(columns, row[:width])), dict(zip(columns, row[width:]))
            if wins(self, theirs, ours):
                assignments = ", ".join(f"{c} = :{c}" for c in columns if c != "id")
                self.conn.execute(f"UPDATE main.{table} SET {assignments} WHERE id = :id", theirs)
                self._count(self.report.updated, table, 1)


def _removal_first(rule: Callable) -> Callable:
    """Users and cards are removed by setting removed_at (migration 0004): a removal is the
    newest thing known about the row, so the version that has one (the later one) wins;
    otherwise `rule` decides. (A row added again after a removal elsewhere stays removed.)"""

    def wins(merger: Merger, theirs: dict, ours: dict) -> bool:
        mine, other = ours.get("removed_at") or "", theirs.get("removed_at") or ""
        return other > mine if other != mine else rule(merger, theirs, ours)

    return wins


def _first_created(merger: Merger, theirs: dict, ours: dict) -> bool:
    return (theirs["created_at"], _canonical(theirs)) < (ours["created_at"], _canonical(ours))


def _last_used(merger: Merger, theirs: dict, ours: dict) -> bool:
    def rank(row: dict, schema: str) -> tuple[str, str]:
        last = merger.conn.execute(f"SELECT max(created_at) FROM {schema}.orders WHERE payment_method_id = ?",
                                   [row["id"]]).fetchone()[0]
        return (last or "", _canonical(row))

    return rank(theirs, "src") > rank(ours, "main")


class _CurrentState:
    """subscriptions with their user_licenses, per (account, hub): the latest subscription brings its seats."""

    def __init__(self, merger: Merger) -> None:
        self.merger, self.conn = merger, merger.conn
        self.sub_columns = merger._columns("subscriptions")
        self.seat_columns = merger._columns("user_licenses")

    def merge(self) -> None:
        theirs, ours = self._states("src"), self._states("main")
        for key in sorted(theirs):
            mine = ours.get(key, (None, ()))
            if theirs[key] != mine and _state_rank(theirs[key]) > _state_rank(mine):
                self._take(theirs[key], mine)

    def _states(self, schema: str) -> dict:
        states: dict[tuple[str, str], tuple] = {}
        for row in self.conn.execute(f"SELECT {', '.join(self.sub_columns)} FROM {schema}.subscriptions"):
            sub = dict(zip(self.sub_columns, row))
            states[(sub["account_id"], sub["hub"])] = (sub, [])
        for row in self.conn.execute(f"SELECT {', '.join(self.seat_columns)} FROM {schema}.user_licenses"):
            seat = dict(zip(self.seat_columns, row))
            states.setdefault((seat["account_id"], seat["hub"]), (None, []))[1].append(seat)
        return {key: (sub, tuple(sorted(seats, key=_canonical))) for key, (sub, seats) in states.items()}

    def _take(self, state, mine) -> None:
        report, (sub, seats), (my_sub, my_seats) = self.merger.report, state, mine
        if sub is not None:
            columns = self.sub_columns
            self.conn.execute(
                f"INSERT INTO main.subscriptions ({', '.join(columns)}) VALUES ({', '.join(f':{c}' for c in columns)})"
                f" ON CONFLICT (account_id, hub) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in columns)}",
                sub,
            )
            self.merger._count(report.added if my_sub is None else report.updated, "subscriptions", 1)
        pk = lambda seat: (seat["account_id"], seat["user_id"], seat["hub"])  # noqa: E731
        gone, new = [s for s in my_seats if s not in seats], [s for s in seats if s not in my_seats]
        for seat in gone:
            self.conn.execute("DELETE FROM main.user_licenses WHERE account_id = ? AND user_id = ? AND hub = ?",
                              pk(seat))
        columns = self.seat_columns
        self.conn.executemany(
            f"INSERT INTO main.user_licenses ({', '.join(columns)}) VALUES ({', '.join(f':{c}' for c in columns)})",
            new,
        )
        kept = {pk(s) for s in gone} & {pk(s) for s in new}
        self.merger._count(report.updated, "user_licenses", len(kept))
        self.merger._count(report.added, "user_licenses", len(new) - len(kept))
        self.merger._count(report.removed, "user_licenses", len(gone) - len(kept))


def _state_rank(state) -> tuple:
    sub, seats = state
    return (sub is not None, sub["updated_at"] if sub else "", _canonical(sub), _canonical(seats))


def _canonical(value) -> str:
    return json.dumps(value, sort_keys=True)


def _json(alias: str, columns) -> str:
    return f"json_array({', '.join(f'{alias}.{c}' for c in columns)})"
