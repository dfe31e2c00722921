"""The funnel of `ledger funnel --chart` as a horizontal bar chart: QPainter into a QImage, saved as PNG.

One bar per step: how many sessions reached it, its right end (in the accent colour) the
sessions that left there. Drawn in the asked-for language whatever the program shows,
through that language's translator (as the receipt is: receipt_pdf._text).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from wizard.ledger.funnel import STEPS, Funnel, StepCount
from wizard.ui.kit.translations import text_in

CONTEXT = "FunnelChart"
# The steps' names in ledger.funnel.STEPS order, as the pages title them.
STEP_NAMES = dict(zip(STEPS, (
    QT_TRANSLATE_NOOP("FunnelChart", "Product"), QT_TRANSLATE_NOOP("FunnelChart", "Currency"),
    QT_TRANSLATE_NOOP("FunnelChart", "Billing interval"), QT_TRANSLATE_NOOP("FunnelChart", "User licenses"),
    QT_TRANSLATE_NOOP("FunnelChart", "Payment"), QT_TRANSLATE_NOOP("FunnelChart", "Review"),
    QT_TRANSLATE_NOOP("FunnelChart", "Confirmation"), QT_TRANSLATE_NOOP("FunnelChart", "Contact sales"),
    QT_TRANSLATE_NOOP("FunnelChart", "Request sent"),
), strict=True))
TITLE = QT_TRANSLATE_NOOP("FunnelChart", "Where visitors drop off")
# Not a plural form: a NOOP string carries no numerus for the translator of another language.
SESSIONS = QT_TRANSLATE_NOOP("FunnelChart", "Sessions: %1")
BAR_NOTE = QT_TRANSLATE_NOOP("FunnelChart", "%1 reached, %2 left")
MEDIAN = QT_TRANSLATE_NOOP("FunnelChart", "median %1 s")
LEGEND = (QT_TRANSLATE_NOOP("FunnelChart", "Reached this step"), QT_TRANSLATE_NOOP("FunnelChart", "Left at this step"))
EMPTY = QT_TRANSLATE_NOOP("FunnelChart", "No sessions recorded.")
MARGIN, BAR_SPAN, ROW_H, BAR_H, GAP = 40, 600, 56, 30, 16
INK, MUTED, BAR, DROP, GRID = (QColor(c) for c in ("#33475b", "#7c98b6", "#00a4bd", "#ff7a59", "#eaf0f6"))


def _t(language: str, source: str, *args: str) -> str:
    return text_in(language, CONTEXT, source, *args)


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    return font


def _note(count: StepCount, language: str) -> str:
    """"12 reached, 1 left · median 4.2 s" beside a bar."""
    from wizard.core.money import LOCALES

    note = _t(language, BAR_NOTE, str(count.reached), str(count.left))
    if count.median_ms is not None:
        seconds = QLocale(LOCALES.get(language, "en_US")).toString(count.median_ms / 1000, "f", 1)
        note += " · " + _t(language, MEDIAN, seconds)
    return note


def funnel_image(funnel: Funnel, language: str) -> QImage:
    """The chart as an image (a QGuiApplication must exist: fonts). Label and note columns are as wide
    as their longest text in that language, so German's longer words are never cut."""
    steps = list(funnel.steps) if funnel.sessions else []
    labels = [_t(language, STEP_NAMES.get(count.step, count.step)) for count in steps]
    notes = [_note(count, language) for count in steps]
    label_w = max((QFontMetrics(_font(17, bold=True)).horizontalAdvance(text) for text in labels), default=0)
    note_w = max((QFontMetrics(_font(15)).horizontalAdvance(text) for text in notes), default=0)
    title_w = QFontMetrics(_font(26, bold=True)).horizontalAdvance(_t(language, TITLE))
    width = max(MARGIN * 2 + label_w + GAP + BAR_SPAN + GAP + note_w, MARGIN * 2 + title_w, 800)
    height = MARGIN * 2 + 90 + max(1, len(steps)) * ROW_H + 50
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_title(painter, funnel, language, width)
        if steps:
            _draw_bars(painter, steps, labels, notes, language, MARGIN + label_w + GAP)
        else:
            painter.setPen(INK)
            painter.drawText(QRectF(MARGIN, MARGIN + 90, width - 2 * MARGIN, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                             _t(language, EMPTY))
    finally:
        painter.end()
    return image


def _draw_title(painter: QPainter, funnel: Funnel, language: str, width: int) -> None:
    painter.setPen(INK)
    painter.setFont(_font(26, bold=True))
    painter.drawText(QRectF(MARGIN, MARGIN, width - 2 * MARGIN, 36), Qt.AlignmentFlag.AlignLeft,
                     _t(language, TITLE))
    painter.setPen(MUTED)
    painter.setFont(_font(16))
    painter.drawText(QRectF(MARGIN, MARGIN + 40, width - 2 * MARGIN, 24), Qt.AlignmentFlag.AlignLeft,
                     _t(language, SESSIONS, str(funnel.sessions)))


def _draw_bars(painter: QPainter, steps, labels, notes, language: str, bar_left: float) -> None:
    top = MARGIN + 90
    most = max(count.reached for count in steps) or 1
    for row, (count, label, note) in enumerate(zip(steps, labels, notes)):
        y = top + row * ROW_H
        bar_top = y + (ROW_H - BAR_H) / 2
        painter.setPen(INK)
        painter.setFont(_font(17, bold=True))
        painter.drawText(QRectF(MARGIN, y, bar_left - GAP - MARGIN, ROW_H),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
        painter.fillRect(QRectF(bar_left, bar_top, BAR_SPAN, BAR_H), GRID)
        reached_w = BAR_SPAN * count.reached / most
        left_w = BAR_SPAN * count.left / most
        painter.fillRect(QRectF(bar_left, bar_top, reached_w - left_w, BAR_H), BAR)
        # The drop-off: the sessions that ended here, at the bar's end.
        painter.fillRect(QRectF(bar_left + reached_w - left_w, bar_top, left_w, BAR_H), DROP)
        painter.setFont(_font(15))
        painter.drawText(QRectF(bar_left + BAR_SPAN + GAP, y, 10_000, ROW_H), Qt.AlignmentFlag.AlignVCenter, note)
    legend_y = top + len(steps) * ROW_H + 16
    x = bar_left
    painter.setFont(_font(15))
    for colour, source in zip((BAR, DROP), LEGEND):
        painter.fillRect(QRectF(x, legend_y + 4, 18, 18), colour)
        label = _t(language, source)
        painter.setPen(INK)
        painter.drawText(QRectF(x + 26, legend_y, 10_000, 26), Qt.AlignmentFlag.AlignVCenter, label)
        x += 26 + painter.fontMetrics().horizontalAdvance(label) + 40


def write_funnel_chart(funnel: Funnel, path: str | Path, language: str) -> None:
    """Save the chart as PNG at `path`; OSError when it cannot be written."""
    if not funnel_image(funnel, language).save(str(path), "PNG"):
        raise OSError(f"the image could not be saved to {path}")
