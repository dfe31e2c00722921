"""The account window: its contract, the wizard from Products & Add-ons, the ordinary user, the menu, the language."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QWizard

from helpers import agree, choose_method, click, commit_button, ledger_rows, next_button, orders
from i18n_helpers import Vocabulary, screen_texts
from pages_support import click_next, click_tier
from wizard.ui.upgrade.fields import PageId
from wizard.ui.upgrade.wizard import UpgradeWizard

SECTION_NAMES = {"home": "homeSection", "products": "productsSection", "users": "usersSection",
                 "billing": "billingSection"}
SECTIONS_ORDER = list(SECTION_NAMES)  # the navigation's rows


def ordinary_user(session):
    return next(u for u in session.users if not u.is_admin and not u.holds_seat_in("sales"))


def visible_buttons(widget, name_start: str) -> list[QPushButton]:
    return [b for b in widget.findChildren(QPushButton) if b.objectName().startswith(name_start) and b.isVisible()]


# -- the contract ------------------------------------------------------------


def test_create_shell_returns_the_account_window_with_the_account_read(make_shell):
    shell = make_shell()
    assert isinstance(shell, QMainWindow) and shell.objectName() == "accountShell"
    assert shell.session.account.name == "Nordlicht Analytics GmbH"
    assert shell.account_button.text() == "Nordlicht Analytics GmbH"
    assert shell.current_section() == "home"
    assert shell.welcome.text() == "Welcome to Nordlicht Analytics GmbH."


@pytest.mark.parametrize("name", list(SECTION_NAMES))
def test_open_section_shows_each_section(make_shell, name):
    shell = make_shell()
    section = shell.open_section(name)
    assert section.objectName() == SECTION_NAMES[name]
    assert shell.section_stack.currentWidget() is section and section.isVisible()
    assert shell.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == name
    for method in ("refresh", "retranslate"):
        assert callable(getattr(section, method))
    assert hasattr(section, "upgradeRequested") and hasattr(section, "accountChanged")


def test_the_navigation_is_reached_and_used_with_the_keyboard(qtbot, make_shell):
    shell = make_shell()
    shell.navigation.setFocus()
    for expected in ("products", "users", "billing"):
        qtbot.keyClick(shell.navigation, Qt.Key.Key_Down)
        assert shell.current_section() == expected
    qtbot.keyClick(shell.navigation, Qt.Key.Key_Home)
    assert shell.current_section() == "home"
    assert shell.navigation.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_home_links_open_their_sections(qtbot, make_shell):
    shell = make_shell()
    for name in ("products", "users", "billing"):
        shell.open_section("home")
        click(qtbot, shell.home.links[name])
        assert shell.current_section() == name


def test_an_unknown_section_is_refused(make_shell):
    with pytest.raises(ValueError, match="unknown section 'settings'"):
        make_shell().open_section("settings")


# -- the account menu ---------------------------------------------------------


def test_the_menu_shows_the_ampersand_as_an_ampersand(make_shell):
    """Qt reads a lone "&" as the mark of a shortcut: "Products & Add-ons" would show as "Products _Add-ons"."""
    shell = make_shell()
    for action, shown in ((shell.products_action, "Products & Add-ons"), (shell.billing_action, "Account & Billing")):
        assert action.text() == shown.replace("&", "&&")
        assert action.iconText() == shown  # what Qt draws once the shortcut marks are resolved
        assert QKeySequence.mnemonic(action.text()).isEmpty()  # no letter taken as a shortcut
    for button in shell.home.links.values():
        assert QKeySequence.mnemonic(button.text()).isEmpty()


def test_the_menu_entries_open_their_sections(make_shell):
    shell = make_shell()
    shell.products_action.trigger()
    assert shell.current_section() == "products"
    shell.billing_action.trigger()
    assert shell.current_section() == "billing"


def test_the_menu_switches_the_language(make_shell):
    shell = make_shell()
    assert shell.language_action.text() == "Deutsch"
    shell.language_action.trigger()
    assert shell.session.language == "de", "i18n/wizard_de.qm is missing: ./run-tests builds it (scripts/bootstrap.sh)"
    assert shell.language_action.text() == "English"
    shell.language_action.trigger()
    assert shell.session.language == "en"


def test_signed_in_as_lists_the_users_and_switches(make_shell):
    shell = make_shell()
    session = shell.session
    assert shell.signed_in_action.isVisible()
    assert shell.signed_in_menu.title() == f"Signed in as {session.users[0].name}"
    listed = {a.data(): a for a in shell.sign_in_group.actions()}
    assert set(listed) == {u.id for u in session.users}  # the demo's dozen fit the list
    user = ordinary_user(session)
    listed[user.id].trigger()
    assert session.signed_in_user == user
    assert shell.signed_in_menu.title() == f"Signed in as {user.name}"
    assert [a.data() for a in shell.sign_in_group.actions() if a.isChecked()] == [user.id]


def test_standard_mode_has_no_signed_in_as_and_stays_you(make_shell, ledger_path):
    shell = make_shell(mode="training")  # seeds the demo account
    shell.session.close()
    standard = make_shell(mode="standard", ledger_path=ledger_path)
    assert not standard.signed_in_action.isVisible()
    other = ordinary_user(standard.session)
    assert standard.sign_in_as(other.id) is False
    assert standard.session.signed_in_user.is_you


# -- Products & Add-ons and the wizard ------------------------------------------


def test_products_show_each_hub_with_its_plan_or_free(make_shell):
    shell = make_shell()
    products = shell.open_section("products")
    assert set(products.cards) == {"marketing", "sales", "service"}
    sales = products.cards["sales"].plan.text()
    for part in ("Starter", "Monthly billing", "3 paid seats", "next charge on"):
        assert part in sales
    assert products.cards["marketing"].plan.text() == "Current plan: Free"
    assert "€" in products.cards["sales"].prices.text()
    assert len(visible_buttons(products, "upgradeButton_")) == 3
    assert not visible_buttons(products, "askAdminAction")


def test_upgrade_opens_the_wizard_on_the_hub_and_a_purchase_shows_at_once(qtbot, make_shell, ledger_path):
    shell = make_shell()
    products = shell.open_section("products")
    click(qtbot, products.cards["sales"].upgrade)
    wizard = shell.upgrade_wizard
    assert isinstance(wizard, UpgradeWizard) and wizard.isVisible()
    assert wizard.parent() is shell and wizard.windowModality() == Qt.WindowModality.WindowModal
    assert wizard.field("hub") == "sales" and wizard.field("tier") == ""
    assert wizard.page(PageId.PRODUCT).tabs.currentIndex() == 1
    click_tier(qtbot, wizard, "sales", "professional")
    for _ in range(3):  # currency, billing interval, user licenses
        click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "licensesPage"
    click_next(qtbot, wizard)
    choose_method(qtbot, wizard.currentPage(), shell.session.payment_methods[0].id)
    click(qtbot, next_button(wizard))
    agree(qtbot, wizard.currentPage())
    click(qtbot, commit_button(wizard))
    assert wizard.currentId() == PageId.CONFIRMATION
    [order] = orders(ledger_path)
    # The wizard is still open: the window behind it shows the new plan already.
    assert "Professional" in products.cards["sales"].plan.text()
    assert "Starter" not in products.cards["sales"].plan.text()
    shell.open_section("billing")
    billing_texts = " ".join(screen_texts([shell]).values())
    assert order["number"] in billing_texts
    assert "Professional" in billing_texts
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()


def test_open_upgrade_goes_to_the_hub_tier_and_ticks_exactly_those_users(qtbot, make_shell):
    shell = make_shell()
    chosen = [u.id for u in shell.session.users[3:6]]
    wizard = shell.open_upgrade(hub="sales", users=chosen, tier="professional")
    assert shell.upgrade_wizard is wizard and isinstance(wizard, UpgradeWizard)
    assert (wizard.field("hub"), wizard.field("tier")) == ("sales", "professional")
    for _ in range(3):
        click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "licensesPage"
    assert sorted(wizard.field("licensed_users")) == sorted(chosen)
    assert sorted(wizard.currentPage().model.checked) == sorted(chosen)


def test_closing_the_wizard_without_buying_changes_nothing(qtbot, make_shell, ledger_path):
    shell = make_shell()
    before = shell.open_section("products").cards["sales"].plan.text()
    wizard = shell.open_upgrade(hub="marketing")
    wizard.reject()
    assert not wizard.isVisible()
    assert shell.sections["products"].cards["sales"].plan.text() == before
    assert orders(ledger_path) == []
    assert shell.open_upgrade() is not wizard  # a new wizard each time


# -- the ordinary user ------------------------------------------------------------


def test_the_ordinary_user_sees_prices_but_cannot_buy_and_asks_an_admin(qtbot, make_shell, ledger_path):
    shell = make_shell()
    user = ordinary_user(shell.session)
    assert shell.sign_in_as(user.id) is True
    products = shell.open_section("products")
    assert not visible_buttons(products, "upgradeButton_")
    assert "€" in products.cards["sales"].prices.text()
    sales = products.cards["sales"]
    assert "an admin must add you to the existing paid team" in sales.note.text()
    ask = shell.findChild(QPushButton, "askAdminAction")
    assert ask is sales.ask or ask.property("hub") in products.cards
    assert len(visible_buttons(products, "askAdminAction")) == 3
    click(qtbot, sales.ask)
    assert sales.result.isVisible() and sales.result.text() == "Your request was sent to your admins."
    assert not sales.ask.isVisible()  # asked once is enough
    events = ledger_rows(ledger_path, "SELECT kind, account_id, detail FROM events WHERE kind = 'access_request'")
    assert len(events) == 1
    assert f'"user_id": "{user.id}"' in events[0]["detail"] and '"hub": "sales"' in events[0]["detail"]
    assert events[0]["account_id"] == shell.session.account_id
    assert orders(ledger_path) == []


def test_signing_back_in_as_the_admin_brings_the_buy_buttons_back(make_shell):
    shell = make_shell()
    products = shell.open_section("products")
    shell.sign_in_as(ordinary_user(shell.session).id)
    assert not visible_buttons(products, "upgradeButton_")
    you = next(u for u in shell.session.users if u.is_you)
    shell.sign_in_as(you.id)
    assert len(visible_buttons(products, "upgradeButton_")) == 3
    assert not visible_buttons(products, "askAdminAction")


def test_a_user_with_a_seat_is_told_so_instead_of_asking(make_shell):
    shell = make_shell()
    holder = next(u for u in shell.session.users if not u.is_admin and u.holds_seat_in("sales"))
    shell.sign_in_as(holder.id)
    sales = shell.open_section("products").cards["sales"]
    assert not sales.ask.isVisible()
    assert sales.note.text() == "You have a paid seat in Sales Hub."


# -- the language -------------------------------------------------------------------



GERMAN_NAVIGATION = ["Startseite", "Produkte & Add-ons", "Benutzer & Teams", "Konto & Abrechnung"]


@pytest.mark.parametrize("mode", ["demo", "ordinary"])
def test_every_section_switches_to_german_and_back(qtbot, make_shell, fresh_translations, mode):
    shell = make_shell()
    if mode == "ordinary":
        shell.sign_in_as(ordinary_user(shell.session).id)
    vocabulary = Vocabulary()
    for name in SECTION_NAMES:
        shell.open_section(name)
        QApplication.processEvents()
        english = screen_texts([shell])
        qtbot.mouseClick(shell.language_button, Qt.MouseButton.LeftButton)
        assert shell.session.language == "de"
        german = screen_texts([shell])
        left = vocabulary.english_in(german)
        assert not left, f"{name}: English left after switching to German:\n  " + "\n  ".join(left)
        assert set(german) == set(english), f"{name}: texts appeared or vanished: {set(german) ^ set(english)}"
        assert [shell.navigation.item(r).text() for r in range(4)] == GERMAN_NAVIGATION
        assert shell.products_action.iconText() == "Produkte & Add-ons"
        qtbot.mouseClick(shell.language_button, Qt.MouseButton.LeftButton)
        back = screen_texts([shell])
        assert not vocabulary.german_in(back), f"{name}: German left: {vocabulary.german_in(back)}"
        assert back == english, f"{name}: English not restored"


# -- sections built after ready ------------------------------------------------------


@pytest.fixture
def fresh_shell(make_shell):
    """`fresh_shell()`: `create_shell()` as it returns, shown, before any event-loop step (the account read,
    only Home built). Called in the test: pytest-qt processes events after a fixture's set-up."""
    return lambda: make_shell(wait_exposed=False)


