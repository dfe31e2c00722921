"""Where Show me's caption goes: beside the outlined control, over no other control where there is room.

Preferred: below the outline, then above, then right of it, then left; on each side a few
alignments. Never over the outline (its control) and never outside `area` (the trainee's window,
left of the coach panel). Off every control and every text (a label) where there is room; else off every
control, over as little text as can be; when every place covers some control, the one covering the least.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLabel, QLineEdit,
    QPlainTextEdit, QTabBar, QTextEdit, QWidget,
)

GAP = 8  # px between the outline and the caption
INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTabBar, QTextEdit)


def control_rects(host: QWidget, target: QWidget | None, skip: tuple[QWidget, ...] = ()) -> list[QRect]:
    """The visible, enabled controls in `host`, in its coordinates: not the target, its parts or what contains it."""
    rects = []
    for widget in host.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget in skip or (target is not None and (widget is target or target.isAncestorOf(widget)
                                                        or widget.isAncestorOf(target))):
            continue
        rects.append(QRect(widget.mapTo(host, QPoint(0, 0)), widget.size()))
    return rects


def text_rects(host: QWidget, target: QWidget | None, skip: tuple[QWidget, ...] = ()) -> list[QRect]:
    """The visible labels with something to read in `host` (its coordinates): what the caption should not hide."""
    rects = []
    for label in host.findChildren(QLabel):
        if label in skip or not label.isVisible() or not (label.text() or label.pixmap() is not None
                                                          and not label.pixmap().isNull()):
            continue
        if target is not None and (label is target or target.isAncestorOf(label) or label.isAncestorOf(target)):
            continue
        rects.append(QRect(label.mapTo(host, QPoint(0, 0)), label.size()))
    return rects


def _candidates(size: QSize, box: QRect, area: QRect, step: int = 16) -> list[QPoint]:
    """Below, above, right of, left of the box (each side scanned outwards from the box's edge), then anywhere
    in the area, nearest to the box first."""
    w, h = size.width(), size.height()
    xs = sorted(range(area.left(), area.right() - w + 2, step), key=lambda x: abs(x - box.left()))
    ys = sorted(range(area.top(), area.bottom() - h + 2, step), key=lambda y: abs(y - box.top()))
    below, above = box.bottom() + GAP, box.top() - GAP - h
    right, left = box.right() + GAP, box.left() - GAP - w
    sides = ([QPoint(box.left(), below)] + [QPoint(x, below) for x in xs] + [QPoint(box.left(), above)]
             + [QPoint(x, above) for x in xs] + [QPoint(right, y) for y in ys] + [QPoint(left, y) for y in ys])
    centre = box.center()
    anywhere = sorted((QPoint(x, y) for y in ys for x in xs),
                      key=lambda p: (p.x() + w // 2 - centre.x()) ** 2 + (p.y() + h // 2 - centre.y()) ** 2)
    return sides + anywhere


def place(size: QSize, box: QRect | None, area: QRect, controls: list[QRect],
          texts: list[QRect] = ()) -> QPoint | None:
    """The caption's top left: inside `area`, off `box` (the outline), over as few `controls` as can be, then
    over as little of `texts` as can be."""
    if box is None:
        return QPoint(area.left() + 20, area.top() + 60)
    best, best_cover = None, None
    for point in _candidates(size, box, area):
        rect = QRect(point, size)
        if not area.contains(rect) or rect.intersects(box):
            continue
        cover = (sum(_overlap(rect, other) for other in controls),
                 sum(_overlap(rect, other) for other in texts if rect.intersects(other)))
        if cover == (0, 0):
            return point
        if best_cover is None or cover < best_cover:
            best, best_cover = point, cover
    return best  # None: no place in the area off the outline


def below_clamped(size: QSize, box: QRect, area: QRect) -> QPoint:
    """The last resort, when no place off the outline exists (a control nearly as large as the window)."""
    x = max(area.left(), min(box.left(), area.right() - size.width()))
    y = max(area.top(), min(box.bottom() + GAP, area.bottom() - size.height()))
    return QPoint(x, y)


def _overlap(first: QRect, second: QRect) -> int:
    common = first.intersected(second)
    return common.width() * common.height() if common.isValid() else 0
