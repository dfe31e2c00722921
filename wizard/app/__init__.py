"""The program: command line, start-up (style, translations, first paint) and which windows a mode opens.

`wizard.app.create_wizard(...)` is the contract for tests and automation. Names
load on first use (PEP 562), so `wizard.app.cli` (the `ledger` commands,
`--help`) never imports Qt.
"""
from __future__ import annotations

import importlib

_HOMES = {
    "create_wizard": "startup", "build_wizard": "startup", "build_session": "startup", "load_account": "startup",
    "run": "startup", "after_first_paint": "startup",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'wizard.app' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"wizard.app.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
