"""The benchmark runs (`./run-bench --quick`: tiny sizes, two runs) and keeps its results file in order.

No figure is asserted: the machines are shared and noisy; bench/RESULTS.md is the place for figures.
"""
import subprocess
import sys
from pathlib import Path

from bench.__main__ import MODULES
from bench.table import TRIED_HEADING, Row, markdown_table, text_table, write_results

ROOT = Path(__file__).resolve().parent.parent


def test_quick_run_prints_one_table_and_writes_it(tmp_path):
    results = tmp_path / "RESULTS.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--results", str(results)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    header = done.stdout.splitlines()[0]
    assert header.split(" | ")[0].strip() == "figure" and "min-max" in header
    for figure in ("first paint, --demo", "first paint, standard", "first paint, --kiosk", "ready, --demo",
                   "peak memory at ready, --kiosk"):
        assert figure in done.stdout
    written = results.read_text(encoding="utf-8")
    assert "quick run" in written and "| first paint, --demo |" in written and "CPUs" in written
    assert TRIED_HEADING in written


def test_results_file_newest_first_keeps_what_was_tried(tmp_path):
    results = tmp_path / "RESULTS.md"
    results.write_text(f"# Benchmark results\n\n## old run\n\nold table\n\n{TRIED_HEADING}\n\n- tried X: no gain\n",
                       encoding="utf-8")
    row = Row("first paint, --demo", 250.0, "ms", "ratio <= 1.2", 140.0, 250 / 140, 240.0, 260.0, False)
    write_results([row], runs=3, quick_run=False, path=results)
    text = results.read_text(encoding="utf-8")
    assert text.index("median of 3 runs") < text.index("## old run") < text.index(TRIED_HEADING)
    assert text.endswith("- tried X: no gain\n")
    assert "| first paint, --demo | 250 ms | 140 ms | 1.79 | ratio <= 1.2 | NO | 240-260 |" in text


def test_table_columns():
    row = Row("purchases per second", 1300.0, "/s", "ratio >= 0.5", 3300.0, 0.39, met=False, note="WAL frames 4")
    assert "purchases per second (WAL frames 4)" in text_table([row])
    assert markdown_table([row]).splitlines()[0] == "| figure | value | reference | ratio | goal | met | min-max |"


def test_every_benchmark_module_exists():
    for name in MODULES:
        assert (ROOT / "bench" / f"{name}.py").is_file()
