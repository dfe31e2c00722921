"""Part 3: copies of a ledger with random bytes written into their middle.

Each copy gets its own seed (printed with any failure, so one copy can be
rebuilt) and its own copy of the data folder (desk keys and head files), so a
purchase one copy accepts cannot make the next copy's verify look cut off.
"""
from __future__ import annotations

import hashlib
import json
import random
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from soak_common import TRACEBACK, child_env, cli, seed_ledger, use_data_dir, worker
from sqlite_utils.db import sqlite3

BASE_ORDERS = 200
RUNS = (2, 4)             # damaged runs per copy
RUN_BYTES = (256, 1024)   # length of one run
CHAINED = ("orders", "order_licenses")            # what verify's chains cover
LINKED = CHAINED + ("events", "chain_keyed_from")  # what else verify may rightly complain about


@dataclass
class Copy:
    seed: int
    integrity: str = ""
    changed: set[str] = field(default_factory=set)   # tables whose rows differ from the base
    verify_rc: int | None = None
    summary_rc: int | None = None
    multi_line: str | None = None  # a refusal that took more than one line on stderr
    tracebacks: list[str] = field(default_factory=list)
    accepted: bool = False
    refused: str | None = None
    unchanged: bool = True
    sidecars: bool = False       # a -wal or -shm was left beside the copy


def build_base(workdir: Path) -> tuple[Path, Path]:
    """A ledger with BASE_ORDERS orders on two desks, checkpointed into the main file (no -wal)."""
    from ledger_support import purchase

    from wizard.ledger import first_account, open_ledger, record_purchase

    data = workdir / "corrupt-base-data"
    use_data_dir(data)
    path = workdir / "corrupt-base.sqlite3"
    seed_ledger(path)
    db = open_ledger(path)
    try:
        account_id = first_account(db).id
        for i in range(BASE_ORDERS):
            record_purchase(db, purchase(db, account_id, desk=("D01", "D02")[i % 2]))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()  # the last connection out removes the -wal
    assert not path.with_name(path.name + "-wal").exists(), "the base ledger kept its -wal"
    return path, data


