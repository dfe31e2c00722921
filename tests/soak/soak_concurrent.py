"""Part 2: several writer processes on one file, verify() looping beside them the whole time.

Writers share some desks and have some of their own (like
tests/test_ledger_concurrency.py). Every verify run that is not ok is a false
alarm: nobody tampers with the file here.
"""
from __future__ import annotations

import json
import subprocess
import time
from collections import Counter
from pathlib import Path

from soak_common import TRACEBACK, inspect, seed_ledger, use_data_dir, verify_file, worker


def desks_of(writer: int) -> tuple[str, str]:
    """D01 is shared by writers 0 and 1, D02 by 0 and 2, D03 by 1 and 3; each odd pair has one of its own."""
    pairs = (("D01", "D02"), ("D01", "D03"), ("D02", "D04"), ("D03", "D05"))
    if writer < len(pairs):
        return pairs[writer]
    return ("D01", f"W{writer:02d}")


def run(workdir: Path, writers: int, per_writer: int, failures: list[str]) -> list[tuple[str, object, str]]:
    from wizard.ledger import LedgerError, open_ledger, verify

    env = use_data_dir(workdir / "data-concurrent")
    path = workdir / "concurrent.sqlite3"
    seed_ledger(path)
    log = workdir / "concurrent-writers.stderr"
    with log.open("wb") as errors_file:
        children = [worker("writer", path, ",".join(desks_of(w)), per_writer, env=env, stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=errors_file) for w in range(writers)]
    for child in children:
        if child.stdout.readline().decode().strip() != "ready":
            failures.append(f"concurrent: a writer did not start: {log.read_text(errors='replace')[-2000:]}")
    started = time.monotonic()
    for child in children:  # go, all at once
        child.stdin.write(b"go\n")
        child.stdin.close()

    runs, alarms, verify_errors, first_alarm, seen = 0, 0, 0, None, []
    db = open_ledger(path)
    try:
        while any(child.poll() is None for child in children):
            try:
                result = verify(db)
            except LedgerError as error:
                verify_errors += 1
                first_alarm = first_alarm or f"verify raised: {error}"
                continue
            runs += 1
            seen.append(result.checked)
            if not result.ok:
                alarms += 1
                first_alarm = first_alarm or f"verify said: {result.reason}"
    finally:
        db.close()
    seconds = time.monotonic() - started

    reports = []
    for child in children:
        out = child.stdout.read().decode()
        child.wait()
        try:
            reports.append(json.loads(out.strip().splitlines()[-1]))
        except (ValueError, IndexError):
            failures.append(f"concurrent: a writer ended with exit {child.returncode} and no report")
            reports.append({"numbers": [], "errors": [], "locked": 0})
    stderr = log.read_text(errors="replace")
    if TRACEBACK in stderr:
        failures.append(f"concurrent: a writer printed a traceback: {stderr[-2000:]}")
    numbers = [n for report in reports for n in report["numbers"]]
    writer_errors = [e for report in reports for e in report["errors"]]
    locked = sum(report["locked"] for report in reports)
    duplicates = [n for n, c in Counter(numbers).items() if c > 1]

    state = inspect(path)
    final = verify_file(path)
    expected = writers * per_writer
    checks = [
        (runs > 0, "verify never ran while the writers wrote"),
        (alarms == 0, f"verify false alarms: {alarms} ({first_alarm})"),
        (verify_errors == 0, f"verify errors: {verify_errors} ({first_alarm})"),
        (not writer_errors, f"writer errors: {len(writer_errors)}, first: {writer_errors[:1]}"),
        (locked == 0, f"'database is locked' seen by writers: {locked}"),
        (state.integrity == "ok", f"integrity_check: {state.integrity}"),
        (state.orders == expected, f"{state.orders} orders in the file, {expected} expected"),
        (set(numbers) == state.numbers and not duplicates,
         f"numbers confirmed and in the file differ (duplicates: {duplicates[:5]})"),
        (not state.gaps, f"gaps: {state.gaps}"),
        (not state.partial, f"partial purchases: {state.partial[:5]}"),
        (final.ok, f"final verify: {final.reason}"),
        (not final.unkeyed_desks, f"final verify lacked the keys of {final.unkeyed_desks}"),
    ]
    failures += [f"concurrent: {message}" for ok, message in checks if not ok]
    return [
        ("concurrent", "writers x purchases", f"{writers} x {per_writer}", "-"),
        ("concurrent", "orders in the file (confirmed)", f"{state.orders} ({len(numbers)})", f"{expected}"),
        ("concurrent", "purchases per second", f"{state.orders / seconds:.0f}", "-"),
        ("concurrent", "verify runs beside the writers (orders seen)",
         f"{runs} ({min(seen, default=0)}..{max(seen, default=0)})", "> 0"),
        ("concurrent", "verify false alarms", alarms + verify_errors, "0"),
        ("concurrent", "writer errors ('database is locked')", f"{len(writer_errors)} ({locked})", "0 (0)"),
        ("concurrent", "gaps / partial purchases", f"{len(state.gaps)} / {len(state.partial)}", "0 / 0"),
        ("concurrent", "final integrity_check / verify", f"{state.integrity} / {'ok' if final.ok else 'broken'}",
         "ok / ok"),
    ]
