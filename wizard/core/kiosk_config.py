"""A kiosk desk's settings, kept in the data folder and carried to other devices as one JSON file (no Qt).

`import_config` checks every field as the catalog is checked, each refusal
naming its place ("kiosk.json: idle_timeout: must be ..."), and changes
nothing unless the whole file is good. The exit PIN's salt and hash travel
only when asked for (`export_config(..., with_pin=True)`), never the PIN.
"""
from __future__ import annotations

import json
import math
import os
import stat
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from wizard.core.catalog import CatalogError
from wizard.core.catalog_checks import _shown
from wizard.core.desks import DESK_RULE, is_desk_id
from wizard.core.kiosk_lock import ExitLock, parse_pin_record, write_private_json
from wizard.core.languages import LANGUAGES

CONFIG_FILE = "kiosk-config.json"
PIN_KEY = "exit_pin"  # the PIN's salt and hash in an exported file, only with --with-pin
# Seconds: long enough for any desk, short enough that a typo (9000 for 90) is caught.
TIMEOUT_LIMITS = {"idle_timeout": 3600.0, "countdown": 600.0, "confirmation_timeout": 3600.0}
SCALE_MIN, SCALE_MAX = 1.0, 3.0
_MAX_FILE_BYTES = 64 * 1024


class KioskConfigError(ValueError):
    """A kiosk config file that cannot be used. str(): "<file>: <where>: <what>"."""

    def __init__(self, file: str | Path, where: str, what: str):
        self.file, self.where, self.what = str(file), where, what
        super().__init__(f"{self.file}: {where}: {what}" if where else f"{self.file}: {what}")


@dataclass(frozen=True)
class KioskConfig:
    desk: str = "D01"
    language: str = "en"
    currency: str = "EUR"
    idle_timeout: float = 90.0
    countdown: float = 20.0
    confirmation_timeout: float = 30.0
    scale: float = 1.25
    catalog: str | None = None  # a catalog file's path; None: the shipped catalog


def config_path() -> Path:
    from wizard.core.paths import data_dir

    return data_dir() / CONFIG_FILE


def load() -> KioskConfig:
    """This data folder's kiosk settings; the defaults when none were saved. KioskConfigError when damaged."""
    path = config_path()
    if not path.exists():
        return KioskConfig()
    config, _pin = _checked(_read(path), str(path), path.parent)
    return config


def save(config: KioskConfig) -> None:
    """Keep `config` as this data folder's kiosk settings (atomically, 0600). OSError when it cannot."""
    write_private_json(config_path(), asdict(config))


def export_config(path: str | Path, *, with_pin: bool = False) -> KioskConfig:
    """Write this desk's settings to `path`; with_pin adds the exit PIN's salt and hash.

    KioskConfigError when the settings are damaged or with_pin finds no PIN; OSError when `path` cannot be written.
    """
    config = load()
    data = asdict(config)
    if with_pin:
        record = ExitLock().exported_pin()
        if record is None:
            raise KioskConfigError(
                path, "", "no exit PIN to export: set one with `python main.py kiosk set-pin`"
            )
        data[PIN_KEY] = record
    write_private_json(Path(path), data)
    return config


def import_config(path: str | Path) -> KioskConfig:
    """Check the file at `path` and make it this desk's settings (and exit PIN, when it carries one).

    All or nothing: KioskConfigError naming the place, and nothing changed, when any field is wrong.
    A relative catalog path is taken from the imported file's folder.
    """
    source = Path(path)
    config, pin = _checked(_read(source), str(path), source.resolve().parent)
    lock = ExitLock()
    old_pin = lock.path.read_bytes() if pin is not None and lock.path.exists() else None
    if pin is not None:
        lock.import_pin(pin)
    try:
        save(config)
    except OSError:
        # Back to the PIN the desk had, so a failed import changes nothing.
        if pin is not None:
            if old_pin is None:
                lock.path.unlink(missing_ok=True)
            else:
                lock.path.write_bytes(old_pin)
        raise
    return config


# -- reading and checking ---------------------------------------------------------


