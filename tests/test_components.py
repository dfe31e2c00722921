"""The reusable pieces, each built alone (no wizard around it), in English and in German.

The account window will use them outside the wizard: the company form, the card
form, the users' table, the payment-method list and the language button; and the
kit's conventions they share (one error-label style, one placeholder style).
"""
from __future__ import annotations

# First: its workaround for PySide6 6.12.0 dropping references to None/True/False on Python 3.11.
import pages_support  # noqa: F401, I001

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from helpers import leave_field, type_into
from pages_support import activate
from wizard.core import paths
from wizard.core.account import Account, PaymentMethod, Role, User
from wizard.core.cards import CARD_FIELDS
from wizard.core.catalog_loading import load_catalog
from wizard.core.company import COMPANY_FIELDS
from wizard.core.order import NEW_CARD
from wizard.ui.components.card_form import CardForm
from wizard.ui.components.company_form import CompanyForm
from wizard.ui.components.payment_methods import PaymentMethodList
from wizard.ui.components.users_table import UsersTable
from wizard.ui.kit.language_button import LanguageButton
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.translations import flush_language_change, translations
from wizard.ui.kit.widgets import error_label, show_error
from wizard.ui.session import Session

WORDS = {  # one text of each component, per language
    "en": {"company": "Company", "holder": "Name on card", "new card": "New credit card", "you": "Lena Hoffmann (you)",
           "button": "Deutsch", "filter": "Filter by name or email", "germany": "Germany"},
    "de": {"company": "Unternehmen", "holder": "Name auf der Karte", "new card": "Neue Kreditkarte",
           "you": "Lena Hoffmann (Sie)", "button": "English", "filter": "Nach Name oder E-Mail filtern",
           "germany": "Deutschland"},
}
USERS = [
    User(id="u1", name="Lena Hoffmann", email="lena@example.com", role=Role.ADMIN, is_you=True,
         licensed_hubs=frozenset({"sales"})),
    User(id="u2", name="Markus Weber", email="markus@example.com"),
    User(id="u3", name="Emre Yıldız", email="emre@example.com", licensed_hubs=frozenset({"sales"})),
]


pytestmark = pytest.mark.usefixtures("fresh_translations")


@pytest.fixture(params=["en", "de"])
def session(request, tmp_path):
    """A session in one language whose ledger is never opened: the components only read what they are given."""
    translations().switch(request.param)
    flush_language_change()
    return Session(ledger_path=tmp_path / "never-opened.sqlite3", catalog=load_catalog(), language=request.param)


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    activate(qtbot, widget)
    return widget


def test_the_company_form_alone(qtbot, session):
    form = shown(qtbot, CompanyForm(session))
    words = WORDS[session.language]
    assert form.title() == words["company"]
    assert [form.inputs[name].objectName() for name in COMPANY_FIELDS] == list(COMPANY_FIELDS)
    assert all(form.errors[name].objectName() == f"{name}_error" for name in COMPANY_FIELDS)
    form.name_countries()
    form.fill_empty_from(Account(id="a1", name="Elbwerk GmbH", country="DE", street="Am Kai 1",
                                 postal_code="20457", city="Hamburg"))
    assert form.country.currentText() == words["germany"]
    assert form.values()["company_city"] == "Hamburg"
    assert form.problems() == {}
    # A problem shows only once the field was left, red by role, and read out with the field.
    postal = form.inputs["company_postal_code"]
    type_into(qtbot, postal, "2045", leave=False)
    form.rows.show_problems(form.problems())
    assert not form.errors["company_postal_code"].isVisible()
    leave_field(postal)
    form.rows.show_problems(form.problems())
    error = form.errors["company_postal_code"]
    assert error.isVisible() and error.text() and error.property("role") == "error"
    assert postal.accessibleDescription() == error.text() and postal.property("invalid") is True
    form.clear()
    assert form.values() == {name: "" for name in COMPANY_FIELDS}


