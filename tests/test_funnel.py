"""Where visitors drop off: real wizards write their steps, `ledger funnel` counts them back."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import uuid
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWizard

from helpers import MASTERCARD, agree, click, commit_button, events, fill_new_card, go_to_payment, ledger_rows, next_button
from pages_support import click_back, click_next
from wizard.ledger import funnel
from wizard.ui.upgrade.fields import PageId

STEP_KINDS = funnel.KINDS


def step_events(path) -> list[dict]:
    return [event for kind in STEP_KINDS for event in events(path, kind)]


def cancel(qtbot, wizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert not wizard.isVisible()


def run_cli(capsys, *argv) -> tuple[int, str]:
    from wizard.app.cli import main

    status = main(["ledger", "funnel", *argv])
    return status, capsys.readouterr().out


def table(output: str) -> dict[str, tuple[int, int, str]]:
    """The printed funnel as step -> (reached, left, median)."""
    rows = {}
    for line in output.splitlines()[2:]:
        step, reached, left, *median = line.split()
        rows[step] = (int(reached), int(left), " ".join(median))
    return rows


@pytest.fixture
def three_sessions(qtbot, make_wizard, ledger_path):
    """One visitor leaves on the currency step, one on payment (after a step back), one buys with a new card."""
    first = make_wizard()
    first.setField("hub", "marketing")
    first.setField("tier", "starter")
    click_next(qtbot, first)
    assert first.currentId() == PageId.CURRENCY
    cancel(qtbot, first)

    second = make_wizard()
    go_to_payment(second)
    click_back(qtbot, second)
    assert second.currentId() == PageId.BILLING
    click_next(qtbot, second)
    assert second.currentId() == PageId.PAYMENT
    cancel(qtbot, second)

    third = make_wizard()
    payment = go_to_payment(third)
    fill_new_card(qtbot, payment, number=MASTERCARD, holder="Lena Hoffmann")
    click(qtbot, next_button(third))
    agree(qtbot, third.currentPage())
    click(qtbot, commit_button(third))
    assert third.currentId() == PageId.CONFIRMATION
    return first, second, third


def test_the_steps_are_the_wizards_pages_in_their_order():
    assert funnel.STEPS == tuple(page.name.lower() for page in sorted(PageId))


def test_the_funnel_counts_exactly_where_each_session_stopped(three_sessions, ledger_path, capsys):
    status, output = run_cli(capsys, "--ledger", str(ledger_path))
    assert status == 0
    assert output.splitlines()[0] == "sessions: 3"
    rows = table(output)
    counts = {step: (reached, left) for step, (reached, left, _median) in rows.items()}
    assert counts == {
        "product": (3, 0), "currency": (3, 1), "billing": (2, 0), "licenses": (0, 0),
        "payment": (2, 1), "review": (1, 0), "confirmation": (1, 0),
    }
    assert list(rows) == list(funnel.MAIN_PATH)  # the wizard's order; no branch to sales was taken
    assert rows["currency"][2].endswith(" s") and rows["confirmation"][2] == "-"


def test_each_session_has_its_own_id_and_its_steps_in_order(three_sessions, ledger_path):
    first, second, third = three_sessions
    shown = events(ledger_path, funnel.STEP_SHOWN)
    by_session: dict[str, list[str]] = {}
    for event in shown:
        by_session.setdefault(event["detail"]["session"], []).append(event["detail"]["step"])
    assert by_session == {
        first.step_tracker.session_id: ["product", "currency"],
        second.step_tracker.session_id: ["product", "currency", "billing", "payment", "billing", "payment"],
        third.step_tracker.session_id: ["product", "currency", "billing", "payment", "review", "confirmation"],
    }
    left = [(e["detail"]["step"], e["detail"]["direction"]) for e in events(ledger_path, funnel.STEP_LEFT)
            if e["detail"]["session"] == second.step_tracker.session_id]
    assert left == [("product", "forward"), ("currency", "forward"), ("billing", "forward"), ("payment", "back"),
                    ("billing", "forward")]
    abandoned = [(e["detail"]["step"], e["detail"]["session"]) for e in events(ledger_path, funnel.SESSION_ABANDONED)]
    assert abandoned == [("currency", first.step_tracker.session_id), ("payment", second.step_tracker.session_id)]
    assert all(e["detail"]["mode"] == "demo" and e["desk"] == "D01" for e in step_events(ledger_path))


def test_no_step_event_holds_personal_data(three_sessions, ledger_path):
    people = ledger_rows(ledger_path, "SELECT name, email FROM users")
    company = ledger_rows(ledger_path, "SELECT name FROM accounts")
    secrets = {"Lena Hoffmann", MASTERCARD, MASTERCARD[-4:], MASTERCARD[:4]}
    secrets |= {row["name"] for row in company} | {v for row in people for v in (row["name"], row["email"])}
    for event in step_events(ledger_path):
        assert set(event["detail"]) <= {"session", "step", "mode", "direction", "ms"}
        assert event["account_id"] is None and event["order_id"] is None
        # The random parts cannot carry anything typed, and may hold "4444" or "5555" by chance: the
        # session is a UUID, the event's uid one too; the rest is searched.
        detail = dict(event["detail"])
        assert str(uuid.UUID(detail.pop("session"))) and str(uuid.UUID(event["uid"]))
        rest = {key: value for key, value in event.items() if key not in ("uid", "detail")}
        text = json.dumps({**rest, "detail": detail})
        assert not any(secret in text for secret in secrets), event


def test_mode_desk_and_since_narrow_the_funnel(three_sessions, ledger_path, capsys):
    from wizard.ledger import insert_event, open_ledger

    db = open_ledger(ledger_path)
    try:
        kiosk = str(uuid.uuid4())
        funnel.record_step_shown(db, session_id=kiosk, step="product", mode="kiosk", desk="K07")
        funnel.record_session_abandoned(db, session_id=kiosk, step="product", ms=4000, mode="kiosk", desk="K07")
        with db.conn:  # an old demo session, before the day asked for
            insert_event(db, kind=funnel.STEP_SHOWN, desk="D01", created_at="2020-03-01T10:00:00.000Z",
                         detail={"session": str(uuid.uuid4()), "step": "product", "mode": "demo"})
    finally:
        db.close()
    _status, everything = run_cli(capsys, "--ledger", str(ledger_path))
    assert everything.splitlines()[0] == "sessions: 5"
    _status, output = run_cli(capsys, "--ledger", str(ledger_path), "--mode", "kiosk")
    assert output.splitlines()[0] == "sessions: 1"
    assert table(output)["product"] == (1, 1, "4.0 s")
    _status, output = run_cli(capsys, "--ledger", str(ledger_path), "--desk", "K07")
    assert table(output)["product"][:2] == (1, 1)
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    _status, output = run_cli(capsys, "--ledger", str(ledger_path), "--mode", "demo", "--since", today)
    assert output.splitlines()[0] == "sessions: 3"
    assert table(output)["currency"][:2] == (3, 1)
    _status, output = run_cli(capsys, "--ledger", str(ledger_path), "--mode", "demo")
    assert table(output)["product"][:2] == (4, 0)


def test_the_median_is_of_each_sessions_time_on_the_step(tmp_path):
    from wizard.ledger import open_ledger

    db = open_ledger(tmp_path / "ledger.sqlite3")
    try:
        for ms_on_payment in ((1000, 2000), (5000,), (9000,)):  # the first went back and came again
            session = str(uuid.uuid4())
            funnel.record_step_shown(db, session_id=session, step="payment", mode="training", desk="T01")
            for ms in ms_on_payment:
                funnel.record_step_left(db, session_id=session, step="payment", direction="back", ms=ms,
                                        mode="training", desk="T01")
        counts = {count.step: count for count in funnel.read_funnel(db).steps}
        assert counts["payment"].median_ms == 5000  # of 3000, 5000, 9000
        with pytest.raises(funnel.InvalidPurchase):
            funnel.record_step_shown(db, session_id="Lena Hoffmann", step="payment", mode="training", desk="T01")
    finally:
        db.close()


def test_a_standard_mode_wizard_writes_no_step_events(qtbot, make_wizard, ledger_path):
    wizard = make_wizard(mode="standard")
    assert wizard.step_tracker is None
    wizard.setField("hub", "marketing")
    wizard.setField("tier", "starter")
    wizard.next()
    cancel(qtbot, wizard)
    assert step_events(ledger_path) == []


def test_a_wizard_destroyed_on_a_step_counts_as_abandoned_there(qtbot, ledger_path):
    """A kiosk visit's wipe deletes its wizard: the visit ended where it stood."""
    import shiboken6

    from wizard.app import create_wizard

    wizard = create_wizard(ledger_path, mode="demo")
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.setField("hub", "marketing")
    wizard.setField("tier", "starter")
    wizard.next()
    session = wizard.session
    session.close()  # the kiosk closes the visit's session before its wizard goes
    shiboken6.delete(wizard)
    abandoned = events(ledger_path, funnel.SESSION_ABANDONED)
    assert [e["detail"]["step"] for e in abandoned] == ["currency"]
    # The page change not written yet (no paint came between) was written first.
    assert [e["detail"]["step"] for e in events(ledger_path, funnel.STEP_SHOWN)] == ["product", "currency"]
    session.close()


