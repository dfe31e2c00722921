"""Step 5, Payment: company details, and a saved payment method or a new credit card.

The forms are components (`CompanyForm`, `CardForm`, `PaymentMethodList`); this
page registers their inputs as the wizard's fields, decides which problems
count (the card's only for a new card) and when the page is complete.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget, QWizard

from wizard.core.cards import CARD_FIELDS, CardProblem, group_number
from wizard.core.company import COMPANY_FIELDS
from wizard.core.declines import TEST_CARDS, DeclineReason
from wizard.core.order import NEW_CARD
from wizard.ui.components.card_form import CardForm
from wizard.ui.components.company_form import CompanyForm
from wizard.ui.components.payment_methods import PaymentMethodList
from wizard.ui.kit.page import Page
from wizard.ui.kit.problems import card_problem_text
from wizard.ui.kit.widgets import error_label, show_error


class PaymentPage(Page):
    keeps_entries_on_back = True  # Back keeps what was entered

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("paymentPage")
        self._problems: dict[str, str] = {}

        self.company = CompanyForm(session)
        self.company_box = self.company
        self.country = self.company.country

        self.method_box = QGroupBox()
        methods = QVBoxLayout(self.method_box)
        self.method_list = PaymentMethodList()
        self.method_list.setObjectName("paymentMethods")
        methods.addWidget(self.method_list)
        self.method_error = error_label("payment_method_error")
        methods.addWidget(self.method_error)
        self.card = CardForm(session)
        self.card_box = self.card
        self.brand = self.card.brand
        # The article's checkbox is about the chosen payment method, new or saved.
        self.share = QCheckBox()
        self.share.setObjectName("shareCard")
        self._shown_method = None  # whose sharing the box shows
        self._share_new = False  # the box's state for a new card, kept while a saved one is shown
        methods.addWidget(self.card)
        # Demo and training: the test cards that decline at "Complete purchase", to practise on.
        self.test_cards = QLabel()
        self.test_cards.setObjectName("testCardsNote")
        self.test_cards.setWordWrap(True)
        self.test_cards.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_cards.setStyleSheet("color: palette(placeholder-text);")
        methods.addWidget(self.test_cards)
        methods.addWidget(self.share)
        methods.addStretch(1)

        columns = QHBoxLayout(self)
        columns.addWidget(self.company, 1)
        columns.addWidget(self.method_box, 1)

        # Tests and the automation contract reach every input and error label by field name.
        self.inputs: dict[str, QWidget] = {**self.company.inputs, **self.card.inputs}
        self.errors = {**self.company.errors, **self.card.errors, "payment_method": self.method_error}
        for name in COMPANY_FIELDS + CARD_FIELDS:
            widget = self.inputs[name]
            if widget is self.country:
                self.registerField(name, self.country, "value", self.country.valueChanged)
            else:
                self.registerField(name, widget)
        self.registerField("payment_method", self.method_list, "value", self.method_list.valueChanged)
        self.registerField("share_card", self.share)

        order = [self.inputs[n] for n in COMPANY_FIELDS] + [self.method_list]
        order += [self.inputs[n] for n in CARD_FIELDS] + [self.share]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        for form in (self.company, self.card):
            form.rows.edited.connect(self._refresh)
            form.rows.fieldLeft.connect(self._refresh)
        self.method_list.valueChanged.connect(self._on_method)
        self.share.toggled.connect(self._on_share)
        self._on_method()
        self.retranslate()

    # -- texts -------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Payment"),
            self.tr("Enter your company and credit card information, or choose an existing payment method."),
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Review order"))
        self.method_box.setTitle(self.tr("Payment method"))
        self.method_list.setAccessibleName(self.tr("Payment methods"))
        self.share.setText(self.tr("Share this credit card with other admins"))
        self.method_list.methods.retranslate()
        reasons = {
            DeclineReason.CARD_DECLINED: self.tr("card declined"),
            DeclineReason.INSUFFICIENT_FUNDS: self.tr("insufficient funds"),
            DeclineReason.EXPIRED_CARD: self.tr("expired card"),
            DeclineReason.INCORRECT_CVC: self.tr("incorrect security code"),
        }
        lines = [self.tr("Test cards that are declined at “Complete purchase”:")]
        lines += [f"{group_number(number)} \u2013 {reasons[reason]}" for number, reason in TEST_CARDS.items()]
        lines.append(self.tr("Any future expiry date and any security code will do."))
        self.test_cards.setText("\n".join(lines))
        self._refresh()  # the problems shown, in the new language

    # -- checking ----------------------------------------------------------

    def _check(self) -> dict[str, str]:
        """{field: sentence} for every field that is not acceptable right now."""
        found = self.company.problems()
        method = self.method_list.value
        if method == NEW_CARD:
            found.update(self.card.problems())
        elif not method:
            found["payment_method"] = self.tr("Choose a payment method.")
        else:
            saved = self.method_list.methods.method(method)
            if saved and saved.expired(self.session.today()):
                found["payment_method"] = card_problem_text(CardProblem.EXPIRED)
        return found

    def _refresh(self) -> None:
        self._problems = self._check()
        self.company.rows.show_problems(self._problems)
        self.card.rows.show_problems(self._problems)
        show_error(self.method_error, self._problems.get("payment_method", ""))
        self.completeChanged.emit()

    def _on_method(self) -> None:
        method = self.method_list.value
        self.card.setVisible(method == NEW_CARD)
        self.test_cards.setVisible(method == NEW_CARD and self.session.mode.lists_test_cards)
        if method != self._shown_method:
            # Show the chosen method's own sharing; a new card gets back what was ticked
            # for it (or while no method was chosen yet: setField in any order).
            saved = {m.id: m for m in self.session.payment_methods}.get(method)
            self._shown_method = method  # before setChecked: _on_share must know whose box it is
            self.share.setChecked(saved.shared_with_admins if saved else self._share_new)
        self._refresh()

    def _on_share(self, checked: bool) -> None:
        # Ticked (by a click or setField) for a new card, or before a saved method was
        # chosen: that is the new card's sharing. A saved method's box is its own.
        if self._shown_method not in {m.id for m in self.session.payment_methods}:
            self._share_new = checked

    def entries_complete(self) -> bool:
        return not self._problems

    # -- wizard hooks ------------------------------------------------------

    def initializePage(self) -> None:
        session = self.session
        chosen = self.method_list.value
        self.method_list.methods.set_methods(session.payment_methods, session.today())
        self.method_list.fit_rows()
        if not chosen or self.method_list.methods.row_of(chosen) < 0:
            usable = [m for m in session.payment_methods if not m.expired(session.today())]
            chosen = usable[0].id if usable else NEW_CARD
        self.method_list.value = chosen
        self.company.name_countries()
        self.company.fill_empty_from(session.account)
        if not self.field("company_country"):
            self.setField("company_country", "DE")
        # After a purchase the card fields were emptied: do not greet the next
        # visitor with "Please fill in this field" for fields they never saw.
        for form in (self.company, self.card):
            form.rows.forget_touched(keep=lambda name: bool(self.field(name)))
        self._on_method()

    def forget(self) -> None:
        # The next visitor starts from the account's details and no card at all.
        self.company.clear()
        self.card.clear()
        self.setField("payment_method", "")
        self.share.setChecked(False)
        self._share_new = False
        self._shown_method = None
