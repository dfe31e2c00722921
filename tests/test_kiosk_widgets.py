"""The kiosk's widgets on their own: attract screen, idle watch and overlay, PIN dialog, corner gesture."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, QLocale, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from wizard.core.catalog_loading import load_catalog
from wizard.core.kiosk_lock import LOCKOUT_SECONDS, MAX_TRIES, ExitLock
from wizard.ui.kiosk.attract import AttractScreen
from wizard.ui.kit.translations import text_in
from wizard.ui.kiosk.idle import IdleOverlay, IdleWatcher
from wizard.ui.kiosk.pin_dialog import CornerHold, PinDialog

PIN = "2468"
SHORTCUT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def shown(qtbot, widget: QWidget, size=(1280, 800)) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- the attract screen -------------------------------------------------------


@pytest.fixture
def attract(qtbot):
    return shown(qtbot, AttractScreen(load_catalog(), "EUR", language="en", slide_seconds=0.2))


def test_the_attract_screen_paints_a_hub_with_its_net_prices(attract):
    assert attract.objectName() == "attractScreen"
    image = attract.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    assert len(colours) > 20  # a gradient, text and the accent, not one flat colour
    assert QColor("#ff7a59").name() in colours
    name, rows = attract.slide_texts(0)
    assert name == "Marketing Hub"
    assert rows == [("Starter", "€18.00 per month excl. VAT"), ("Professional", "€890.00 per month excl. VAT")]
    # Only self-serve tiers: Service Hub shows Professional alone.
    assert [tier for tier, _price in attract.slide_texts(2)[1]] == ["Professional"]


def test_the_slides_advance_while_shown_and_stop_while_hidden(qtbot, attract):
    qtbot.waitUntil(lambda: attract.slide == 1, timeout=2000)
    attract.hide()
    stopped_at = attract.slide
    qtbot.wait(500)
    assert attract.slide == stopped_at


def test_touch_to_start_is_in_both_languages_whatever_the_program_shows(attract, fresh_translations):
    # English first (the desk's language), then German, from the compiled translation.
    assert attract.touch_to_start_lines() == ["Touch to start", "Zum Starten berühren"]
    # The lookup reads a language's own .qm without installing it: the program stays English.
    assert text_in("de", "Prices", "%1 per month") == "%1 pro Monat"
    assert QApplication.translate("Prices", "%1 per month") == "%1 per month"


def test_a_click_or_a_key_starts_a_visit(qtbot, attract):
    with qtbot.waitSignal(attract.started, timeout=1000):
        qtbot.mouseClick(attract, Qt.MouseButton.LeftButton, pos=QPoint(640, 400))
    with qtbot.waitSignal(attract.started, timeout=1000):
        qtbot.keyClick(attract, Qt.Key.Key_A)


# -- idle watch and overlay ---------------------------------------------------


def test_the_watcher_says_idle_after_the_timeout(qtbot):
    watcher = IdleWatcher(0.2)
    watcher.start()
    try:
        with qtbot.waitSignal(watcher.idle, timeout=1000):
            pass
        assert not watcher.is_running()  # once, until restarted
    finally:
        watcher.stop()


def test_input_keeps_the_watcher_quiet(qtbot):
    window = shown(qtbot, QLineEdit(), size=(300, 40))
    watcher = IdleWatcher(0.3)
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    try:
        for _ in range(6):
            qtbot.wait(100)
            qtbot.keyClick(window, Qt.Key.Key_X)
        assert not fired
        qtbot.waitUntil(lambda: bool(fired), timeout=1000)
    finally:
        watcher.stop()
    watcher.restart(0.1)  # another timeout, e.g. after the confirmation page
    try:
        qtbot.waitUntil(lambda: len(fired) == 2, timeout=1000)
    finally:
        watcher.stop()
    assert watcher.timeout == 0.1


@pytest.fixture
def overlay(qtbot):
    window = shown(qtbot, QWidget())
    yield IdleOverlay(window)  # the window, its parent, lives as long as the test


def test_the_overlay_counts_down_and_continue_cancels_it(qtbot, overlay):
    overlay.start(2.3)
    assert overlay.isVisible() and overlay.geometry() == overlay.parentWidget().rect()
    assert overlay.countdown.text() == "The visit ends in 3 seconds."
    qtbot.waitUntil(lambda: "2" in overlay.countdown.text(), timeout=1000)
    button = overlay.findChild(QPushButton, "continueButton")
    assert button.height() >= 48 and button.text() == "Continue"
    with qtbot.waitSignal(overlay.continued, timeout=1000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not overlay.isVisible()
    with qtbot.assertNotEmitted(overlay.expired, wait=300):
        pass


def test_any_input_on_the_overlay_continues(qtbot, overlay):
    overlay.start(5)
    with qtbot.waitSignal(overlay.continued, timeout=1000):
        qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    overlay.start(5)
    with qtbot.waitSignal(overlay.continued, timeout=1000):
        qtbot.keyClick(overlay.findChild(QPushButton, "continueButton"), Qt.Key.Key_Return)


def test_the_overlay_expires_when_the_countdown_runs_out(qtbot, overlay):
    with qtbot.waitSignal(overlay.expired, timeout=1000):
        overlay.start(0.2)
    assert not overlay.isVisible()


# -- the PIN dialog -----------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def lock(tmp_path):
    made = ExitLock(tmp_path / "kiosk.json", clock=Clock())
    made.set_pin(PIN)
    return made


def type_pin(qtbot, dialog, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(dialog.findChild(QPushButton, f"pinDigit{digit}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "pinOk"), Qt.MouseButton.LeftButton)


def error_text(dialog) -> str:
    label = dialog.findChild(QLabel, "pinError")
    return label.text() if label.isVisible() else ""


def test_a_wrong_pin_says_how_many_tries_are_left(qtbot, lock):
    dialog = shown(qtbot, PinDialog(lock), size=(480, 640))
    field = dialog.findChild(QLineEdit, "pinField")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(field, "12ab34")
    assert field.text() == "1234"  # digits only
    field.clear()
    type_pin(qtbot, dialog, "1111")
    assert error_text(dialog) == f"Wrong PIN. {MAX_TRIES - 1} attempts left."
    assert field.text() == "" and dialog.result() == 0 and dialog.isVisible()


def test_five_wrong_pins_lock_the_exit_until_a_time(qtbot, lock):
    dialog = shown(qtbot, PinDialog(lock), size=(480, 640))
    for _ in range(MAX_TRIES):
        type_pin(qtbot, dialog, "9999")
    until = QDateTime.fromSecsSinceEpoch(int(lock.clock() + LOCKOUT_SECONDS)).time()
    expected = QLocale().toString(until, QLocale.FormatType.ShortFormat)
    assert error_text(dialog) == f"Too many wrong PINs: the exit is locked until {expected}."
    type_pin(qtbot, dialog, PIN)  # even the right one, while locked
    assert dialog.isVisible() and expected in error_text(dialog)
    # A new dialog (a restart) says it at once.
    again = shown(qtbot, PinDialog(ExitLock(lock.path, clock=lock.clock)), size=(480, 640))
    assert expected in error_text(again)


def test_the_right_pin_accepts(qtbot, lock):
    dialog = shown(qtbot, PinDialog(lock), size=(480, 640))
    type_pin(qtbot, dialog, "1111")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        type_pin(qtbot, dialog, PIN)
    assert not dialog.isVisible()


def test_the_delete_key_and_the_keyboard_work_too(qtbot, lock):
    dialog = shown(qtbot, PinDialog(lock), size=(480, 640))
    field = dialog.findChild(QLineEdit, "pinField")
    for digit in PIN + "7":
        qtbot.mouseClick(dialog.findChild(QPushButton, f"pinDigit{digit}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "pinDelete"), Qt.MouseButton.LeftButton)
    assert field.text() == PIN and dialog.focusWidget() is field
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(field, Qt.Key.Key_Return)


def test_every_pad_key_is_touch_sized(qtbot, lock):
    dialog = shown(qtbot, PinDialog(lock), size=(480, 640))
    for button in dialog.findChildren(QPushButton):
        assert button.height() >= 48, button.objectName()


# -- the corner gesture -------------------------------------------------------


@pytest.fixture
def window(qtbot):
    yield shown(qtbot, QWidget(), size=(640, 480))


def test_a_held_press_in_the_corner_triggers(qtbot, window):
    corner = CornerHold(window, 0.2)
    with qtbot.waitSignal(corner.triggered, timeout=1000):
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))


def test_a_short_tap_or_a_press_elsewhere_does_not(qtbot, window):
    corner = CornerHold(window, 0.2)
    with qtbot.assertNotEmitted(corner.triggered, wait=400):
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        qtbot.wait(50)
        qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))


def test_the_shortcut_triggers(qtbot, window):
    corner = CornerHold(window)
    with qtbot.waitSignal(corner.triggered, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Q, SHORTCUT)
    with qtbot.assertNotEmitted(corner.triggered, wait=100):
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


# -- what a visit's confirmation says was bought --------------------------------

COLLEAGUE = ["Jonas Kollege", "jonas@visitor.example"]
BOUGHT = {  # (seats, people named) -> what the confirmation says, in each language
    (3, 1): {"en": "Sales Hub Professional for 1 user, and 2 seats not yet assigned, monthly billing.",
             "de": "Sales Hub Professional für 1 Benutzer und 2 noch nicht zugewiesene Lizenzen, monatliche Abrechnung."},
    (3, 2): {"en": "Sales Hub Professional for 2 users, and 1 seat not yet assigned, monthly billing.",
             "de": "Sales Hub Professional für 2 Benutzer und 1 noch nicht zugewiesene Lizenz, monatliche Abrechnung."},
    (2, 2): {"en": "Sales Hub Professional for 2 users, monthly billing.",
             "de": "Sales Hub Professional für 2 Benutzer, monatliche Abrechnung."},
}


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize(("seats", "named"), list(BOUGHT))
def test_the_confirmation_says_how_many_seats_were_bought_and_how_many_are_assigned(
        qtbot, make_kiosk, ledger_path, language, seats, named):
    from helpers import VISITOR, buy_as_visitor, ledger_rows, orders

    window = make_kiosk(language=language)
    wizard = window.start_visit()
    wizard.setField("seats", seats)
    buy_as_visitor(qtbot, wizard, users=[VISITOR, COLLEAGUE][:named], hub="sales", tier="professional",
                   currency="EUR")
    page = wizard.currentPage()
    assert page.objectName() == "confirmationPage"
    # What the ledger records: the seats bought, and the users licensed (the named ones).
    (order,) = orders(ledger_path)
    licensed = ledger_rows(ledger_path, "SELECT user_id FROM order_licenses WHERE order_id = ?", [order["id"]])
    assert (order["seats"], len(licensed)) == (seats, named)
    assert page.summary.text().startswith(BOUGHT[seats, named][language]), page.summary.text()
