"""Start-up: first paint and ready of `main.py` (--demo, standard, --kiosk) against a bare seven-page QWizard.

Every program run is a new process measured from before its start (bench/paint_probe.py
reports the paint and the ready moment), the programs alternating with the bare
script so that all see the same machine state; median, min and max over the runs.
Ready: the account read and the first page filled and interactive, the next page answering
at once (wizard/app/startup.py sets READY_PROPERTY; the account window builds its other sections
in the steps after it, or on the click); its reference is the bare script's first paint, as is peak memory's.
Run alone: .venv/bin/python bench/startup.py [runs]
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.table import Row, print_table, quick, spread  # noqa: E402

PROBE = ROOT / "bench" / "paint_probe.py"
BARE = ROOT / "bench" / "bare_wizard.py"
MAIN = ROOT / "main.py"
PAINT_GOAL, READY_GOAL, MEMORY_GOAL = 1.2, 1.5, 1.2
KIOSK_PIN = "2468"
# What each mode starts with (standard: the account window on a ledger that has an account).
PROGRAMS = {
    "--demo": ("--demo", "--lang", "en"),
    "standard": ("--lang", "en"),
    "--kiosk": ("--kiosk", "--lang", "en"),
}


def probe(script: Path, *args: str, env: dict, ready: bool) -> dict:
    started = time.time()
    out = subprocess.run(
        [sys.executable, str(PROBE), *(["--ready"] if ready else []), str(script), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"{script.name} {' '.join(args)} failed ({out.returncode}): {out.stderr[-2000:]}")
    report = json.loads(lines[-1])
    return {"paint": report["painted_at"] - started, "ready": report["ready_at"] - started,
            "rss": report["maxrss_kib"] / 1024, "loaded": report["loaded"]}


def prepare(data: Path) -> dict:
    """The data folder: an exit PIN for the kiosk and a ledger with an account for standard mode.

    Python's own bytecode cache goes to a folder of its own, written on the first (warm-up)
    run: as on a user's machine, where the modules are compiled once, not at every start.
    """
    env = dict(os.environ, UPGRADE_WIZARD_DATA_DIR=str(data / "data"), PYTHONPYCACHEPREFIX=str(data / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    (data / "data").mkdir()
    from wizard.core.kiosk_lock import ExitLock

    ExitLock(data / "data" / "kiosk.json").set_pin(KIOSK_PIN)
    seeded = subprocess.run([sys.executable, str(MAIN), "ledger", "seed-demo"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    if seeded.returncode != 0:
        raise RuntimeError(f"seed-demo failed: {seeded.stderr}")
    return env


def measure(runs: int) -> dict:
    """{name: [probe results]} for the bare script (paint) and each mode (paint, and ready separately)."""
    results: dict[str, list[dict]] = {"bare": []}
    for name in PROGRAMS:
        results[name] = []
        results[name + " ready"] = []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        env = prepare(Path(folder))
        for warm_up in (True,) + (False,) * runs:  # the first fills the disk and bytecode caches
            for name, args in PROGRAMS.items():
                bare = probe(BARE, env=env, ready=False)
                paint = probe(MAIN, *args, env=env, ready=False)
                ready = probe(MAIN, *args, env=env, ready=True)
                if not warm_up:
                    results["bare"].append(bare)
                    results[name].append(paint)
                    results[name + " ready"].append(ready)
    return results


def rows(runs: int) -> list[Row]:
    """Each ratio is the median of the per-round ratios (a mode's run over the bare run just before it),
    which a machine busy for a moment upsets less than a ratio of two medians."""
    runs = min(runs, 2) if quick() else runs
    results = measure(runs)
    bare = results["bare"]  # one per mode and round, in the order measure() ran them
    bare_ms = spread(r["paint"] * 1000 for r in bare)[0]
    bare_mib = spread(r["rss"] for r in bare)[0]
    out = []
    figures = (("first paint", "", "paint", "paint", PAINT_GOAL, "ms", 1000),
               ("ready", " ready", "ready", "paint", READY_GOAL, "ms", 1000),
               ("peak memory at ready", " ready", "rss", "rss", MEMORY_GOAL, "MiB", 1))
    for figure, suffix, key, bare_key, goal, unit, scale in figures:
        for index, name in enumerate(PROGRAMS):
            own = results[name + suffix]
            pairs = [bare[round_ * len(PROGRAMS) + index] for round_ in range(len(own))]
            value, low, high = spread(r[key] * scale for r in own)
            ratio = spread(r[key] / b[bare_key] for r, b in zip(own, pairs))[0]
            reference = bare_ms if unit == "ms" else bare_mib
            note = "vs bare first paint" if figure == "ready" else ""
            out.append(Row(f"{figure}, {name}", value, unit, f"ratio <= {goal}", reference, ratio, low, high,
                           ratio <= goal, note=note))
    return out


if __name__ == "__main__":
    print_table(rows(int(sys.argv[1]) if len(sys.argv) > 1 else 9))
