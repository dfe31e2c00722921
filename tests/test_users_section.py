"""Users & Teams on a real seeded ledger: the section alone (a Session as the shell gives it), and once
through the account window and the wizard ("Manage Sales Pro users" ends in an order for exactly those)."""
from __future__ import annotations

# First: its workaround for PySide6 6.12.0 dropping references to None/True/False on Python 3.11.
import pages_support  # noqa: F401, I001

import json

import pytest
from PySide6.QtCore import Qt

from ledger_support import LENA, MARKUS, EMRE, AYSE, ZOFIA, PAWEL, JOSE
from helpers import agree, choose_method, click, commit_button, ledger_rows, next_button, orders, type_into
from pages_support import activate, check_indicator_pos, click_next
from wizard.ui.kit.translations import flush_language_change
from wizard.ui.upgrade.fields import PageId



pytestmark = pytest.mark.usefixtures("fresh_translations")


@pytest.fixture
def section(qtbot, ledger_path):
    """UsersSection alone on the demo account, reloaded after each write as the account window does."""
    from wizard.app.navigator import read_account
    from wizard.app.startup import build_session
    from wizard.ui.shell.users_section import UsersSection

    session = build_session(ledger_path, language="en", mode="demo")
    read_account(session)
    widget = UsersSection(session)

    def reload() -> None:
        session.reload()
        widget.refresh()

    widget.accountChanged.connect(reload)
    qtbot.addWidget(widget)
    widget.resize(1024, 768)
    widget.show()
    qtbot.waitExposed(widget)
    activate(qtbot, widget)
    yield widget
    session.close()


def row_of(section, user_id: str) -> int:
    table = section.table
    for row in range(table.proxy.rowCount()):
        if table.model.users[table.proxy.mapToSource(table.proxy.index(row, 0)).row()].id == user_id:
            return row
    raise AssertionError(f"{user_id} is not shown")


def tick(qtbot, section, *user_ids: str) -> None:
    view = section.table.view
    for user_id in user_ids:
        position = check_indicator_pos(view, row_of(section, user_id))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)


def users_state(path) -> list[dict]:
    return ledger_rows(path, "SELECT id, name, email, role, removed_at FROM users ORDER BY id")


def event_kinds(path) -> list[str]:
    return [row["kind"] for row in ledger_rows(path, "SELECT kind FROM events ORDER BY id")]


# -- Actions -> Manage Sales Pro users ------------------------------------------


def test_manage_sales_pro_users_carries_exactly_the_three_ticked_users(qtbot, section):
    action = section.findChild(type(section.manage_action), "manageSalesProUsersAction")
    assert action is section.manage_action and action.text() == "Manage Sales Pro users"
    assert section.actions_button.text() == "Actions" and section.actions_button.isVisible()
    # Nobody ticked: greyed out, and it says why.
    assert not action.isEnabled() and "Tick" in action.toolTip()
    assert section.selection_note.text() == "Tick users in the list, then choose what to do under Actions."

    tick(qtbot, section, AYSE, PAWEL, MARKUS)
    assert action.isEnabled()
    assert section.selection_note.text() == "3 users ticked."
    with qtbot.waitSignal(section.upgradeRequested) as emitted:
        action.trigger()
    hub, tier, users = emitted.args
    assert (hub, tier) == ("sales", "professional")
    assert sorted(users) == sorted([AYSE, PAWEL, MARKUS]) and len(users) == 3


# -- adding and removing ---------------------------------------------------------