def all_built(shell) -> bool:
    return sorted(shell.sections) == sorted(SECTION_NAMES)


def test_ready_builds_the_section_shown_and_the_others_follow_in_steps(qtbot, fresh_shell):
    shell = fresh_shell()
    assert list(shell.sections) == ["home"]
    assert shell.welcome.text() == "Welcome to Nordlicht Analytics GmbH."
    assert all(link.isEnabled() for link in shell.home.links.values())
    qtbot.waitUntil(lambda: all_built(shell))
    products, users = shell.sections["products"], shell.sections["users"]
    assert "Starter" in products.cards["sales"].plan.text()
    assert products.cards["marketing"].plan.text() == "Current plan: Free"
    assert [u.id for u in users.table.model.users] == [u.id for u in shell.session.users]
    assert shell.sections["billing"].cards.rowCount() == len(shell.session.payment_methods)
    assert shell.current_section() == "home"  # building them showed none of them


@pytest.mark.parametrize("name", ["products", "users", "billing"])
def test_open_section_builds_a_section_not_built_yet(fresh_shell, name):
    shell = fresh_shell()
    assert name not in shell.sections
    section = shell.open_section(name)
    assert shell.sections[name] is section and section.objectName() == SECTION_NAMES[name]
    assert shell.section_stack.currentWidget() is section and section.isVisible()
    assert shell.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == name
    assert shell.open_section(name) is section  # built once