def damage(path: Path, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for _ in range(rng.randint(*RUNS)):
        length = rng.randint(*RUN_BYTES)
        offset = rng.randrange(page, len(data) - length)
        data[offset:offset + length] = rng.randbytes(length)
    path.write_bytes(bytes(data))


def integrity(path: Path) -> str:
    """SQLite's own check through a connection of our own, read-only, leaving no sidecar."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        # A damaged page can quote raw, non-UTF-8 bytes in the report.
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        return f"{type(error).__name__}: {error}"


def changed_tables(path: Path, base: dict[str, list[str]]) -> set[str]:
    from ledger_support import table_dump

    try:
        dump = table_dump(path)
    except sqlite3.DatabaseError:  # e.g. a text cell that is no longer UTF-8
        return {"(unreadable)"}
    return {table for table in set(base) | set(dump) if base.get(table) != dump.get(table)}


def try_copy(workdir: Path, base: Path, base_data: Path, base_dump, index: int, seed: int) -> Copy:
    copy = Copy(seed=seed)
    path = workdir / f"copy-{index:02d}.sqlite3"
    shutil.copyfile(base, path)
    damage(path, random.Random(seed))
    data = workdir / f"copy-{index:02d}-data"
    shutil.copytree(base_data, data)
    env = child_env(data)
    before = hashlib.sha256(path.read_bytes()).digest()
    copy.integrity = integrity(path)
    if copy.integrity == "ok":
        copy.changed = changed_tables(path, base_dump)
    for command in ("verify", "summary"):
        done = cli("ledger", command, "--ledger", path, env=env)
        setattr(copy, f"{command}_rc", done.returncode)
        _note_stderr(copy, f"ledger {command}", done.stderr)
        if done.returncode == 2 and len(done.stderr.strip().splitlines()) != 1:
            copy.multi_line = copy.multi_line or f"ledger {command}: {done.stderr.strip()!r}"
    attempt = worker("purchase", path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = attempt.communicate(timeout=120)
    _note_stderr(copy, "purchase", err)
    try:
        outcome = json.loads(out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        outcome = {"accepted": False, "refused": None, "unexpected": f"exit {attempt.returncode}: {err}"}
    copy.accepted, copy.refused = outcome["accepted"], outcome["refused"]
    if outcome["unexpected"]:
        copy.tracebacks.append(f"purchase: {outcome['unexpected']}")
    copy.unchanged = hashlib.sha256(path.read_bytes()).digest() == before
    copy.sidecars = any(path.with_name(path.name + s).exists() for s in ("-wal", "-shm"))
    return copy


def _note_stderr(copy: Copy, what: str, stderr: str) -> None:
    if TRACEBACK in stderr:
        copy.tracebacks.append(f"{what}: {stderr.strip()[-1500:]}")


def orders_changed(copy: Copy) -> bool:
    return bool(copy.changed & {*CHAINED, "(unreadable)"})


def problems_of(copy: Copy) -> list[str]:
    found = [f"traceback in {t}" for t in copy.tracebacks]
    if copy.integrity != "ok":
        if copy.verify_rc != 2 or copy.summary_rc != 2:
            found.append(f"verify exit {copy.verify_rc}, summary exit {copy.summary_rc} (2 expected)")
        if copy.multi_line:
            found.append(f"the refusal is not one line: {copy.multi_line[:300]}")
        if copy.accepted:
            found.append("a purchase was accepted into the damaged copy")
        if not copy.unchanged:
            found.append("the damaged copy's bytes changed")
        return found
    if copy.verify_rc not in (0, 1):
        found.append(f"verify exit {copy.verify_rc} on a file that passes integrity_check (0 or 1 expected)")
    elif copy.verify_rc == 0 and orders_changed(copy):
        found.append(f"verify says intact, but {sorted(copy.changed)} differ from the original")
    elif copy.verify_rc == 1 and not copy.changed & set(LINKED):
        found.append(f"verify says broken, but only {sorted(copy.changed) or 'nothing'} differs (a false alarm)")
    if copy.summary_rc not in (0, 2):
        found.append(f"summary exit {copy.summary_rc}")
    return found


def run(workdir: Path, copies: int, seed: int, failures: list[str]) -> list[tuple[str, object, str]]:
    from ledger_support import table_dump

    folder = workdir / "corrupt"
    folder.mkdir()
    base, base_data = build_base(folder)
    base_dump = table_dump(base)
    results = []
    for index in range(copies):
        copy = try_copy(folder, base, base_data, base_dump, index, seed + index)
        results.append(copy)
        complaint = " ".join(copy.integrity.split())[:100]
        failures += [f"corrupt copy {index:02d} (seed {copy.seed}, integrity_check: {complaint}): {p}"
                     for p in problems_of(copy)]
    bad = [c for c in results if c.integrity != "ok"]
    good = [c for c in results if c.integrity == "ok"]
    content = [c for c in good if orders_changed(c)]
    row = "corrupt"
    return [
        (row, "damaged copies (integrity_check fails / passes)", f"{len(results)} ({len(bad)} / {len(good)})",
         f"{copies}"),
        (row, "integrity fails: verify exit 2", f"{sum(c.verify_rc == 2 for c in bad)}/{len(bad)}", "all"),
        (row, "integrity fails: summary exit 2", f"{sum(c.summary_rc == 2 for c in bad)}/{len(bad)}", "all"),
        (row, "integrity fails: purchase refused (LedgerError)",
         f"{sum(c.refused is not None for c in bad)}/{len(bad)}", "all"),
        (row, "integrity fails: refusal on one line", f"{sum(c.multi_line is None for c in bad)}/{len(bad)}", "all"),
        (row, "integrity fails: purchase accepted", sum(c.accepted for c in bad), "0"),
        (row, "integrity fails: file bytes unchanged", f"{sum(c.unchanged for c in bad)}/{len(bad)}", "all"),
        (row, "integrity passes: rows changed (orders / others / none)",
         f"{len(content)} / {sum(bool(c.changed) and not orders_changed(c) for c in good)} / "
         f"{sum(not c.changed for c in good)}", "-"),
        (row, "integrity passes: verify exit 0 / 1", f"{sum(c.verify_rc == 0 for c in good)} / "
                                                     f"{sum(c.verify_rc == 1 for c in good)}", "-"),
        (row, "integrity passes: orders changed, verify exit 1", f"{sum(c.verify_rc == 1 for c in content)}/"
                                                                 f"{len(content)}", "all"),
        (row, "integrity passes: purchase accepted", sum(c.accepted for c in good), "-"),
        (row, "-wal/-shm left beside a copy", sum(c.sidecars for c in results), "-"),
        (row, "tracebacks (verify, summary, purchase)", sum(len(c.tracebacks) for c in results), "0"),
    ]
