"""Part 1: SIGKILL a desk in the middle of its purchases, again and again, on one ledger file.

After each kill an independent connection checks the file (integrity_check,
whole purchases, gap-free numbers, every confirmed purchase present) and
verify() runs with the desk keys of the same data folder. The next round goes
on writing to the same file.
"""
from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import time
from pathlib import Path

from soak_common import inspect, seed_ledger, use_data_dir, verify_file, worker

READY_TIMEOUT_S = 60
# Measured from the child's "ready" (just before its first purchase). A purchase
# takes one or two milliseconds, most of them in COMMIT's fsync, so a delay drawn
# from this range lands anywhere in one of some 5-60 purchases.
KILL_AFTER_MS = (5, 80)


def run(workdir: Path, kills: int, rng: random.Random, failures: list[str]) -> list[tuple[str, object, str]]:
    env = use_data_dir(workdir / "data-kill")
    path = workdir / "kill.sqlite3"
    seed_ledger(path)
    figures = {"kills": 0, "confirmed": 0, "committed_unconfirmed": 0, "confirmed_lost": 0, "partial": 0,
               "gaps": 0, "integrity_failures": 0, "verify_failures": 0, "head_behind": 0, "orders": 0}
    lagging: set[tuple[str, int]] = set()  # (desk, seq) whose head line the kill prevented
    log = (workdir / "kill-child.stderr").open("w+b")
    started = time.monotonic()
    for round_ in range(1, kills + 1):
        problems = _one_round(path, env, rng, log, figures, lagging)
        for problem in problems:
            failures.append(f"kill round {round_}: {problem}")
        if problems and len(failures) > 20:
            failures.append("kill: stopped after too many failures")
            break
    seconds = time.monotonic() - started
    log.close()
    return [
        ("kill", "SIGKILLs during purchases", figures["kills"], f"{kills}"),
        ("kill", "orders written (confirmed)", f"{figures['orders']} ({figures['confirmed']})", "-"),
        # Mostly during COMMIT's fsync: SIGKILL waits for it, so that purchase is in the file unconfirmed.
        ("kill", "killed after COMMIT, before the receipt", figures["committed_unconfirmed"], "-"),
        ("kill", "  of which head file one behind", figures["head_behind"], "-"),
        ("kill", "killed before a COMMIT (that purchase rolled back)",
         figures["kills"] - figures["committed_unconfirmed"], "-"),
        ("kill", "confirmed purchases lost", figures["confirmed_lost"], "0"),
        ("kill", "integrity_check failures", figures["integrity_failures"], "0"),
        ("kill", "partial purchases", figures["partial"], "0"),
        ("kill", "number gaps", figures["gaps"], "0"),
        ("kill", "verify failures", figures["verify_failures"], "0"),
        ("kill", "seconds", f"{seconds:.0f}", "-"),
    ]


def _one_round(path: Path, env, rng: random.Random, log, figures: dict, lagging: set) -> list[str]:
    log.seek(0)
    log.truncate()
    child = worker("kill", path, env=env, stdout=subprocess.PIPE, stderr=log)
    try:
        ready, _, _ = select.select([child.stdout], [], [], READY_TIMEOUT_S)
        first = child.stdout.readline().decode().strip() if ready else ""
        if first != "ready":
            child.kill()
            child.wait()
            return [f"the child did not start writing: {_stderr(log) or first or 'no answer'}"]
        time.sleep(rng.uniform(*KILL_AFTER_MS) / 1000)
        os.kill(child.pid, signal.SIGKILL)
        # Whatever it printed before the kill: the purchases it confirmed.
        confirmed = set(child.stdout.read().decode().split())
    finally:
        child.stdout.close()
        child.wait()
    problems = []
    if child.returncode != -signal.SIGKILL:
        problems.append(f"the child ended by itself (exit {child.returncode}) before the kill: {_stderr(log)}")
    figures["kills"] += 1
    figures["confirmed"] += len(confirmed)

    state = inspect(path)
    if state.integrity != "ok":
        figures["integrity_failures"] += 1
        return problems + [f"integrity_check: {state.integrity}"]
    lost = confirmed - state.numbers
    figures["confirmed_lost"] += len(lost)
    figures["partial"] += len(state.partial)
    figures["gaps"] += len(state.gaps)
    committed_unconfirmed = state.orders - figures["orders"] - len(confirmed)
    figures["committed_unconfirmed"] += max(committed_unconfirmed, 0)
    lagging.update(_heads_behind(path, state.max_seq))
    figures["head_behind"] = len(lagging)
    figures["orders"] = state.orders
    if lost:
        problems.append(f"confirmed but not in the file: {sorted(lost)}")
    problems += state.partial + state.gaps
    if committed_unconfirmed < 0:
        problems.append(f"orders disappeared: {state.orders} in the file, more before this round")
    result = verify_file(path)
    if not result.ok:
        figures["verify_failures"] += 1
        problems.append(f"verify: {result.reason}")
    elif result.unkeyed_desks:  # the keys are in this data folder: the keyed check must have run
        figures["verify_failures"] += 1
        problems.append(f"verify checked desks {result.unkeyed_desks} without their keys")
    return problems


def _heads_behind(path: Path, max_seq: dict[str, int]) -> set[tuple[str, int]]:
    """Desks whose head file lags the file: killed between COMMIT and the head's append."""
    from wizard.ledger import open_ledger
    from wizard.ledger.keys import ledger_id, read_heads

    db = open_ledger(path)
    try:
        heads = read_heads(ledger_id(db))
    finally:
        db.close()
    return {(desk, seq) for desk, seq in max_seq.items() if heads.get(desk, (0, ""))[0] < seq}


def _stderr(log) -> str:
    log.flush()
    log.seek(0)
    return log.read().decode(errors="replace").strip()[-2000:]
