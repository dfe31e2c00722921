"""Show me's (and the handouts') frame around the control a step is about."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget


class Outline(QWidget):
    """A frame drawn around the control a step is about (Show me, handouts); lets every click through.

    It follows its control: when the control (or a widget holding it) moves or changes size after the outline
    was drawn (a page laying itself out, a field change growing a table), the frame moves along and `moved`
    tells the caption to find its place again."""

    moved = Signal()

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setObjectName("showOutline")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.hide()

    def around(self, target: QWidget | None) -> None:
        self._watch(None)
        if target is None:
            self.hide()
            return
        if target.window() is not self.window() and target.window() is not self.parentWidget():
            self.setParent(target.window())  # a dialog of the window (Replace card…): outlined in it
        self._fit(target)
        self._watch(target)
        self.show()
        self.raise_()

    def _fit(self, target: QWidget) -> None:
        top_left = target.mapTo(self.parentWidget(), QPoint(0, 0))
        self.setGeometry(QRect(top_left, target.size()).adjusted(-5, -5, 5, 5))

    def _watch(self, target: QWidget | None) -> None:
        """Listen to `target` and the widgets between it and the outline's parent (their moves move it too)."""
        for widget in self._watched:
            try:
                widget.removeEventFilter(self)
            except RuntimeError:  # already deleted (a page of a window that was closed)
                pass
        self._target, self._watched = target, []
        widget = target
        while widget is not None and widget is not self.parentWidget():
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()

    def eventFilter(self, watched, event) -> bool:
        if (event.type() in (QEvent.Type.Move, QEvent.Type.Resize) and self._target is not None
                and self.isVisible()):
            try:
                before = self.geometry()
                self._fit(self._target)
            except RuntimeError:  # the control is gone
                self._watch(None)
                return False
            if self.geometry() != before:
                self.moved.emit()
        return False

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#e8590c"), 3))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)
