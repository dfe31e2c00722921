"""Noticing that nobody uses the desk any more, and asking before the visit ends.

`IdleWatcher` sees every input event of the application (an event filter on QApplication) and says
`idle` once after `timeout` seconds without one; the owner then shows `IdleOverlay`, whose countdown
either is answered (`continued`) or runs out (`expired`).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QFrame, QPushButton, QVBoxLayout, QWidget

from wizard.ui.kiosk.touch import TOUCH_HEIGHT, centred_label, column
from wizard.ui.kit.retranslating import Retranslating

# What counts as someone at the desk: pointer, touch, keys, wheel (not paints, timers or focus changes).
INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.TabletRelease,
})


def _ms(seconds: float) -> int:
    return max(0, round(seconds * 1000))


class IdleWatcher(QObject):
    """`idle` once, `timeout` seconds after the last input; then quiet until `restart()` or `start()`."""

    idle = Signal()

    def __init__(self, timeout: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout = float(timeout)
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.idle)

    def start(self) -> None:
        if not self._installed:
            QApplication.instance().installEventFilter(self)
            self._installed = True
        self._timer.start(_ms(self.timeout))

    def stop(self) -> None:
        self._timer.stop()
        if self._installed:
            QApplication.instance().removeEventFilter(self)
            self._installed = False

    def restart(self, timeout: float | None = None) -> None:
        """Counts afresh, with another timeout when one is given (e.g. the confirmation page's)."""
        if timeout is not None:
            self.timeout = float(timeout)
        self.start()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Once `idle` was said the timer stays stopped: the overlay's countdown decides from there.
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start(_ms(self.timeout))
        return False


class IdleOverlay(Retranslating, QWidget):
    """A dimmed layer over its parent window with "Are you still there?", a countdown and Continue."""

    continued = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._clock = QElapsedTimer()
        self._seconds = 0.0
        self._end = QTimer(self)
        self._end.setSingleShot(True)
        self._end.setTimerType(Qt.TimerType.PreciseTimer)
        self._end.timeout.connect(self._run_out)
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self._show_remaining)

        card = QFrame(self)
        card.setObjectName("idleCard")
        card.setStyleSheet(
            "QFrame#idleCard { background: #ffffff; border-radius: 12px; }"
            "QLabel { color: #33475b; background: transparent; }"
            "QLabel#idleTitle { font-size: 24pt; font-weight: bold; }"
            "QLabel#idleCountdown { font-size: 16pt; }"
            "QPushButton#continueButton { font-size: 18pt; padding: 12px 48px; min-height: 56px;"
            " background: #ff7a59; border: 1px solid #ff5c35; border-radius: 6px; color: #ffffff; }"
        )
        self.title = centred_label("idleTitle", card)
        self.countdown = centred_label("idleCountdown", card)
        self.continue_button = QPushButton(card)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setMinimumHeight(TOUCH_HEIGHT)
        self.continue_button.clicked.connect(self._continue)
        column(card, (48, 40), 24, self.title, self.countdown).addWidget(
            self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        card.setMinimumWidth(620)
        self.card = card
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)

        parent.installEventFilter(self)  # follow the window's size
        self.setGeometry(parent.rect())
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.continue_button.setText(self.tr("Continue"))
        self._show_remaining()

    # -- the countdown -------------------------------------------------------

    def start(self, seconds: float) -> None:
        self._seconds = float(seconds)
        self._clock.start()
        self._end.start(_ms(seconds))
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_remaining()

    def remaining(self) -> float:
        """Seconds left, 0 when not counting."""
        if not self._end.isActive():
            return 0.0
        return max(0.0, self._seconds - self._clock.elapsed() / 1000)

    def remaining_whole_seconds(self) -> int:
        return math.ceil(self.remaining() - 1e-9)

    def _show_remaining(self) -> None:
        whole = self.remaining_whole_seconds()
        self.countdown.setText(self.tr("The visit ends in %n second(s).", "", whole))
        if self._end.isActive() and whole > 0:
            # Wake when the shown number changes (every second, also after a fractional start).
            self._tick.start(_ms(self.remaining() - (whole - 1)) + 1)

    def stop(self) -> None:
        """Hidden without a word: the visit ended some other way (Cancel, the PIN)."""
        self._stop()

    def _stop(self) -> None:
        self._end.stop()
        self._tick.stop()
        self.hide()

    def _continue(self) -> None:
        if self.isVisible():
            self._stop()
            self.continued.emit()

    def _run_out(self) -> None:
        self._stop()
        self.expired.emit()

    # -- any input on the overlay means someone is there -----------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.TouchBegin:
            event.accept()
            self._continue()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        event.accept()
        self._continue()

    def keyPressEvent(self, event) -> None:
        event.accept()
        self._continue()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(22, 33, 45, 170))
        painter.end()
