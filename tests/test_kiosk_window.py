"""The kiosk window: attract screen, a new wizard per visit, the idle countdown and the wipe, no closing."""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QStyle, QStyleOptionButton, QWidget,
)

from helpers import events, fill_new_card, go_to_payment, type_into
from wizard.core.kiosk_lock import ExitLock
from wizard.ui.upgrade.fields import PageId
from wizard.ui.upgrade.wizard import UpgradeWizard

IDLE, COUNTDOWN, AFTER_CONFIRMATION = 0.4, 0.4, 0.3
CARD, CVC, HOLDER = "5555555555554444", "737", "Greta Visitor"
COMPANY, EMAIL = "Visitor Maschinenbau GmbH", "greta@visitor.example"
PIN = "2468"


KIOSK_TIMEOUTS = {"idle_timeout": IDLE, "countdown": COUNTDOWN, "confirmation_timeout": AFTER_CONFIRMATION}


def shown_page(window) -> QWidget:
    return window.stack.currentWidget()


def wait_gone(qtbot, widget) -> None:
    """Until Qt has deleted `widget` (deleteLater runs when the event loop gets to it)."""
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=3000)


def test_the_kiosk_opens_on_the_attract_screen_without_a_wizard(make_kiosk):
    window = make_kiosk()
    assert window.objectName() == "kioskWindow"
    assert shown_page(window).objectName() == "attractScreen"
    assert window.wizard is None
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.watcher.is_running()  # nobody to wait for on the attract screen


def test_a_touch_starts_a_visit_on_a_new_wizard_in_the_desk_language(qtbot, make_kiosk):
    window = make_kiosk(language="en")
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert isinstance(wizard, UpgradeWizard)
    assert shown_page(window) is wizard and wizard.isVisible()
    assert wizard.session.mode.name == "kiosk" and wizard.session.language == "en"
    assert wizard.session.account is None and wizard.session.users == []  # a new customer, not the demo's
    assert wizard.session is not window.session
    assert wizard.button(wizard.WizardButton.CustomButton1).objectName() == "languageButton"
    assert window.start_visit() is wizard  # a second touch does not start another
    assert window.watcher.is_running()


def test_the_window_ignores_close(qtbot, make_kiosk):
    window = make_kiosk()
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    window.close()
    assert window.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # an open drop-down, offscreen
def test_kiosk_controls_are_touch_sized_with_a_larger_font(qtbot, make_kiosk):
    window = make_kiosk()
    wizard = window.start_visit()
    qtbot.wait(10)
    assert window.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * 1.25)
    buttons = [b for b in wizard.findChildren(QPushButton) if b.isVisible()]
    assert buttons and all(b.height() >= 48 for b in buttons), [(b.objectName(), b.height()) for b in buttons]
    payment = go_to_payment(wizard)
    edits = [e for e in payment.findChildren(QLineEdit) if e.isVisible()]
    assert edits and all(e.height() >= 48 for e in edits)
    # The payment methods' rows ("New credit card") and the share check box: its box larger than Qt's,
    # and a press anywhere on its 48 px (above or below the box and text too) ticks it.
    methods = payment.method_list
    rows = [methods.visualRect(methods.model().index(row, 0)) for row in range(methods.model().rowCount())]
    assert rows and all(r.height() >= 48 for r in rows), rows
    assert methods.height() >= sum(r.height() for r in rows)  # every row shown whole, no scrolling
    boxes = [b for b in payment.findChildren(QCheckBox) if b.isVisible()]
    assert payment.share in boxes
    for box in boxes:
        option = QStyleOptionButton()
        box.initStyleOption(option)
        indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        assert box.height() >= 48 and indicator.height() >= 24, (box.objectName(), box.height(), indicator)
        for y in (1, box.height() - 2):  # the very top and bottom of the touch-high row
            was = box.isChecked()
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(indicator.center().x(), y))
            assert box.isChecked() != was, (box.objectName(), y)
    # A drop-down's list (the company's country): every row TOUCH_HEIGHT high when it is open.
    combos = [c for c in payment.findChildren(QComboBox) if c.isVisible()]
    assert combos
    for combo in combos:
        combo.showPopup()
        view = combo.view()
        qtbot.waitUntil(view.isVisible)
        heights = [view.visualRect(view.model().index(row, 0)).height() for row in range(combo.count())]
        combo.hidePopup()
        assert heights and min(heights) >= 48, (combo.objectName(), heights[:3])


