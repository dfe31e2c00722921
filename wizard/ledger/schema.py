"""The ledger's tables, as sqlite-utils migrations with explicit CREATE TABLEs.

Explicit SQL rather than sqlite-utils' inferred tables: the file is a contract
read by other tools (Datasette, sqlite-utils), so types, NOT NULLs, checks,
foreign keys and indexes are spelled out.

Every index costs a page write in each purchase's commit (bench/ledger.py), so
the tables a purchase touches are WITHOUT ROWID (the primary key is the table)
and carry no index that no query needs. Nothing deletes users or orders, so the
foreign keys into them need no child-side index. A new migration is appended, never
edited; SCHEMA_VERSION follows the number of migrations so an older program
can tell that a file is newer than it knows.
"""
from __future__ import annotations

import json

from functools import cache

MIGRATION_SET = "upgrade-wizard"
# (name, function) in the order they apply. sqlite-utils' Migrations is built from them only when a file
# needs one (migrations()), so opening an up-to-date ledger does not import sqlite-utils.
_STEPS: list[tuple[str, object]] = []


def migration(name: str):
    def register(function):
        _STEPS.append((name, function))
        return function

    return register

# What a plan is (an order buys one, a subscription is the current one): one
# definition for both tables. The text differs in layout from the first
# release's; SQLite stores it, nothing compares it.
PLAN_COLUMNS = ",\n    ".join((
    "hub TEXT NOT NULL",
    "tier TEXT NOT NULL",
    "interval TEXT NOT NULL CHECK (interval IN ('monthly', 'annual'))",
    "currency TEXT NOT NULL CHECK (length(currency) = 3)",
    "seats INTEGER NOT NULL CHECK (seats >= 1)",
))