def test_the_navigation_the_menu_and_home_open_sections_not_built_yet(qtbot, fresh_shell):
    shell = fresh_shell()
    shell.billing_action.trigger()
    assert shell.current_section() == "billing" and shell.section_stack.currentWidget() is shell.sections["billing"]
    shell.navigation.setCurrentRow(SECTIONS_ORDER.index("users"))
    assert shell.section_stack.currentWidget() is shell.sections["users"]
    shell.open_section("home")
    shell.home.links["products"].click()
    assert shell.section_stack.currentWidget() is shell.sections["products"]
    assert len(visible_buttons(shell.sections["products"], "upgradeButton_")) == 3


def test_sections_built_after_a_language_switch_are_in_that_language(qtbot, fresh_shell, fresh_translations):
    shell = fresh_shell()
    shell.language_action.trigger()
    assert shell.session.language == "de"
    vocabulary = Vocabulary()
    # Built when asked for, before their step ...
    billing = shell.open_section("billing")
    left = vocabulary.english_in(screen_texts([shell]))
    assert not left, "English in Account & Billing built after the switch:\n  " + "\n  ".join(left)
    assert billing.cards.rowCount() == len(shell.session.payment_methods)
    # ... and in their steps.
    qtbot.waitUntil(lambda: all_built(shell))
    for name in ("products", "users"):
        shell.open_section(name)
        left = vocabulary.english_in(screen_texts([shell]))
        assert not left, f"{name}: English in a section built after the switch:\n  " + "\n  ".join(left)
    assert [shell.navigation.item(r).text() for r in range(4)] == GERMAN_NAVIGATION


