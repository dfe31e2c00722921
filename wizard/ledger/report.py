"""Plain-text views of a ledger for the command line (no Qt, no Babel needed)."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

from wizard.core.modes import TRAINING

_ZERO_DECIMAL = frozenset({"JPY", "KRW", "CLP", "ISK", "VND", "UGX", "XAF", "XOF"})


def currency_exponent(code: str) -> int:
    try:
        from wizard.core.money import currency_exponent as from_babel

        return from_babel(code)
    except ImportError:  # the CLI still works where Babel is missing
        return 0 if code in _ZERO_DECIMAL else 2


def plain_amount(amount_minor: int, currency: str) -> str:
    """12345, "EUR" -> "EUR 123.45"; 1200, "JPY" -> "JPY 1200". Integer arithmetic only."""
    exponent = currency_exponent(currency)
    sign = "-" if amount_minor < 0 else ""
    whole, fraction = divmod(abs(amount_minor), 10**exponent)
    return f"{currency} {sign}{whole}" + (f".{fraction:0{exponent}d}" if exponent else "")


def summary_lines(db, path: Path) -> Iterator[str]:
    # Orders, per desk and currency, in one pass over a narrow index (orders_by_desk_currency):
    # a million orders take a fraction of a second instead of a read of the whole table.
    # Training orders are practice: counted, never revenue.
    training = TRAINING.order_mark
    groups = db.execute(
        "SELECT desk, currency, count(*), sum(CASE WHEN mode <> ? THEN amount_due_minor END), sum(mode = ?)"
        " FROM orders GROUP BY desk, currency ORDER BY desk, currency",
        [training, training],
    ).fetchall()
    per_desk: dict[str, int] = {}
    revenue: dict[str, int] = {}
    for desk, currency, count, paid, _ in groups:
        per_desk[desk] = per_desk.get(desk, 0) + count
        if paid is not None:
            revenue[currency] = revenue.get(currency, 0) + paid
    yield f"Ledger: {path}"
    for label, table in (("Accounts", "accounts"), ("Users", "users"), ("Payment methods", "payment_methods"),
                         ("Subscriptions", "subscriptions"), ("Orders", "orders"),
                         ("Licenses sold", "order_licenses"), ("Sales leads", "sales_leads"),
                         ("Events", "events")):
        count = sum(per_desk.values()) if table == "orders" else \
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        yield f"{label + ':':<17}{count}"
    if per_desk:
        yield "Orders per desk: " + ", ".join(f"{visible(desk)} {count}" for desk, count in per_desk.items())
    paid = ", ".join(plain_amount(total, visible(code)) for code, total in sorted(revenue.items()))
    yield "Revenue:         " + (paid or "none yet")
    practice = sum(group[4] for group in groups)
    if practice:
        yield f"Training orders: {practice} (not in the revenue)"


_TABLE = (("Number", 14), ("Created (UTC)", 17), ("Product", 24), ("Interval", 8), ("Seats", 5),
          ("Amount", 16), ("Company", 30))


# What a terminal would act on instead of showing: line and paragraph breaks
# (str.splitlines() splits on these too) and the bidi controls that reorder the
# rest of a line (Unicode's "Trojan Source" characters). Cc adds C0, DEL and C1.
_SHOWN_ESCAPED = frozenset("\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def visible(text: str) -> str:
    """`text` on one line, every control character shown as a Python-style escape.

    The convention: newline, carriage return and tab become \\n, \\r and \\t;
    any other control character (category Cc: NUL, ESC, DEL, C1), U+2028/U+2029
    and the bidi controls become \\xNN or \\uNNNN; a backslash itself is
    doubled, so "\\n" in the output always means a newline in the ledger and
    never a backslash followed by n. Everything else is shown as it is.
    """
    if text.isprintable() and "\\" not in text:  # the usual case, at C speed
        return text
    return "".join(_escape(char) for char in text)


def _escape(char: str) -> str:
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    if char in _SHOWN_ESCAPED or unicodedata.category(char) == "Cc":
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char


def order_table_lines(db, *, last: int | None = None) -> Iterator[str]:
    """One line per order, whatever the ledger holds (text passes through `visible`).

    `last`: only the newest `last` orders (by time of purchase), oldest of them first. They are
    found per desk from the end of its chain (the primary key), so a million orders cost no
    more than a few. Fixed column widths, so the table streams instead of measuring every row first.
    """
    yield _table_row(name for name, _ in _TABLE)
    yield _table_row("-" * width for _, width in _TABLE)
    columns = "number, created_at, hub, tier, interval, seats, amount_due_minor, currency, company_name"
    if last is None:
        rows = db.conn.execute(f"SELECT {columns} FROM orders ORDER BY desk, seq")
    else:
        newest = []
        for (desk,) in db.conn.execute(_DESKS).fetchall():
            newest.extend(db.conn.execute(
                f"SELECT created_at, desk, seq, {columns} FROM orders WHERE desk = ? ORDER BY seq DESC LIMIT ?",
                [desk, last],
            ))
        rows = [row[3:] for row in sorted(newest)[-last:]] if last > 0 else []
    count = 0
    for row in rows:
        number, created, hub, tier, interval, seats, amount, currency, company = row
        count += 1
        yield _table_row((number, created[:16].replace("T", " "), f"{hub} {tier}", interval, str(seats),
                          plain_amount(amount, currency), company))
    yield f"{count} orders"


# The desks, each found by one step in the primary key (a skip-scan), not by reading every order.
_DESKS = """
WITH RECURSIVE desks(desk) AS (
    SELECT min(desk) FROM orders
    UNION ALL
    SELECT (SELECT min(desk) FROM orders WHERE desk > desks.desk) FROM desks WHERE desks.desk IS NOT NULL)
SELECT desk FROM desks WHERE desk IS NOT NULL
"""


def _table_row(cells) -> str:
    parts = []
    for (name, width), cell in zip(_TABLE, cells):
        cell = visible(cell)
        text = cell if len(cell) <= width else cell[: width - 1] + "…"
        parts.append(text.rjust(width) if name in ("Seats", "Amount") else text.ljust(width))
    return "  ".join(parts).rstrip()