TABLES = """
CREATE TABLE accounts (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL CHECK (name <> ''),
    street       TEXT NOT NULL DEFAULT '',
    postal_code  TEXT NOT NULL DEFAULT '',
    city         TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL CHECK (length(country) = 2),
    vat_id       TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
CREATE TABLE users (
    id          TEXT PRIMARY KEY NOT NULL,
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    name        TEXT NOT NULL CHECK (name <> ''),
    email       TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('admin', 'user')),
    is_you      INTEGER NOT NULL DEFAULT 0 CHECK (is_you IN (0, 1)),
    created_at  TEXT NOT NULL,
    UNIQUE (account_id, email)
);
CREATE INDEX users_by_account ON users (account_id, name);
CREATE TABLE payment_methods (
    id                  TEXT PRIMARY KEY NOT NULL,
    account_id          TEXT NOT NULL REFERENCES accounts (id),
    brand               TEXT NOT NULL,
    last4               TEXT NOT NULL CHECK (length(last4) = 4 AND last4 NOT GLOB '*[^0-9]*'),
    exp_month           INTEGER NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
    exp_year            INTEGER NOT NULL CHECK (exp_year BETWEEN 2000 AND 2200),
    holder              TEXT NOT NULL,
    fingerprint         TEXT NOT NULL,  -- keyed HMAC of the number; the key is not in this file
    shared_with_admins  INTEGER NOT NULL DEFAULT 0 CHECK (shared_with_admins IN (0, 1)),
    created_at          TEXT NOT NULL,
    UNIQUE (account_id, fingerprint)
);
CREATE TABLE orders (
    id                   TEXT NOT NULL UNIQUE,               -- UUID, what other tables refer to
    number               TEXT NOT NULL,                      -- <desk>-000001, see the CHECK below
    desk                 TEXT NOT NULL CHECK (desk <> ''),
    seq                  INTEGER NOT NULL CHECK (seq >= 1),  -- gap-free per desk
    created_at           TEXT NOT NULL,                      -- ISO 8601 UTC
    account_id           TEXT NOT NULL REFERENCES accounts (id),
    {plan},
    unit_price_minor     INTEGER NOT NULL CHECK (unit_price_minor > 0),
    amount_due_minor     INTEGER NOT NULL CHECK (amount_due_minor > 0),
    next_charge_date     TEXT NOT NULL,
    language             TEXT NOT NULL,
    mode                 TEXT NOT NULL,
    payment_method_id    TEXT REFERENCES payment_methods (id),
    company_name         TEXT NOT NULL,
    company_street       TEXT NOT NULL,
    company_postal_code  TEXT NOT NULL,
    company_city         TEXT NOT NULL,
    company_country      TEXT NOT NULL,
    vat_id               TEXT NOT NULL DEFAULT '',
    prev_hash            TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash                 TEXT NOT NULL CHECK (length(hash) = 64),
    -- Clustered by desk and number: verify and export read each desk's chain in
    -- storage order, and a desk's new order lands at the end of its range.
    PRIMARY KEY (desk, seq),
    -- number is desk and seq spelled out, so the primary key keeps it unique too
    CHECK (number = printf('%s-%06d', desk, seq))
) WITHOUT ROWID;
CREATE TABLE order_licenses (
    order_id  TEXT NOT NULL REFERENCES orders (id),
    user_id   TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (order_id, user_id)
) WITHOUT ROWID;
CREATE TABLE subscriptions (
    account_id         TEXT NOT NULL REFERENCES accounts (id),
    {plan},
    unit_price_minor   INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    next_charge_date   TEXT NOT NULL,
    payment_method_id  TEXT REFERENCES payment_methods (id),
    order_id           TEXT REFERENCES orders (id),  -- NULL when it predates the ledger
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (account_id, hub)                     -- one current subscription per hub
) WITHOUT ROWID;
CREATE TABLE user_licenses (                          -- who holds a paid seat now
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    user_id     TEXT NOT NULL REFERENCES users (id),
    hub         TEXT NOT NULL,
    order_id    TEXT REFERENCES orders (id),
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (account_id, user_id, hub)            -- a user belongs to one account
) WITHOUT ROWID;
CREATE TABLE sales_leads (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    desk        TEXT NOT NULL,
    account_id  TEXT REFERENCES accounts (id),
    hub         TEXT NOT NULL,
    tier        TEXT NOT NULL,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL,
    phone       TEXT NOT NULL DEFAULT '',
    message     TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL,
    mode        TEXT NOT NULL
);
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    desk        TEXT NOT NULL,
    kind        TEXT NOT NULL,                 -- purchase, lead, seed
    account_id  TEXT REFERENCES accounts (id),
    order_id    TEXT REFERENCES orders (id),
    lead_id     TEXT REFERENCES sales_leads (id),
    detail      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
);
""".replace("{plan}", PLAN_COLUMNS)

# Append-only. UPDATE and DELETE are refused outright. INSERT OR REPLACE needs
# its own guard: a REPLACE conflict deletes the old row *without* firing DELETE
# triggers unless recursive_triggers is on (sqlite-utils turns it on, a plain
# sqlite3 connection does not). So a BEFORE INSERT trigger looks for the row a
# new one would collide with: an identical order (same id and hash) is skipped,
# which keeps repeated merges of desk ledgers idempotent; anything else aborts.
APPEND_ONLY_TRIGGERS = """
CREATE TRIGGER orders_no_update BEFORE UPDATE ON orders
BEGIN SELECT RAISE(ABORT, 'orders are append-only: an order cannot be changed'); END;
CREATE TRIGGER orders_no_delete BEFORE DELETE ON orders
BEGIN SELECT RAISE(ABORT, 'orders are append-only: an order cannot be deleted'); END;
CREATE TRIGGER orders_no_replace BEFORE INSERT ON orders
WHEN EXISTS (SELECT 1 FROM orders WHERE id = NEW.id OR (desk = NEW.desk AND seq = NEW.seq))
BEGIN
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM orders WHERE id = NEW.id AND hash = NEW.hash
                     AND number = NEW.number)
        THEN RAISE(IGNORE)
        ELSE RAISE(ABORT, 'orders are append-only: an existing order cannot be replaced')
    END;
END;
CREATE TRIGGER order_licenses_no_update BEFORE UPDATE ON order_licenses
BEGIN SELECT RAISE(ABORT, 'order licenses are append-only: a license cannot be changed'); END;
CREATE TRIGGER order_licenses_no_delete BEFORE DELETE ON order_licenses
BEGIN SELECT RAISE(ABORT, 'order licenses are append-only: a license cannot be deleted'); END;
CREATE TRIGGER order_licenses_no_replace BEFORE INSERT ON order_licenses
WHEN EXISTS (SELECT 1 FROM order_licenses WHERE order_id = NEW.order_id AND user_id = NEW.user_id)
BEGIN SELECT RAISE(IGNORE); END;
"""


