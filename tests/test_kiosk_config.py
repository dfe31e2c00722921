"""A kiosk desk's settings: exported from one device, imported on another, checked field by field."""
import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from wizard.core import kiosk_config
from wizard.core.kiosk_config import KioskConfig, KioskConfigError, export_config, import_config
from wizard.core.kiosk_lock import ExitLock

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = KioskConfig(desk="FAIR_7", language="de", currency="CHF", idle_timeout=45.5, countdown=10.0,
                       confirmation_timeout=12.0, scale=1.5, catalog=None)


def kiosk(data_dir, *args):
    env = dict(os.environ, UPGRADE_WIZARD_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "kiosk", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_without_a_saved_config_the_defaults_apply():
    assert kiosk_config.load() == KioskConfig()
    assert KioskConfig() == KioskConfig("D01", "en", "EUR", 90.0, 20.0, 30.0, 1.25, None)


@pytest.mark.parametrize("with_pin", [False, True], ids=["without pin", "with pin"])
def test_export_then_import_on_a_fresh_data_folder_gives_the_same_settings(tmp_path, with_pin):
    first, fresh = tmp_path / "first", tmp_path / "fresh"
    first.mkdir()
    (first / "kiosk-config.json").write_text(json.dumps(asdict(SETTINGS)), encoding="utf-8")
    ExitLock(first / "kiosk.json").set_pin("5150")
    exported = tmp_path / "desk.json"
    flag = ["--with-pin"] if with_pin else []
    result = kiosk(first, "config", "export", str(exported), *flag)
    assert result.returncode == 0, result.stderr
    assert "5150" not in exported.read_text(encoding="utf-8")
    assert ("exit_pin" in json.loads(exported.read_text(encoding="utf-8"))) is with_pin

    result = kiosk(fresh, "config", "import", str(exported))
    assert result.returncode == 0, result.stderr
    assert "FAIR_7" in result.stdout
    os.environ["UPGRADE_WIZARD_DATA_DIR"] = str(fresh)  # the autouse fixture restores it
    assert kiosk_config.load() == SETTINGS
    lock = ExitLock(fresh / "kiosk.json")
    assert lock.has_pin() is with_pin
    if with_pin:
        assert lock.try_pin("5150").ok
        assert json.loads(lock.path.read_text())["pin"] == json.loads(exported.read_text())["exit_pin"]


def test_export_with_pin_and_no_pin_is_refused(tmp_path):
    result = kiosk(tmp_path / "data", "config", "export", str(tmp_path / "desk.json"), "--with-pin")
    assert result.returncode == 2
    assert "no exit PIN to export" in result.stderr and "kiosk set-pin" in result.stderr
    assert not (tmp_path / "desk.json").exists()


def test_a_relative_catalog_path_is_taken_from_the_imported_files_folder(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "prices.json").write_bytes((ROOT / "resources" / "catalog.json").read_bytes())
    (folder / "desk.json").write_text(json.dumps({"catalog": "prices.json", "currency": "usd"}), encoding="utf-8")
    config = import_config(folder / "desk.json")
    assert config.catalog == str((folder / "prices.json").resolve())
    assert config.currency == "USD"
    assert kiosk_config.load() == config


BAD = [
    ({"idle_timeout": "abc"}, 'idle_timeout: must be a number of seconds above 0, not "abc"'),
    ({"idle_timeout": 0}, "idle_timeout: must be a number of seconds above 0, not 0"),
    ({"countdown": -1}, "countdown: must be a number of seconds above 0, not -1"),
    ({"confirmation_timeout": True}, "confirmation_timeout: must be a number of seconds above 0, not true/false"),
    ({"idle_timeout": 90000}, "idle_timeout: must be at most 3600, not 90000"),
    ({"idle_timeout": 10**400}, "idle_timeout: must be a number of seconds above 0"),
    ({"scale": 0.5}, "scale: must be a factor from 1.0 to 3.0, not 0.5"),
    ({"scale": 4}, "scale: must be at most 3, not 4"),
    ({"desk": "D 01"}, "desk: must be 1-20 letters, digits or '_', not \"D 01\""),
    ({"language": "fr"}, 'language: must be one of de, en, not "fr"'),
    ({"currency": "EURO"}, 'currency: must be a 3-letter currency code such as EUR, not "EURO"'),
    ({"currency": "SEK"}, "currency: SEK is not sold by the catalog, which sells EUR"),
    ({"catalog": "missing.json"}, "catalog: cannot be used:"),
    ({"catalog": 7}, "catalog: must be a catalog file's path or null, not 7"),
    ({"wallpaper": "x"}, "wallpaper: unknown field; the fields are: desk,"),
    ({"exit_pin": {"salt": "00", "hash": "11"}}, "exit_pin: must be an object with"),
]


@pytest.mark.parametrize(("fields", "message"), BAD, ids=[next(iter(f)) + "-" + str(i) for i, (f, _) in enumerate(BAD)])
def test_a_bad_config_is_refused_with_its_place_named_and_nothing_changed(tmp_path, _private_data_dir, fields,
                                                                           message):
    ExitLock().set_pin("2468")
    kiosk_config.save(SETTINGS)
    before = {p.name: p.read_bytes() for p in _private_data_dir.iterdir()}
    bad = tmp_path / "kiosk.json"
    good = {**asdict(KioskConfig()), "exit_pin": {"salt": "ab" * 16, "hash": "cd" * 32}, **fields}
    bad.write_text(json.dumps(good), encoding="utf-8")
    with pytest.raises(KioskConfigError) as caught:
        import_config(bad)
    assert str(caught.value).startswith(f"{bad}: {message}")
    assert {p.name: p.read_bytes() for p in _private_data_dir.iterdir()} == before


def test_the_sold_currencies_come_from_the_configs_catalog(tmp_path):
    catalog = json.loads((ROOT / "resources" / "catalog.json").read_text(encoding="utf-8"))
    assert "EUR" in catalog["currencies"]
    test = tmp_path / "one.json"
    (tmp_path / "desk.json").write_text(json.dumps({"catalog": str(test), "currency": "EUR"}), encoding="utf-8")
    test.write_text("{ broken", encoding="utf-8")
    with pytest.raises(KioskConfigError, match=r"catalog: cannot be used: .*one.json: line 1"):
        import_config(tmp_path / "desk.json")


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"{ nope", "line 1, column 3: not valid JSON"), (b"\xff", "is not UTF-8 text"),
     (b"[1]", "top level: must be an object"), (b'{"scale": NaN}', "cannot be read as JSON")],
)
def test_a_file_that_is_no_config_is_refused_in_one_line(tmp_path, content, message):
    bad = tmp_path / "kiosk.json"
    bad.write_bytes(content)
    with pytest.raises(KioskConfigError, match=message):
        import_config(bad)


