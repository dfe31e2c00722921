"""Plain-text views of a ledger for the command line (no Qt, no Babel needed)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

_ZERO_DECIMAL = frozenset({"JPY", "KRW", "CLP", "ISK", "VND", "UGX", "XAF", "XOF"})


def currency_exponent(code: str) -> int:
    try:
        from wizard.money import currency_exponent as from_babel

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
    yield f"Ledger: {path}"
    for label, table in (("Accounts", "accounts"), ("Users", "users"), ("Payment methods", "payment_methods"),
                         ("Subscriptions", "subscriptions"), ("Orders", "orders"),
                         ("Licenses sold", "order_licenses"), ("Sales leads", "sales_leads"),
                         ("Events", "events")):
        yield f"{label + ':':<17}{db.execute(f'SELECT count(*) FROM {table}').fetchone()[0]}"
    desks = db.execute("SELECT desk, count(*), max(seq) FROM orders GROUP BY desk ORDER BY desk").fetchall()
    if desks:
        yield "Orders per desk: " + ", ".join(f"{desk} {count}" for desk, count, _ in desks)
    revenue = db.execute(
        "SELECT currency, sum(amount_due_minor) FROM orders GROUP BY currency ORDER BY currency"
    ).fetchall()
    yield "Revenue:         " + (", ".join(plain_amount(total, code) for code, total in revenue) or "none yet")


_TABLE = (("Number", 14), ("Created (UTC)", 17), ("Product", 24), ("Interval", 8), ("Seats", 5),
          ("Amount", 16), ("Company", 30))


def order_table_lines(db) -> Iterator[str]:
    """Fixed column widths, so the table streams instead of measuring every row first."""
    yield _table_row(name for name, _ in _TABLE)
    yield _table_row("-" * width for _, width in _TABLE)
    count = 0
    for row in db.conn.execute(
        "SELECT number, created_at, hub, tier, interval, seats, amount_due_minor, currency, company_name "
        "FROM orders ORDER BY desk, seq"
    ):
        number, created, hub, tier, interval, seats, amount, currency, company = row
        count += 1
        yield _table_row((number, created[:16].replace("T", " "), f"{hub} {tier}", interval, str(seats),
                          plain_amount(amount, currency), company))
    yield f"{count} orders"


def _table_row(cells) -> str:
    parts = []
    for (name, width), cell in zip(_TABLE, cells):
        text = cell if len(cell) <= width else cell[: width - 1] + "…"
        parts.append(text.rjust(width) if name in ("Seats", "Amount") else text.ljust(width))
    return "  ".join(parts).rstrip()
