"""The session holds typed account data and no policy; the page base owns the restart hook."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWizard

from helpers import ledger_rows
from pages_support import click_back, click_next, click_tier
from wizard.core.account import Account, PaymentMethod, Role, Subscription, User
from wizard.ui.kit.page import Page
from wizard.ui.upgrade.fields import PageId

# -- what the session reads -------------------------------------------------


def test_standard_mode_leaves_an_empty_ledger_empty(make_wizard, ledger_path):
    session = make_wizard(mode="standard").session
    assert session.account_read
    assert (session.account, session.users, session.payment_methods, session.subscriptions) == (None, [], [], {})
    assert ledger_rows(ledger_path, "SELECT count(*) AS n FROM accounts") == [{"n": 0}]


def test_demo_mode_brings_the_demo_account_as_typed_values(make_wizard):
    session = make_wizard(mode="demo").session
    assert isinstance(session.account, Account)
    assert (session.account.name, session.account.country) == ("Nordlicht Analytics GmbH", "DE")
    assert all(isinstance(user, User) for user in session.users) and len(session.users) == 12
    you = session.users[0]  # "you" first
    assert you.is_you and you.is_admin and you.role is Role.ADMIN and you.holds_seat_in("sales")
    assert sum(user.is_admin for user in session.users) == 2
    assert sum(user.holds_seat_in("sales") for user in session.users) == 3
    [visa] = session.payment_methods
    assert isinstance(visa, PaymentMethod)
    assert visa.masked == "Visa \u2022\u2022\u2022\u2022 4242" and visa.shared_with_admins
    assert not visa.expired(session.today())
    sales = session.subscriptions["sales"]
    assert isinstance(sales, Subscription)
    assert (sales.tier, sales.seats, sales.order_id) == ("starter", 3, None)


def test_a_card_is_valid_through_its_expiry_month():
    card = PaymentMethod(id="pm", brand="visa", last4="4242", exp_month=8, exp_year=2029)
    assert card.expiry_text == "08/29"
    assert not card.expired(dt.date(2029, 8, 31))
    assert card.expired(dt.date(2029, 9, 1))


def account_window(qtbot, make_wizard, mode: str):
    """The account window on the session a wizard in `mode` read, as after the start."""
    from wizard.ui.shell.window import AccountShell

    wizard = make_wizard(mode=mode)
    wizard.hide()
    shell = AccountShell(wizard.session, lambda: None)
    qtbot.addWidget(shell)
    shell.refresh()
    return shell


def test_the_account_window_sets_up_an_account_when_the_ledger_has_none(qtbot, make_wizard):
    shell = account_window(qtbot, make_wizard, "standard")
    assert shell.first_run is not None and shell.pages.currentWidget() is shell.first_run
    assert not shell.products_action.isEnabled()  # nothing to upgrade without an account


def test_the_signed_in_user_is_you_until_another_signs_in(make_wizard):
    session = make_wizard(mode="demo").session
    you = session.signed_in_user
    assert you.is_you and you.is_admin
    other = next(u for u in session.users if not u.is_admin)
    session.sign_in(other.id)
    assert session.signed_in_user == other
    session.sign_in(None)
    assert session.signed_in_user == you
    with pytest.raises(ValueError, match="is not a user of this account"):
        session.sign_in("nobody")


def test_the_account_window_names_the_account_it_read(qtbot, make_wizard):
    shell = account_window(qtbot, make_wizard, "demo")
    assert shell.welcome.text() == "Welcome to Nordlicht Analytics GmbH."
    assert shell.account_button.text() == "Nordlicht Analytics GmbH"
    assert shell.products_action.isEnabled()


# -- the restart hook of the page base -----------------------------------------


class TextPage(Page):
    def __init__(self, name: str, *, keeps: bool) -> None:
        super().__init__(session=None)
        self.keeps_entries_on_back = keeps
        self.edit = QLineEdit(objectName=name)
        QVBoxLayout(self).addWidget(self.edit)
        self.registerField(name, self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.edit.objectName())


def test_back_forgets_unless_the_page_keeps_and_forget_always_forgets(qtbot):
    wizard = QWizard()
    qtbot.addWidget(wizard)
    pages = [TextPage("kept", keeps=True), TextPage("dropped", keeps=False), TextPage("last", keeps=True)]
    for page in pages:
        wizard.addPage(page)
    wizard.show()
    for page in pages:
        qtbot.keyClicks(page.edit, "typed")
        if page is not pages[-1]:
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    for _ in range(2):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert [wizard.field(p.edit.objectName()) for p in pages] == ["typed", "", "typed"]
    for page in pages:
        page.forget()
    assert [wizard.field(p.edit.objectName()) for p in pages] == ["", "", ""]


def test_back_keeps_the_order_and_start_over_forgets_it_on_every_page(qtbot, make_wizard):
    wizard = make_wizard()
    click_tier(qtbot, wizard, "marketing", "starter")
    click_next(qtbot, wizard)  # currency
    click_next(qtbot, wizard)  # billing
    qtbot.mouseClick(wizard.currentPage().radios["annual"], Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)  # payment: filled from the account
    assert wizard.field("company_name") == "Nordlicht Analytics GmbH"
    wizard.setField("company_name", "Prospect AG")
    for _ in range(3):
        click_back(qtbot, wizard)
    assert wizard.currentId() == PageId.PRODUCT
    assert (wizard.field("hub"), wizard.field("interval"), wizard.field("company_name")) == (
        "marketing", "annual", "Prospect AG")
    wizard.start_over()
    assert wizard.currentId() == PageId.PRODUCT
    assert (wizard.field("hub"), wizard.field("tier"), wizard.field("interval")) == ("", "", "monthly")
    assert (wizard.field("company_name"), wizard.field("payment_method")) == ("", "")