def test_import_on_the_command_line_exits_2_with_one_line_naming_the_place(tmp_path):
    bad = tmp_path / "kiosk.json"
    bad.write_text('{"idle_timeout": "abc"}', encoding="utf-8")
    result = kiosk(tmp_path / "data", "config", "import", str(bad))
    assert result.returncode == 2
    assert result.stderr == f'{bad}: idle_timeout: must be a number of seconds above 0, not "abc"\n'
    assert not (tmp_path / "data" / "kiosk-config.json").exists()


def test_export_says_which_saved_settings_are_damaged(tmp_path, _private_data_dir):
    (_private_data_dir / "kiosk-config.json").write_text('{"scale": 9}', encoding="utf-8")
    with pytest.raises(KioskConfigError, match="kiosk-config.json: scale: must be at most 3"):
        export_config(tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--idle-timeout", "0"], "idle timeout '0' must be a number of seconds above 0"),
     (["--idle-timeout", "nan"], "idle timeout 'nan'"), (["--scale", "3.5"], "scale '3.5' must be a factor")],
)
def test_the_gui_options_refuse_bad_values(capsys, args, message):
    from wizard.app.cli import build_parser

    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(args)
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_the_gui_options_default_to_the_kiosk_config():
    from wizard.app.cli import build_parser

    args = build_parser().parse_args([])
    assert (args.idle_timeout, args.scale) == (None, None)
    args = build_parser().parse_args(["--idle-timeout", "0.25", "--scale", "1.25"])
    assert (args.idle_timeout, args.scale) == (0.25, 1.25)
