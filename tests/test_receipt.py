"""Receipts: the PDF of an order, read back with pypdf, from the CLI, the confirmation page and the order history."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QImage, QPainter

from helpers import agree, click, commit_button, ledger_rows, to_review
from ledger_support import TEST_CARDS, new_card, purchase, seeded
from wizard.core.money import format_date, format_money
from wizard.core.tax import VatReason
from wizard.ledger import record_purchase
from wizard.ledger.receipts import receipt_data
from wizard.ui.kit.prices import vat_rate_text

ROOT = Path(__file__).resolve().parents[1]


def flat(text: str) -> str:
    """Compatibility forms folded (the PDF's "ﬀ" ligature, no-break spaces), every run of blanks one space,
    and a line broken after a hyphen joined again ("Reverse-Charge-" / "Verfahren")."""
    return re.sub(r"(?<=\w)-\s+", "-", re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))).strip()


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return flat("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


def order_row(ledger_path, number: str) -> dict:
    return ledger_rows(ledger_path, "SELECT * FROM orders WHERE number = ?", [number])[0]


def row_amounts(row: dict) -> dict[str, int]:
    """The amounts a receipt shows for an orders row, as the ledger holds them (minor units).

    An order with charges (chain version 2): line = net, credit, subtotal = net - credit, VAT, total;
    an older one: its line is the total.
    """
    months = 1 if row["interval"] == "monthly" else 12
    line = row["seats"] * row["unit_price_minor"] * months
    if row.get("chain_version", 1) < 2 or row.get("net_minor") is None:
        assert line == row["amount_due_minor"]
        return {"unit": row["unit_price_minor"], "line": line, "subtotal": line, "total": row["amount_due_minor"]}
    assert line == row["net_minor"]
    amounts = {"unit": row["unit_price_minor"], "line": row["net_minor"],
               "subtotal": row["net_minor"] - row["credit_minor"], "total": row["total_minor"]}
    assert row["total_minor"] == row["amount_due_minor"]
    if row["credit_minor"]:
        amounts["credit"] = -row["credit_minor"]
    if row["vat_minor"] is not None:
        amounts["vat"] = row["vat_minor"]
        assert amounts["subtotal"] + amounts["vat"] == amounts["total"]
    return amounts


def assert_receipt_matches(text: str, row: dict, *, card: str) -> None:
    """Every amount on the receipt is the ledger row's, formatted in the order's language."""
    from wizard.ui.kit.receipt_pdf import TEXTS, _text

    language, currency = row["language"], row["currency"]
    amounts = row_amounts(row)
    shown = {flat(format_money(minor, currency, language)) for minor in amounts.values()}
    if row.get("refund_minor"):
        shown.add(flat(format_money(row["refund_minor"], row["refund_currency"], language)))
        refunded = flat(_text(language, TEXTS["refund"]).replace(
            "%1", format_money(row["refund_minor"], row["refund_currency"], language)))
        assert refunded in text
    for amount in shown:
        assert amount in text, amount
    if "credit" in amounts:
        assert flat(_text(language, TEXTS["credit"])) + " " + flat(
            format_money(amounts["credit"], currency, language)) in text
    if "vat" in amounts:
        label = flat(_text(language, TEXTS["vat"]).replace("%1", vat_rate_text(row["vat_rate_bp"], language)))
        assert f"{label} {flat(format_money(amounts['vat'], currency, language))}" in text
    total = flat(_text(language, TEXTS["total"])) + " " + flat(format_money(amounts["total"], currency, language))
    assert total in text
    # An amount as each language writes it (the currencies these orders use): "$2,160.00", "300,00 €";
    # the sign of the credit is left off, as its line is checked whole above.
    found = re.findall(r"[€$]\d[\d,]*\.\d\d" if language == "en" else r"\d[\d.]*,\d\d [€$]", text)
    assert set(found) <= {amount.lstrip("-") for amount in shown}, found  # no other amount on it
    assert row["number"] in text
    assert row["company_name"] in text
    assert card in text
    digits = text.replace(" ", "")
    assert not any(number in digits for number in TEST_CARDS)  # no card number
    assert not re.search(r"\d{13,}", digits), "a run of digits as long as a card number"


# The German order: an upgrade, 3 x 100.00 net less 10.00 credit, 19 % VAT on the 290.00 subtotal.
GERMAN_CHARGES = dict(net_minor=30000, credit_minor=1000, vat_rate_bp=1900, vat_minor=5510, total_minor=34510,
                      amount_due_minor=34510)


@pytest.fixture
def ledger_with_orders(ledger_path):
    """The demo account with a German monthly upgrade (credit and 19 % VAT) on the saved Visa and an English
    annual one for a US company (no VAT, the current EUR plan refunded) on a new Mastercard."""
    db, account_id = seeded(ledger_path)
    try:
        german = record_purchase(db, purchase(db, account_id, seats=3, language="de", **GERMAN_CHARGES))
        english = record_purchase(db, purchase(
            db, account_id, seats=2, interval="annual", currency="USD", unit_price_minor=9000,
            amount_due_minor=9000 * 2 * 12, net_minor=9000 * 2 * 12, vat_rate_bp=0, vat_minor=0,
            total_minor=9000 * 2 * 12, refund_minor=1333, refund_currency="EUR", company_country="US",
            vat_id="", language="en", card=new_card("5555555555554444")))
    finally:
        db.close()
    return german.number, english.number


def run_cli(*args):
    from wizard.app.cli import main

    return main(["ledger", "receipt", *map(str, args)])


def test_receipt_data_has_the_row_the_card_and_the_demo_seller(ledger_path, ledger_with_orders):
    from wizard.ledger import open_ledger

    german, _ = ledger_with_orders
    db = open_ledger(ledger_path)
    try:
        data = receipt_data(db, german)
    finally:
        db.close()
    row = order_row(ledger_path, german)
    assert (data.language, data.currency, data.total_minor) == ("de", "EUR", row["amount_due_minor"])
    assert data.card_masked == "Visa \u2022\u2022\u2022\u2022 4242"
    assert data.buyer.name == row["company_name"] and data.seller.name
    assert len(data.licensed_user_names) == 3
    assert (data.credit_minor, data.subtotal_minor, data.vat_rate_bp, data.vat_minor, data.total_minor) == (
        1000, 29000, 1900, 5510, 34510)
    assert data.lines[0].amount_minor == row["net_minor"] == 30000
    assert (data.zero_vat_reason, data.refund_minor) == (None, 0)  # German buyer, German seller: VAT charged


@pytest.mark.parametrize("which, card", [(0, "Visa •••• 4242"), (1, "Mastercard •••• 4444")])
def test_the_cli_writes_the_receipt_in_the_orders_language(qapp, tmp_path, ledger_path, ledger_with_orders,
                                                           which, card):
    number = ledger_with_orders[which]
    out = tmp_path / "receipt.pdf"
    assert run_cli(number, "--output", out, "--ledger", ledger_path) == 0
    text = pdf_text(out)
    row = order_row(ledger_path, number)
    assert_receipt_matches(text, row, card=card)
    assert "Demo - no real payment" in text or "Demo – keine echte Zahlung" in text
    if row["language"] == "de":
        assert "Nutzungsbedingungen" in text  # the terms accepted, named in German
        assert format_date(dt.date.fromisoformat(row["next_charge_date"]), "de") in text
    else:
        assert "Terms of Service" in text and "USD" not in text


def test_an_unknown_order_number_exits_2_with_one_sentence(tmp_path, ledger_path, ledger_with_orders):
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "ledger", "receipt", "D01-999999", "--output", str(tmp_path / "x.pdf"),
         "--ledger", str(ledger_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == "error: There is no order D01-999999 in this ledger."
    assert not (tmp_path / "x.pdf").exists()


def test_the_confirmation_page_saves_the_receipt_of_a_german_purchase(qtbot, make_wizard, ledger_path, tmp_path,
                                                                      monkeypatch):
    from wizard.ui.kit import receipt_pdf

    out = tmp_path / "Quittung.pdf"
    asked = []
    monkeypatch.setattr(receipt_pdf, "ask_pdf_path", lambda parent, suggested: asked.append(suggested) or str(out))
    monkeypatch.setattr(receipt_pdf, "ask_printer", lambda parent: asked.append("printer"))  # cancelled
    wizard = make_wizard(language="de")
    review = to_review(qtbot, wizard, hub="sales", tier="professional", currency="EUR", interval="annual")
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))
    page = wizard.currentPage()
    assert page.objectName() == "confirmationPage"
    number = ledger_rows(ledger_path, "SELECT number FROM orders")[0]["number"]

    click(qtbot, page.receipt.print)
    click(qtbot, page.receipt.save)
    assert asked == ["printer", f"receipt-{number}.pdf"]
    row = order_row(ledger_path, number)
    assert row["language"] == "de"
    assert_receipt_matches(pdf_text(out), row, card="Visa •••• 4242")


def test_the_order_history_saves_the_receipt(qtbot, make_shell, ledger_path, ledger_with_orders, tmp_path,
                                             monkeypatch):
    from wizard.ledger import order_history
    from wizard.ui.kit import receipt_pdf
    from wizard.ui.shell.order_details import OrderDetails

    out = tmp_path / "receipt.pdf"
    monkeypatch.setattr(receipt_pdf, "ask_pdf_path", lambda parent, suggested: str(out))
    shell = make_shell()
    english = ledger_with_orders[1]
    summary = next(o for o in order_history(shell.session.db, shell.session.account_id) if o.number == english)
    details = OrderDetails(shell.session, summary, shell)
    qtbot.addWidget(details)
    details.show()
    click(qtbot, details.receipt.save)
    assert_receipt_matches(pdf_text(out), order_row(ledger_path, english), card="Mastercard •••• 4444")


def test_an_unwritable_file_saves_nothing_and_says_so(qapp, ledger_path, ledger_with_orders, tmp_path, monkeypatch):
    from wizard.ledger import open_ledger
    from wizard.ui.kit import messages, receipt_pdf

    said = []
    monkeypatch.setattr(receipt_pdf, "ask_pdf_path", lambda parent, suggested: str(tmp_path / "no" / "x.pdf"))
    monkeypatch.setattr(messages, "ask", lambda *args: said.append(args[3]))
    db = open_ledger(ledger_path)
    try:
        assert receipt_pdf.save_receipt(None, receipt_data(db, ledger_with_orders[0])) is None
    finally:
        db.close()
    assert said == ["The receipt could not be saved."]


@pytest.mark.parametrize("which", [0, 1])
def test_the_receipt_renders_to_png(qapp, ledger_path, ledger_with_orders, tmp_path, which):
    """The same document as the PDF, on an A4-shaped image (QPdfWriter cannot render back): to look at."""
    from wizard.core.catalog_loading import load_catalog
    from wizard.ledger import open_ledger
    from wizard.ui.kit.receipt_pdf import receipt_document

    db = open_ledger(ledger_path)
    try:
        data = receipt_data(db, ledger_with_orders[which], load_catalog())
    finally:
        db.close()
    document = receipt_document(data)
    width, height, margin = 794, 1123, 76  # A4 at 96 dpi, 20 mm margins
    document.setPageSize(QSizeF(width - 2 * margin, height - 2 * margin))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.translate(margin, margin)
    document.drawContents(painter)
    painter.end()
    out = tmp_path / f"receipt-{data.language}.png"
    assert image.save(str(out))
    assert document.pageCount() == 1  # the receipt fits one page
    assert image.pixelColor(width // 2, height - 10).name() == "#ffffff"  # nothing spills over the margin


def test_the_notes_for_no_vat_and_the_refund_are_on_the_receipt(qapp, tmp_path, ledger_path, ledger_with_orders):
    """0 % VAT outside the EU says so (naming the seller's country), and the refund in the replaced plan's
    currency is stated, not netted."""
    from wizard.ui.kit.receipt_pdf import TEXTS, _text

    english = ledger_with_orders[1]
    out = tmp_path / "receipt.pdf"
    assert run_cli(english, "--output", out, "--ledger", ledger_path) == 0
    text = pdf_text(out)
    assert flat(_text("en", TEXTS[VatReason.OUTSIDE_EU]).replace("%1", "Germany")) in text
    assert "Refunded separately: €13.33" in text
    assert flat(_text("en", TEXTS[VatReason.REVERSE_CHARGE])) not in text
    assert "VAT 0% $0.00" in text


def test_a_buyer_in_another_eu_country_with_a_vat_id_gets_the_reverse_charge_note(qapp, tmp_path, ledger_path):
    from wizard.ui.kit.receipt_pdf import TEXTS, _text

    db, account_id = seeded(ledger_path)
    try:
        number = record_purchase(db, purchase(
            db, account_id, seats=2, language="de", company_country="AT", vat_id="ATU13585627",
            net_minor=20000, vat_rate_bp=0, vat_minor=0, total_minor=20000, amount_due_minor=20000)).number
    finally:
        db.close()
    out = tmp_path / "receipt.pdf"
    assert run_cli(number, "--output", out, "--ledger", ledger_path) == 0
    text = pdf_text(out)
    assert_receipt_matches(text, order_row(ledger_path, number), card="Visa •••• 4242")
    assert flat(_text("de", TEXTS[VatReason.REVERSE_CHARGE])) in text
    assert flat(_text("de", TEXTS[VatReason.OUTSIDE_EU]).replace("%1", "Deutschland")) not in text


def test_an_order_written_before_the_charges_prints_as_before(qapp, tmp_path):
    """A ledger at schema version 4 (no charges), migrated: its order's receipt shows the line, subtotal and
    total; charges a tamperer put into such a row (its hash does not cover them) are not shown."""
    from sqlite_utils import Database
    from sqlite_utils.db import sqlite3

    from ledger_support import bulk_orders
    from wizard.ledger import open_ledger, seed_demo
    from wizard.ledger.schema import migrations

    path = tmp_path / "ledger.sqlite3"
    old = Database(path)
    migrations().apply(old, stop_before="0005_charges")
    bulk_orders(old, seed_demo(old), "D01", 1)
    old.close()
    open_ledger(path).close()  # migrates
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("DROP TRIGGER orders_no_update")
        conn.execute("UPDATE orders SET net_minor = 1, credit_minor = 99999, vat_rate_bp = 1900, vat_minor = 7")
    finally:
        conn.close()
    out = tmp_path / "receipt.pdf"
    assert run_cli("D01-000001", "--output", out, "--ledger", path) == 0
    row = order_row(path, "D01-000001")
    assert row["chain_version"] == 1
    text = pdf_text(out)
    assert_receipt_matches(text, {**row, "net_minor": None}, card="Visa •••• 4242")
    from wizard.ui.kit.receipt_pdf import TEXTS, _text

    assert not re.search(r"(USt\.|VAT) \d", text)  # no VAT line
    assert flat(_text("de", TEXTS["credit"])) not in text