@migration("0001_initial_tables")
def initial_tables(db) -> None:
    for statement in _statements(TABLES + APPEND_ONLY_TRIGGERS):
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")


EVENTS_APPEND_ONLY = """
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: an event cannot be changed'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: an event cannot be deleted'); END;
"""


@migration("0002_append_only_events")
def append_only_events(db) -> None:
    """verify() finds a removed last order through its purchase event: keep events too."""
    for statement in _statements(EVENTS_APPEND_ONLY):
        db.execute(statement)
    db.execute("PRAGMA user_version = 2")


KEYED_CHAIN = """
ALTER TABLE orders ADD COLUMN mac TEXT CHECK (mac IS NULL OR length(mac) = 64);
CREATE TABLE chain_keyed_from (
    desk  TEXT PRIMARY KEY NOT NULL,
    seq   INTEGER NOT NULL CHECK (seq >= 1)
);
CREATE TRIGGER chain_keyed_from_no_update BEFORE UPDATE ON chain_keyed_from
BEGIN SELECT RAISE(ABORT, 'chain_keyed_from is append-only: where a keyed chain starts cannot be changed'); END;
CREATE TRIGGER chain_keyed_from_no_delete BEFORE DELETE ON chain_keyed_from
BEGIN SELECT RAISE(ABORT, 'chain_keyed_from is append-only: where a keyed chain starts cannot be deleted'); END;
CREATE TRIGGER chain_keyed_from_no_replace BEFORE INSERT ON chain_keyed_from
WHEN EXISTS (SELECT 1 FROM chain_keyed_from WHERE desk = NEW.desk)
BEGIN
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM chain_keyed_from WHERE desk = NEW.desk AND seq = NEW.seq) THEN RAISE(IGNORE)
        ELSE RAISE(ABORT, 'chain_keyed_from is append-only: where a keyed chain starts cannot be replaced')
    END;
END;
CREATE TABLE ledger_meta (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
);
ALTER TABLE events ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX events_by_uid ON events (uid);
"""
# Like orders_no_replace, but an event is never merged by REPLACE: a merge
# looks its uid up first. A NULL uid would escape the UNIQUE index.
EVENTS_NO_REPLACE = """
CREATE TRIGGER events_no_replace BEFORE INSERT ON events
WHEN NEW.uid IS NULL OR EXISTS (SELECT 1 FROM events WHERE id = NEW.id OR uid = NEW.uid)
BEGIN
    SELECT CASE
        WHEN NEW.uid IS NULL THEN RAISE(ABORT, 'events need a uid: insert them through insert_event()')
        ELSE RAISE(ABORT, 'events are append-only: an existing event cannot be replaced')
    END;
END;
"""
# uuid5 of a legacy event's own values: the same event in two copies of one
# ledger gets the same uid, so a merge of both keeps it once.
_LEGACY_EVENTS = "2c0b7f4e-8d61-4b0a-9f3e-5a1d6c7e9b24"


