"""Step 7, Confirmation: the order number, what was bought, and the article's billing note."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from wizard.ui.kit.page import Page


class ConfirmationPage(Page):
    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("confirmationPage")
        self.setFinalPage(True)
        self.bought: dict | None = None  # snapshot taken when the page opens, re-rendered per language

        self.thanks = QLabel()
        self.thanks.setObjectName("thanks")
        self.thanks.setWordWrap(True)
        self.number = QLabel()
        self.number.setObjectName("orderNumber")
        self.number.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("orderSummary")
        self.summary.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("billingNote")
        self.note.setWordWrap(True)
        self.again = QPushButton()
        self.again.setObjectName("startOver")
        self.again.clicked.connect(self._start_over)
        row = QHBoxLayout()
        row.addWidget(self.again)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        for label in (self.thanks, self.number, self.summary):
            layout.addWidget(label)
        layout.addSpacing(12)
        layout.addWidget(self.note)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        wizard = self.wizard()
        tier = wizard.tier()
        self.bought = {
            "number": wizard.receipt.number if wizard.receipt else "",
            "hub": self.session.catalog.hub(wizard.field("hub")),
            "tier": tier,
            "quote": wizard.quote(),
            "seats": len(wizard.field("licensed_users") or []) if tier.seat_based else 0,
        }
        self.retranslate()

    def _start_over(self) -> None:
        self.bought = None
        self.wizard().start_over()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Thank you for your purchase"))
        self.setSubTitle(self.tr("Your upgrade is complete."))
        # The billing note follows the reference article's closing paragraph.
        self.note.setText(
            self.tr(
                "Your credit card is charged for each billing period of the subscription, and a valid "
                "card must stay on file with us. You can update your credit card at any time in your "
                "account settings."
            )
        )
        self.again.setText(self.tr("Start another upgrade"))
        self.again.setAccessibleName(self.tr("Start another upgrade"))
        self.thanks.setText(self.tr("Your order has been placed."))
        if self.bought is None:
            self.number.setText("")
            self.summary.setText("")
            return
        self._render()

    def _render(self) -> None:
        from wizard.core.money import format_date, format_money

        bought, language = self.bought, self.language
        quote = bought["quote"]
        self.number.setText(self.tr("Order number: %1").replace("%1", bought["number"]))
        product = f"{bought['hub'].name_in(language)} {bought['tier'].name_in(language)}"
        if bought["seats"]:
            product = self.tr("%1 for %n user(s)", "", bought["seats"]).replace("%1", product)
        interval = self.tr("Monthly billing") if quote.interval == "monthly" else self.tr("Annual invoice")
        self.summary.setText(
            self.tr("%1, %2. Charged now: %3. Next charge on %4.")
            .replace("%1", product)
            .replace("%2", interval)
            .replace("%3", format_money(quote.amount_due_minor, quote.currency, language))
            .replace("%4", format_date(quote.next_charge_date, language))
        )
