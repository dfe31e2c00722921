"""The receipt of an order as a PDF (Qt's own QPdfWriter and QTextDocument) or on a printer.

Built from a plain `ReceiptData` (wizard/ledger/receipts.py reads it) and written in the order's
language, whatever language the program shows: the texts are looked up in that language's
translator, not through tr(). The save and print dialogs go through `ask_pdf_path` and
`ask_printer`, so tests answer them (monkeypatch) instead of a modal dialog blocking the run.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from wizard.core.receipt import Party, ReceiptData
from wizard.core.tax import VatReason
from wizard.ui.kit import messages
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.translations import text_in

CONTEXT = "ReceiptPdf"
TEXTS = {
    "title": QT_TRANSLATE_NOOP("ReceiptPdf", "Receipt"),
    "demo": QT_TRANSLATE_NOOP("ReceiptPdf", "Demo - no real payment"),
    "seller": QT_TRANSLATE_NOOP("ReceiptPdf", "Seller"),
    "buyer": QT_TRANSLATE_NOOP("ReceiptPdf", "Buyer"),
    "demo_seller": QT_TRANSLATE_NOOP("ReceiptPdf", "A demo company for this training program, not a real seller."),
    "vat_id": QT_TRANSLATE_NOOP("ReceiptPdf", "VAT ID: %1"),
    "number": QT_TRANSLATE_NOOP("ReceiptPdf", "Order number"),
    "date": QT_TRANSLATE_NOOP("ReceiptPdf", "Order date"),
    "payment": QT_TRANSLATE_NOOP("ReceiptPdf", "Paid with"),
    "no_card": QT_TRANSLATE_NOOP("ReceiptPdf", "No card on record"),
    "users": QT_TRANSLATE_NOOP("ReceiptPdf", "Licensed users"),
    "next_charge": QT_TRANSLATE_NOOP("ReceiptPdf", "Next charge on"),
    "product": QT_TRANSLATE_NOOP("ReceiptPdf", "Product"),
    "seats": QT_TRANSLATE_NOOP("ReceiptPdf", "Seats"),
    "unit_price": QT_TRANSLATE_NOOP("ReceiptPdf", "Price per seat and month"),
    "months": QT_TRANSLATE_NOOP("ReceiptPdf", "Months"),
    "amount": QT_TRANSLATE_NOOP("ReceiptPdf", "Amount"),
    "subtotal": QT_TRANSLATE_NOOP("ReceiptPdf", "Subtotal (net)"),
    "credit": QT_TRANSLATE_NOOP("ReceiptPdf", "Credit for the unused part of the previous plan"),
    "vat": QT_TRANSLATE_NOOP("ReceiptPdf", "VAT %1%"),
    "total": QT_TRANSLATE_NOOP("ReceiptPdf", "Total"),
    VatReason.REVERSE_CHARGE: QT_TRANSLATE_NOOP("ReceiptPdf", "Reverse charge: VAT is owed by the recipient."),
    VatReason.OUTSIDE_EU: QT_TRANSLATE_NOOP("ReceiptPdf", "Not taxable in %1: the recipient is outside the EU."),
    "refund": QT_TRANSLATE_NOOP("ReceiptPdf", "Refunded separately: %1"),
    "net_note": QT_TRANSLATE_NOOP("ReceiptPdf", "All prices are net (excl. VAT)."),
    "terms": QT_TRANSLATE_NOOP("ReceiptPdf", "Terms accepted"),
    "demo_note": QT_TRANSLATE_NOOP(
        "ReceiptPdf",
        "This receipt was made by a training program: no payment was made and no subscription was created.",
    ),
}
# The documents the buyer agreed to on the review page, named as the review page names them.
TERMS = (
    QT_TRANSLATE_NOOP("ReviewPage", "Terms of Service"),
    QT_TRANSLATE_NOOP("ReviewPage", "Privacy Policy"),
    QT_TRANSLATE_NOOP("ReviewPage", "Acceptable Use Policy"),
)


def _text(language: str, source: str, context: str = CONTEXT) -> str:
    return text_in(language, context, source)


def _country(code: str, language: str) -> str:
    from babel import Locale

    from wizard.core.money import LOCALES

    return Locale.parse(LOCALES.get(language, "en_US")).territories.get(code, code)


def receipt_html(data: ReceiptData) -> str:
    from wizard.core.money import format_date, format_money
    from wizard.ui.kit.prices import vat_rate_text

    lang = data.language

    def t(key, *args: str) -> str:
        return html.escape(text_in(lang, CONTEXT, TEXTS[key], *args))

    def money(minor: int) -> str:
        return html.escape(format_money(minor, data.currency, lang))

    def party(who: Party, extra: str = "") -> str:
        lines = [f"<b>{html.escape(who.name)}</b>", html.escape(who.street),
                 html.escape(f"{who.postal_code} {who.city}".strip()), html.escape(_country(who.country, lang))]
        if who.vat_id:
            lines.append(html.escape(text_in(lang, CONTEXT, TEXTS["vat_id"], who.vat_id)))
        if extra:
            lines.append(f"<i>{extra}</i>")
        return "<br>".join(line for line in lines if line)

    facts = [(t("number"), html.escape(data.number)),
             (t("date"), html.escape(format_date(data.created_at.date(), lang))),
             (t("payment"), html.escape(data.card_masked) or t("no_card"))]
    if data.licensed_user_names:
        facts.append((t("users"), html.escape(", ".join(data.licensed_user_names))))
    if data.next_charge_date is not None:
        facts.append((t("next_charge"), html.escape(format_date(data.next_charge_date, lang))))
    fact_rows = "".join(f"<tr><td>{key}</td><td>{value}</td></tr>" for key, value in facts)

    right = 'align="right"'
    line_rows = "".join(
        f"<tr><td>{html.escape(line.product)}</td><td {right}>{line.seats}</td>"
        f"<td {right}>{money(line.unit_price_minor)}</td><td {right}>{line.months}</td>"
        f"<td {right}>{money(line.amount_minor)}</td></tr>"
        for line in data.lines
    )
    # The lines are the net; less the credit, the subtotal; plus VAT, the total (core/charges.py).
    # An order written before the ledger recorded credit and VAT shows its subtotal and total only.
    sums = []
    if data.credit_minor:
        sums.append((t("credit"), money(-data.credit_minor)))
    sums.append((t("subtotal"), money(data.subtotal_minor)))
    if data.vat_rate_bp is not None and data.vat_minor is not None:
        sums.append((t("vat", vat_rate_text(data.vat_rate_bp, lang)), money(data.vat_minor)))
    sums.append((f"<b>{t('total')}</b>", f"<b>{money(data.total_minor)}</b>"))
    sum_rows = "".join(f'<tr><td colspan="4" {right}>{key}</td><td {right}>{value}</td></tr>' for key, value in sums)
    notes = [t("net_note")]
    if data.zero_vat_reason is not None:
        notes.append(t(data.zero_vat_reason, _country(data.seller.country, lang)))
    if data.refund_minor:
        notes.append(t("refund", format_money(data.refund_minor, data.refund_currency, lang)))
    note_lines = "".join(f"<p>{note}</p>" for note in notes)
    terms = html.escape(", ".join(_text(lang, source, "ReviewPage") for source in TERMS))

    return f"""
