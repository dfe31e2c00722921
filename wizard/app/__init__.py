"""The program: command line, start-up (style, translations, first paint) and which windows a mode opens.

`wizard.app.create_wizard(...)`, `create_shell(...)`, `create_kiosk(...)` and
`create_training(...)` are the
contract for tests and automation. Names load on first use (PEP 562), so
`wizard.app.cli` (the `ledger` commands, `--help`) never imports Qt.
"""
from __future__ import annotations

from wizard.core.lazy import lazy_names

_HOMES = {
    "create_wizard": "startup", "create_shell": "startup", "build_wizard": "startup", "build_session": "startup",
    "load_account": "startup", "run": "startup", "after_first_paint": "startup",
    "create_kiosk": "startup", "create_training": "training",
}
__all__ = sorted(_HOMES)


__getattr__, __dir__ = lazy_names(__name__, _HOMES, globals())