def test_the_countdown_appears_after_the_idle_timeout_and_continue_keeps_the_visit(qtbot, make_kiosk):
    window = make_kiosk()
    wizard = window.start_visit()
    overlay = window.findChild(QWidget, "idleOverlay")
    assert not overlay.isVisible()
    qtbot.waitUntil(overlay.isVisible, timeout=2000)
    assert overlay.countdown.text().startswith("The visit ends in 1 second")  # "(s)" until the .ts has it
    qtbot.mouseClick(overlay.findChild(QPushButton, "continueButton"), Qt.MouseButton.LeftButton)
    assert not overlay.isVisible()
    assert window.wizard is wizard and shown_page(window) is wizard
    assert window.watcher.is_running()
    # Longer than the countdown: Continue stopped it for good.
    qtbot.wait(round(COUNTDOWN * 1000 * 0.75))
    assert window.wizard is wizard


def _fill_the_visit(qtbot, wizard) -> None:
    """What a visitor types: company, card, CVC, holder, and an e-mail (the contact-sales form)."""
    payment = go_to_payment(wizard)
    type_into(qtbot, payment.inputs["company_name"], COMPANY)
    fill_new_card(qtbot, payment, number=CARD, cvc=CVC, holder=HOLDER)
    wizard.setField("lead_email", EMAIL)
    QGuiApplication.clipboard().setText(CARD)  # as if the visitor had copied the number


def test_when_the_countdown_runs_out_the_visit_is_wiped(qtbot, make_kiosk, ledger_path):
    window = make_kiosk()
    first = window.start_visit()
    _fill_the_visit(qtbot, first)
    assert (first.field("company_name"), first.field("card_cvc"), first.field("lead_email")) == (COMPANY, CVC, EMAIL)
    destroyed = []
    first.destroyed.connect(lambda: destroyed.append(True))
    with qtbot.waitSignal(window.visitEnded, timeout=3000) as ended:
        pass
    assert ended.args == ["idle"]
    assert shown_page(window).objectName() == "attractScreen" and window.attract.isVisible()
    assert window.wizard is None
    wait_gone(qtbot, first)
    assert destroyed == [True]
    assert QGuiApplication.clipboard().text() == ""
    assert [row["detail"] for row in events(ledger_path, "idle_reset")] == [{"mode": "kiosk", "reason": "idle"}]
    (row,) = events(ledger_path, "idle_reset")
    assert row["account_id"] is None and row["order_id"] is None and row["lead_id"] is None
    assert row["desk"] == "D01"

    # The next visitor finds nothing of it, not in a widget, not in an undo stack, not behind Back.
    second = window.start_visit()
    assert second is not first and shiboken6.isValid(second)
    assert second.currentId() == PageId.PRODUCT and second.visitedIds() == [PageId.PRODUCT]
    back = second.button(second.WizardButton.BackButton)
    assert not (back.isVisible() and back.isEnabled())
    secrets = (CARD, CARD[-4:], CVC, HOLDER, COMPANY, EMAIL)
    for edit in second.findChildren(QLineEdit) + window.findChildren(QLineEdit):
        assert not any(secret in edit.text() for secret in secrets), edit.objectName()
        assert not edit.isUndoAvailable(), edit.objectName()
    for edit in second.findChildren(QPlainTextEdit):
        assert edit.toPlainText() == "" and not edit.document().isUndoAvailable()
    for name in ("card_number", "card_cvc", "card_holder", "company_name", "lead_email"):
        assert not second.field(name), name


