"""When a trainee leaves a control they went to: the moment an entry there counts as made (training errors).

Qt moves the focus by itself too: a page changing, a button disabled or hidden passes its focus on "as by
Tab" from a widget no longer shown or enabled, and the widget it lands on is no entry of the trainee's. A
drop-down list opening takes the focus as well, while the choice is still being made. None of these is
the trainee leaving.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

LEAVING = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
           Qt.FocusReason.ShortcutFocusReason)


class LeavingWatch(QObject):
    """`left` when the trainee leaves (a click elsewhere, Tab, a shortcut) a control in `window` (or in a
    dialog of it) that they had gone to themselves.

    Only the widgets the focus reaches get an event filter (the FocusOut event carries the reason; the
    application's focusChanged signal does not): not every event of the program passes through Python."""

    left = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._entry: QWidget | None = None  # the control the trainee went to
        self._handed_over = False  # the last FocusOut was the trainee's doing
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Qt sends FocusOut (with its reason) just before it emits focusChanged.
        self._entry = new if self._handed_over else None
        self._handed_over = False
        try:
            if new is not None and self._holds(new):
                new.installEventFilter(self)  # once: Qt drops a filter installed again before adding it
        except RuntimeError:  # a widget (or the window) already deleted
            self._entry = None

    def _holds(self, widget: QWidget | None) -> bool:
        """`widget` is in the window or in a dialog of a window it hosts (Replace card…)."""
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parentWidget()
        return False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            try:
                reason = event.reason()
                self._handed_over = reason in LEAVING and (
                    reason == Qt.FocusReason.MouseFocusReason or (watched.isVisible() and watched.isEnabled()))
                if self._handed_over and watched is self._entry:
                    self.left.emit()
            except RuntimeError:  # the window is being deleted
                self._handed_over = False
        return False