def test_a_page_change_is_written_once_the_new_page_is_painted(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    qtbot.waitUntil(lambda: len(events(ledger_path, funnel.STEP_SHOWN)) == 1)
    wizard.setField("hub", "marketing")
    wizard.setField("tier", "starter")
    wizard.next()
    wizard.back()
    wizard.next()  # three changes before a paint: written together, in their order
    assert len(events(ledger_path, funnel.STEP_SHOWN)) == 1
    qtbot.waitUntil(lambda: len(events(ledger_path, funnel.STEP_SHOWN)) == 4)
    assert [e["detail"]["step"] for e in events(ledger_path, funnel.STEP_SHOWN)] == [
        "product", "currency", "product", "currency"]
    assert [(e["detail"]["step"], e["detail"]["direction"]) for e in events(ledger_path, funnel.STEP_LEFT)] == [
        ("product", "forward"), ("currency", "back"), ("product", "forward")]


def test_a_failed_write_is_logged_and_the_page_changes_all_the_same(qtbot, make_wizard, ledger_path, caplog):
    wizard = make_wizard()
    wizard.setField("hub", "marketing")
    wizard.setField("tier", "starter")
    copy = ledger_path.with_name("copy.sqlite3")
    shutil.copy(ledger_path, copy)
    os.replace(copy, ledger_path)  # another file at the path: the write is refused
    with caplog.at_level(logging.WARNING, logger="wizard.ui.kit.step_tracker"):
        click_next(qtbot, wizard)
        assert wizard.currentId() == PageId.CURRENCY
        qtbot.waitUntil(lambda: not wizard.step_tracker.visit.pending)  # the write, once the page was painted
    assert "could not be recorded" in caplog.text
    wizard.session.drop_connection()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_chart_is_drawn_in_either_language(three_sessions, ledger_path, capsys, tmp_path, language):
    renders = Path(os.environ.get("RENDER_DIR") or tmp_path)  # $RENDER_DIR keeps the images
    renders.mkdir(parents=True, exist_ok=True)
    chart = renders / f"funnel-{language}.png"
    chart.unlink(missing_ok=True)
    status, _output = run_cli(capsys, "--ledger", str(ledger_path), "--chart", str(chart), "--lang", language)
    assert status == 0
    image = QImage(str(chart))
    assert image.width() >= 800 and image.height() > 400
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert {"#00a4bd", "#ff7a59"} <= colours  # bars of sessions reaching a step, and the drop-off marked
