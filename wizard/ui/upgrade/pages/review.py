"""Step 6, Review: the whole order, the legal documents, "I agree", "Complete purchase".

The order is captured once in initializePage (the wizard's Order: the choices,
the quote and the *masked* card) and rendered from that snapshot in whatever
language is current, so a language switch re-renders the same order, and the
summary survives `forget_card()` emptying the card fields after the purchase.
"Complete purchase" records this same Order: what was shown is what is bought.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizard

from wizard.core import cards
from wizard.core.order import Order
from wizard.ui.kit.legal_viewer import DOCUMENTS, LegalViewer
from wizard.ui.kit.page import Page
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.prices import price_per_month_text
from wizard.ui.kit.problems import ledger_problem_text
from wizard.ui.kit.widgets import error_label, show_error

ROWS = ("product", "users", "interval", "currency", "unit_price", "due_now", "next_charge", "payment", "company")
# Links, not buttons, as in the real product; a visible frame only for the keyboard focus.
LINK_STYLE = (
    "QPushButton { border: 1px solid transparent; background: transparent; color: #0073aa;"
    " text-decoration: underline; padding: 2px 4px; }"
    " QPushButton:hover { color: #005a87; }"
    " QPushButton:focus { border: 1px dotted #0073aa; }"
)
NAMES_SHOWN = 6  # more licensed users than this are summed up as "and N more"


class ReviewPage(Page):
    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("reviewPage")
        self.setCommitPage(True)
        self.order: Order | None = None  # the order as shown: a snapshot (see above)
        self.user_names: list[str] = []  # the licensed users' names, in the order's sequence
        self.problem = None  # why the last attempt to write the order failed (a LedgerProblem), or None
        self.viewer: LegalViewer | None = None

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.keys: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for row, name in enumerate(ROWS):
            key, value = QLabel(), QLabel()
            key.setObjectName(f"{name}Key")
            value.setObjectName(f"{name}Value")
            key.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(key, row, 0)
            grid.addWidget(value, row, 1)
            self.keys[name], self.values[name] = key, value

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
        layout.addLayout(grid)
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
        self.order = self.wizard().order()
        names = {user.id: user.name for user in self.session.users}
        self.user_names = [names.get(user_id, user_id) for user_id in self.order.licensed_user_ids]
        self.problem = None
        self.retranslate()

    def _render(self) -> None:
        from wizard.core.money import currency_name, format_date, format_money
        from wizard.ui.kit.countries import country_names

        order, language = self.order, self.language
        quote, chosen = order.quote, order.selection
        unit_price = price_per_month_text(order.tier, quote.currency, quote.unit_price_minor, language)
        if quote.interval == "annual":
            unit_price = fill(self.tr("%1, billed annually"), unit_price)
        users = self.user_names
        shown = ", ".join(users[:NAMES_SHOWN])
        if len(users) > NAMES_SHOWN:
            shown = fill(self.tr("%1 and %n more", "", len(users) - NAMES_SHOWN), shown)
        payment = cards.mask(chosen.card_brand, chosen.card_last4 or "????")
        if order.pays_with_new_card:
            payment = fill(
                self.tr("%1, new card, shared with other admins")
                if chosen.share_card
                else self.tr("%1, new card, not shared"),
                payment,
            )
        company = chosen.company
        country = dict(country_names(language)).get(company.country, company.country)
        lines = [company.name, company.street, f"{company.postal_code} {company.city}".strip()]
        lines = [line for line in lines if line] + [country]
        if company.vat_id:
            lines.append(fill(self.tr("VAT ID %1"), company.vat_id))
        texts = {
            "product": order.product_name(language),
            "users": shown or self.tr("The whole account (not licensed per user)"),
            "interval": self.tr("Monthly billing") if quote.interval == "monthly" else self.tr("Annual invoice"),
            "currency": f"{quote.currency} \u2014 {currency_name(quote.currency, language)}",
            "unit_price": unit_price,
            "due_now": format_money(quote.amount_due_minor, quote.currency, language),
            "next_charge": format_date(quote.next_charge_date, language),
            "payment": payment,
            "company": "\n".join(lines),
        }
        for name, text in texts.items():
            self.values[name].setText(text)
        self.keys["users"].setText(self.tr("Licensed users (%n)", "", len(users)) if users else self.tr("Licensed users"))

    # -- texts -------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Review order"),
            self.tr("Check your order, read the terms, then complete the purchase."),
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Complete purchase"))
        keys = {
            "product": self.tr("Product"),
            "users": self.tr("Licensed users"),
            "interval": self.tr("Billing interval"),
            "currency": self.tr("Currency"),
            "unit_price": self.tr("Price per unit"),
            "due_now": self.tr("Charged now"),
            "next_charge": self.tr("Next charge on"),
            "payment": self.tr("Payment method"),
            "company": self.tr("Company"),
        }
        for name, text in keys.items():
            self.keys[name].setText(text)
            self.values[name].setAccessibleName(text)
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
        failed = self.problem is not None
        show_error(
            self.error,
            self.tr("The purchase could not be saved, so nothing was bought or charged.")
            + " " + ledger_problem_text(self.problem)
            if failed
            else "",
        )
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

        def commit(cancelled) -> None:
            wizard.commit_purchase(shown, cancelled)  # what was shown here is what is recorded

        self.problem = attempt(self.session, commit, "Complete purchase", wizard)
        self.retranslate()
        return self.problem is None
