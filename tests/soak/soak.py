"""Soak test of the ledger with real processes and files (not part of the default pytest run).

    .venv/bin/python tests/soak/soak.py [--kills 200] [--writers 4] [--per-writer 250] [--corrupt 40]
                                        [--only kill|concurrent|corrupt] [--seed N] [--keep]

1. kill:       SIGKILL a desk in the middle of its purchases, then check the file after each kill.
2. concurrent: writer processes on one file while verify() loops beside them.
3. corrupt:    copies with random bytes in their middle: refused, never written to, never a traceback.

Everything happens in a temporary folder with its own data folder
(UPGRADE_WIZARD_DATA_DIR). Prints a table of figures; exits 1 when a check
failed (the folder is then kept, and each failure names what reproduces it).
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]
import soak_common  # noqa: E402  (puts the project and tests/ on sys.path)

PARTS = ("kill", "concurrent", "corrupt")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tests/soak/soak.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200, help="SIGKILL rounds (default 200)")
    parser.add_argument("--writers", type=int, default=4, help="concurrent writer processes (default 4)")
    parser.add_argument("--per-writer", type=int, default=250, help="purchases per writer (default 250)")
    parser.add_argument("--corrupt", type=int, default=40, help="damaged copies (default 40)")
    parser.add_argument("--only", choices=PARTS, help="run one part only")
    parser.add_argument("--seed", type=int, help="random seed (default: a new one, printed)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder even when all is well")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 10**6)
    workdir = Path(tempfile.mkdtemp(prefix="ledger-soak-"))
    # Before any wizard import: this process and its children use a data folder of their own.
    soak_common.use_data_dir(workdir / "data")
    from sqlite_utils.db import sqlite3

    print(f"ledger soak, seed {seed}, folder {workdir}", flush=True)
    print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.node()}, {platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}", flush=True)
    failures: list[str] = []
    rows: list[tuple[str, object, str]] = []
    started = time.monotonic()
    for part in PARTS:
        if args.only not in (None, part):
            continue
        print(f"running {part} ...", flush=True)
        part_started = time.monotonic()
        try:
            rows += _run_part(part, args, workdir, seed, failures)
        except Exception as error:  # a crash of the harness is a failed run, shown with its traceback
            import traceback

            traceback.print_exc()
            failures.append(f"{part}: the soak itself failed: {type(error).__name__}: {error}")
        print(f"  {part}: {time.monotonic() - part_started:.0f} s", flush=True)
    print()
    print(table(rows))
    print(f"total {time.monotonic() - started:.0f} s")
    if failures:
        print(f"\n{len(failures)} FAILED checks (seed {seed}, files kept in {workdir}):")
        for failure in failures:
            print(f"  - {failure}")
        return 1
    print("all checks passed")
    if args.keep:
        print(f"files kept in {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def _run_part(part: str, args, workdir: Path, seed: int, failures: list[str]):
    if part == "kill":
        import soak_kill

        return soak_kill.run(workdir, args.kills, random.Random(seed), failures)
    if part == "concurrent":
        import soak_concurrent

        return soak_concurrent.run(workdir, args.writers, args.per_writer, failures)
    import soak_corrupt

    return soak_corrupt.run(workdir, args.corrupt, seed, failures)


def table(rows: list[tuple[str, object, str]]) -> str:
    header = ("part", "figure", "value", "expected")
    lines = [header] + [tuple(str(cell) for cell in row) for row in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]

    def fmt(line):
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(line, widths)) + " |"

    rule = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([fmt(header), rule] + [fmt(line) for line in lines[1:]])


if __name__ == "__main__":
    sys.exit(main())
