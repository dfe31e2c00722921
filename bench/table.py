"""The benchmark's one table: a Row per figure, printed and written to bench/RESULTS.md.

Each benchmark module in bench/ has `rows(runs: int) -> list[Row]`. A figure
with a reference (a bare Qt script, plain INSERT commits) is a ratio measured in
the same run, the two alternating, so a busy machine slows both alike.
"""
from __future__ import annotations

import datetime as dt
import os
import platform
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
TRIED_HEADING = "## What was tried"
COLUMNS = ("figure", "value", "reference", "ratio", "goal", "met", "min-max")


@dataclass
class Row:
    figure: str
    value: float
    unit: str  # "ms", "s", "MiB", "/s", "x"
    goal: str  # e.g. "ratio <= 1.2", "< 5 ms"
    reference: float | None = None
    ratio: float | None = None  # value / reference, or the figure's own ratio
    low: float | None = None  # min over the runs
    high: float | None = None  # max over the runs
    met: bool | None = None
    note: str = ""


def quick() -> bool:
    """True under `--quick`: tiny sizes and few runs, to show the benchmark works (no figure to keep)."""
    return os.environ.get("BENCH_QUICK") == "1"


def spread(values) -> tuple[float, float, float]:
    """Median, min and max."""
    values = list(values)
    return statistics.median(values), min(values), max(values)


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:,.{digits}f}" + (f" {unit}" if unit else "")


def cells(row: Row) -> tuple[str, ...]:
    met = "-" if row.met is None else "yes" if row.met else "NO"
    span = "-" if row.low is None else f"{_number(row.low)}-{_number(row.high)}"
    figure = f"{row.figure} ({row.note})" if row.note else row.figure
    return (figure, _number(row.value, row.unit), _number(row.reference, row.unit if row.reference is not None else ""),
            "-" if row.ratio is None else f"{row.ratio:.2f}", row.goal, met, span)


def text_table(rows: list[Row]) -> str:
    """The table for a terminal: aligned columns."""
    lines = [COLUMNS, *(cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]
    out = [" | ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip() for line in lines]
    out.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(out)


def markdown_table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + " --- |" * len(COLUMNS)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in cells(row)) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    """CPU count and model, Python, Qt and SQLite versions: what the figures were measured on."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            found = re.search(r"^model name\s*:\s*(.+)$", info.read(), re.MULTILINE)
            model = found.group(1).strip() if found else model
    except OSError:
        pass
    parts = [f"{os.cpu_count()} CPUs ({model})", f"Python {platform.python_version()}"]
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        parts.append(f"PySide6 {PySide6.__version__}, Qt {qVersion()}")
    except ImportError:
        pass
    try:
        from wizard.ledger.driver import sqlite3  # what the ledger uses (pysqlite3 when installed)

        parts.append(f"SQLite {sqlite3.sqlite_version}")
    except ImportError:
        pass
    parts.append(platform.system())
    return ", ".join(parts)


def write_results(rows: list[Row], *, runs: int, quick_run: bool, path: Path = RESULTS,
                  command: str = "./run-bench") -> None:
    """A section for this run at the top of RESULTS.md; older sections and "What was tried" stay."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    title, _, rest = old.partition("\n")
    if not title.startswith("# "):
        title, rest = "# Benchmark results", old
    body, heading, tried = rest.partition(TRIED_HEADING)
    when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    kind = "quick run (tiny sizes, not figures to keep)" if quick_run else f"median of {runs} runs"
    section = (f"## {when}: {kind}\n\n{machine()}\n\n`{command}`\n\n"
               f"{markdown_table(rows)}\n")
    body = body.strip("\n")
    text = f"{title}\n\n{section}\n" + (f"{body}\n\n" if body else "")
    if heading:
        text += f"{heading}{tried}"
    else:
        text += f"{TRIED_HEADING}\n\n(for each goal not met: the figure, why, what was tried)\n"
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def print_table(rows: list[Row], out=None) -> None:
    print(text_table(rows), file=out or sys.stdout, flush=True)
