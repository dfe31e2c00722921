"""The kiosk's exit PIN: set from the command line, kept only as a salted hash, locked after five wrong tries."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.core.kiosk_lock import LOCKOUT_SECONDS, MAX_TRIES, Attempt, ExitLock, PinError

ROOT = Path(__file__).resolve().parent.parent


class Clock:
    def __init__(self, now=1_000_000.0):
        self.now = now

    def __call__(self):
        return self.now


def set_pin_via_cli(data_dir, text):
    env = dict(os.environ, UPGRADE_WIZARD_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "kiosk", "set-pin"],
        cwd=ROOT, env=env, input=text, capture_output=True, text=True, timeout=60,
    )


def test_set_pin_on_the_command_line_keeps_no_digits_of_it(tmp_path):
    result = set_pin_via_cli(tmp_path, "73915\n73915\n")
    assert result.returncode == 0, result.stderr
    stored = (tmp_path / "kiosk.json").read_text(encoding="utf-8")
    assert "73915" not in stored
    assert set(json.loads(stored)) == {"pin", "wrong_tries", "locked_until"}
    if os.name == "posix":
        assert (tmp_path / "kiosk.json").stat().st_mode & 0o777 == 0o600
    lock = ExitLock(tmp_path / "kiosk.json")
    assert lock.try_pin("73915").ok
    assert not lock.try_pin("73916").ok
    assert "PIN" in result.stdout and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1234\n1235\n", "The two PINs do not match; the exit PIN is unchanged."),
        ("12a4\n12a4\n", "The PIN must be 4 to 8 digits. The exit PIN is unchanged."),
        ("123\n123\n", "The PIN must be 4 to 8 digits. The exit PIN is unchanged."),
        ("123456789\n123456789\n", "The PIN must be 4 to 8 digits. The exit PIN is unchanged."),
        ("1234\n", "No PIN was given; the exit PIN is unchanged."),
    ],
    ids=["mismatch", "letter", "too short", "too long", "once only"],
)
def test_a_bad_pin_on_the_command_line_says_what_is_wrong_and_exits_2(tmp_path, text, message):
    result = set_pin_via_cli(tmp_path, text)
    assert result.returncode == 2
    assert result.stderr.strip() == message
    assert not (tmp_path / "kiosk.json").exists()


def test_set_pin_through_main_with_a_piped_stdin(monkeypatch, capsys, _private_data_dir):
    import io

    from wizard.app.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO("0042\n0042\n"))
    assert main(["kiosk", "set-pin"]) == 0
    assert ExitLock().try_pin("0042") == Attempt(True, MAX_TRIES, None)
    assert str(_private_data_dir / "kiosk.json") in capsys.readouterr().out


def test_five_wrong_pins_lock_the_exit_also_after_a_restart(tmp_path):
    clock = Clock()
    path = tmp_path / "kiosk.json"
    ExitLock(path, clock=clock).set_pin("2468")
    lock = ExitLock(path, clock=clock)
    for left in range(MAX_TRIES - 1, 0, -1):
        assert lock.try_pin("1111") == Attempt(False, left, None)
    until = clock.now + LOCKOUT_SECONDS
    assert lock.try_pin("1111") == Attempt(False, 0, until)
    restarted = ExitLock(path, clock=clock)  # a new program on the same file
    assert restarted.locked_until() == until
    assert restarted.try_pin("2468") == Attempt(False, 0, until)  # not even the right PIN while locked
    clock.now = until - 1
    assert ExitLock(path, clock=clock).try_pin("2468").ok is False


def test_the_lockout_ends_after_15_minutes_with_five_new_tries(tmp_path):
    clock = Clock()
    path = tmp_path / "kiosk.json"
    lock = ExitLock(path, clock=clock)
    lock.set_pin("2468")
    for _ in range(MAX_TRIES):
        lock.try_pin("0000")
    clock.now += LOCKOUT_SECONDS
    assert lock.locked_until() is None
    assert lock.try_pin("0000") == Attempt(False, MAX_TRIES - 1, None)
    assert lock.try_pin("2468") == Attempt(True, MAX_TRIES, None)


def test_a_right_pin_resets_the_count(tmp_path):
    lock = ExitLock(tmp_path / "kiosk.json", clock=Clock())
    lock.set_pin("13579")
    for _ in range(MAX_TRIES - 1):
        lock.try_pin("97531")
    assert lock.try_pin("13579").ok
    assert lock.try_pin("97531") == Attempt(False, MAX_TRIES - 1, None)
    assert json.loads((tmp_path / "kiosk.json").read_text())["wrong_tries"] == 1


def test_the_file_holds_a_salted_hash_never_the_pin(tmp_path):
    first, second = ExitLock(tmp_path / "a.json"), ExitLock(tmp_path / "b.json")
    first.set_pin("86420")
    second.set_pin("86420")
    a, b = (json.loads(p.read_text()) for p in (first.path, second.path))
    assert a["pin"]["salt"] != b["pin"]["salt"] and a["pin"]["hash"] != b["pin"]["hash"]
    for raw in (first.path.read_text(), second.path.read_text()):
        assert "86420" not in raw


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12 34", "١٢٣٤", "abcd", "1234\n"])
def test_a_pin_must_be_4_to_8_ascii_digits(tmp_path, pin):
    lock = ExitLock(tmp_path / "kiosk.json")
    with pytest.raises(PinError, match="^The PIN must be 4 to 8 digits.$"):
        lock.set_pin(pin)
    assert not lock.has_pin()


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"\xff\xfe", b"[]", b'{"pin": null, "wrong_tries": 0, "locked_until": null}',
     b'{"pin": {"salt": "00", "hash": "00"}, "wrong_tries": 0, "locked_until": null}', b"[" * 5000],
    ids=["empty", "text", "binary", "list", "no pin", "short hash", "deep"],
)
def test_a_damaged_file_means_no_pin_and_never_a_crash(tmp_path, content):
    path = tmp_path / "kiosk.json"
    path.write_bytes(content)
    lock = ExitLock(path)
    assert not lock.has_pin()
    assert lock.locked_until() is None
    assert lock.try_pin("1234") == Attempt(False, 0, None)
    lock.set_pin("1234")  # set-pin repairs it
    assert lock.try_pin("1234").ok


def test_a_folder_in_place_of_the_file_means_no_pin(tmp_path):
    (tmp_path / "kiosk.json").mkdir()
    assert not ExitLock(tmp_path / "kiosk.json").has_pin()


def test_kiosk_mode_without_a_pin_refuses_to_start(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UPGRADE_WIZARD_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--kiosk", "--ledger", str(tmp_path / "ledger.sqlite3")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr == "Kiosk mode needs an exit PIN: set one with `python main.py kiosk set-pin`.\n"
    assert not (tmp_path / "ledger.sqlite3").exists()


def test_kiosk_mode_without_a_pin_opens_no_window_and_loads_no_qt(capsys, _private_data_dir):
    from wizard.app.cli import main

    (_private_data_dir / "kiosk.json").write_text("damaged", encoding="utf-8")
    qt_before = "PySide6.QtWidgets" in sys.modules
    assert main(["--kiosk"]) == 2
    assert capsys.readouterr().err.startswith("Kiosk mode needs an exit PIN")
    assert ("PySide6.QtWidgets" in sys.modules) == qt_before


def test_the_kiosk_commands_never_import_qt(tmp_path):
    env = dict(os.environ, UPGRADE_WIZARD_DATA_DIR=str(tmp_path))
    code = ("import sys, io; sys.stdin = io.StringIO('1234\\n1234\\n'); from wizard.app.cli import main; "
            "assert main(['kiosk', 'set-pin']) == 0; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
