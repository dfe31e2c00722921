"""What the kiosk's layers share: the touch size and the few building blocks of their cards."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from wizard.ui.kit.widgets import stack

TOUCH_HEIGHT = 48  # px: the smallest control a finger hits reliably


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
