"""`./run-bench [--runs N] [--quick] [--only NAME ...]`: every benchmark, one table, written to bench/RESULTS.md."""
from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.table import RESULTS, Row, print_table, write_results  # noqa: E402

# Each has rows(runs) -> list[Row]; in the order.
MODULES = ("startup", "interaction", "language_switch", "big_ledger", "ledger")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="run-bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=None, help="runs per figure (default 9; --quick: 2)")
    parser.add_argument("--quick", action="store_true",
                        help="tiny sizes and two runs: shows every benchmark works (figures not to keep)")
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=MODULES, help="only these benchmarks")
    parser.add_argument("--results", type=Path, default=RESULTS, help="the Markdown file to add the table to")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    if args.quick:
        os.environ["BENCH_QUICK"] = "1"
    runs = args.runs or (2 if args.quick else 9)
    rows: list[Row] = []
    for name in args.only or MODULES:
        module = importlib.import_module(f"bench.{name}")
        if not hasattr(module, "rows"):
            print(f"bench/{name}.py has no rows(runs) yet: skipped", file=sys.stderr)
            continue
        started = time.perf_counter()
        found = module.rows(runs)
        print(f"{name}: {len(found)} figures in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        rows.extend(found)
    print_table(rows)
    if not args.no_write:
        write_results(rows, runs=runs, quick_run=args.quick, path=args.results,
                      command=" ".join(["./run-bench", *(sys.argv[1:] if argv is None else argv)]))
        print(f"written to {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
