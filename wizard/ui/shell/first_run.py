"""The first run on an empty ledger (standard mode): company, country, currency, your name and e-mail.

"Create account" writes the account, its first admin ("you") and an event in
one ledger transaction (ledger/accounts.py); then the account window shows it.
The checks are the domain's (core/account_setup.py); a problem shows under its
field once the person has left it, and every problem at once on "Create account".
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wizard.core.account_setup import SETUP_FIELDS, check_account_setup
from wizard.core.company import CompanyProblem
from wizard.ui.kit.countries import show_country_names
from wizard.ui.kit.form_rows import FormRows
from wizard.ui.kit.problems import company_problem_text, ledger_problem_text, user_problem_text
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.widgets import ValueComboBox, error_label, refill, show_error

TEXT_LIMIT = 300  # typed beyond the checks' limits, so the form can say "too long" rather than cut it


def territory_currency(country: str, offered) -> str | None:
    """The currency `country` pays in today, if the catalog sells it (CH -> CHF, AT -> EUR)."""
    from babel.numbers import get_territory_currencies

    for code in get_territory_currencies(country):
        if code in offered:
            return code
    return None


class FirstRunPage(Retranslating, QWidget):
    accountCreated = Signal(str)  # the new account's id; the session has read it

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("firstRunPage")
        self.problem = None  # the LedgerProblem of the last failed attempt
        self._currency_chosen = False  # the person picked one: a country no longer changes it
        self.heading = QLabel(self, objectName="firstRunHeading")
        self.heading.setProperty("sectionHeading", True)
        self.intro = QLabel(self, objectName="firstRunIntro", wordWrap=True)
        form = QWidget(self, objectName="firstRunForm")
        self.rows = FormRows(form)
        for name in SETUP_FIELDS:
            self.rows.add(name, ValueComboBox() if name in ("company_country", "currency") else QLineEdit())
        self.inputs, self.labels, self.errors = self.rows.inputs, self.rows.labels, self.rows.errors
        self.country: ValueComboBox = self.inputs["company_country"]
        self.currency: ValueComboBox = self.inputs["currency"]
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                widget.setMaxLength(TEXT_LIMIT)
        self._named_in = None  # the language the choices are named in (Babel: named in retranslate)
        self.currency.activated.connect(self._currency_picked)
        self.country.valueChanged.connect(self._country_changed)
        self.rows.fieldLeft.connect(lambda _name: self._show_problems())
        self.rows.edited.connect(self._show_problems)
        self.error = error_label("firstRunProblem", self)
        self.create = QPushButton(self, objectName="createAccountButton")
        self.create.setDefault(True)
        self.create.setAutoDefault(True)
        self.create.clicked.connect(self.create_account)
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(self.create_account)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addWidget(form)
        column.addWidget(self.error)
        column.addLayout(buttons)
        column.addStretch(1)
        # A narrow, centred column: a form stretched over 1000 pixels is hard to read.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.retranslate()

    # -- the choices --------------------------------------------------------

    def _fill_currencies(self) -> None:
        from wizard.core.money import currency_name

        language, offered = self.session.language, self.session.catalog.currencies
        items = ((f"{code} – {currency_name(code, language)}", code) for code in offered)
        refill(self.currency, items, self.currency.value or offered[0])

    def _currency_picked(self, _index: int) -> None:
        self._currency_chosen = True

    def _country_changed(self, country: str) -> None:
        if country and not self._currency_chosen:
            code = territory_currency(country, self.session.catalog.currencies)
            if code is not None:
                self.currency.value = code

    def values(self) -> dict[str, str]:
        return {
            name: widget.value if isinstance(widget, ValueComboBox) else widget.text()
            for name, widget in self.inputs.items()
        }

    # -- problems -----------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """{field: sentence} for every field that is not acceptable right now."""
        values = self.values()
        found = check_account_setup(*(values[name] for name in SETUP_FIELDS), currencies=self.session.catalog.currencies)
        return {name: self._sentence(name, problem) for name, problem in found.items()}

    def _sentence(self, field: str, problem) -> str:
        if isinstance(problem, CompanyProblem):
            if field == "company_country":
                return self.tr("Choose the country from the list.")
            return company_problem_text(problem)
        if field == "currency":
            return self.tr("Choose the currency from the list.")
        if str(problem) == "name_empty":
            return self.tr("Please enter your name.")  # the users' sentence says "the user's name"
        return user_problem_text(problem)

    def _show_problems(self) -> None:
        self.rows.show_problems(self.problems())

    # -- creating the account ---------------------------------------------

    def create_account(self) -> None:
        problems = self.problems()
        if problems:
            self.rows.touched.update(SETUP_FIELDS)  # every problem shows now, also of fields never visited
            self.rows.show_problems(problems)
            first = next(name for name in SETUP_FIELDS if name in problems)
            self.inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        from wizard.ui.kit.ledger_write import attempt

        session, values = self.session, self.values()

        def write(cancelled) -> None:
            from wizard.ledger.accounts import create_account

            create_account(
                session.db, name=values["company_name"], country=values["company_country"],
                currency=values["currency"], admin_name=values["user_name"], admin_email=values["user_email"],
                desk=session.desk, mode=session.mode.order_mark, cancelled=cancelled,
            )

        self.problem = attempt(session, write, "Create the account", self)
        if self.problem is not None:
            # Another desk may have set up this ledger meanwhile: then that account is the one to show.
            try:
                session.load_account()
            except Exception:  # noqa: BLE001 - the sentence below says the write failed; the log has the rest
                session.drop_connection()
            if session.account is None:
                self.retranslate()
                return
        else:
            session.load_account()
        self.problem = None
        self.retranslate()
        self.accountCreated.emit(session.account_id)

    # -- texts --------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Set up your account"))
        self.intro.setText(
            self.tr(
                "This ledger file has no account yet. Tell us about your company and yourself: you become the"
                " account's first admin. Everything else can be added later."
            )
        )
        self.rows.set_label_texts(
            {
                "company_name": self.tr("Company name"),
                "company_country": self.tr("Country"),
                "currency": self.tr("Currency"),
                "user_name": self.tr("Your name"),
                "user_email": self.tr("Your email"),
            }
        )
        self.inputs["user_email"].setPlaceholderText(self.tr("name@example.com"))
        self.create.setText(self.tr("Create account"))
        if self.session.language != self._named_in:
            self._named_in = self.session.language
            show_country_names(self.country, self.session.language)
            self._fill_currencies()
        self._show_problems()
        show_error(
            self.error,
            self.tr("The account could not be created.") + " " + ledger_problem_text(self.problem)
            if self.problem is not None else "",
        )
