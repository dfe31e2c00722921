"""Where the program keeps its files. Plain Python: no Qt, no sqlite-utils."""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "upgrade-wizard"
ROOT = Path(__file__).resolve().parents[2]  # wizard/core/paths.py -> the project folder
RESOURCES = ROOT / "resources"
I18N = ROOT / "i18n"


def data_dir() -> Path:
    """The program's private data folder, created on first use (mode 0700).

    `UPGRADE_WIZARD_DATA_DIR` overrides it, so tests and several desks on one
    machine can each have their own.
    """
    override = os.environ.get("UPGRADE_WIZARD_DATA_DIR")
    if override:
        folder = Path(override)
    else:
        import platformdirs  # only needed when no override is given

        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def fsync_path(path: Path) -> None:
    """Flush a file, or a folder's list of names (a new or renamed entry), to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def default_ledger_path() -> Path:
    return data_dir() / "ledger.sqlite3"


def demo_ledger_path() -> Path:
    return data_dir() / "demo-ledger.sqlite3"
