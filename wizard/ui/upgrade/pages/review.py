"""Step 6, Review: the whole order, the legal documents, "I agree", "Complete purchase".

The order is captured once in initializePage (the wizard's Order: the choices,
the quote and the *masked* card) and rendered from that snapshot in whatever
language is current, so a language switch re-renders the same order, and the
summary survives `forget_card()` emptying the card fields after the purchase.
"Complete purchase" records this same Order: what was shown is what is bought.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizard

from wizard.core import cards
from wizard.core.declines import CardDeclined, DeclineReason
from wizard.core.order import Order
from wizard.ui.components.order_summary import OrderFacts, OrderSummaryGrid
from wizard.ui.kit.legal_viewer import DOCUMENTS, LegalViewer
from wizard.ui.kit.page import Page
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.problems import decline_problem_text, ledger_problem_text
from wizard.ui.kit.widgets import error_label, show_error

ROWS = ("product", "users", "interval", "currency", "unit_price", "net", "credit", "subtotal", "vat", "due_now", "next_charge",
        "payment", "company")
# The sentences under the summary, top to bottom (objectNames "<name>Note"); each shows only when it applies.
NOTES = ("nothing_due", "tax", "refund", "business", "demo")
# Links, not buttons, as in the real product; a visible frame only for the keyboard focus.
LINK_STYLE = (
    "QPushButton { border: 1px solid transparent; background: transparent; color: #0073aa;"
    " text-decoration: underline; padding: 2px 4px; }"
    " QPushButton:hover { color: #005a87; }"
    " QPushButton:focus { border: 1px dotted #0073aa; }"
)


class ReviewPage(Page):
    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("reviewPage")
        self.setCommitPage(True)
        self.order: Order | None = None  # the order as shown: a snapshot (see above)
        self.user_names: list[str] = []  # the licensed users' names, in the order's sequence
        # Why the last attempt failed: a LedgerProblem, a DeclineReason (the card was declined), or None.
        self.problem = None
        self.viewer: LegalViewer | None = None

        self.summary = OrderSummaryGrid(session, ROWS, self)
        self.keys, self.values = self.summary.keys, self.summary.values

        self.notes: dict[str, QLabel] = {}
        for name in NOTES:
            camel = name.split("_")[0] + "".join(part.title() for part in name.split("_")[1:])
            self.notes[name] = QLabel(self, objectName=f"{camel}Note", wordWrap=True)
        self.notes["nothing_due"].setProperty("emphasis", True)

        self.legal_intro = QLabel()
        self.legal_intro.setWordWrap(True)
        links = QHBoxLayout()
        self.links: dict[str, QPushButton] = {}
        for doc in DOCUMENTS:
            button = QPushButton()
            button.setObjectName(f"{doc}Link")
            button.setProperty("role", "link")
            button.setFlat(True)
            # Not the dialog's default: Return must not open a document instead of going on.
            button.setAutoDefault(False)
            button.setStyleSheet(LINK_STYLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, d=doc: self.open_document(d))
            links.addWidget(button)
            self.links[doc] = button
        links.addStretch(1)
        self.agree = QCheckBox()
        self.agree.setObjectName("agreeTerms")
        self.registerField("agree_terms*", self.agree)
        self.error = error_label("commitError")

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        for label in self.notes.values():
            layout.addWidget(label)
        layout.addSpacing(8)
        layout.addWidget(self.legal_intro)
        layout.addLayout(links)
        layout.addWidget(self.agree)
        layout.addWidget(self.error)
        layout.addStretch(1)
        order = [*self.links.values(), self.agree]
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)
        self.retranslate()

    # -- the order ---------------------------------------------------------

    def initializePage(self) -> None:
        order = self.wizard().order()
        names = list(order.licensed_names(self.session.users))
        # The same order as shown (Back and Next again without a change): its texts are current already (a
        # language switch re-renders them through retranslate), so nothing is set again.
        unchanged = self.problem is None and order == self.order and names == self.user_names
        self.order, self.user_names, self.problem = order, names, None
        if not unchanged:
            self.retranslate()
        self.completeChanged.emit()  # a new order may be payable or not

    def _render(self) -> None:
        order, chosen = self.order, self.order.selection
        payment = cards.mask(chosen.card_brand, chosen.card_last4 or "????")
        if order.pays_with_new_card:
            payment = fill(
                self.tr("%1, new card, shared with other admins")
                if chosen.share_card
                else self.tr("%1, new card, not shared"),
                payment,
            )
        self.summary.show_order(OrderFacts.of_order(order, self.user_names), payment)
        self._render_notes()

    def _render_notes(self) -> None:
        from wizard.core.money import format_money
        from wizard.core.tax import VatReason

        charges = self.order.charges
        reason = charges.vat_reason if charges else None
        texts = {
            "nothing_due": self.tr(
                "Nothing is due today: the credit for your current plan covers the new charge, so there is "
                "nothing to buy here."
            ) if charges is not None and charges.total_minor == 0 else "",
            "tax": {
                VatReason.REVERSE_CHARGE: self.tr("Reverse charge: the recipient owes the VAT."),
                VatReason.OUTSIDE_EU: self.tr("No German VAT: the company is outside the EU."),
                VatReason.EU_NO_VAT_ID: self.tr("Without a valid VAT ID, German VAT is charged."),
            }.get(reason, ""),
            "refund": fill(
                self.tr("The unused part of your current plan, %1, is refunded separately in %2."),
                format_money(charges.refund_minor, charges.refund_currency, self.language), charges.refund_currency,
            ) if charges is not None and charges.refund_minor else "",
            "business": self.tr("This offer is for businesses only."),
            "demo": self.tr("This is a demo: no real payment is made."),
        }
        for name, label in self.notes.items():
            label.setText(texts[name])
            label.setVisible(bool(texts[name]))

    # -- texts -------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Review order"),
            self.tr("Check your order, read the terms, then complete the purchase."),
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Complete purchase"))
        titles = {
            "terms": self.tr("Terms of Service"),
            "privacy": self.tr("Privacy Policy"),
            "acceptable-use": self.tr("Acceptable Use Policy"),
        }
        for doc, button in self.links.items():
            button.setText(titles[doc])
            button.setToolTip(self.tr("Opens the document in a window of this program"))
        self.legal_intro.setText(
            self.tr("Please read the Terms of Service, the Privacy Policy and the Acceptable Use Policy.")
        )
        self.agree.setText(self.tr("I agree to these terms"))
        if isinstance(self.problem, DeclineReason):
            failure = (self.tr("Your card was declined, so nothing was bought.")
                       + " " + decline_problem_text(self.problem))
        elif self.problem is not None:
            failure = (self.tr("The purchase could not be saved, so nothing was bought or charged.")
                       + " " + ledger_problem_text(self.problem))
        else:
            failure = ""
        show_error(self.error, failure)
        if self.order is not None:
            self._render()

    # -- legal documents ---------------------------------------------------

    def open_document(self, doc: str) -> None:
        if self.viewer is None:
            self.viewer = LegalViewer(self.session, self)
        self.viewer.show_document(doc)

    # -- the purchase ------------------------------------------------------

    def validatePage(self) -> bool:
        from wizard.ui.kit.ledger_write import attempt

        wizard, shown = self.wizard(), self.order

        declined = None

        def commit(cancelled) -> None:
            nonlocal declined
            try:
                wizard.commit_purchase(shown, cancelled)  # what was shown here is what is recorded
            except CardDeclined as refusal:  # an answer about the card, not a failure of the ledger
                declined = refusal.reason

        self.problem = attempt(self.session, commit, "Complete purchase", wizard) or declined
        self.retranslate()
        self.completeChanged.emit()
        return self.problem is None

    def entries_complete(self) -> bool:
        # A declined card is not tried again as it is: the buyer goes Back and changes it.
        # Nothing due (the credit covers the new charge) is no purchase: nothing to complete.
        payable = self.order is None or self.order.payable
        return super().entries_complete() and payable and not isinstance(self.problem, DeclineReason)