@migration("0003_keyed_chain")
def keyed_chain(db) -> None:
    """Orders get a keyed hash (mac), events a uid, the file an identity (ledger_id).

    Orders already written keep no mac: chain_keyed_from records, per desk,
    the first number that carries one, so verify knows which orders are legacy.
    """
    import uuid  # here, not at the top: opening an up-to-date ledger imports this module, not uuid (~3 ms)

    for statement in _statements(KEYED_CHAIN):
        db.execute(statement)
    db.execute("INSERT INTO chain_keyed_from (desk, seq) SELECT desk, max(seq) + 1 FROM orders GROUP BY desk")
    db.execute("INSERT INTO ledger_meta (key, value) VALUES ('ledger_id', ?)", [str(uuid.uuid4())])
    legacy = db.execute(
        "SELECT id, created_at, desk, kind, account_id, order_id, lead_id, detail FROM events ORDER BY id"
    ).fetchall()
    if legacy:
        # The only change events ever get: lift the guard, backfill, guard again.
        db.execute("DROP TRIGGER events_no_update")
        db.conn.executemany(
            "UPDATE events SET uid = ? WHERE id = ?",
            [(str(uuid.uuid5(uuid.UUID(_LEGACY_EVENTS), json.dumps(row))), row[0]) for row in legacy],
        )
        db.execute(_statements(EVENTS_APPEND_ONLY)[0])
    db.execute(_statements(EVENTS_NO_REPLACE)[0])
    db.execute("PRAGMA user_version = 3")


ACCOUNT_WINDOW = """
ALTER TABLE accounts ADD COLUMN currency TEXT NOT NULL DEFAULT '' CHECK (currency = '' OR length(currency) = 3);
ALTER TABLE users ADD COLUMN removed_at TEXT;
ALTER TABLE payment_methods ADD COLUMN removed_at TEXT;
"""


@migration("0004_account_window")
def account_window(db) -> None:
    """What the account window needs: the account's currency (first-run set-up), and users and
    cards that can be removed without breaking the orders that name them (removed_at, not DELETE:
    orders and their licenses keep pointing at the row). Access requests are events."""
    for statement in _statements(ACCOUNT_WINDOW):
        db.execute(statement)
    db.execute("PRAGMA user_version = 4")


CHARGES = """
ALTER TABLE orders ADD COLUMN net_minor INTEGER CHECK (net_minor >= 0);
ALTER TABLE orders ADD COLUMN credit_minor INTEGER CHECK (credit_minor >= 0);
ALTER TABLE orders ADD COLUMN vat_rate_bp INTEGER CHECK (vat_rate_bp BETWEEN 0 AND 10000);
ALTER TABLE orders ADD COLUMN vat_minor INTEGER CHECK (vat_minor >= 0);
ALTER TABLE orders ADD COLUMN total_minor INTEGER CHECK (total_minor >= 0);
ALTER TABLE orders ADD COLUMN refund_minor INTEGER CHECK (refund_minor >= 0);
ALTER TABLE orders ADD COLUMN refund_currency TEXT CHECK (refund_currency = '' OR length(refund_currency) = 3);
ALTER TABLE orders ADD COLUMN chain_version INTEGER NOT NULL DEFAULT 1 CHECK (chain_version >= 1);
"""


@migration("0005_charges")
def charges(db) -> None:
    """What an order charges (core/charges.py): net, the credit for the plan it replaces, the VAT rate
    (basis points, 1900 = 19 %) and amount, the total (= amount_due_minor), and a refund in the replaced
    plan's other currency. NULL in orders written before: they recorded only amount_due_minor.
    chain_version says which columns an order's hash covers (chain.py): 1 for the orders already
    written, which keep verifying as they were; record_purchase writes 2, which covers the charges."""
    for statement in _statements(CHARGES):
        db.execute(statement)
    db.execute("PRAGMA user_version = 5")


