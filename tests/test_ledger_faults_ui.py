"""What the person at the window sees when the ledger file fails: a sentence where they are,
a window that stays alive while another desk writes, and a retry that really tries again."""
from __future__ import annotations

import random
import subprocess
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ledger_support import seeded

from helpers import agree, click, commit_button, orders, to_review
from wizard.ui.upgrade.fields import PageId

NOTHING_BOUGHT = "The purchase could not be saved, so nothing was bought or charged."


def _lock(path):
    from sqlite_utils.db import sqlite3

    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


@pytest.fixture
def main(qtbot):
    """wizard.app.cli.main, run in this process (qtbot: a QApplication exists)."""
    from wizard.app.cli import main as program_main

    return program_main


def _chattr(flag: str, path) -> bool:
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


def test_a_ledger_deleted_while_the_wizard_runs_is_never_confirmed(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    review = to_review(qtbot, wizard)
    agree(qtbot, review)
    for suffix in ("", "-wal", "-shm"):
        ledger_path.with_name(ledger_path.name + suffix).unlink()
    click(qtbot, commit_button(wizard))
    assert wizard.currentId() == PageId.REVIEW and wizard.receipt is None
    assert review.error.isVisible()
    assert review.error.text().startswith(NOTHING_BOUGHT)
    assert "moved, replaced or deleted" in review.error.text()
    # Trying again does not quietly create a new ledger in its place.
    click(qtbot, commit_button(wizard))
    assert wizard.currentId() == PageId.REVIEW and not ledger_path.exists()
    assert "missing" in review.error.text()


def test_the_window_stays_alive_while_another_desk_writes_and_cancel_stops_waiting(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    review = to_review(qtbot, wizard)
    agree(qtbot, review)
    other = _lock(ledger_path)
    ticks, seen = [], {}
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(50)

    def look_and_cancel():
        note = QApplication.activeModalWidget()
        seen["note"] = note.objectName() if note else None
        seen["label"] = note.labelText() if note else ""
        note.cancel()

    QTimer.singleShot(800, look_and_cancel)
    try:
        click(qtbot, commit_button(wizard))
    finally:
        ticker.stop()
        other.execute("ROLLBACK")
        other.close()
    assert seen["note"] == "waitingForDesk" and "Another desk" in seen["label"]
    assert len(ticks) >= 8  # the event loop ran all along: no frozen window
    assert wizard.currentId() == PageId.REVIEW
    assert review.error.text() == NOTHING_BOUGHT + " You stopped waiting for the other desk. Try again whenever you like."
    assert orders(ledger_path) == []
    assert QApplication.activeModalWidget() is None  # the note is gone


def test_a_purchase_waits_for_another_desk_and_then_succeeds(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    review = to_review(qtbot, wizard)
    agree(qtbot, review)
    other = _lock(ledger_path)

    def release():
        other.execute("COMMIT")

    QTimer.singleShot(600, release)
    try:
        click(qtbot, commit_button(wizard))
    finally:
        other.close()
    assert wizard.currentId() == PageId.CONFIRMATION
    assert [o["number"] for o in orders(ledger_path)] == [wizard.receipt.number]


def test_a_read_only_ledger_is_told_and_heals_without_a_restart(qtbot, make_wizard, ledger_path):
    db, _ = seeded(ledger_path)
    db.close()
    if not _chattr("+i", ledger_path):
        pytest.skip("this file system has no immutable flag")
    try:
        wizard = make_wizard()
        assert wizard.session.read_only
        review = to_review(qtbot, wizard)
        agree(qtbot, review)
        click(qtbot, commit_button(wizard))
        assert wizard.currentId() == PageId.REVIEW
        assert review.error.text() == (
            NOTHING_BOUGHT + " The ledger file cannot be written at the moment. Once it can, try again."
        )
    finally:
        _chattr("-i", ledger_path)
    click(qtbot, commit_button(wizard))  # the same window, no restart
    assert wizard.currentId() == PageId.CONFIRMATION
    assert len(orders(ledger_path)) == 1


def test_a_read_only_ledger_is_said_at_the_start(main, tmp_path, capsys, monkeypatch):
    from wizard.ui.kit import messages

    path = tmp_path / "ledger.sqlite3"
    db, _ = seeded(path)
    db.close()
    if not _chattr("+i", path):
        pytest.skip("this file system has no immutable flag")
    shown = []
    monkeypatch.setattr(messages, "ask", lambda parent, icon, title, text, detail="": shown.append(text))
    QTimer.singleShot(500, lambda: QApplication.instance().exit(0))
    try:
        assert main(["--demo", "--lang", "en", "--ledger", str(path)]) == 0
    finally:
        _chattr("-i", path)
    assert len(shown) == 1 and "can only be read" in shown[0]
    assert "can only be read" in capsys.readouterr().err


def _damaged_ledger(path):
    db, account_id = seeded(path)
    db.close()
    size = path.stat().st_size
    rng = random.Random(3)
    with open(path, "r+b") as file:
        for _ in range(3):
            file.seek(rng.randrange(4096, size - 512))
            file.write(rng.randbytes(512))
    return path.read_bytes()


@pytest.mark.parametrize("start_new", [False, True], ids=["quit", "start a new ledger"])
def test_a_damaged_ledger_at_the_start_is_kept_and_a_new_one_only_on_request(
    main, tmp_path, capsys, monkeypatch, start_new
):
    from wizard.ui.kit import messages

    path = tmp_path / "ledger.sqlite3"
    before = _damaged_ledger(path)
    offers = []
    monkeypatch.setattr(messages, "offer_new_ledger", lambda parent, damaged, reason: offers.append(damaged) or start_new)
    if start_new:
        QTimer.singleShot(800, lambda: QApplication.instance().exit(0))
    status = main(["--demo", "--lang", "en", "--ledger", str(path)])
    assert offers == [True]
    assert "damaged" in capsys.readouterr().err
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    if start_new:
        assert status == 0
        assert len(kept) == 1 and kept[0].read_bytes() == before  # set aside, byte for byte
        assert path.exists() and path.read_bytes() != before
    else:
        assert status == 2
        assert kept == [] and path.read_bytes() == before  # untouched


def test_a_missing_ledger_at_the_start_is_said_and_not_replaced(main, tmp_path, capsys, monkeypatch):
    from wizard.ui.kit import messages

    path = tmp_path / "ledger.sqlite3"
    db, _ = seeded(path)
    db.close()
    path.unlink()
    offers = []
    monkeypatch.setattr(messages, "offer_new_ledger", lambda parent, damaged, reason: offers.append(damaged) or False)
    assert main(["--demo", "--lang", "en", "--ledger", str(path)]) == 2
    assert offers == [False]
    assert "missing" in capsys.readouterr().err
    assert not path.exists()


def test_a_folder_where_the_wal_cannot_be_made_is_said_at_the_start(main, tmp_path, capsys, monkeypatch):
    from wizard.ui.kit import messages

    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "ledger.sqlite3"
    db, _ = seeded(path)
    db.close()  # no -wal or -shm left: the next open must create them
    if not _chattr("+i", folder):
        pytest.skip("this file system has no immutable flag")
    shown = []
    monkeypatch.setattr(messages, "ask", lambda parent, icon, title, text, detail="": shown.append((text, detail)))
    try:
        assert main(["--demo", "--lang", "en", "--ledger", str(path)]) == 2
    finally:
        _chattr("-i", folder)
    assert len(shown) == 1 and "ledger cannot be opened" in shown[0][0]
    assert str(path) in shown[0][1] and "-wal" in shown[0][1]
    assert "Traceback" not in capsys.readouterr().err
