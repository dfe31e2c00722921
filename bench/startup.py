"""Start to first painted page: `main.py --demo` against a bare seven-page QWizard.

Each figure is the median of several runs, the two programs alternating so
that both see the same machine state. Run: .venv/bin/python bench/startup.py [runs]
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "bench" / "paint_probe.py"
GOAL = 1.2


def first_paint(script: Path, *args: str, env: dict) -> tuple[float, int]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, str(PROBE), str(script), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True,
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    return report["painted_at"] - started, report["maxrss_kib"]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, UPGRADE_WIZARD_DATA_DIR=data)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        programs = {
            "main.py --demo": (ROOT / "main.py", "--demo", "--lang", "en"),
            "bare QWizard": (ROOT / "bench" / "bare_wizard.py",),
        }
        for script, *args in programs.values():  # warm the disk cache once
            first_paint(script, *args, env=env)
        times = {name: [] for name in programs}
        memory = {name: [] for name in programs}
        for _ in range(runs):
            for name, (script, *args) in programs.items():
                seconds, rss = first_paint(script, *args, env=env)
                times[name].append(seconds)
                memory[name].append(rss)
    app, bare = (statistics.median(times[name]) for name in programs)
    for name in programs:
        print(
            f"{name:16} first paint {statistics.median(times[name]) * 1000:7.1f} ms (median of {runs}),"
            f" peak memory {max(memory[name]) / 1024:6.1f} MiB"
        )
    ratio = app / bare
    print(f"ratio {ratio:.2f} (goal: {GOAL} or lower) {'OK' if ratio <= GOAL else 'ABOVE GOAL'}")


if __name__ == "__main__":
    main()