def test_sections_built_after_signing_in_show_that_user(qtbot, fresh_shell):
    shell = fresh_shell()
    user = ordinary_user(shell.session)
    assert shell.sign_in_as(user.id)
    products = shell.open_section("products")
    assert not visible_buttons(products, "upgradeButton_")
    assert len(visible_buttons(products, "askAdminAction")) == 3
    qtbot.waitUntil(lambda: all_built(shell))
    users = shell.open_section("users")
    assert not users.add_button.isVisible() and not users.actions_button.isVisible()
    billing = shell.open_section("billing")
    assert not billing.findChild(QPushButton, "addCardButton").isVisible() and billing.read_only_note.isVisible()
    assert shell.home.signed_in.text().startswith(f"You are signed in as {user.name}")


def test_sections_built_after_a_purchase_show_it(qtbot, fresh_shell):
    from ledger_support import purchase
    from wizard.ledger import record_purchase

    shell = fresh_shell()
    session = shell.session
    receipt = record_purchase(session.db, purchase(session.db, session.account_id, seats=3))
    shell.reload_account()  # what the navigator does once the wizard has sold something
    assert list(shell.sections) == ["home"]
    billing = shell.open_section("billing")
    assert billing.orders.rowCount() == 1
    assert billing.orders.data(billing.orders.index(0, 0)) == receipt.number
    products = shell.open_section("products")
    assert "Professional" in products.cards["sales"].plan.text()
    assert "Starter" not in products.cards["sales"].plan.text()


def test_a_write_in_a_section_built_later_is_announced_by_the_window(qtbot, fresh_shell):
    shell = fresh_shell()
    changed = []
    shell.accountChanged.connect(lambda: changed.append(True))
    users = shell.open_section("users")
    users.accountChanged.emit()
    assert changed == [True]


# -- the first paint -----------------------------------------------------------

FIRST_PAINT = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from wizard.app.navigator import Navigator
from wizard.app.startup import after_first_paint, build_session
session = build_session(sys.argv[1], language=sys.argv[2], mode=sys.argv[3])
window = Navigator(session).show_first_window()
after_first_paint(window, app.quit)  # as main.py starts, up to the window's first paint
app.exec()
import PySide6.QtCore as QtCore
qt_loaded = "Qt" in vars(QtCore)  # what follows loads it
button = window.account_button
print(json.dumps({"window": window.objectName(), "qt_loaded": qt_loaded,
                  "button_style": button.toolButtonStyle().name, "menu": button.menu().objectName()}))
"""


@pytest.mark.parametrize("mode, language", [("standard", "en"), ("demo", "de")])
def test_the_first_paint_of_the_account_window_names_nothing_of_the_qt_namespace(tmp_path, mode, language):
    """The first use of PySide6.QtCore.Qt makes all its ~94 Python enums (~17 ms): the window's sections,
    built after the paint, pay for them. Each process is new, as at a start (this one has Qt loaded)."""
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UPGRADE_WIZARD_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(tmp_path / "ledger.sqlite3"), language, mode],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown == {"window": "accountShell", "qt_loaded": False, "button_style": "ToolButtonTextOnly",
                     "menu": "accountMenu"}