def test_an_admin_adds_a_user_then_removes_them(qtbot, section, ledger_path):
    assert section.add_button.isVisible() and not section.form.isVisible()
    click(qtbot, section.add_button)
    form = section.form
    assert form.isVisible()
    type_into(qtbot, form.inputs["user_name"], "Jonas Berg")
    type_into(qtbot, form.inputs["user_email"], "jonas.berg@nordlicht-analytics.de")
    form.role.value = "admin"
    click(qtbot, form.add)

    [row] = [r for r in users_state(ledger_path) if r["email"] == "jonas.berg@nordlicht-analytics.de"]
    assert (row["name"], row["role"], row["removed_at"]) == ("Jonas Berg", "admin", None)
    assert event_kinds(ledger_path)[-1] == "user_added"
    assert not form.isVisible() and section.notice.text() == "Jonas Berg was added to the account."
    assert row_of(section, row["id"]) >= 0  # in the list at once

    tick(qtbot, section, row["id"])
    assert section.remove_action.isEnabled()
    section.remove_action.trigger()
    assert users_state(ledger_path) and ledger_rows(
        ledger_path, "SELECT removed_at FROM users WHERE id = ?", [row["id"]])[0]["removed_at"]
    assert event_kinds(ledger_path)[-1] == "user_removed"
    assert row["id"] not in [u.id for u in section.table.model.users]
    assert section.notice.text() == "Jonas Berg was removed from the account."
    assert not section.problem.isVisible()


def test_the_add_form_says_each_problem_under_its_field_and_writes_nothing(qtbot, section, ledger_path):
    before = users_state(ledger_path), event_kinds(ledger_path)
    click(qtbot, section.add_button)
    form = section.form
    type_into(qtbot, form.inputs["user_email"], "markus.weber@NORDLICHT-analytics.de")
    click(qtbot, form.add)
    assert form.errors["user_name"].isVisible() and form.errors["user_name"].text() == "Enter the user's name."
    assert form.errors["user_email"].text() == "A user of this account already has this email address."
    type_into(qtbot, form.inputs["user_email"], "markus.weber@")
    assert form.errors["user_email"].text() == "Enter an email address such as name@example.com."
    assert form.inputs["user_email"].property("invalid") is True
    assert (users_state(ledger_path), event_kinds(ledger_path)) == before
    click(qtbot, form.cancel)
    assert not form.isVisible()


def test_removing_a_user_who_holds_a_seat_is_refused_with_its_reason(qtbot, section, ledger_path):
    before = users_state(ledger_path), event_kinds(ledger_path)
    tick(qtbot, section, EMRE)
    section.remove_action.trigger()
    assert section.problem.isVisible()
    assert section.problem.text().startswith("Emre Yıldız was not removed. This user holds a paid seat.")
    assert "Remove the seat first" in section.problem.text()
    assert (users_state(ledger_path), event_kinds(ledger_path)) == before
    assert EMRE in [u.id for u in section.table.model.users]


def test_remove_needs_exactly_one_ticked_user(qtbot, section):
    assert not section.remove_action.isEnabled() and section.remove_action.toolTip()
    tick(qtbot, section, AYSE, PAWEL)
    assert not section.remove_action.isEnabled()
    assert section.remove_action.toolTip() == "Tick only one user to remove."


def test_a_failed_write_says_so_in_the_section(qtbot, section, ledger_path, monkeypatch):
    import wizard.ledger
    from wizard.ledger import LedgerError, LedgerProblem

    def disk_full(*args, **kwargs):
        raise LedgerError("The disk holding the ledger is full, so nothing was written.", LedgerProblem.DISK_FULL)

    monkeypatch.setattr(wizard.ledger, "add_user", disk_full, raising=False)
    click(qtbot, section.add_button)
    type_into(qtbot, section.form.inputs["user_name"], "Jonas Berg")
    type_into(qtbot, section.form.inputs["user_email"], "jonas@example.de")
    click(qtbot, section.form.add)
    assert section.problem.text() == (
        "The user was not added. The disk holding the ledger file is full. Free some space, then try again.")
    assert section.form.isVisible()  # what was typed stays for the next try


# -- the ordinary user -----------------------------------------------------------


def test_an_ordinary_user_sees_the_list_read_only(qtbot, section, ledger_path):
    before = users_state(ledger_path), event_kinds(ledger_path)
    section.session.sign_in(AYSE)
    section.refresh()
    assert not section.add_button.isVisible() and not section.actions_button.isVisible()
    assert not section.table.select_all.isVisible()
    index = section.table.proxy.index(row_of(section, PAWEL), 0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) is None
    assert not index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "Only an admin" in section.intro.text()
    assert index.siblingAtRow(row_of(section, AYSE)).data() == "Ayşe Demir (you)"
    # Even called directly, nothing is written for her.
    section.add_user("Jonas Berg", "jonas@example.de", "user")
    section.table.model.checked = {PAWEL}
    section.remove_ticked_user()
    section.manage_sales_pro_users()
    assert (users_state(ledger_path), event_kinds(ledger_path)) == before


