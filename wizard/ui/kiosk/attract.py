"""The attract screen: a full-window loop the desk shows while nobody uses it.

Drawn by the program itself (QPainter), one slide per hub with its self-serve tiers and their net monthly
price in the desk's currency, and "Touch to start" in every language at once: the visitor's language is not
known yet. Those lines are looked up in each language's own .qm by a translator that is never installed, so
the German sits in wizard_de.ts like every other string (Linguist, the translation and glossary tests) while
the program's installed language stays the desk's.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QLinearGradient, QPainter
from PySide6.QtWidgets import QWidget

from wizard.core.languages import LANGUAGES
from wizard.ui.kit.prices import price_per_month_text
from wizard.ui.kit.translations import text_in, translations

CONTEXT = "AttractScreen"
TOUCH_TO_START = QT_TRANSLATE_NOOP("AttractScreen", "Touch to start")
SLIDE_SECONDS = 6.0
# The design is drawn for 1280x800 and scaled to the window.
DESIGN_WIDTH, DESIGN_HEIGHT = 1280.0, 800.0
INK, MUTED, ACCENT = QColor("#ffffff"), QColor("#cbd6e2"), QColor("#ff7a59")


class AttractScreen(QWidget):
    """One slide per hub that has a self-serve tier, advancing every `slide_seconds` while shown.

    `language`: the desk's language for hub names and prices; None follows the installed translation.
    """

    started = Signal()

    def __init__(self, catalog, currency: str, parent=None, *, language: str | None = None,
                 slide_seconds: float = SLIDE_SECONDS) -> None:
        super().__init__(parent)
        self.setObjectName("attractScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.catalog = catalog
        self.currency = currency
        self._language = language
        self.slide = 0
        self._timer = QTimer(self)
        self._timer.setInterval(round(slide_seconds * 1000))
        self._timer.timeout.connect(self.next_slide)
        self._touch_lines = self._touch_to_start_lines()

    # -- what is shown -----------------------------------------------------

    @property
    def language(self) -> str:
        return self._language or translations().language

    def hubs(self) -> list:
        """The hubs with at least one self-serve tier priced in the desk's currency."""
        return [hub for hub in self.catalog.hubs if self._tiers(hub)]

    def _tiers(self, hub) -> list:
        return [tier for tier in hub.tiers if tier.self_serve and self.currency in tier.prices]

    def slide_texts(self, index: int | None = None) -> tuple[str, list[tuple[str, str]]]:
        """(hub name, [(tier name, "€18.00 per month excl. VAT"), ...]) of a slide, the current one by default."""
        hubs = self.hubs()
        if not hubs:
            return "", []
        hub = hubs[(self.slide if index is None else index) % len(hubs)]
        rows = [
            (tier.name_in(self.language),
             price_per_month_text(tier, self.currency, tier.prices[self.currency].monthly, self.language))
            for tier in self._tiers(hub)
        ]
        return hub.name_in(self.language), rows

    def touch_to_start_lines(self) -> list[str]:
        return list(self._touch_lines)

    def _touch_to_start_lines(self) -> list[str]:
        """The desk's language first, then the others, each in its own language."""
        first = self.language
        order = [first] + [language for language in LANGUAGES if language != first]
        lines = []
        for language in order:
            line = text_in(language, CONTEXT, TOUCH_TO_START)
            if line not in lines:
                lines.append(line)
        return lines

    def next_slide(self) -> None:
        self.slide = (self.slide + 1) % max(len(self.hubs()), 1)
        self.update()

    # -- showing and hiding --------------------------------------------------

    def showEvent(self, event) -> None:
        self._touch_lines = self._touch_to_start_lines()
        self._timer.start()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._touch_lines = self._touch_to_start_lines()
            self.update()
        super().changeEvent(event)

    # -- a touch, a click or a key starts a visit --------------------------

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.TouchBegin:
            event.accept()
            self.started.emit()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        event.accept()
        self.started.emit()

    def keyPressEvent(self, event) -> None:
        event.accept()
        self.started.emit()

    # -- drawing -------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width, height = float(self.width()), float(self.height())
        gradient = QLinearGradient(0, 0, width, height)
        gradient.setColorAt(0.0, QColor("#33475b"))
        gradient.setColorAt(1.0, QColor("#1d2b39"))
        painter.fillRect(self.rect(), gradient)

        scale = min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT)
        # The design's 1280x800 box, centred: a wider window gets margins, not stretched type.
        box = QRectF((width - DESIGN_WIDTH * scale) / 2, (height - DESIGN_HEIGHT * scale) / 2,
                     DESIGN_WIDTH * scale, DESIGN_HEIGHT * scale)
        margin = 80 * scale
        inner = box.adjusted(margin, 0, -margin, 0)

        name, rows = self.slide_texts()
        rows = rows[:4]
        row_height = 84 * scale
        lines = self._touch_lines
        line_height = 62 * scale
        touch_top = box.bottom() - 90 * scale - line_height * len(lines)
        # The hub's block (accent bar, name, rows) centred in the space above "Touch to start".
        block = (150 + 84 * len(rows)) * scale
        top = box.top() + max(40 * scale, (touch_top - box.top() - block) / 2)
        painter.fillRect(QRectF(inner.left(), top, 120 * scale, 10 * scale), ACCENT)
        self._text(painter, QRectF(inner.left(), top + 30 * scale, inner.width(), 110 * scale),
                   name, 80 * scale, INK, bold=True)
        # One row per tier: its name on the left, its price on the right.
        top += 150 * scale
        for tier_name, price in rows:
            painter.setPen(QColor(255, 255, 255, 40))
            painter.drawLine(QPointF(inner.left(), top + row_height), QPointF(inner.right(), top + row_height))
            name_rect = QRectF(inner.left(), top, inner.width() * 0.4, row_height)
            price_rect = QRectF(inner.left() + inner.width() * 0.4, top, inner.width() * 0.6, row_height)
            self._text(painter, name_rect, tier_name, 44 * scale, INK, bold=True)
            self._text(painter, price_rect, price, 36 * scale, MUTED, align=Qt.AlignmentFlag.AlignRight)
            top += row_height

        # "Touch to start", every language at once, above the slide dots.
        for number, line in enumerate(lines):
            self._text(painter, QRectF(inner.left(), touch_top + number * line_height, inner.width(), line_height),
                       line, 48 * scale, ACCENT if number == 0 else INK, bold=number == 0,
                       align=Qt.AlignmentFlag.AlignHCenter)
        self._dots(painter, box, scale)
        painter.end()

    def _dots(self, painter: QPainter, box: QRectF, scale: float) -> None:
        count = len(self.hubs())
        if count < 2:
            return
        radius, gap = 8 * scale, 28 * scale
        left = box.center().x() - gap * (count - 1) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(count):
            painter.setBrush(ACCENT if index == self.slide else QColor(255, 255, 255, 90))
            painter.drawEllipse(QPointF(left + index * gap, box.bottom() - 48 * scale), radius, radius)

    def _text(self, painter: QPainter, rect: QRectF, text: str, pixels: float, colour: QColor, *,
              bold: bool = False, align=Qt.AlignmentFlag.AlignLeft) -> None:
        """`text` on one line in `rect`, its font made smaller until it fits (a long German name)."""
        font = QFont(self.font())
        font.setBold(bold)
        size = max(pixels, 1.0)
        font.setPixelSize(round(size))
        while size > 8 and QFontMetricsF(font).horizontalAdvance(text) > rect.width():
            size *= 0.92
            font.setPixelSize(round(size))
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, text)
