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
from wizard.ledger import record_purchase
from wizard.ledger.receipts import receipt_data

ROOT = Path(__file__).resolve().parents[1]


def flat(text: str) -> str:
    """Compatibility forms folded (the PDF's "ﬀ" ligature, no-break spaces) and every run of blanks one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return flat("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


def order_row(ledger_path, number: str) -> dict:
    return ledger_rows(ledger_path, "SELECT * FROM orders WHERE number = ?", [number])[0]


def assert_receipt_matches(text: str, row: dict, *, card: str) -> None:
    """Every amount on the receipt is the ledger row's, formatted in the order's language."""
    language, currency = row["language"], row["currency"]
    months = 1 if row["interval"] == "monthly" else 12
    line = row["seats"] * row["unit_price_minor"] * months
    assert line == row["amount_due_minor"]  # no credit or VAT yet: the line is the total
    for minor in (row["unit_price_minor"], line, row["amount_due_minor"]):
        assert flat(format_money(minor, currency, language)) in text
    # An amount as each language writes it (the currencies these orders use): "$2,160.00", "300,00 €".
    amounts = re.findall(r"[€$]\d[\d,]*\.\d\d" if language == "en" else r"\d[\d.]*,\d\d [€$]", text)
    allowed = {flat(format_money(m, currency, language)) for m in (row["unit_price_minor"], line)}
    assert set(amounts) <= allowed, amounts  # no other amount on it
    assert row["number"] in text
    assert row["company_name"] in text
    assert card in text
    digits = text.replace(" ", "")
    assert not any(number in digits for number in TEST_CARDS)  # no card number
    assert not re.search(r"\d{13,}", digits), "a run of digits as long as a card number"


@pytest.fixture
def ledger_with_orders(ledger_path):
    """The demo account with a German monthly order on the saved Visa and an English annual one on a new Mastercard."""
    db, account_id = seeded(ledger_path)
    try:
        german = record_purchase(db, purchase(db, account_id, seats=3, amount_due_minor=30000, language="de"))
        english = record_purchase(db, purchase(
            db, account_id, seats=2, interval="annual", currency="USD", unit_price_minor=9000,
            amount_due_minor=9000 * 2 * 12, language="en", card=new_card("5555555555554444")))
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
    assert (data.credit_minor, data.vat_minor) == (None, None)  # the order rows have no such columns yet


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
