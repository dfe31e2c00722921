"""Step 7, Confirmation: the order number, what was bought, and the article's billing note.

Beside the receipt buttons, a QR code with the order number, product, total and date for the
buyer to photograph: a take-away where there is no printer (a kiosk). It holds no personal data
(no company, names, e-mails or card), as anyone may photograph a screen. Shown in every mode:
harmless where a printer is at hand, and one page layout fewer.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from wizard.core.order import Order
from wizard.ui.components.order_summary import unassigned_seats_text
from wizard.ui.kit.page import Page
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.receipt_pdf import ReceiptButtons
from wizard.ui.kit.widgets import stack


# The code's side: as tall as this many lines of the page's text, so the kiosk's larger scale makes it
# larger too; never under QR_MIN_SIZE px (3 px per module of the usual 41-45 with the quiet zone).
QR_TEXT_LINES = 11
QR_MIN_SIZE = 150


def receipt_day(created_at: str) -> dt.date | None:
    """The day of a ledger timestamp ("2026-11-29T12:00:00.000Z") as the receipt PDF gives it: in UTC."""
    try:
        stamp = dt.datetime.fromisoformat(created_at)
    except (TypeError, ValueError):
        return None
    return (stamp.astimezone(dt.timezone.utc) if stamp.tzinfo else stamp).date()


class ConfirmationPage(Page):
    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("confirmationPage")
        self.setFinalPage(True)
        # What was bought (the wizard's purchased Order) and its order number, re-rendered per language.
        self.order: Order | None = None
        self.order_number = ""
        self.order_day: dt.date | None = None  # as the receipt dates it

        self.thanks = QLabel(self, objectName="thanks", wordWrap=True)
        self.number = QLabel(self, objectName="orderNumber", wordWrap=True)
        self.summary = QLabel(self, objectName="purchaseSummary", wordWrap=True)
        self.note = QLabel(self, objectName="billingNote", wordWrap=True)
        self.receipt = ReceiptButtons(self._receipt_data, self)  # "Save receipt (PDF)", "Print"
        self.qr = QLabel(self, objectName="orderQrCode", alignment=Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = QLabel(self, objectName="orderQrCaption", wordWrap=True,
                                 alignment=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.again = QPushButton()
        self.again.setObjectName("startOver")
        self.again.clicked.connect(self._start_over)
        row = QHBoxLayout()
        row.addWidget(self.again)
        row.addStretch(1)

        text = stack(QVBoxLayout(), self.thanks, self.number, self.summary, 12, self.receipt, 12, self.note, 12, row)
        text.addStretch(1)
        code = stack(QVBoxLayout(), self.qr, 4, self.qr_caption)
        code.addStretch(1)
        columns = QHBoxLayout(self)
        stack(columns, text, 24, code)
        columns.setStretch(0, 1)
        self.retranslate()

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.order = wizard.purchased_order
        self.order_number = wizard.receipt.number if wizard.receipt else ""
        self.order_day = receipt_day(wizard.receipt.created_at) if wizard.receipt else None
        self.retranslate()

    def _receipt_data(self):
        from wizard.ledger.receipts import receipt_data

        return receipt_data(self.session.db, self.order_number, self.session.catalog)

    def _start_over(self) -> None:
        self.order = None
        self.wizard().start_over()

    def forget(self) -> None:
        """The order shown is forgotten too: no number, summary or code stays on the hidden page."""
        super().forget()
        self.order, self.order_number, self.order_day = None, "", None
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(self.tr("Thank you for your purchase"), self.tr("Your upgrade is complete."))
        # The billing note follows the reference article's closing paragraph; it names the section
        # of the account window where the card is changed.
        self.note.setText(
            self.tr(
                "Your credit card is charged at the start of each billing period, so a valid card must "
                "always be on file. You can change it at any time under Account & Billing."
            )
        )
        self.again.setText(self.tr("Start another upgrade"))
        self.again.setAccessibleName(self.tr("Start another upgrade"))
        self.thanks.setText(self.tr("Your order has been placed."))
        if self.order is None:
            self.number.setText("")
            self.summary.setText("")
            self.receipt.setVisible(False)
            self._show_code("")
            return
        self.receipt.setVisible(bool(self.order_number))
        self._render()

    def _charged_minor(self) -> int:
        """The total with VAT, as the ledger recorded it."""
        charges = self.order.charges
        if charges is not None and charges.total_minor is not None:
            return charges.total_minor
        return self.order.quote.amount_due_minor

    def qr_text(self) -> str:
        """What the QR code holds, in the page's language; "" without an order. Order number, product,
        total and date, one a line; nothing about the buyer."""
        if self.order is None or not self.order_number:
            return ""
        from wizard.core.money import format_date, format_money

        order, language = self.order, self.language
        lines = [
            fill(self.tr("Order %1"), self.order_number),
            order.product_name(language),
            fill(self.tr("Total: %1"), format_money(self._charged_minor(), order.quote.currency, language)),
        ]
        if self.order_day is not None:
            lines.append(format_date(self.order_day, language))
        return "\n".join(lines)

    def _show_code(self, text: str) -> None:
        from wizard.ui.kit.qr import qr_pixmap

        self.qr.setProperty("qrText", text)
        self.qr.setVisible(bool(text))
        self.qr_caption.setVisible(bool(text))
        if not text:
            self.qr.clear()
            return
        side = max(QR_MIN_SIZE, QR_TEXT_LINES * self.qr_caption.fontMetrics().height())
        self.qr.setFixedSize(side, side)
        self.qr_caption.setFixedWidth(side)
        self.qr.setPixmap(qr_pixmap(text, side, self.devicePixelRatioF()))
        self.qr.setAccessibleName(self.tr("QR code with your order details"))
        self.qr.setAccessibleDescription(text)
        self.qr_caption.setText(self.tr("Photograph this code to keep your order details."))

    def _what_was_bought(self, order: Order, language: str) -> str:
        """ "Sales Hub Professional for 3 users"; with seats bought for nobody yet (a kiosk visitor names
        only some) "... for 1 user, and 2 seats not yet assigned": the seats the ledger records, the users
        it licenses, in the words of the order panel and the review."""
        product = order.product_name(language)
        if not order.tier.seat_based:
            return product
        named = len(order.licensed_names(self.session.users))
        unassigned = order.seats - named
        if unassigned <= 0:
            return fill(self.tr("%1 for %n user(s)", "", order.seats), product)
        if named:
            return unassigned_seats_text(fill(self.tr("%1 for %n user(s)", "", named), product), unassigned)
        return f"{product}, {unassigned_seats_text('', unassigned)}"

    def _render(self) -> None:
        from wizard.core.money import format_date, format_money

        order, language = self.order, self.language
        quote = order.quote
        self.number.setText(fill(self.tr("Order number: %1"), self.order_number))
        product = self._what_was_bought(order, language)
        # Mid-sentence, so not the option's capitalised name.
        interval = self.tr("monthly billing") if quote.interval == "monthly" else self.tr("annual invoice")
        self.summary.setText(
            fill(
                self.tr("%1, %2. Charged today: %3. Next charge on %4."),
                product,
                interval,
                format_money(self._charged_minor(), quote.currency, language),
                format_date(quote.next_charge_date, language),
            )
        )
        self._show_code(self.qr_text())