def test_cancel_ends_the_visit_without_an_idle_reset(qtbot, make_kiosk, ledger_path):
    window = make_kiosk(idle_timeout=30)
    wizard = window.start_visit()
    with qtbot.waitSignal(window.visitEnded, timeout=2000) as ended:
        qtbot.mouseClick(wizard.button(wizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert ended.args == ["cancelled"]
    assert window.wizard is None and shown_page(window).objectName() == "attractScreen"
    wait_gone(qtbot, wizard)
    assert not ledger_path.exists() or events(ledger_path, "idle_reset") == []


def test_the_attract_screen_returns_after_the_confirmations_timeout(qtbot, make_kiosk, ledger_path):
    """The confirmation page is reached by signal (a kiosk purchase needs the per-visit account, not built yet)."""
    window = make_kiosk(idle_timeout=30)  # only the confirmation's timeout can end this visit
    wizard = window.start_visit()
    wizard.currentIdChanged.emit(PageId.CONFIRMATION)
    assert window.watcher.timeout == pytest.approx(AFTER_CONFIRMATION)
    with qtbot.waitSignal(window.visitEnded, timeout=3000) as ended:
        pass
    assert ended.args == ["after_purchase"]
    assert shown_page(window).objectName() == "attractScreen"
    assert [row["detail"]["reason"] for row in events(ledger_path, "idle_reset")] == ["after_purchase"]
    # Back from a confirmation (not possible, but a page change) gives the visit the long timeout again.
    second = window.start_visit()
    second.currentIdChanged.emit(PageId.LEAD_SENT)
    second.currentIdChanged.emit(PageId.PRODUCT)
    assert window.watcher.timeout == pytest.approx(30)


def test_after_a_real_purchase_the_confirmations_timeout_brings_the_attract_screen_back(qtbot, make_kiosk, ledger_path):
    from helpers import buy_as_visitor, orders

    window = make_kiosk(idle_timeout=30)  # only the confirmation's timeout (and its countdown) can end this visit
    wizard = window.start_visit()
    buy_as_visitor(qtbot, wizard, hub="sales", tier="professional")
    assert wizard.currentId() == PageId.CONFIRMATION
    assert [row["mode"] for row in orders(ledger_path)] == ["kiosk"]
    assert window.watcher.timeout == pytest.approx(AFTER_CONFIRMATION)
    with qtbot.waitSignal(window.visitEnded, timeout=5000) as ended:
        pass
    assert ended.args == ["after_purchase"]
    assert shown_page(window).objectName() == "attractScreen" and window.wizard is None


def test_a_visitor_who_switched_language_leaves_the_desk_language_behind(qtbot, make_kiosk):
    from wizard.ui.kit.translations import translations

    window = make_kiosk(language="en", idle_timeout=30)
    wizard = window.start_visit()
    qtbot.mouseClick(wizard.language_button, Qt.MouseButton.LeftButton)
    assert translations().language == "de"
    window.end_visit()
    assert translations().language == "en"
    assert window.start_visit().session.language == "en"


def test_the_exit_pin_lets_the_window_close(qtbot, make_kiosk):
    ExitLock().set_pin(PIN)
    window = make_kiosk(idle_timeout=30)
    window.start_visit()
    QApplication.sendEvent(window, _key(Qt.Key.Key_Q))
    dialog = window.pin_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(window.left, timeout=2000):
        dialog.field.setText(PIN)
        dialog.try_pin()
    assert window.wizard is None
    assert not window.isVisible()


def _key(key):
    from PySide6.QtGui import QKeyEvent

    modifiers = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                 | Qt.KeyboardModifier.ShiftModifier)
    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers)


def test_a_visit_ended_during_the_countdown_leaves_no_countdown_for_the_next(qtbot, make_kiosk):
    window = make_kiosk()
    window.start_visit()
    qtbot.waitUntil(window.overlay.isVisible, timeout=3000)
    window.end_visit("cancelled")  # e.g. Cancel pressed while the countdown ran
    assert not window.overlay.isVisible()
    second = window.start_visit()
    qtbot.wait(int(COUNTDOWN * 1000) + 200)  # the old countdown's end, had it kept running
    assert window.wizard is second
