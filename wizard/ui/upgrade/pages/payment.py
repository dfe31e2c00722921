"""Step 5, Payment: company details, and a saved payment method or a new credit card.

The checks are the domain's (`wizard.core.company`, `wizard.core.cards`); this page only
decides *when* to show a problem (once the person has left the field) and in
which words (`wizard.ui.kit.problems`). Card number and CVC stay in their
QLineEdits: nothing here copies them anywhere else.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from wizard.core import cards
from wizard.core.company import COUNTRIES, check_company
from wizard.ui.kit import problems
from wizard.ui.components.card_inputs import CardNumberEdit, ExpiryEdit
from wizard.ui.kit.countries import country_names
from wizard.ui.kit.page import Page
from wizard.ui.upgrade.fields import CARD_FIELDS, COMPANY_FIELDS
from wizard.ui.components.payment_methods import NEW, PaymentMethodList, card_expired
from wizard.ui.kit.widgets import ValueComboBox

# The account's column for each company field, for prefilling.
ACCOUNT_KEYS = {
    "company_name": "name",
    "company_street": "street",
    "company_postal_code": "postal_code",
    "company_city": "city",
    "company_country": "country",
    "vat_id": "vat_id",
}


class PaymentPage(Page):
    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("paymentPage")
        self._touched: set[str] = set()  # fields the person has left at least once
        self._problems: dict[str, str] = {}
        self._countries_named = False
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}

        self.company_box = QGroupBox()
        company = QGridLayout(self.company_box)
        for row, name in enumerate(COMPANY_FIELDS):
            widget = ValueComboBox() if name == "company_country" else QLineEdit()
            self._add_row(company, row, name, widget)
        self.country = self.inputs["company_country"]
        for code in COUNTRIES:  # named in initializePage; codes are enough until then
            self.country.addItem(code, code)
        self.country.setCurrentIndex(-1)  # no country until the account's (or the person's) is set
        company.setRowStretch(2 * len(COMPANY_FIELDS), 1)
        for name in COMPANY_FIELDS[:4] + ("vat_id",):
            self.inputs[name].setMaxLength(120)

        self.method_box = QGroupBox()
        methods = QVBoxLayout(self.method_box)
        self.method_list = PaymentMethodList()
        self.method_list.setObjectName("paymentMethods")
        methods.addWidget(self.method_list)
        self.errors["payment_method"] = self._error_label("payment_method")
        methods.addWidget(self.errors["payment_method"])

        self.card_box = QWidget()
        self.card_box.setObjectName("newCard")
        card = QGridLayout(self.card_box)
        card.setContentsMargins(0, 0, 0, 0)
        self.card_number = CardNumberEdit()
        self.expiry = ExpiryEdit()
        for row, name in enumerate(CARD_FIELDS):
            widget = {"card_number": self.card_number, "card_expiry": self.expiry}.get(name) or QLineEdit()
            self._add_row(card, row, name, widget)
        self.brand = QLabel()
        self.brand.setObjectName("cardBrand")
        # Wide enough for the longest brand, so the field does not jump while typing.
        self.brand.setMinimumWidth(self.brand.fontMetrics().horizontalAdvance("American Express") + 8)
        number_row = QHBoxLayout()
        card.removeWidget(self.card_number)
        number_row.addWidget(self.card_number, 1)
        number_row.addWidget(self.brand)
        card.addLayout(number_row, 2 * CARD_FIELDS.index("card_number"), 1)
        self.cvc = self.inputs["card_cvc"]
        self.cvc.setEchoMode(QLineEdit.EchoMode.Password)
        self.cvc.setMaxLength(4)
        self.inputs["card_holder"].setMaxLength(cards.HOLDER_MAX + 20)
        # The article's checkbox is about the chosen payment method, new or saved.
        self.share = QCheckBox()
        self.share.setObjectName("shareCard")
        self._shown_method = None  # whose sharing the box shows
        self._share_new = False  # the box's state for a new card, kept while a saved one is shown
        methods.addWidget(self.card_box)
        methods.addWidget(self.share)
        methods.addStretch(1)

        columns = QHBoxLayout(self)
        columns.addWidget(self.company_box, 1)
        columns.addWidget(self.method_box, 1)

        for name in COMPANY_FIELDS + CARD_FIELDS:
            if name == "company_country":
                self.registerField(name, self.country, "value", self.country.valueChanged)
            else:
                self.registerField(name, self.inputs[name])
        self.registerField("payment_method", self.method_list, "value", self.method_list.valueChanged)
        self.registerField("share_card", self.share)

        order = [self.inputs[n] for n in COMPANY_FIELDS] + [self.method_list]
        order += [self.inputs[n] for n in CARD_FIELDS] + [self.share]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        for name, widget in self.inputs.items():
            widget.installEventFilter(self)
            signal = widget.valueChanged if name == "company_country" else widget.textChanged
            signal.connect(self._refresh)
        self.method_list.valueChanged.connect(self._on_method)
        self.share.toggled.connect(self._on_share)
        self.card_number.textChanged.connect(self._show_brand)
        self._on_method()
        self.retranslate()

    # -- building ----------------------------------------------------------

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{name}_error")
        label.setProperty("role", "error")
        label.setStyleSheet("color: #b3261e;")  # red whatever style.qss says, so a problem stands out
        label.setWordWrap(True)
        label.hide()
        return label

    def _add_row(self, grid: QGridLayout, row: int, name: str, widget: QWidget) -> None:
        widget.setObjectName(name)
        label = QLabel()
        label.setBuddy(widget)
        self.inputs[name], self.labels[name] = widget, label
        self.errors[name] = self._error_label(name)
        grid.addWidget(label, 2 * row, 0)
        grid.addWidget(widget, 2 * row, 1)
        grid.addWidget(self.errors[name], 2 * row + 1, 1)
        grid.setColumnStretch(1, 1)

    # -- texts -------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Payment"))
        self.setSubTitle(
            self.tr("Enter your company and credit card information, or choose an existing payment method.")
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Review order"))
        self.company_box.setTitle(self.tr("Company"))
        self.method_box.setTitle(self.tr("Payment method"))
        texts = {
            "company_name": self.tr("Company name"),
            "company_street": self.tr("Street and number"),
            "company_postal_code": self.tr("Postal code"),
            "company_city": self.tr("City"),
            "company_country": self.tr("Country"),
            "vat_id": self.tr("VAT ID (optional)"),
            "card_holder": self.tr("Name on card"),
            "card_number": self.tr("Card number"),
            "card_expiry": self.tr("Expiry date"),
            "card_cvc": self.tr("Security code"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.inputs[name].setAccessibleName(text)
        self.inputs["vat_id"].setPlaceholderText(self.tr("e.g. DE123456789"))
        self.card_number.setPlaceholderText("1234 1234 1234 1234")
        self.expiry.setPlaceholderText(self.tr("MM/YY"))
        self.cvc.setPlaceholderText(self.tr("CVC"))
        self.cvc.setToolTip(self.tr("The 3 digits on the back of the card; 4 digits on the front for American Express."))
        self.brand.setAccessibleName(self.tr("Card brand"))
        self.method_list.setAccessibleName(self.tr("Payment methods"))
        self.share.setText(self.tr("Share this credit card with other admins"))
        self.method_list.methods.retranslate()
        if self._countries_named:
            self._name_countries()
        self._refresh()

    def _name_countries(self) -> None:
        value = self.country.value
        self.country.blockSignals(True)  # the value does not change, only its words
        self.country.clear()
        for code, name in country_names(self.language):
            self.country.addItem(name, code)
        self.country.setCurrentIndex(self.country.findData(value) if value else -1)
        self.country.blockSignals(False)
        self._countries_named = True

    def _show_brand(self) -> None:
        brand = self.card_number.brand()
        self.brand.setText(cards.BRAND_NAMES.get(brand, "") if brand else "")

    # -- checking ----------------------------------------------------------

    def _check(self) -> dict[str, str]:
        """{field: sentence} for every field that is not acceptable right now."""
        text = {name: self.field(name) or "" for name in COMPANY_FIELDS + CARD_FIELDS}
        found = {
            name: problems.company_problem_text(problem)
            for name, problem in check_company(*(text[n] for n in COMPANY_FIELDS)).items()
        }
        method = self.method_list.value
        if method == NEW:
            found.update(self._card_problems(text))
        elif not method:
            found["payment_method"] = self.tr("Choose a payment method.")
        else:
            saved = self.method_list.methods.method(method)
            if saved and card_expired(saved, self.session.today()):
                found["payment_method"] = problems.card_problem_text(cards.CardProblem.EXPIRED)
        return found

    def _card_problems(self, text: dict[str, str]) -> dict[str, str]:
        found: dict[str, str] = {}
        # The brand as far as it can be told, so an Amex's CVC is asked for 4 digits.
        brand = self.card_number.brand()
        checks = (
            ("card_number", lambda: cards.check_number(text["card_number"])),
            ("card_expiry", lambda: cards.check_expiry(text["card_expiry"], self.session.today())),
            ("card_cvc", lambda: cards.check_cvc(text["card_cvc"], brand)),
            ("card_holder", lambda: cards.check_holder(text["card_holder"])),
        )
        for name, check in checks:
            if name != "card_holder" and not text[name].strip():
                found[name] = problems.required_text()
                continue
            try:
                check()
            except cards.CardError as error:
                found[name] = problems.card_problem_text(error.problem, brand)
        return found

    def _refresh(self) -> None:
        self._problems = self._check()
        for name, label in self.errors.items():
            shown = name in self._touched or name == "payment_method"
            sentence = self._problems.get(name, "") if shown else ""
            label.setText(sentence)
            label.setVisible(bool(sentence))
            widget = self.inputs.get(name)
            if widget is not None:
                # Read out with the field by screen readers; also drives the red frame in style.qss.
                widget.setAccessibleDescription(sentence)
                if widget.property("invalid") != bool(sentence):
                    # A dynamic property restyles only after a re-polish; skip it when unchanged,
                    # this runs on every keystroke.
                    widget.setProperty("invalid", bool(sentence))
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
        self.completeChanged.emit()

    def _on_method(self) -> None:
        method = self.method_list.value
        self.card_box.setVisible(method == NEW)
        if method != self._shown_method:
            # Show the chosen method's own sharing; a new card gets back what was ticked
            # for it (or while no method was chosen yet: setField in any order).
            saved = {m["id"]: m for m in self.session.payment_methods}.get(method)
            self._shown_method = method  # before setChecked: _on_share must know whose box it is
            self.share.setChecked(bool(saved["shared_with_admins"]) if saved else self._share_new)
        self._refresh()

    def _on_share(self, checked: bool) -> None:
        # Ticked (by a click or setField) for a new card, or before a saved method was
        # chosen: that is the new card's sharing. A saved method's box is its own.
        if self._shown_method not in {m["id"] for m in self.session.payment_methods}:
            self._share_new = checked

    def eventFilter(self, watched, event) -> bool:
        # Problems appear when a field is left, not while the first characters are typed.
        if event.type() == QEvent.Type.FocusOut:
            name = watched.objectName()
            if name in self.inputs and name not in self._touched:
                self._touched.add(name)
                self._refresh()
        return super().eventFilter(watched, event)

    def isComplete(self) -> bool:
        return not self._problems

    # -- wizard hooks ------------------------------------------------------

    def initializePage(self) -> None:
        session = self.session
        chosen = self.method_list.value
        self.method_list.methods.set_methods(session.payment_methods, session.today())
        self.method_list.fit_rows()
        if not chosen or self.method_list.methods.row_of(chosen) < 0:
            usable = [m for m in session.payment_methods if not card_expired(m, session.today())]
            chosen = usable[0]["id"] if usable else NEW
        self.method_list.value = chosen
        if not self._countries_named:
            self._name_countries()
        account = session.account or {}
        for name, key in ACCOUNT_KEYS.items():
            if not self.field(name) and account.get(key):
                self.setField(name, account[key])
        if not self.field("company_country"):
            self.setField("company_country", "DE")
        # After a purchase the card fields were emptied: do not greet the next
        # visitor with "Please fill in this field" for fields they never saw.
        self._touched = {name for name in self._touched if self.field(name)}
        self._on_method()

    def cleanupPage(self) -> None:
        """Going Back keeps what was entered; a restart (start_over) forgets it all.

        QWizardPage's own cleanupPage would reset the fields on Back as well.
        """
        if getattr(self.wizard(), "restarting", False):
            # The next visitor starts from the account's details and no card at all.
            for name in COMPANY_FIELDS + CARD_FIELDS + ("payment_method",):
                self.setField(name, "")
            self.country.setCurrentIndex(-1)  # setField("") cannot unselect a combo box
            self.share.setChecked(False)
            self._share_new = False
            self._shown_method = None
            self._touched.clear()
