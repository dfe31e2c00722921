"""The presenter's controls in demo mode: the step list (F9), the jumps, the F-keys, the demo badge."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QWizard

from wizard.core.money import format_money
from wizard.ui.kit.translations import text_in
from wizard.ui.presenter import jumps
from wizard.ui.presenter.keys import DOCK_KEY, LANGUAGE_KEY

# The heading each target shows, as (translation context, English source).
HEADINGS = {
    "home": ("AccountShell", "Home"),
    "products": ("AccountShell", "Products & Add-ons"),
    "users": ("AccountShell", "Users & Teams"),
    "billing": ("AccountShell", "Account & Billing"),
    "step:product": ("ProductPage", "Products & Add-ons"),
    "step:currency": ("CurrencyPage", "Currency"),
    "step:billing": ("BillingPage", "Billing interval"),
    "step:licenses": ("LicensesPage", "User licenses"),
    "step:payment": ("PaymentPage", "Payment"),
    "step:review": ("ReviewPage", "Review order"),
    "step:contact_sales": ("ContactSalesPage", "Contact sales"),
}
PAGE_NAMES = {"product": "productPage", "currency": "currencyPage", "billing": "billingPage",
              "licenses": "licensesPage", "payment": "paymentPage", "review": "reviewPage",
              "contact_sales": "contactSalesPage"}


def names(target) -> str:
    return target.name if target.kind == "section" else f"step:{target.name}"


def press(qtbot, window, key) -> None:
    """The key as the person presses it: on the focused widget of the active window (shortcuts need both)."""
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()
    qtbot.keyClick(window.focusWidget() or window, key)


def test_every_target_has_a_heading_to_check():
    assert sorted(HEADINGS) == sorted(names(t) for t in jumps.TARGETS)


def test_the_dock_is_hidden_and_f9_shows_it(make_shell, qtbot):
    shell = make_shell()
    dock = shell.findChild(type(shell.presenter.dock), "presenterDock")
    assert dock is shell.presenter.dock and not dock.isVisible()
    press(qtbot, shell, DOCK_KEY)
    qtbot.waitUntil(dock.isVisible)
    assert "F9" in dock.keys_label.text() and "F7" in dock.keys_label.text() and "F8" in dock.keys_label.text()
    press(qtbot, shell, DOCK_KEY)
    qtbot.waitUntil(lambda: not dock.isVisible())


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # an open menu, offscreen
def test_f9_over_the_wizard_offers_the_list_as_a_menu(make_shell, qtbot):
    shell = make_shell()
    wizard = shell.presenter.jump_to("step:currency").wizard()
    assert wizard.windowModality() == Qt.WindowModality.WindowModal  # the dock behind it is blocked
    press(qtbot, wizard, DOCK_KEY)
    menu = wizard.findChild(QMenu, "presenterMenu")
    qtbot.waitUntil(menu.isVisible)
    menu.findChild(QAction, "jump_step_review").trigger()
    assert wizard.currentPage().objectName() == "reviewPage"
    menu.close()


def test_jumping_to_the_review_shows_a_complete_order(make_shell, qtbot):
    shell = make_shell()
    review = shell.presenter.jump_to("step:review")
    wizard = shell.upgrade_wizard
    assert review is wizard.currentPage() and review.objectName() == "reviewPage"
    order = review.order
    assert order is not None and order.payable
    assert (order.selection.hub, order.selection.tier) == ("sales", "professional")
    assert order.selection.currency == "EUR"  # the demo company is German
    session = shell.session
    assert set(order.licensed_user_ids) == {u.id for u in session.users if u.holds_seat_in("sales")}
    assert order.selection.payment_method == session.payment_methods[0].id
    # The order panel beside it says what is due today.
    panel = wizard.order_panel
    assert panel.isVisible() and order.charges.total_minor > 0
    due_key, due_value = panel.findChild(QLabel, "panelDueNowKey"), panel.findChild(QLabel, "panelDueNowValue")
    assert due_key.isVisible() and due_key.text() == "Due today"
    assert due_value.text() == format_money(order.charges.total_minor, "EUR", "en")
    # "Complete purchase" waits for the terms box only.
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and not commit.isEnabled()
    review.agree.setChecked(True)
    assert commit.isEnabled()


def test_the_review_jump_keeps_what_the_presenter_chose(make_shell, qtbot):
    shell = make_shell()
    wizard = shell.open_upgrade(hub="marketing", tier="starter")
    review = shell.presenter.jump_to("step:review")
    assert shell.upgrade_wizard is wizard
    assert (review.order.selection.hub, review.order.selection.tier) == ("marketing", "starter")
    # The licenses step needs a seat-based tier: the jump picks the demo order's instead.
    licenses = shell.presenter.jump_to("step:licenses")
    assert licenses.objectName() == "licensesPage" and wizard.field("hub") == "sales"


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("name", list(HEADINGS))
def test_every_jump_target_works_in_both_languages(make_shell, qtbot, name, language):
    shell = make_shell(language=language)
    shown = shell.presenter.jump_to(name)
    assert shown is not None
    context, source = HEADINGS[name]
    expected = text_in(language, context, source)
    if language == "de":
        assert expected != source, f"no German for {source!r}"
    if name.startswith("step:"):
        wizard = shell.upgrade_wizard
        assert wizard.isVisible() and wizard.currentPage() is shown
        assert shown.objectName() == PAGE_NAMES[name[5:]]
        assert shown.title() == expected
    else:
        assert shell.current_section() == name
        assert shell.section_stack.currentWidget() is shown
        assert shell.navigation.currentItem().text() == expected
    item = shell.presenter.dock.item(name if name.startswith("step:") else f"section:{name}")
    assert item.text() == text_in(language, "Presenter", item.data(Qt.ItemDataRole.UserRole).label)


def test_a_section_jump_leaves_the_wizard(make_shell, qtbot):
    shell = make_shell()
    wizard = shell.presenter.jump_to("step:payment").wizard()
    shell.presenter.jump_to("users")
    assert not wizard.isVisible() and shell.current_section() == "users"


def test_the_language_key_switches(make_shell, qtbot):
    shell = make_shell()
    press(qtbot, shell, LANGUAGE_KEY)
    assert shell.session.language == "de"
    wizard = shell.presenter.jump_to("step:product").wizard()
    press(qtbot, wizard, LANGUAGE_KEY)  # the wizard has the keys too
    assert shell.session.language == "en"


def test_the_badge_shows_in_demo_mode_only(make_shell, qtbot, tmp_path):
    shell = make_shell()
    badge = shell.findChild(type(shell.presenter.badge), "demoBadge")
    assert badge is not None and badge.isVisible() and badge.text() == "Demo - no real payment"
    wizard = shell.presenter.jump_to("step:currency").wizard()
    in_wizard = wizard.findChild(type(badge), "demoBadge")
    assert in_wizard is not None and in_wizard.isVisible()
    language = wizard.button(QWizard.WizardButton.CustomButton1)
    assert in_wizard.geometry().left() > language.geometry().right()
    standard = make_shell(mode="standard", ledger_path=tmp_path / "standard.sqlite3")
    assert standard.findChild(type(badge), "demoBadge") is None
    assert getattr(standard, "presenter", None) is None


def test_show_me_plays_the_chosen_exercise(make_shell, qtbot):
    shell = make_shell()
    presenter = shell.presenter
    assert presenter.dock.exercise_id() == "sales-pro-annual-named-users"
    presenter.show_me()
    window = presenter.show_window
    assert window is not None and window.objectName() == "trainingWindow" and window.way == "show"
    window.close()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_dock_renders_with_nothing_cut_off(make_shell, qtbot, tmp_path, language):
    import os
    from pathlib import Path

    from test_render import cut_off, settle

    shell = make_shell(language=language)
    shell.resize(1280, 760)
    press(qtbot, shell, DOCK_KEY)
    qtbot.waitUntil(shell.presenter.dock.isVisible)
    settle()
    out = Path(os.environ.get("RENDER_DIR") or tmp_path)  # $RENDER_DIR keeps the images
    out.mkdir(parents=True, exist_ok=True)
    assert shell.grab().save(str(out / f"presenter_dock_{language}.png"))
    dock = shell.presenter.dock
    assert not cut_off(dock)
    combo = dock.exercise
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 24  # the title fits