<h1>{t("title")}</h1>
<p style="color:#b3261e"><b>{t("demo")}</b></p>
<table width="100%" cellspacing="0" cellpadding="4">
<tr><td width="50%"><small>{t("seller")}</small><br>{party(data.seller, t("demo_seller"))}</td>
<td width="50%"><small>{t("buyer")}</small><br>{party(data.buyer)}</td></tr>
</table>
<p></p>
<table cellspacing="0" cellpadding="3">{fact_rows}</table>
<p></p>
<table width="100%" cellspacing="0" cellpadding="4" border="1" style="border-collapse:collapse; border-color:#999">
<tr><th align="left">{t("product")}</th><th {right}>{t("seats")}</th><th {right}>{t("unit_price")}</th>
<th {right}>{t("months")}</th><th {right}>{t("amount")}</th></tr>
{line_rows}
{sum_rows}
</table>
{note_lines}
<p><b>{t("terms")}:</b> {terms}</p>
<p><small>{t("demo")}. {t("demo_note")}</small></p>
"""


def receipt_document(data: ReceiptData) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(receipt_html(data))
    return document


def write_receipt_pdf(data: ReceiptData, path: str | Path) -> None:
    """The receipt as an A4 PDF at `path`; OSError when the file cannot be written."""
    Path(path).open("wb").close()  # QPdfWriter fails silently: find out here
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{_text(data.language, TEXTS['title'])} {data.number}")
    writer.setCreator("Upgrade Wizard")
    receipt_document(data).print_(writer)


# -- the dialogs, one place so tests answer them -------------------------------------------------

def _nobody_sees() -> bool:
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def ask_pdf_path(parent, suggested: str) -> str | None:
    """The file the user chose to save the receipt to; None when cancelled."""
    if _nobody_sees():
        return None
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ReceiptPdf", "Save receipt"), suggested,
        QCoreApplication.translate("ReceiptPdf", "PDF files (*.pdf)"))
    return path or None


def ask_printer(parent):
    """A QPrinter set up in the print dialog; None when cancelled."""
    if _nobody_sees():
        return None
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def save_receipt(parent, data: ReceiptData) -> Path | None:
    """Ask where, write the PDF there: its path, or None (cancelled, or it could not be written: said)."""
    chosen = ask_pdf_path(parent, f"receipt-{data.number}.pdf")
    if not chosen:
        return None
    try:
        write_receipt_pdf(data, chosen)
    except OSError as error:
        messages.ask(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("messages", "Upgrade Wizard"),
                     QCoreApplication.translate("ReceiptPdf", "The receipt could not be saved."),
                     f"{chosen}: {error.strerror}")
        return None
    return Path(chosen)


def print_receipt(parent, data: ReceiptData) -> bool:
    printer = ask_printer(parent)
    if printer is None:
        return False
    receipt_document(data).print_(printer)
    return True


class ReceiptButtons(Retranslating, QWidget):
    """"Save receipt (PDF)" and "Print" for one order; `source()` reads its ReceiptData when clicked."""

    def __init__(self, source, parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self.save = QPushButton(self, objectName="saveReceipt")
        self.print = QPushButton(self, objectName="printReceipt")
        self.save.clicked.connect(lambda: save_receipt(self.window(), self.source()))
        self.print.clicked.connect(lambda: print_receipt(self.window(), self.source()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.save)
        row.addWidget(self.print)
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.save.setText(self.tr("Save receipt (PDF)"))
        self.print.setText(self.tr("Print"))