def test_the_card_form_alone(qtbot, session):
    form = shown(qtbot, CardForm(session))
    assert form.objectName() == "newCard"
    assert [form.inputs[name].objectName() for name in CARD_FIELDS] == list(CARD_FIELDS)
    assert form.labels["card_holder"].text() == WORDS[session.language]["holder"]
    type_into(qtbot, form.card_number, "4242424242424242")
    assert form.card_number.text() == "4242 4242 4242 4242" and form.brand.text() == "Visa"
    type_into(qtbot, form.expiry, "0829")
    type_into(qtbot, form.cvc, "123")
    type_into(qtbot, form.holder, "Lena Hoffmann")
    assert form.problems() == {}
    type_into(qtbot, form.cvc, "12")
    form.rows.show_problems(form.problems())
    assert [name for name, label in form.errors.items() if label.isVisible()] == ["card_cvc"]
    form.clear()
    assert all(not widget.text() for widget in form.inputs.values())


def test_the_users_table_alone(qtbot, session):
    table = shown(qtbot, UsersTable())
    table.load(USERS, "sales", ["u1"])
    words = WORDS[session.language]
    assert table.filter.placeholderText() == words["filter"]
    assert table.proxy.index(0, 0).data() == words["you"]
    qtbot.keyClicks(table.filter, "e")  # all three names hold an e
    assert table.select_all.checkState() == Qt.CheckState.PartiallyChecked
    table.filter.clear()
    qtbot.keyClicks(table.filter, "weber")
    qtbot.mouseClick(table.select_all, Qt.MouseButton.LeftButton)
    assert table.model.checked_ids() == ["u1", "u2"]  # only the one shown was added


def test_the_payment_method_list_alone(qtbot, session):
    methods = shown(qtbot, PaymentMethodList())
    card = PaymentMethod(id="pm1", brand="visa", last4="4242", exp_month=8, exp_year=2029)
    methods.methods.set_methods([card], dt.date(2026, 1, 1))
    assert methods.methods.index(1).data() == WORDS[session.language]["new card"]
    methods.value = NEW_CARD
    assert methods.value == NEW_CARD
    methods.value = "pm1"
    assert methods.currentIndex().row() == 0 and "4242" in methods.currentIndex().data()


def test_the_language_button_alone_switches_and_relabels_itself(qtbot, session):
    button = shown(qtbot, LanguageButton(session))
    assert button.objectName() == "languageButton"
    assert button.text() == WORDS[session.language]["button"]
    assert button.toolTip() and button.accessibleName() == button.toolTip()
    before = session.language
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert session.language != before
    assert button.text() == WORDS[session.language]["button"]


# -- the kit's conventions ----------------------------------------------------


def test_fill_puts_each_value_at_its_number_once():
    assert fill("%2 für %1", "Sales Hub", "Professional") == "Professional für Sales Hub"
    assert fill("Welcome to %1.", "100%2 GmbH") == "Welcome to 100%2 GmbH."  # a value is not filled again
    assert fill("Save %1%", 17) == "Save 17%"
    assert fill("%1 and %2", "one") == "one and %2"  # as QString::arg leaves a number without a value


def test_an_error_label_is_red_through_the_stylesheet(qtbot):
    page = QWidget()
    page.setStyleSheet(paths.resource_path("style.qss").read_text(encoding="utf-8"))
    plain, error = QLabel("fine", page), error_label("someError", page)
    layout = QVBoxLayout(page)
    layout.addWidget(plain)
    layout.addWidget(error)
    qtbot.addWidget(page)
    page.show()
    assert error.objectName() == "someError" and not error.isVisible()
    show_error(error, "Please fill in this field.")
    assert error.isVisible() and error.wordWrap()
    QApplication.processEvents()
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == "#b3261e"
    assert plain.palette().color(QPalette.ColorRole.WindowText).name() != "#b3261e"
    show_error(error, "")
    assert not error.isVisible()
