"""`ledger` subcommands: exit codes, output, and no card digits in exports."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from ledger_support import TEST_CARDS, new_card, purchase, seeded
from sqlite_utils.db import sqlite3

from wizard.ledger import record_purchase
from wizard.ledger.cli import main
from wizard.core.paths import ROOT


@pytest.fixture
def ledger_path(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    for number, currency in zip(TEST_CARDS, ("EUR", "JPY", "USD")):
        record_purchase(db, purchase(db, account_id, currency=currency, card=new_card(number)))
    db.close()
    return path


def test_summary_counts_and_revenue(ledger_path, capsys):
    assert main(["summary", "--ledger", str(ledger_path)]) == 0
    out = capsys.readouterr().out
    assert "Orders:          3" in out and "Users:           12" in out
    assert "EUR 200.00" in out and "JPY 20000" in out and "USD 200.00" in out


def test_orders_table(ledger_path, capsys):
    assert main(["orders", "--ledger", str(ledger_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["Number", "Created"]
    assert [line.split()[0] for line in lines[2:5]] == ["D01-000001", "D01-000002", "D01-000003"]
    assert lines[-1] == "3 orders"


@pytest.mark.parametrize("format", ["csv", "json"])
def test_export_has_no_card_digits_beyond_last4(ledger_path, tmp_path, format):
    output = tmp_path / f"orders.{format}"
    assert main(["export", "--format", format, "--output", str(output), "--ledger", str(ledger_path)]) == 0
    text = output.read_text(encoding="utf-8")
    for number in TEST_CARDS:
        assert number not in text and number[:-4] not in text and number[:6] not in text
        assert number[-4:] in text
    for forbidden in ("fingerprint", "exp_month", "holder"):
        assert forbidden not in text
    if format == "json":
        rows = json.loads(text)
        assert [r["payment_last4"] for r in rows] == ["4242", "4444", "0005"]
        assert all(len(r["licensed_user_ids"]) == 2 for r in rows)
    else:
        assert text.splitlines()[0].startswith("number,id,desk")
        assert len(text.splitlines()) == 4


def test_verify_exit_codes(ledger_path, capsys):
    assert main(["verify", "--ledger", str(ledger_path)]) == 0
    out = capsys.readouterr().out
    assert "3 orders checked" in out
    conn = sqlite3.connect(str(ledger_path))
    head = conn.execute("SELECT hash FROM orders WHERE number = 'D01-000003'").fetchone()[0]
    conn.close()
    # The desk's head, to compare with a copy kept elsewhere (a cut-off chain end looks intact).
    assert f"desk D01: last order D01-000003, chain head {head}" in out
    conn = sqlite3.connect(str(ledger_path), isolation_level=None)
    conn.execute("DROP TRIGGER orders_no_update")
    conn.execute("UPDATE orders SET seats = 9 WHERE number = 'D01-000002'")
    conn.close()
    assert main(["verify", "--ledger", str(ledger_path)]) == 1
    assert "Ledger broken at order D01-000002" in capsys.readouterr().out


def test_seed_demo_is_idempotent(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    assert main(["seed-demo", "--ledger", str(path)]) == 0
    assert main(["seed-demo", "--ledger", str(path)]) == 0
    assert main(["summary", "--ledger", str(path)]) == 0
    assert "Accounts:        1" in capsys.readouterr().out


def test_default_ledger_is_in_the_data_folder(_private_data_dir, capsys):
    assert main(["seed-demo"]) == 0
    assert (_private_data_dir / "ledger.sqlite3").exists()


def test_missing_ledger_is_not_created(tmp_path, capsys):
    path = tmp_path / "none.sqlite3"
    assert main(["summary", "--ledger", str(path)]) == 2
    assert "no ledger" in capsys.readouterr().err
    assert not path.exists()


def _cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "ledger", *args],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_bad_file_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("not a ledger\n")
    done = _cli("summary", "--ledger", str(bad))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"error: The file {bad} is not a SQLite database, so it cannot be a ledger."]
    assert "Traceback" not in done.stderr


def test_every_subcommand_has_help():
    for command in ("summary", "orders", "export", "verify", "seed-demo"):
        done = _cli(command, "--help")
        assert done.returncode == 0 and "--ledger FILE" in done.stdout, command


def _popen(*args):
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "ledger", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)


def _break_chain(path):
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("DROP TRIGGER orders_no_update")
    conn.execute("UPDATE orders SET seats = 9 WHERE number = 'D01-000002'")
    conn.close()


def test_verify_into_a_closed_pipe_keeps_its_status_quietly(ledger_path):
    # `ledger verify | head -1` with head gone before verify writes (the read end
    # is closed at once; Python needs far longer to start): no traceback, and the
    # status stays verify's own, 0 intact and 1 broken.
    for expected in (0, 1):
        if expected:
            _break_chain(ledger_path)
        proc = _popen("verify", "--ledger", str(ledger_path))
        proc.stdout.close()
        _, err = proc.communicate(timeout=60)
        assert (proc.returncode, err.decode()) == (expected, "")


def test_a_reader_that_stops_after_one_line_is_no_failure(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    for _ in range(400):  # ~220 KB of CSV, more than a pipe holds: export is still writing
        record_purchase(db, purchase(db, account_id))
    db.close()
    proc = _popen("export", "--ledger", str(path))
    assert proc.stdout.readline().startswith(b"number,id,desk,")
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err.decode()) == (0, "")


def _one_sentence(done) -> str:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("error: ") and line.endswith(".")
    return line


def test_sqlite_error_in_a_command_is_one_sentence_and_exit_2(ledger_path):
    # A hand-edited ledger that lost a table: SQLite's error reaches the command.
    conn = sqlite3.connect(str(ledger_path), isolation_level=None)
    conn.execute("DROP TABLE sales_leads")
    conn.close()
    line = _one_sentence(_cli("summary", "--ledger", str(ledger_path)))
    assert line == f"error: The ledger {ledger_path} could not be used: no such table: sales_leads."


def test_ledger_in_an_unwritable_folder_is_one_sentence_and_exit_2(ledger_path):
    folder = ledger_path.parent
    # Closed cleanly: the -wal and -shm are gone and would have to be created again.
    assert not ledger_path.with_name(ledger_path.name + "-wal").exists()
    assert not ledger_path.with_name(ledger_path.name + "-shm").exists()
    if shutil.which("chattr") is None:
        pytest.skip("needs chattr (root ignores a folder's mode bits, not its immutable flag)")
    made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
    if made.returncode:
        pytest.skip(f"chattr +i is not possible here: {made.stderr.strip()}")
    try:
        for command in ("summary", "verify"):
            _one_sentence(_cli(command, "--ledger", str(ledger_path)))
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
