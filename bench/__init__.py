"""The benchmarks: `./run-bench` runs them all and prints one table (bench/__main__.py, bench/table.py)."""