def _read(path: Path):
    label = str(path)
    try:
        with open(path, "rb") as handle:
            regular = stat.S_ISREG(os.fstat(handle.fileno()).st_mode)
            raw = handle.read(_MAX_FILE_BYTES + 1) if regular else b""
    except OSError as exc:
        known = {IsADirectoryError: "is a folder, not a kiosk config file", FileNotFoundError: "no such file"}
        raise KioskConfigError(label, "", known.get(type(exc), f"cannot be read ({exc.strerror or exc})")) from None
    if not regular:
        raise KioskConfigError(label, "", "is not a regular file")
    if len(raw) > _MAX_FILE_BYTES:
        raise KioskConfigError(label, "", f"is larger than {_MAX_FILE_BYTES // 1024} KB, far more than a kiosk config")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KioskConfigError(label, "", "is not UTF-8 text") from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise KioskConfigError(label, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON ({exc.msg})") from None
    except (ValueError, RecursionError) as exc:
        raise KioskConfigError(label, "", f"cannot be read as JSON ({exc})") from None


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number a kiosk config may hold")


def _checked(data, label: str, folder: Path) -> tuple[KioskConfig, dict | None]:
    """The config and the PIN record (or None) in `data`; KioskConfigError at the first wrong field."""

    def fail(where: str, what: str):
        raise KioskConfigError(label, where, what)

    if not isinstance(data, dict):
        fail("top level", "must be an object")
    names = [f.name for f in fields(KioskConfig)]
    for key in data:
        if key not in names and key != PIN_KEY:
            fail(_shown(key, quote=False), f"unknown field; the fields are: {', '.join(names)}, {PIN_KEY}")
    values = asdict(KioskConfig())
    values.update({key: data[key] for key in names if key in data})

    desk = values["desk"]
    if not isinstance(desk, str) or not is_desk_id(desk):
        fail("desk", f"must be {DESK_RULE}, not {_shown(desk)}")
    if values["language"] not in LANGUAGES:
        fail("language", f"must be one of {', '.join(LANGUAGES)}, not {_shown(values['language'])}")
    for key, limit in TIMEOUT_LIMITS.items():
        values[key] = _number(values[key], key, 0.0, limit, fail, "a number of seconds above 0", open_low=True)
    values["scale"] = _number(values["scale"], "scale", SCALE_MIN, SCALE_MAX, fail, "a factor from 1.0 to 3.0")

    catalog_path = values["catalog"]
    if catalog_path is not None:
        if not isinstance(catalog_path, str) or not catalog_path.strip():
            fail("catalog", f"must be a catalog file's path or null, not {_shown(catalog_path)}")
        catalog_path = str((folder / catalog_path).resolve()) if not Path(catalog_path).is_absolute() else catalog_path
        values["catalog"] = catalog_path
    currency = values["currency"]
    if not (isinstance(currency, str) and len(currency) == 3 and currency.isascii() and currency.isalpha()):
        fail("currency", f"must be a 3-letter currency code such as EUR, not {_shown(currency)}")
    values["currency"] = currency = currency.upper()
    from wizard.core.catalog_loading import load_catalog  # Babel: only when a config is checked

    try:
        catalog = load_catalog(catalog_path)
    except CatalogError as error:
        fail("catalog", f"cannot be used: {error}")
    if currency not in catalog.currencies:
        fail("currency", f"{currency} is not sold by the catalog, which sells {', '.join(catalog.currencies)}")

    pin = data.get(PIN_KEY)
    if PIN_KEY in data and parse_pin_record(pin) is None:
        fail(PIN_KEY, 'must be an object with the "salt" and "hash" an export --with-pin writes')
    return KioskConfig(**values), pin


def _number(value, key: str, low: float, high: float, fail, meaning: str, *, open_low: bool = False) -> float:
    try:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    except OverflowError:  # an integer too long for a float
        ok = False
    if not ok or (value <= low if open_low else value < low):
        fail(key, f"must be {meaning}, not {_shown(value)}")
    if value > high:
        fail(key, f"must be at most {high:g}, not {_shown(value)}")
    return float(value)
