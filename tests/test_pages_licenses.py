"""The user licenses page: toggles in a model/view list, filter, select-all, seats and total."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from pages_support import catalog_with, check_indicator_pos, click_next, click_tier, db_rows
from wizard.core.account import User
from wizard.core.money import format_money
from wizard.ui.upgrade.fields import PageId


def open_licenses(qtbot, wizard, hub="sales", tier="professional", *, annual=False):
    click_tier(qtbot, wizard, hub, tier)
    click_next(qtbot, wizard)  # currency
    click_next(qtbot, wizard)  # billing
    if annual:
        qtbot.mouseClick(wizard.currentPage().radios["annual"], Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    assert page.objectName() == "licensesPage"
    return page


def licensed_in_ledger(ledger_path, hub: str) -> set[str]:
    return {r["user_id"] for r in db_rows(ledger_path, "SELECT user_id FROM user_licenses WHERE hub = ?", [hub])}


def test_users_already_licensed_are_marked_and_pre_checked(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    page = open_licenses(qtbot, wizard)
    holders = licensed_in_ledger(ledger_path, "sales")
    assert holders, "the demo account holds Sales Hub seats"
    assert set(wizard.field("licensed_users")) == holders
    all_users = db_rows(ledger_path, "SELECT id FROM users")
    assert page.proxy.rowCount() == len(all_users)
    for row in range(page.proxy.rowCount()):
        user = page.model.users[page.proxy.mapToSource(page.proxy.index(row, 0)).row()]
        marked = page.proxy.index(row, 3).data() == "Already licensed"
        assert marked == (user.id in holders)
    assert page.count.text().startswith(str(len(holders)))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_clicking_a_check_box_and_space_toggle_a_license(qtbot, make_wizard):
    wizard = make_wizard()
    page = open_licenses(qtbot, wizard, "service", "professional")
    assert wizard.field("licensed_users") == []
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    view = page.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check_indicator_pos(view, 1))
    first = page.model.users[page.proxy.mapToSource(page.proxy.index(1, 0)).row()].id
    assert wizard.field("licensed_users") == [first]
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # Keyboard: go to the third row and press Space, twice on the same row undoes it.
    view.setFocus()
    view.setCurrentIndex(page.proxy.index(2, 1))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    third = page.model.users[page.proxy.mapToSource(page.proxy.index(2, 0)).row()].id
    assert set(wizard.field("licensed_users")) == {first, third}
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert wizard.field("licensed_users") == [first]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert len(wizard.field("licensed_users")) == 2


def test_filter_then_select_all_ticks_only_the_shown_users(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    page = open_licenses(qtbot, wizard, "service", "professional")
    users = db_rows(ledger_path, "SELECT id, name, email FROM users")
    qtbot.keyClicks(page.filter, "weber")
    shown = {u["id"] for u in users if "weber" in (u["name"] + u["email"]).lower()}
    assert page.proxy.rowCount() == len(shown) == 1
    assert page.select_all.checkState() == Qt.CheckState.Unchecked
    qtbot.mouseClick(page.select_all, Qt.MouseButton.LeftButton)
    assert set(wizard.field("licensed_users")) == shown
    assert page.select_all.checkState() == Qt.CheckState.Checked
    page.filter.clear()
    assert page.proxy.rowCount() == len(users)
    assert page.select_all.checkState() == Qt.CheckState.PartiallyChecked
    qtbot.mouseClick(page.select_all, Qt.MouseButton.LeftButton)
    assert len(wizard.field("licensed_users")) == len(users)
    qtbot.mouseClick(page.select_all, Qt.MouseButton.LeftButton)
    assert wizard.field("licensed_users") == []
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_running_total_is_the_catalog_price_times_the_seats(qtbot, make_wizard):
    wizard = make_wizard()
    page = open_licenses(qtbot, wizard, "sales", "professional", annual=True)
    price = wizard.session.catalog.tier("sales", "professional").prices[wizard.field("currency")]
    for seats in (len(wizard.field("licensed_users")), 12):
        if seats == 12:
            qtbot.mouseClick(page.select_all, Qt.MouseButton.LeftButton)
        assert len(wizard.field("licensed_users")) == seats
        expected = format_money(price.annual * 12 * seats, wizard.field("currency"), "en")
        assert expected in page.total.text()
        assert page.count.text().startswith(f"{seats} user")


def test_minimum_seats_gate_next(qtbot, make_wizard, tmp_path):
    catalog = catalog_with(tmp_path, "service", "professional", min_seats=3)
    wizard = make_wizard(catalog_path=catalog)
    page = open_licenses(qtbot, wizard, "service", "professional")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert page.minimum.isVisible()
    for row in range(3):
        assert not next_button.isEnabled()
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=check_indicator_pos(page.view, row))
    assert next_button.isEnabled()
    assert not page.minimum.isVisible()
    price = wizard.session.catalog.tier("service", "professional").prices["EUR"].monthly
    assert format_money(price * 3, "EUR", "en") in page.total.text()
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.PAYMENT


def test_back_and_forth_keeps_the_toggles_and_set_field_works(qtbot, make_wizard):
    wizard = make_wizard()
    page = open_licenses(qtbot, wizard, "service", "professional")
    qtbot.mouseClick(page.select_all, Qt.MouseButton.LeftButton)
    chosen = wizard.field("licensed_users")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    assert wizard.field("licensed_users") == chosen
    wizard.setField("licensed_users", chosen[:2])
    assert wizard.field("licensed_users") == chosen[:2]
    assert page.count.text().startswith("2 user")


def test_thousands_of_users_stay_one_view(qtbot, make_wizard):
    wizard = make_wizard()
    wizard.session.users = [User(id=f"u{i}", name=f"User {i}", email=f"user{i}@example.com") for i in range(5000)]
    page = open_licenses(qtbot, wizard, "service", "professional")
    assert page.proxy.rowCount() == 5000
    qtbot.keyClicks(page.filter, "user 49")
    qtbot.mouseClick(page.select_all, Qt.MouseButton.LeftButton)
    assert len(wizard.field("licensed_users")) == page.proxy.rowCount() == 111  # 49, 490-499, 4900-4999


def test_set_field_after_the_page_was_filled_for_another_hub_is_kept(qtbot, make_wizard):
    wizard = make_wizard()
    open_licenses(qtbot, wizard, "sales", "professional")
    for _ in range(3):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.PRODUCT
    click_tier(qtbot, wizard, "service", "professional")
    ids = [u.id for u in wizard.session.users[1:4]]
    wizard.setField("licensed_users", ids)
    assert wizard.field("licensed_users") == ids
    click_next(qtbot, wizard)  # currency
    click_next(qtbot, wizard)  # billing
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    assert page.objectName() == "licensesPage"
    assert wizard.field("licensed_users") == ids
    assert page.count.text().startswith("3 user")


def test_back_and_forth_keeps_the_filter_and_a_reread_account_is_shown(qtbot, make_wizard):
    wizard = make_wizard()
    page = open_licenses(qtbot, wizard, "sales", "professional")
    typed = wizard.session.users[1].email.split("@")[0]  # ASCII: QTest types no other characters
    qtbot.keyClicks(page.filter, typed)
    shown = page.proxy.rowCount()
    assert 0 < shown < page.model.rowCount()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    # The same users and hub: the table as it was, filtered and ticked alike.
    assert page.filter.text() == typed
    assert page.proxy.rowCount() == shown
    # The account read again (another desk may have changed it): filled anew from what was read.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    wizard.session.reload()
    wizard.session.users = wizard.session.users[:-1]
    click_next(qtbot, wizard)
    assert page.model.rowCount() == len(wizard.session.users)
    assert [u.id for u in page.model.users] == [u.id for u in wizard.session.users]
