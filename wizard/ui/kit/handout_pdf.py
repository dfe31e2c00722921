"""Handouts: a picture of each step with its control outlined, and a PDF with one step per page.

`outline()` draws the coloured rounded frame around a control onto a grabbed picture (the colour
of Show me's outline, OUTLINE_COLOR). `write_handout_pdf()` lays out one page per step: the
exercise's title, "Step 2 of 6: <the step's title>", the picture, what to do (the step's hint),
what it is for and where it is in the real product. Written in the chosen language whatever the
program shows: the fixed texts come from that language's translator (as the receipt's and the
trainer's report's do), the step texts are given already in that language.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter, QPen

from wizard.ui.kit.translations import text_in

CONTEXT = "HandoutPdf"  # the fixed texts: text_in(language, CONTEXT, <QT_TRANSLATE_NOOP'd source>, args...)
OUTLINE_COLOR = "#e8590c"  # as Show me's outline (ui/training/outline.py)
OUTLINE_WIDTH = 4
OUTLINE_MARGIN = 6
TEXT_COLOR = "#1f2328"
MUTED_COLOR = "#5b616b"
FRAME_COLOR = "#c9ced6"
@dataclass(frozen=True)
class HandoutStep:
    """One page, its texts already in the handout's language."""

    title: str
    hint: str
    purpose: str
    where: str
    picture: QImage


def outline(picture: QImage, target: QRect | None) -> QImage:
    """A copy of `picture` with a rounded frame around `target` (in the picture's pixels), kept inside it."""
    marked = picture.convertToFormat(QImage.Format.Format_ARGB32)
    if target is None or target.isEmpty():
        return marked
    frame = outline_frame(target, marked.rect())
    painter = QPainter(marked)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(OUTLINE_COLOR), OUTLINE_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(frame), 8, 8)
    finally:
        painter.end()
    return marked


def outline_frame(target: QRect, picture: QRect) -> QRect:
    """Where `outline()` draws the frame's line: for a test that looks for its colour."""
    half = OUTLINE_WIDTH // 2 + 1
    frame = target.adjusted(-OUTLINE_MARGIN, -OUTLINE_MARGIN, OUTLINE_MARGIN, OUTLINE_MARGIN)
    return frame.intersected(picture.adjusted(half, half, -half, -half))


def step_heading(language: str, number: int, count: int, title: str) -> str:
    """ "Step 2 of 6: Choose EUR as the currency" in `language`."""
    return text_in(language, CONTEXT, QT_TRANSLATE_NOOP("HandoutPdf", "Step %1 of %2: %3"), number, count, title)


def write_handout_pdf(steps: list[HandoutStep], path: str | Path, language: str, exercise_title: str) -> int:
    """The handout as an A4 PDF at `path`, one page per step; returns the page count. OSError when it cannot
    be written."""
    Path(path).open("wb").close()  # QPdfWriter fails silently: find out here
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setTitle(text_in(language, CONTEXT, QT_TRANSLATE_NOOP("HandoutPdf", "Handout: %1"), exercise_title))
    writer.setCreator("Upgrade Wizard")
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, step in enumerate(steps, start=1):
            if number > 1:
                writer.newPage()
            area = QRectF(0, 0, writer.width(), writer.height())
            draw_page(painter, area, step, number, len(steps), language, exercise_title)
    finally:
        painter.end()
    return len(steps)


def draw_page(painter: QPainter, area: QRectF, step: HandoutStep, number: int, count: int, language: str,
              exercise_title: str) -> None:
    mm = painter.device().logicalDpiX() / 25.4
    page = area.adjusted(18 * mm, 16 * mm, -18 * mm, -14 * mm)
    y = page.top()
    y = _text(painter, page, y, exercise_title, 10, MUTED_COLOR) + 2 * mm
    y = _text(painter, page, y, step_heading(language, number, count, step.title), 16, TEXT_COLOR,
              bold=True) + 5 * mm

    footer_height = 8 * mm
    blocks = [(text_in(language, CONTEXT, QT_TRANSLATE_NOOP("HandoutPdf", "What to do")), step.hint),
              (text_in(language, CONTEXT, QT_TRANSLATE_NOOP("HandoutPdf", "What it is for")), step.purpose),
              (text_in(language, CONTEXT, QT_TRANSLATE_NOOP("HandoutPdf", "In the real product")), step.where)]
    texts_height = sum(_measure(painter, page, heading, 11, True) + _measure(painter, page, body, 11) + 4 * mm
                       for heading, body in blocks if body)
    room = page.bottom() - footer_height - texts_height - 6 * mm - y
    picture = step.picture
    if not picture.isNull() and room > 20 * mm:
        scale = min(page.width() / picture.width(), room / picture.height())
        width, height = picture.width() * scale, picture.height() * scale
        target = QRectF(page.left() + (page.width() - width) / 2, y, width, height)
        painter.drawImage(target, picture)
        painter.setPen(QPen(QColor(FRAME_COLOR), 0.3 * mm))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target)
        y = target.bottom() + 6 * mm

    for heading, body in blocks:
        if not body:
            continue
        y = _text(painter, page, y, heading, 11, TEXT_COLOR, bold=True) + 1 * mm
        y = _text(painter, page, y, body, 11, TEXT_COLOR) + 3 * mm

    painter.setFont(_font(8))
    painter.setPen(QColor(MUTED_COLOR))
    painter.drawText(QRectF(page.left(), page.bottom() - footer_height, page.width(), footer_height),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                     text_in(language, CONTEXT, QT_TRANSLATE_NOOP(
                         "HandoutPdf", "Upgrade Wizard handout with demo data, page %1 of %2"), number, count))


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _measure(painter: QPainter, page: QRectF, words: str, points: float, bold: bool = False) -> float:
    painter.setFont(_font(points, bold))
    return painter.boundingRect(QRectF(page.left(), 0, page.width(), 1e6), _WRAP, words).height()


def _text(painter: QPainter, page: QRectF, y: float, words: str, points: float, color: str,
          bold: bool = False) -> float:
    """`words` wrapped to the page's width from `y`; returns the y below them."""
    height = _measure(painter, page, words, points, bold)
    painter.setPen(QColor(color))
    painter.drawText(QRectF(page.left(), y, page.width(), height), _WRAP, words)
    return y + height
