"""The SQLite driver of the ledger: pysqlite3 when installed (its wheel carries a current SQLite), else Python's.

sqlite-utils makes the same choice (sqlite_utils.utils), so both raise the same error classes; importing it from
here keeps sqlite-utils itself (~60 ms and ~12 MiB) off the program's start.
"""
try:
    import pysqlite3 as sqlite3
except ImportError:  # connection.require_current_sqlite() then says whether this SQLite will do
    import sqlite3

__all__ = ["sqlite3"]
