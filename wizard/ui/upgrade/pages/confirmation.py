"""Step 7, Confirmation: the order number, what was bought, and the article's billing note."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from wizard.core.order import Order
from wizard.ui.kit.page import Page
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.receipt_pdf import ReceiptButtons
from wizard.ui.kit.widgets import stack


class ConfirmationPage(Page):
    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("confirmationPage")
        self.setFinalPage(True)
        # What was bought (the wizard's purchased Order) and its order number, re-rendered per language.
        self.order: Order | None = None
        self.order_number = ""

        self.thanks = QLabel(self, objectName="thanks", wordWrap=True)
        self.number = QLabel(self, objectName="orderNumber", wordWrap=True)
        self.summary = QLabel(self, objectName="purchaseSummary", wordWrap=True)
        self.note = QLabel(self, objectName="billingNote", wordWrap=True)
        self.receipt = ReceiptButtons(self._receipt_data, self)  # "Save receipt (PDF)", "Print"
        self.again = QPushButton()
        self.again.setObjectName("startOver")
        self.again.clicked.connect(self._start_over)
        row = QHBoxLayout()
        row.addWidget(self.again)
        row.addStretch(1)

        stack(QVBoxLayout(self), self.thanks, self.number, self.summary, 12, self.receipt, 12, self.note, 12,
              row).addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.order = wizard.purchased_order
        self.order_number = wizard.receipt.number if wizard.receipt else ""
        self.retranslate()

    def _receipt_data(self):
        from wizard.ledger.receipts import receipt_data

        return receipt_data(self.session.db, self.order_number, self.session.catalog)

    def _start_over(self) -> None:
        self.order = None
        self.wizard().start_over()

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
            return
        self.receipt.setVisible(bool(self.order_number))
        self._render()

    def _render(self) -> None:
        from wizard.core.money import format_date, format_money

        order, language = self.order, self.language
        quote = order.quote
        self.number.setText(fill(self.tr("Order number: %1"), self.order_number))
        product = order.product_name(language)
        if order.tier.seat_based:
            product = fill(self.tr("%1 for %n user(s)", "", order.seats), product)
        # Mid-sentence, so not the option's capitalised name.
        interval = self.tr("monthly billing") if quote.interval == "monthly" else self.tr("annual invoice")
        self.summary.setText(
            fill(
                self.tr("%1, %2. Charged today: %3. Next charge on %4."),
                product,
                interval,
                format_money(quote.amount_due_minor, quote.currency, language),
                format_date(quote.next_charge_date, language),
            )
        )
