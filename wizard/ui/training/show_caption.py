"""Show me's caption: what the step does, in a label beside the outlined control.

Off the outline and over no other control (nor, where there is room, any text):
`caption.place()` chooses the spot. It is placed again whenever the outline
follows its control (a page laid out anew, a field change growing the users
table). A control in a dialog (Replace card…, small, with no free place) gets
its caption beside the dialog, in the training window, so it hides none of the
dialog's text and controls.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from wizard.ui.training import caption

MAX_WIDTH = 320  # pixels: a word-wrapped label's own size hint is as narrow as its longest word


class ShowMeCaption(QObject):
    """`window`: the training window; `outline`: its Outline; `area()`: the trainee's part of the window
    (left of the coach), in the window's coordinates."""

    def __init__(self, window: QWidget, outline, area: Callable[[], QRect]) -> None:
        super().__init__(window)
        self.window, self.outline, self._area = window, outline, area
        self.label = QLabel(window, objectName="showCaption")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("background: #fff4e6; border: 2px solid #e8590c; border-radius: 6px; "
                                 "padding: 8px; color: #1a1a1a;")
        self.label.hide()
        self.target: QWidget | None = None
        self.dialog: QWidget | None = None  # the dialog whose control is outlined: the caption beside it
        self._due = False
        outline.moved.connect(self.follow_outline)  # the caption keeps off its control when that moves

    def show(self, text: str, target: QWidget | None) -> None:
        window = target.window() if target is not None else None
        self._watch_dialog(window if window is not None and window is not self.window else None)
        host = self._host()
        if self.label.parentWidget() is not host:
            self.label.setParent(host)
        self.label.setText(text)
        self.target = target
        self.place()
        self.label.show()
        self.label.raise_()

    def hide(self) -> None:
        self._watch_dialog(None)
        self.label.hide()

    def _host(self) -> QWidget:
        return self.window if self.dialog is not None else self.outline.parentWidget()

    def _watch_dialog(self, dialog: QWidget | None) -> None:
        """The caption follows the dialog it stands beside (moved, resized) and goes when it is closed."""
        if self.dialog is not None and self.dialog is not dialog:
            try:
                self.dialog.removeEventFilter(self)
            except RuntimeError:  # already deleted
                pass
        if dialog is not None and dialog is not self.dialog:
            dialog.installEventFilter(self)
        self.dialog = dialog

    def eventFilter(self, watched, event) -> bool:
        if watched is self.dialog:
            kind = event.type()
            if kind in (QEvent.Type.Move, QEvent.Type.Resize) and self.label.isVisible():
                self.place()
            elif kind == QEvent.Type.Hide and self.label.parentWidget() is self.window:
                self.label.hide()  # closed (or Restart): nothing to stand beside
        return False

    def place(self) -> None:
        """Off the outline, over no other control where there is room."""
        host, target, text = self.label.parentWidget(), self.target, self.label.text()
        if host is None or not text:
            return
        if self.dialog is not None and host is self.window:
            self._place_beside_dialog()
            return
        width = self._fit_width()
        area = self._area() if host is self.window else host.rect()
        box = self.outline.geometry() if target is not None and self.outline.isVisible() else None
        controls = caption.control_rects(host, target, skip=(self.label, self.outline))
        texts = caption.text_rects(host, target, skip=(self.label,))
        point = caption.place(self.label.size(), box, area, controls, texts)
        if point is None:  # a control as large as the window: a wide caption in the strip left beside it
            self.label.setFixedWidth(max(width, area.width() - 2 * caption.GAP))
            self.label.setFixedHeight(self.label.heightForWidth(self.label.width()))
            point = caption.place(self.label.size(), box, area, controls, texts)
            point = point or caption.below_clamped(self.label.size(), box, area)
        self.label.move(point)

    def _place_beside_dialog(self) -> None:
        """Below, above, right or left of the dialog (its frame included), in the trainee's part of the window;
        else anywhere in the window off the dialog (the coach's side too); never over the dialog where it can
        be helped. The window's own controls do not count: the dialog is window-modal, they take no input."""
        frame = self.dialog.frameGeometry()
        box = QRect(self.window.mapFromGlobal(frame.topLeft()), frame.size())
        self._fit_width()
        size, whole = self.label.size(), self.window.rect()
        point = (caption.place(size, box, self._area(), []) or caption.place(size, box, whole, [])
                 or caption.below_clamped(size, box, whole))
        self.label.move(point)
        self.label.raise_()

    def _fit_width(self) -> int:
        """As wide as its longest line, at most MAX_WIDTH; as high as the text needs at that width."""
        text = self.label.text()
        metrics = self.label.fontMetrics()
        margins = self.label.contentsMargins()
        extra = margins.left() + margins.right() + 24
        width = min(MAX_WIDTH, max(metrics.horizontalAdvance(line) for line in text.split("\n")) + extra)
        self.label.setFixedWidth(width)
        self.label.setFixedHeight(self.label.heightForWidth(width))
        return width

    def window_moved(self) -> None:
        if self.dialog is not None and self.label.isVisible():
            self.place()  # the dialog stays where it was on the screen: beside it again

    def follow_outline(self) -> None:
        """At once (never a moment over its control), and again once the page's layout has placed the rest
        (the outline moves in the middle of a relayout, before the widgets below its control moved)."""
        if self.label.isVisible() and self.label.parentWidget() is self._host():
            self.place()
            if not self._due:
                self._due = True
                QTimer.singleShot(0, self, self._place_later)

    def _place_later(self) -> None:
        self._due = False
        if self.label.isVisible() and self.label.parentWidget() is self._host():
            self.place()
