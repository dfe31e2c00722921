"""The program as started from the command line: `python main.py ...`."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args, tmp_path, extra_env=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UPGRADE_WIZARD_DATA_DIR=str(tmp_path / "data"))
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )


def test_a_bad_catalog_stops_with_one_message_naming_file_and_place(tmp_path):
    bad = tmp_path / "catalog.json"
    bad.write_text('{"note": "x", "currencies": ["EUR"], "hubs": "not a list"}', encoding="utf-8")
    result = run_main("--catalog", str(bad), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(bad) in lines[0] and "hubs" in lines[0]


def test_a_catalog_that_is_not_json_names_the_line(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json", encoding="utf-8")
    result = run_main("--catalog", str(bad), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(bad) in result.stderr and "line 1" in result.stderr


def test_without_a_display_the_run_command_says_how_to_start(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["UPGRADE_WIZARD_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--demo"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert "xvfb-run" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "Aborted" not in result.stderr and "Traceback" not in result.stderr


def test_demo_shows_the_account_window_on_the_demo_ledger(qtbot, tmp_path, monkeypatch):
    """`main.py --demo` paints the account window first, then opens and seeds the demo ledger."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wizard.core import paths
    from wizard.app.cli import main
    from wizard.app.startup import READY_PROPERTY

    seen = {}

    def look_and_quit():
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen["names"] = [w.objectName() for w in windows]
        shell = next(w for w in windows if w.objectName() == "accountShell")
        seen["section"] = shell.current_section()
        seen["sections"] = sorted(shell.sections)
        seen["account"] = shell.session.account
        seen["signed_in_as"] = shell.signed_in_action.isVisible()
        shell.close()
        QApplication.instance().exit(0)

    def when_ready():  # the account read (wizard/app/startup.py), then the other sections built step by step
        shells = [w for w in QApplication.topLevelWidgets() if w.objectName() == "accountShell" and w.isVisible()]
        if QApplication.instance().property(READY_PROPERTY) and len(shells[0].sections) == 4:
            look_and_quit()
        else:
            QTimer.singleShot(10, when_ready)

    QTimer.singleShot(10, when_ready)
    assert main(["--demo", "--lang", "en"]) == 0
    assert seen["names"] == ["accountShell"]
    assert seen["section"] == "home"
    assert seen["sections"] == ["billing", "home", "products", "users"]  # built after the first paint
    assert seen["account"] is not None and seen["account"].name == "Nordlicht Analytics GmbH"
    assert seen["signed_in_as"]
    assert paths.demo_ledger_path().exists()


@pytest.mark.parametrize(("flag", "window"), [("--demo", "accountShell"), ("--kiosk", "kioskWindow")])
def test_the_first_page_is_painted_before_the_ledger_is_opened(tmp_path, flag, window):
    """sqlite-utils and the ledger come after the first paint, of the account window and of the
    wizard (Babel's currency table is read before it: the catalog is checked before anything is shown)."""
    import json

    from wizard.core.kiosk_lock import ExitLock

    ExitLock(tmp_path / "kiosk.json").set_pin("2468")  # kiosk mode starts only with an exit PIN
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UPGRADE_WIZARD_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "paint_probe.py"), str(ROOT / "main.py"), flag],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["window"] == window
    assert report["loaded"] == []


def test_an_unusable_ledger_is_told_on_screen_and_ends_with_status_2(qtbot, tmp_path, capsys, monkeypatch):
    """A folder given as the ledger: one sentence in a message box and on stderr, exit 2."""
    from wizard.app.cli import main
    from wizard.ui.kit import messages

    shown = []
    monkeypatch.setattr(messages, "ask", lambda parent, icon, title, text, detail="": shown.append((text, detail)))
    assert main(["--demo", "--lang", "en", "--ledger", str(tmp_path)]) == 2
    assert len(shown) == 1
    text, detail = shown[0]
    assert "ledger cannot be opened" in text
    assert str(tmp_path) in detail and "folder" in detail
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [detail]
    assert list(tmp_path.iterdir()) == []  # nothing was created in the folder


def test_a_bad_desk_id_is_a_usage_error(tmp_path):
    """Refused at the start, not at every purchase: the id becomes part of every order number."""
    result = run_main("--desk", "D 01", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "desk id 'D 01' must be 1-20 letters, digits or '_'" in result.stderr
    assert "Traceback" not in result.stderr


def _look_at_the_windows(seen: dict) -> None:
    """What the start put on screen, then close it all and end the program's event loop."""
    from PySide6.QtWidgets import QApplication

    from wizard.ui.shell.window import AccountShell

    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    seen["names"] = [w.objectName() for w in windows]
    seen["full_screen"] = {w.objectName(): w.isFullScreen() for w in windows}
    seen["welcome"] = [w.welcome.text() for w in windows if isinstance(w, AccountShell)]
    seen["set_up"] = [w.first_run is not None and w.first_run.isVisible() for w in windows if isinstance(w, AccountShell)]
    for window in windows:
        window.close()
    QApplication.instance().exit(0)


def test_standard_mode_on_an_empty_ledger_shows_the_set_up_in_the_account_window(qtbot, tmp_path):
    """No demo company in a real ledger: the account window asks for the new account instead."""
    from PySide6.QtCore import QTimer

    from helpers import ledger_rows
    from wizard.app.cli import main

    ledger = tmp_path / "ledger.sqlite3"
    seen = {}
    QTimer.singleShot(300, lambda: _look_at_the_windows(seen))
    assert main(["--lang", "en", "--ledger", str(ledger)]) == 0
    assert seen["names"] == ["accountShell"]
    assert seen["set_up"] == [True]
    assert ledger_rows(ledger, "SELECT count(*) AS n FROM accounts") == [{"n": 0}]


def test_kiosk_shows_the_attract_screen_full_screen_and_reads_no_account(qtbot, tmp_path):
    """Each visitor is a new customer: no demo account, no first-run set-up; the ledger is opened all the same."""
    from PySide6.QtCore import QTimer

    from helpers import ledger_rows
    from wizard.app.cli import main
    from wizard.core.kiosk_lock import ExitLock

    ExitLock().set_pin("2468")  # in the test's own data folder

    ledger = tmp_path / "ledger.sqlite3"
    seen = {}
    QTimer.singleShot(300, lambda: _look_at_the_windows(seen))
    assert main(["--kiosk", "--lang", "en", "--ledger", str(ledger)]) == 0
    assert seen["names"] == ["kioskWindow"]
    assert seen["full_screen"] == {"kioskWindow": True}
    assert ledger_rows(ledger, "SELECT count(*) AS n FROM accounts") == [{"n": 0}]