# -- access requests --------------------------------------------------------------


def test_granting_a_request_leads_on_with_that_user_ticked(qtbot, section, ledger_path):
    from wizard.ledger import record_access_request

    session = section.session
    request = record_access_request(session.db, account_id=session.account_id, user_id=AYSE, hub="sales",
                                    desk="D01", mode="demo")
    section.refresh()
    assert section.requests.isVisible()
    label, button = section.requests.rows[request]
    assert label.text().startswith("Ayşe Demir asks for a seat in Sales Hub (")
    with qtbot.waitSignal(section.upgradeRequested) as emitted:
        click(qtbot, button)
    hub, tier, users = emitted.args
    assert (hub, tier) == ("sales", "")
    assert set(users) == {LENA, EMRE, ZOFIA, AYSE}  # the seat holders stay ticked, Ayşe joins them
    [grant] = ledger_rows(ledger_path, "SELECT detail FROM events WHERE kind = 'access_granted'")
    assert json.loads(grant["detail"])["request"] == request
    assert not section.requests.isVisible()  # granted: no longer open


# -- the language ---------------------------------------------------------------------


def test_the_texts_follow_the_language_switch(qtbot, section):
    from wizard.ui.kit.translations import switch_session_language

    tick(qtbot, section, AYSE)
    switch_session_language(section.session, "de")
    flush_language_change()
    assert section.heading.text() == "Benutzer & Teams"
    assert section.actions_button.text() == "Aktionen"
    assert section.manage_action.text() == "Sales Pro-Nutzer verwalten"
    assert section.table.model.headerData(3, Qt.Orientation.Horizontal) == "Bezahlte Lizenzen"
    assert section.table.proxy.index(row_of(section, EMRE), 3).data() == "Sales Hub Starter"
    switch_session_language(section.session, "en")
    flush_language_change()
    assert section.heading.text() == "Users & Teams"


# -- through the account window and the wizard -------------------------------------------


def test_manage_sales_pro_users_ends_in_an_order_licensing_exactly_those_three(qtbot, ledger_path):
    from wizard.app import create_shell

    shell = create_shell(ledger_path, language="en", mode="demo")
    qtbot.addWidget(shell)
    shell.show()
    qtbot.waitExposed(shell)
    try:
        users = shell.open_section("users")
        assert users.objectName() == "usersSection"
        tick(qtbot, users, AYSE, JOSE, MARKUS)
        users.findChild(type(users.manage_action), "manageSalesProUsersAction").trigger()
        wizard = shell.upgrade_wizard
        assert wizard is not None and wizard.objectName() == "upgradeWizard"
        qtbot.waitExposed(wizard)
        assert (wizard.field("hub"), wizard.field("tier")) == ("sales", "professional")
        while wizard.currentId() != PageId.LICENSES:
            click_next(qtbot, wizard)
        assert sorted(wizard.field("licensed_users")) == sorted([AYSE, JOSE, MARKUS])
        click_next(qtbot, wizard)
        payment = wizard.currentPage()
        choose_method(qtbot, payment, shell.session.payment_methods[0].id)
        click(qtbot, next_button(wizard))
        agree(qtbot, wizard.currentPage())
        click(qtbot, commit_button(wizard))
        assert wizard.currentId() == PageId.CONFIRMATION

        [order] = orders(ledger_path)
        assert (order["hub"], order["tier"], order["seats"]) == ("sales", "professional", 3)
        licensed = ledger_rows(ledger_path, "SELECT user_id FROM order_licenses WHERE order_id = ?", [order["id"]])
        assert sorted(r["user_id"] for r in licensed) == sorted([AYSE, JOSE, MARKUS])
        # Users & Teams shows the new seats at once.
        seats = users.table.proxy.index(row_of(users, JOSE), 3).data()
        assert seats == "Sales Hub Professional"
        assert users.table.proxy.index(row_of(users, EMRE), 3).data() == ""
    finally:
        if shell.upgrade_wizard is not None:
            shell.upgrade_wizard.close()
        shell.session.close()
