"""The company's details: name, street, postal code, city, country and VAT ID, with their problems.

The checks are the domain's (`wizard.core.company`); the form shows a problem
once the person has left the field (`kit.form_rows`), in the words of
`kit.problems`. Each input's objectName is its field name (COMPANY_FIELDS).
"""
from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLineEdit

from wizard.core.account import Account
from wizard.core.company import COMPANY_FIELDS, COUNTRIES, check_company
from wizard.ui.kit.countries import show_country_names
from wizard.ui.kit.form_rows import FormRows
from wizard.ui.kit.problems import company_problem_text
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.widgets import ValueComboBox

# The account's attribute for each field, for filling the form from the account.
ACCOUNT_ATTRIBUTES = {
    "company_name": "name",
    "company_street": "street",
    "company_postal_code": "postal_code",
    "company_city": "city",
    "company_country": "country",
    "vat_id": "vat_id",
}
TEXT_LIMIT = 120  # typed beyond the check's limit, so the form can say "too long" rather than cut it


class CompanyForm(Retranslating, QGroupBox):
    """`rows` says when a field was edited or left; `problems()` what is wrong now."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent, objectName="companyForm")
        self.session = session
        self.rows = FormRows(self)
        for name in COMPANY_FIELDS:
            self.rows.add(name, ValueComboBox() if name == "company_country" else QLineEdit())
        self.rows.grid.setRowStretch(2 * len(COMPANY_FIELDS), 1)
        self.inputs, self.labels, self.errors = self.rows.inputs, self.rows.labels, self.rows.errors
        self.country: ValueComboBox = self.inputs["company_country"]
        for code in COUNTRIES:  # named by name_countries(); codes are enough until then
            self.country.addItem(code, code)
        self.country.setCurrentIndex(-1)  # no country until the account's (or the person's) is set
        self._countries_named = False
        for widget in self.inputs.values():
            if widget is not self.country:
                widget.setMaxLength(TEXT_LIMIT)
        self.retranslate()

    # -- what was entered ------------------------------------------------

    def values(self) -> dict[str, str]:
        return {
            name: widget.value if widget is self.country else widget.text() for name, widget in self.inputs.items()
        }

    def problems(self) -> dict[str, str]:
        """{field: sentence} for every field that is not acceptable right now."""
        values = self.values()
        found = check_company(*(values[name] for name in COMPANY_FIELDS))
        return {name: company_problem_text(problem) for name, problem in found.items()}

    def fill_empty_from(self, account: Account | None) -> None:
        """The account's details in the fields still empty (what was typed stays)."""
        if account is None:
            return
        for name, attribute in ACCOUNT_ATTRIBUTES.items():
            value = getattr(account, attribute)
            if value and not self.values()[name]:
                if self.inputs[name] is self.country:
                    self.country.value = value
                else:
                    self.inputs[name].setText(value)

    def clear(self) -> None:
        for widget in self.inputs.values():
            if widget is self.country:
                self.country.setCurrentIndex(-1)
            else:
                widget.clear()
        self.rows.forget_touched()

    # -- texts -------------------------------------------------------------

    def name_countries(self) -> None:
        """The countries by name in the current language (Babel: loaded when first needed, not at start)."""
        show_country_names(self.country, self.session.language)
        self._countries_named = True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Company"))
        self.rows.set_label_texts(
            {
                "company_name": self.tr("Company name"),
                "company_street": self.tr("Street and number"),
                "company_postal_code": self.tr("Postal code"),
                "company_city": self.tr("City"),
                "company_country": self.tr("Country"),
                "vat_id": self.tr("VAT ID (optional)"),
            }
        )
        self.inputs["vat_id"].setPlaceholderText(self.tr("e.g. DE123456789"))
        if self._countries_named:
            self.name_countries()
