"""open_ledger: settings, and bad files refused in one sentence, untouched."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlite_utils.db import sqlite3

from wizard.ledger import LedgerError, open_ledger
from wizard.ledger import connection


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    def content(path):
        with open(path, "rb") as file:  # builtins.open: one test patches Path.open
            return file.read()

    return {p.name: (content(p), p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


def refused(path, words):
    before = snapshot(path.parent)
    with pytest.raises(LedgerError, match=words) as caught:
        open_ledger(path)
    message = str(caught.value)
    assert message.count(". ") == 0 and message.endswith("."), "one sentence"
    assert snapshot(path.parent) == before, "the file (and its folder) must be left untouched"
    return message


def test_new_ledger_is_configured(tmp_path):
    db = open_ledger(tmp_path / "ledger.sqlite3")
    try:
        pragma = lambda name: db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == connection.BUSY_TIMEOUT_MS
        assert {"accounts", "users", "subscriptions", "payment_methods", "orders", "order_licenses", "events",
                "sales_leads", "user_licenses"} <= set(db.utils.table_names())
    finally:
        db.close()


def test_reopening_applies_nothing_twice(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    open_ledger(path).close()
    db = open_ledger(path)
    try:
        from wizard.ledger.schema import KNOWN_MIGRATIONS

        names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")]
        assert sorted(names) == sorted(KNOWN_MIGRATIONS)
    finally:
        db.close()


def test_a_ledger_of_the_first_schema_gets_the_later_migrations(tmp_path):
    """Files written before events became append-only are brought up to date at open."""
    from wizard.ledger.schema import SCHEMA_VERSION, migrations

    path = tmp_path / "old.sqlite3"
    from sqlite_utils import Database

    old = Database(path)
    migrations().apply(old, stop_before="0002_append_only_events")
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()
    db = open_ledger(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
        triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"events_no_update", "events_no_delete"} <= triggers
    finally:
        db.close()


def test_empty_file_becomes_a_ledger(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    path.touch()
    open_ledger(path).close()
    assert path.read_bytes().startswith(connection.SQLITE_HEADER)


def test_folder_is_refused(tmp_path):
    folder = tmp_path / "ledger.sqlite3"
    folder.mkdir()
    assert "is a folder" in refused(folder, "folder")


def test_missing_folder_is_refused(tmp_path):
    with pytest.raises(LedgerError, match="does not exist"):
        open_ledger(tmp_path / "nowhere" / "ledger.sqlite3")
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("content", [b"name,amount\nx,1\n", b"\x00" * 4096, b"SQLite format 2\x00" + b"x" * 100])
def test_non_sqlite_file_is_refused(tmp_path, content):
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(content)
    refused(path, "not a SQLite database")


def test_damaged_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(connection.SQLITE_HEADER + b"\xff" * 200)
    refused(path, "damaged")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_refused(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    open_ledger(path).close()
    path.chmod(0o000)
    try:
        refused(path, "cannot be read")
    finally:
        path.chmod(0o600)


def test_unreadable_file_is_refused_even_as_root(tmp_path, monkeypatch):
    """The same refusal, with the permission error simulated (tests may run as root)."""
    path = tmp_path / "ledger.sqlite3"
    open_ledger(path).close()
    real_open = Path.open

    def denied(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    assert "Permission denied" in refused(path, "cannot be read")


def _write_raw(path, *statements):
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def test_newer_migration_is_refused(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    open_ledger(path).close()
    _write_raw(path, "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('upgrade-wizard', '0002_from_the_future', '2030-01-01')")
    refused(path, "newer version")


def test_newer_user_version_is_refused(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    open_ledger(path).close()
    _write_raw(path, "PRAGMA user_version = 99")
    refused(path, "newer version")


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    _write_raw(path, "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    refused(path, "another program")


def test_old_sqlite_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(connection.sqlite3, "sqlite_version_info", (3, 45, 1))
    monkeypatch.setattr(connection.sqlite3, "sqlite_version", "3.45.1")
    with pytest.raises(LedgerError, match=r"SQLite 3\.45\.1 is too old.*3\.51\.3"):
        open_ledger(tmp_path / "ledger.sqlite3")
    assert not (tmp_path / "ledger.sqlite3").exists()


def test_an_up_to_date_ledger_is_read_without_importing_sqlite_utils(tmp_path):
    """The start reads the account with plain SQL; sqlite-utils comes only when a file needs a migration."""
    import subprocess
    import sys
    import textwrap

    path = tmp_path / "ledger.sqlite3"
    db = open_ledger(path)
    from wizard.ledger import seed_demo

    seed_demo(db)
    db.close()
    script = textwrap.dedent(f"""
        import sys
        from wizard import ledger
        db = ledger.open_ledger({str(path)!r})
        account = ledger.first_account(db)
        users = ledger.account_users(db, account.id)
        print(account.name, len(users), "sqlite_utils" in sys.modules)
        fresh = ledger.open_ledger({str(tmp_path / "fresh.sqlite3")!r})
        print("sqlite_utils" in sys.modules)
    """)
    env = {**os.environ, "UPGRADE_WIZARD_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True,
                         cwd=Path(__file__).resolve().parent.parent).stdout.split("\n")
    name, users, imported = out[0].rsplit(" ", 2)
    assert name and int(users) > 0 and imported == "False"
    assert out[1] == "True"  # a new file: the migrations create its tables through sqlite-utils


def test_a_lone_write_commits_at_once_and_reads_are_dicts(tmp_path):
    """sqlite-utils' meaning of execute() and query(), kept by the ledger's own connection."""
    import sqlite3 as stdlib

    path = tmp_path / "ledger.sqlite3"
    db = open_ledger(path)
    try:
        db.execute("INSERT INTO ledger_meta (key, value) VALUES (?, ?)", ["probe", "1"])
        assert not db.conn.in_transaction
        other = stdlib.connect(path)
        try:
            assert other.execute("SELECT value FROM ledger_meta WHERE key = 'probe'").fetchone() == ("1",)
        finally:
            other.close()
        assert list(db.query("SELECT key, value FROM ledger_meta WHERE key = ?", ["probe"])) == [
            {"key": "probe", "value": "1"}]
        assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    finally:
        db.close()
