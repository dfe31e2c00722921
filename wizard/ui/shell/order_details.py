"""One order of the history, in full: what the review page showed when it was bought.

Rendered from the OrderSummary by the review page's own renderer (components/order_summary.py),
in whatever language is current; the card is shown masked (the ledger has nothing more).
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from wizard.core.account import OrderSummary
from wizard.ui.components.order_summary import OrderFacts, OrderSummaryGrid
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.receipt_pdf import ReceiptButtons
from wizard.ui.kit.retranslating import Retranslating

# subtotal, credit and VAT show only for an order that recorded its charges (migration 0005).
ROWS = ("number", "date", "product", "users", "interval", "currency", "unit_price", "net", "credit", "subtotal", "vat",
        "amount", "next_charge", "payment", "company")


class OrderDetails(Retranslating, QDialog):
    def __init__(self, session, order: OrderSummary, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.order = order
        self.setObjectName("orderDetails")
        self.summary = OrderSummaryGrid(session, ROWS, self, column_gap=16)
        self.keys, self.values = self.summary.keys, self.summary.values
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.receipt = ReceiptButtons(self._receipt_data, self)  # "Save receipt (PDF)", "Print"
        layout.addWidget(self.receipt)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.setWindowTitle(fill(self.tr("Order %1"), self.order.number))
        payment = self.order.payment_masked or self.tr("No card on record")
        self.summary.show_order(OrderFacts.of_summary(self.order), payment)

    def _receipt_data(self):
        from wizard.ledger.receipts import receipt_data

        return receipt_data(self.session.db, self.order.number, self.session.catalog)

    def texts(self) -> dict[str, str]:
        """{row: the text its value shows}."""
        return {name: label.text() for name, label in self.values.items()}
