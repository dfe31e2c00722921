"""Leaving kiosk mode: a deliberate gesture (`CornerHold`) opens `PinDialog`, which takes the exit PIN.

The dialog has its own number pad (a kiosk may have no keyboard) and asks `ExitLock.try_pin()`, which
counts the wrong tries and locks the exit after the fifth; the dialog only tells what it answered.
"""
from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, QPoint, QRect, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from wizard.ui.kiosk.touch import centred_label, column
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.widgets import error_label, show_error

MIN_DIGITS, MAX_DIGITS = 4, 8  # as ExitLock.set_pin accepts
PAD_BUTTON = 72  # px: a number-pad key, well above the 48 px a finger needs
HOLD_SECONDS = 3.0
CORNER = 80  # px: the top-left square a press must be held in

_STYLE = (
    "QDialog#pinDialog { background: #f5f8fa; }"
    "QLabel#pinTitle { color: #33475b; font-size: 18pt; font-weight: bold; }"
    "QLabel#pinError { font-size: 13pt; }"
    "QLineEdit#pinField { font-size: 22pt; padding: 8px; min-height: 48px; letter-spacing: 6px; }"
    "QPushButton { font-size: 18pt; }"
    "QPushButton#pinOk { background: #ff7a59; border: 1px solid #ff5c35; color: #ffffff; }"
    "QPushButton#pinOk:disabled { background: #eaf0f6; border-color: #dfe3eb; color: #99afc4; }"
)


class PinDialog(Retranslating, QDialog):
    """Accepted only on the right PIN; wrong ones say how many tries are left, or until when it is locked."""

    def __init__(self, lock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setModal(True)
        self.setStyleSheet(_STYLE)
        self.lock = lock

        self.title = centred_label("pinTitle", self)
        self.field = QLineEdit(self)
        self.field.setObjectName("pinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_DIGITS)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(rf"[0-9]{{0,{MAX_DIGITS}}}"), self))
        self.field.setMinimumHeight(PAD_BUTTON)
        self.field.textChanged.connect(self._update_ok)
        self.field.returnPressed.connect(self.try_pin)
        self.error = error_label("pinError", self)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)

        pad = QGridLayout()
        pad.setSpacing(10)
        self.digit_buttons = {}
        for number, digit in enumerate("123456789"):
            self.digit_buttons[digit] = self._pad_button(f"pinDigit{digit}", digit)
            pad.addWidget(self.digit_buttons[digit], number // 3, number % 3)
        self.delete_button = self._pad_button("pinDelete")
        self.delete_button.clicked.connect(self.field.backspace)
        self.digit_buttons["0"] = self._pad_button("pinDigit0", "0")
        self.ok_button = self._pad_button("pinOk")
        self.ok_button.clicked.connect(self.try_pin)
        pad.addWidget(self.delete_button, 3, 0)
        pad.addWidget(self.digit_buttons["0"], 3, 1)
        pad.addWidget(self.ok_button, 3, 2)
        for digit, pad_key in self.digit_buttons.items():
            pad_key.clicked.connect(lambda _checked=False, d=digit: self.field.insert(d))
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("pinCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setMinimumHeight(PAD_BUTTON)
        self.cancel_button.clicked.connect(self.reject)

        column(self, (40, 32), 16, self.title, self.field, self.error, pad, self.cancel_button)
        self.setMinimumWidth(600)
        self.retranslate()
        self._update_ok()
        self._show_lock()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pad_button(self, name: str, text: str | None = None) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        if text is not None:
            button.setText(text)
        # The PIN field keeps the focus (Enter tries the PIN), and no pad key becomes the default button.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setMinimumSize(PAD_BUTTON + 40, PAD_BUTTON)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.title.setText(self.tr("Enter the PIN to leave kiosk mode."))
        self.field.setAccessibleName(self.tr("PIN"))
        self.delete_button.setText(self.tr("Delete"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.error.isVisible():
            self._show_lock()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(MIN_DIGITS <= len(self.field.text()) <= MAX_DIGITS)

    def _show_lock(self) -> bool:
        """Says until when the exit is locked; False (and nothing said) when it is not."""
        until = self.lock.locked_until()
        if until is None:
            return False
        show_error(self.error, self._locked_sentence(until))
        return True

    def _locked_sentence(self, until: float) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(round(until))).time()
        return fill(self.tr("Too many wrong PINs: the exit is locked until %1."),
                    QLocale().toString(moment, QLocale.FormatType.ShortFormat))

    def try_pin(self) -> None:
        pin = self.field.text()
        if not self.ok_button.isEnabled():
            return
        self.field.clear()
        try:
            attempt = self.lock.try_pin(pin)
        except OSError:
            # A wrong try that cannot be counted must not be given again for free: no answer at all.
            show_error(self.error, self.tr("The PIN cannot be checked: the program cannot write to its data folder."))
            return
        if attempt.ok:
            show_error(self.error, "")
            self.accept()
        elif attempt.locked_until is not None:
            show_error(self.error, self._locked_sentence(attempt.locked_until))
        else:
            show_error(self.error, self.tr("Wrong PIN. %n attempt(s) left.", "", attempt.tries_left))
        self.field.setFocus()


class CornerHold(QObject):
    """`triggered` after a press held `seconds` in the window's top-left corner, or on Ctrl+Alt+Shift+Q.

    Watches the whole application (a press lands on whatever child widget is in the corner), but only
    presses and keys that reach `window` or its children.
    """

    triggered = Signal()
    SHORTCUT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier

    def __init__(self, window: QWidget, seconds: float = HOLD_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        from PySide6.QtWidgets import QApplication

        self.window = window
        self.seconds = float(seconds)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setTimerType(Qt.TimerType.PreciseTimer)
        self._hold.timeout.connect(self.triggered)
        QApplication.instance().installEventFilter(self)

    def holding(self) -> bool:
        return self._hold.isActive()

    def _ours(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (watched is self.window or self.window.isAncestorOf(watched))

    def _in_corner(self, global_point: QPoint) -> bool:
        return QRect(0, 0, CORNER, CORNER).contains(self.window.mapFromGlobal(global_point))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and self._ours(watched):
            if event.key() == Qt.Key.Key_Q and event.modifiers() == self.SHORTCUT:
                self._hold.stop()
                self.triggered.emit()
                return True  # handled once, not again by each parent it would propagate to
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin) and self._ours(watched):
            point = self._point(event)
            if point is not None and self._in_corner(point):
                if not self._hold.isActive():
                    self._hold.start(round(self.seconds * 1000))
            else:
                self._hold.stop()
        elif kind in (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate) and self._hold.isActive():
            point = self._point(event)
            if point is not None and not self._in_corner(point):
                self._hold.stop()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._hold.stop()
        return False

    @staticmethod
    def _point(event: QEvent) -> QPoint | None:
        if hasattr(event, "points"):
            points = event.points()
            return points[0].globalPosition().toPoint() if points else None
        return event.globalPosition().toPoint()
