"""What the kiosk's layers share: the touch size and the few building blocks of their cards.

`touch_rules()` is the kiosk window's style-sheet part that makes controls touch-sized; `TouchTargets`
widens a check box's or radio button's hit area to the whole touch-high widget, and makes a drop-down's
list rows touch-high, which no style sheet can (a combo box's own list delegate ignores `::item` rules).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QCheckBox, QComboBox, QLabel, QLayout, QRadioButton, QStyledItemDelegate,
    QVBoxLayout, QWidget,
)

from wizard.ui.kit.widgets import stack

TOUCH_HEIGHT = 48  # px: the smallest control a finger hits reliably
INDICATOR = 28  # px: a check box's box at the kiosk (Qt draws 13-14 px); its hit area is the whole TOUCH_HEIGHT

_CONTROLS = "QPushButton, QToolButton, QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton"


def touch_rules() -> list[str]:
    """Style-sheet rules: every control, tab and item-view row (the payment methods' list) TOUCH_HEIGHT high."""
    return [
        f"{_CONTROLS} {{ min-height: {TOUCH_HEIGHT}px; }}",
        f"QTabBar::tab {{ min-height: {TOUCH_HEIGHT}px; }}",
        f"QAbstractItemView::item {{ min-height: {TOUCH_HEIGHT}px; }}",
        f"QCheckBox::indicator, QRadioButton::indicator {{ width: {INDICATOR}px; height: {INDICATOR}px; }}",
    ]


_MOUSE = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
})


def hit_point(button: QAbstractButton, point: QPoint) -> QPoint | None:
    """Where Qt would take a touch at `point` (widget coordinates) on a check box or radio button, when
    Qt's own hit area (the box and the text's line) misses it: the point moved onto the text's line.
    None when Qt takes it as it is, or when it is outside the widget or beside the box and its text."""
    if button.hitButton(point) or not button.rect().contains(point):
        return None
    moved = QPoint(point.x(), button.height() // 2)
    return moved if button.hitButton(moved) else None


class TouchRows(QStyledItemDelegate):
    """A drop-down's list rows at least TOUCH_HEIGHT high (Qt's combo box delegate draws them about 26 px)."""

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), TOUCH_HEIGHT))


class TouchTargets(QObject):
    """An application event filter: a press anywhere on a touch-high check box or radio button of `window`
    (above or below its box and text, not only on them) toggles it; a combo box of `window`, once shown,
    lists its items in touch-high rows."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        QApplication.instance().installEventFilter(self)  # removed by Qt when this object is deleted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QComboBox):
            if watched.window() is self._window and not isinstance(watched.itemDelegate(), TouchRows):
                watched.setItemDelegate(TouchRows(watched))
            return False
        if event.type() not in _MOUSE or not isinstance(watched, (QCheckBox, QRadioButton)):
            return False
        if watched.window() is not self._window:
            return False
        moved = hit_point(watched, event.position().toPoint())
        if moved is None:
            return False
        global_point = watched.mapToGlobal(moved)
        QApplication.sendEvent(watched, QMouseEvent(
            event.type(), moved.toPointF(), global_point.toPointF(),
            event.button(), event.buttons(), event.modifiers(),
        ))
        return True  # the moved event stands for it


def centred_label(object_name: str, parent: QWidget) -> QLabel:
    """A centred, word-wrapped label (a title or a sentence on a card)."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def column(widget: QWidget, margins: tuple[int, int], spacing: int, *items: QWidget | QLayout | int) -> QVBoxLayout:
    """`widget`'s vertical layout: (horizontal, vertical) margins, the spacing, then `items` in order."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(margins[0], margins[1], margins[0], margins[1])
    layout.setSpacing(spacing)
    stack(layout, *items)
    return layout
