"""Package names loaded on first use (PEP 562), so importing a package stays cheap.

The ledger's names must not load sqlite-utils before the first page is painted,
and `wizard.app`'s must not load Qt for `ledger` commands and `--help`.
"""
from __future__ import annotations

import importlib


def lazy_names(package: str, homes: dict[str, str], namespace: dict):
    """`__getattr__` and `__dir__` for `package`, whose name N lives in module `package.homes[N]`."""

    def __getattr__(name: str):
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(homes))

    return __getattr__, __dir__
