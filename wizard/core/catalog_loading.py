"""Reading a catalog file: size, encoding and JSON, each failure one CatalogError, never a traceback."""
from __future__ import annotations

import json
import os
import stat
from decimal import Decimal
from pathlib import Path

from wizard.core.catalog import MAX_FILE_BYTES, Catalog, CatalogError
from wizard.core.catalog_checks import INT_DIGITS_MAX, Checker, LongNumber
from wizard.core.paths import resource_path

# Real catalogs nest 7 levels; json.loads gives up with RecursionError somewhere
# near 1,000. The place reported is the first bracket deeper than this.
_DEPTH_SHOWN = 100


def load_catalog(path: str | Path | None = None) -> Catalog:
    """Read and check a catalog file; `None` means the shipped resources/catalog.json."""
    source = Path(path) if path is not None else resource_path("catalog.json")
    label = str(path) if path is not None else str(source)
    text = _read(source, label)
    try:
        # Decimal for fractions and NaN/Infinity: a number written in the file never
        # passes through float. _parse_int: a long integer becomes a _LongNumber
        # that the checker names in its place, instead of int()'s ValueError.
        data = json.loads(text, parse_float=Decimal, parse_int=_parse_int, parse_constant=Decimal)
    except json.JSONDecodeError as exc:
        raise CatalogError(label, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise CatalogError(label, _deep_place(text), f"nested more than {_DEPTH_SHOWN} levels deep") from None
    except (ValueError, OverflowError, MemoryError) as exc:
        # Not expected after the hooks above; still one sentence rather than a traceback.
        raise CatalogError(label, "", f"cannot be read as JSON ({type(exc).__name__})") from None
    return Checker(label).catalog(data, source)


def _read(source: Path, label: str) -> str:
    try:
        with open(source, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise CatalogError(label, "", "is not a regular file")
            raw = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise CatalogError(label, "", "is a folder, not a catalog file") from None
    except FileNotFoundError:
        raise CatalogError(label, "", "no such file") from None
    except OSError as exc:
        raise CatalogError(label, "", f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise CatalogError(label, "", f"is larger than {MAX_FILE_BYTES // 2**20} MB, far more than a catalog needs")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CatalogError(label, "", "is not UTF-8 text") from None


def _parse_int(text: str):
    return LongNumber(text) if len(text) > INT_DIGITS_MAX else int(text)


def _deep_place(text: str) -> str:
    """ "line L, column C" of the first bracket nested deeper than _DEPTH_SHOWN."""
    depth, in_string, escaped = 0, False, False
    line, line_start = 1, 0
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > _DEPTH_SHOWN:
                return f"line {line}, column {i - line_start + 1}"
        elif ch in "]}":
            depth -= 1
        if ch == "\n":
            line, line_start = line + 1, i + 1
    return ""