# The values are spelled out here, not taken from core: a migration is frozen once shipped.
TRAINING_ATTEMPTS = """
CREATE TABLE training_attempts (
    id           TEXT PRIMARY KEY NOT NULL,
    trainee      TEXT NOT NULL CHECK (trainee <> ''),   -- the name the trainee typed, nothing else about them
    exercise     TEXT NOT NULL CHECK (exercise <> ''),  -- the exercise file's name without .json
    way          TEXT NOT NULL CHECK (way IN ('show', 'try', 'test')),
    score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    started_at   TEXT NOT NULL,                          -- ISO 8601 UTC
    duration_ms  INTEGER NOT NULL CHECK (duration_ms >= 0),
    steps        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(steps) AND json_type(steps) = 'array'),
    hints        INTEGER NOT NULL DEFAULT 0 CHECK (hints >= 0),
    errors       INTEGER NOT NULL DEFAULT 0 CHECK (errors >= 0),
    desk         TEXT NOT NULL CHECK (desk <> ''),
    language     TEXT NOT NULL CHECK (language <> ''),
    result       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(result) AND json_type(result) = 'array'),
    recorded_at  TEXT NOT NULL
);
CREATE INDEX training_attempts_by_trainee ON training_attempts (trainee, started_at);
"""


def _append_only(table: str, row: str) -> str:
    """Triggers refusing to change, delete or replace (a REPLACE with the same id) a row of `table`.

    `row` names one row with its article ("an attempt"). Text a migration runs: change it only
    together with a new migration, never for a shipped one.
    """
    existing = "an existing " + row.split(" ", 1)[1]
    return "".join(
        f"CREATE TRIGGER {table}_no_{name} BEFORE {event} ON {table}{when}\n"
        f"BEGIN SELECT RAISE(ABORT, '{table.replace('_', ' ')} are append-only: {which} cannot be {done}'); END;\n"
        for name, event, when, which, done in (
            ("update", "UPDATE", "", row, "changed"),
            ("delete", "DELETE", "", row, "deleted"),
            ("replace", "INSERT", f" WHEN EXISTS (SELECT 1 FROM {table} WHERE id = NEW.id)", existing, "replaced"),
        )
    )


@migration("0006_training_attempts")
def training_attempts(db) -> None:
    """Training mode's graded attempts (wizard/ledger/training.py), append-only like the events:
    who (the name typed at the start), which exercise, which way, the score, the time per step
    (steps: [{"step", "ms", "hints", "errors"}]) and the graded criteria (result)."""
    for statement in _statements(TRAINING_ATTEMPTS + _append_only("training_attempts", "an attempt")):
        db.execute(statement)
    db.execute("PRAGMA user_version = 6")


# What the account window and the CLI read on a big ledger (tests/test_query_plans.py): an account's
# newest orders (its order history), a one-pass summary per desk and currency, the first account, and
# an account's access requests among a million events. The two order indexes cost a page write per
# purchase each (bench/ledger.py measures it); the event indexes are partial, so a purchase's or a
# wizard step's event does not touch them.
INDEXES = """
CREATE INDEX orders_by_account ON orders (account_id, created_at DESC, desk, seq DESC);
CREATE INDEX orders_by_desk_currency ON orders (desk, currency, mode, amount_due_minor);
CREATE INDEX accounts_by_created ON accounts (created_at);
CREATE INDEX events_access_requests ON events (account_id, created_at) WHERE kind = 'access_request';
CREATE INDEX events_access_granted ON events (account_id) WHERE kind = 'access_granted';
"""


@migration("0007_indexes")
def indexes(db) -> None:
    """Indexes for the reads on a ledger of a million orders: the account window's order history
    (newest first, by account) and open access requests, `ledger summary` (orders and revenue per desk
    and currency in one pass over a narrow index instead of the whole table) and the first account."""
    for statement in _statements(INDEXES):
        db.execute(statement)
    db.execute("PRAGMA user_version = 7")


def _statements(script: str) -> list[str]:
    """Split a script into statements; SQLite itself says when one is complete
    (trigger bodies hold ';' that do not end the statement)."""
    from wizard.ledger.driver import sqlite3

    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements


# The names tell a newer file from ours (connection._refuse_foreign_or_newer) and what a file still needs.
KNOWN_MIGRATIONS = frozenset(name for name, _ in _STEPS)
SCHEMA_VERSION = len(KNOWN_MIGRATIONS)


@cache
def migrations():
    """sqlite-utils' Migrations of the ledger (applied with `migrations().apply(ledger.utils)`)."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations(MIGRATION_SET)
    for name, function in _STEPS:
        steps(name=name)(function)
    return steps
