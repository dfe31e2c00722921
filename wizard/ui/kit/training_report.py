"""The trainer's report: a PDF with one page per trainee and exercise, its charts drawn with QPainter.

Each page: the trainee, the exercise, a bar chart of the time per step in the latest attempt (with
the steps' titles numbered beneath it) and a line chart of the scores over all attempts, each point
coloured by the way it was taken. Written in the chosen language whatever the program shows: the
texts come from that language's translator (as the receipt's do), the exercise and step titles from
the exercise files (an exercise no longer shipped is named by its id). `render_chart()` draws one
chart into a QImage, for a test or a look.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageSize, QPainter, QPdfWriter, QPen

from wizard.ui.kit.translations import text_in

CONTEXT = "TrainingReport"
WAY_NAMES = {
    "show": QT_TRANSLATE_NOOP("TrainingReport", "Show me"),
    "try": QT_TRANSLATE_NOOP("TrainingReport", "Let me try"),
    "test": QT_TRANSLATE_NOOP("TrainingReport", "Test me"),
}
WAY_COLORS = {"show": "#8a8f98", "try": "#e08a1e", "test": "#2f6fdf"}
BAR_COLOR = "#2f6fdf"
GRID_COLOR = "#d9dce1"
TEXT_COLOR = "#1f2328"
MUTED_COLOR = "#5b616b"
_LOCALES = {"de": "de_DE", "en": "en_US"}


def text(language: str, source: str, *args) -> str:
    """`source` (marked with QT_TRANSLATE_NOOP where it is used) in `language`, "%1"... filled in."""
    return text_in(language, CONTEXT, source, *args)


@dataclass(frozen=True)
class Chart:
    """What one chart shows, already in its language."""

    title: str
    x_label: str
    y_label: str
    labels: tuple[str, ...]        # under each bar or point
    values: tuple[float, ...]
    value_texts: tuple[str, ...]   # above each bar or point
    language: str
    kind: str = "bar"              # "bar" or "line"
    y_max: float | None = None     # None: a round number above the largest value
    colors: tuple[str, ...] = ()   # per bar or point; none: BAR_COLOR
    legend: tuple[tuple[str, str], ...] = ()  # (text, colour)


# -- the charts of one trainee's exercise -------------------------------------------------------

def time_chart(attempt: dict, language: str) -> Chart:
    """The time per step of `attempt`, one bar per step numbered as the steps are."""
    steps = attempt["steps"]
    return Chart(
        title=text(language, QT_TRANSLATE_NOOP("TrainingReport", "Time per step (latest attempt)")),
        x_label=text(language, QT_TRANSLATE_NOOP("TrainingReport", "Step")),
        y_label=text(language, QT_TRANSLATE_NOOP("TrainingReport", "Time (seconds)")),
        labels=tuple(str(number) for number in range(1, len(steps) + 1)),
        values=tuple(step["ms"] / 1000 for step in steps),
        value_texts=tuple(seconds_text(step["ms"], language) for step in steps),
        language=language,
    )


def score_chart(attempts: list[dict], language: str) -> Chart:
    """The score of every attempt, oldest first, each point in its way's colour."""
    ways = [way for way in WAY_COLORS if any(attempt["way"] == way for attempt in attempts)]
    return Chart(
        title=text(language, QT_TRANSLATE_NOOP("TrainingReport", "Score over attempts")),
        x_label=text(language, QT_TRANSLATE_NOOP("TrainingReport", "Attempt")),
        y_label=text(language, QT_TRANSLATE_NOOP("TrainingReport", "Score (0-100)")),
        labels=tuple(str(number) for number in range(1, len(attempts) + 1)),
        values=tuple(float(attempt["score"]) for attempt in attempts),
        value_texts=tuple(str(attempt["score"]) for attempt in attempts),
        language=language, kind="line", y_max=100,
        colors=tuple(WAY_COLORS[attempt["way"]] for attempt in attempts),
        legend=tuple((text(language, WAY_NAMES[way]), WAY_COLORS[way]) for way in ways),
    )


def step_titles(attempt: dict, language: str, exercise=None) -> list[str]:
    """The title of each timed step, from the exercise; the step's id when the exercise lacks it."""
    known = {step.id: step.text("title", language) for step in exercise.steps} if exercise else {}
    return [known.get(step["step"], step["step"]) for step in attempt["steps"]]


def seconds_text(ms: int, language: str) -> str:
    return f"{_locale(language).toString(ms / 1000, 'f', 1)} s"


def report_pages(attempts: list[dict]) -> list[tuple[str, str, list[dict]]]:
    """(trainee, exercise id, their attempts oldest first) per page, trainees in alphabetical order."""
    pages: dict[tuple[str, str], list[dict]] = {}
    for attempt in sorted(attempts, key=lambda a: (a["started_at"], a["id"])):
        pages.setdefault((attempt["trainee"], attempt["exercise"]), []).append(attempt)
    order = sorted(pages, key=lambda key: (key[0].casefold(), key[0], key[1]))
    return [(trainee, exercise, pages[(trainee, exercise)]) for trainee, exercise in order]


# -- the PDF -------------------------------------------------------------------------------------

def write_training_report(attempts: list[dict], exercises: dict, path: str | Path, language: str) -> int:
    """The report as an A4 PDF at `path`; returns the number of pages. OSError when it cannot be written."""
    from wizard.core.money import format_date

    pages = report_pages(attempts)
    Path(path).open("wb").close()  # QPdfWriter fails silently: find out here
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setTitle(text(language, QT_TRANSLATE_NOOP("TrainingReport", "Training report")))
    writer.setCreator("Upgrade Wizard")
    made = format_date(datetime.now().date(), language)
    footer = QT_TRANSLATE_NOOP("TrainingReport", "Upgrade Wizard training report, made %1, page %2 of %3")
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, (trainee, exercise_id, tries) in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            area = QRectF(0, 0, writer.width(), writer.height())
            _draw_page(painter, area, trainee, exercises.get(exercise_id), exercise_id, tries, language,
                       text(language, footer, made, number, len(pages)))
    finally:
        painter.end()
    return len(pages)


def _draw_page(painter: QPainter, area: QRectF, trainee: str, exercise, exercise_id: str, tries: list[dict],
               language: str, footer: str) -> None:
    from wizard.core.money import format_date

    mm = painter.device().logicalDpiX() / 25.4
    page = area.adjusted(18 * mm, 16 * mm, -18 * mm, -14 * mm)
    latest = tries[-1]
    title = exercise.text("title", language) if exercise else exercise_id
    scores = [attempt["score"] for attempt in tries]
    started = datetime.fromisoformat(latest["started_at"]).date()
    heading = text(language, QT_TRANSLATE_NOOP("TrainingReport", "Training report"))
    who = text(language, QT_TRANSLATE_NOOP("TrainingReport", "Trainee: %1"), trainee)
    what = text(language, QT_TRANSLATE_NOOP("TrainingReport", "Exercise: %1"), title)
    summary = text(language, QT_TRANSLATE_NOOP("TrainingReport", "Attempts: %1, best score: %2, latest score: %3"),
                   len(tries), max(scores), scores[-1])
    last = text(language,
                QT_TRANSLATE_NOOP("TrainingReport", "Latest attempt: %1, %2, %3 in all, hints: %4, errors: %5"),
                format_date(started, language), text(language, WAY_NAMES[latest["way"]]),
                seconds_text(latest["duration_ms"], language), latest["hints"], latest["errors"])
    y = _line(painter, page, page.top(), heading, 17, bold=True) + 2 * mm
    y = _line(painter, page, y, who, 12, bold=True)
    y = _line(painter, page, y, what, 12) + 1.5 * mm
    y = _line(painter, page, y, summary, 9.5, color=MUTED_COLOR)
    y = _line(painter, page, y, last, 9.5, color=MUTED_COLOR) + 5 * mm

    score_box = QRectF(page.left(), page.bottom() - 78 * mm, page.width(), 70 * mm)
    if latest["steps"]:
        time_box = QRectF(page.left(), y, page.width(), 78 * mm)
        draw_chart(painter, time_box, time_chart(latest, language))
        legend = QRectF(page.left() + 4 * mm, time_box.bottom() + 3 * mm, page.width() - 4 * mm,
                        score_box.top() - time_box.bottom() - 8 * mm)
        _step_legend(painter, legend, step_titles(latest, language, exercise), latest["steps"], language)
    else:
        none = text(language, QT_TRANSLATE_NOOP("TrainingReport", "No step was timed in this attempt."))
        _line(painter, page, y, none, 10, color=MUTED_COLOR)
    draw_chart(painter, score_box, score_chart(tries, language))
    _line(painter, page, page.bottom() - 4 * mm, footer, 7.5, color=MUTED_COLOR)


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _line(painter: QPainter, page: QRectF, y: float, words: str, size: float, *, bold: bool = False,
          color: str = TEXT_COLOR) -> float:
    """`words` from `y` across the page, wrapped; returns where the next line starts."""
    painter.setFont(_font(size, bold))
    painter.setPen(QColor(color))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    used = painter.boundingRect(QRectF(page.left(), y, page.width(), page.height()), flags, words)
    painter.drawText(QRectF(page.left(), y, page.width(), used.height()), flags, words)
    return y + used.height()


def _step_legend(painter: QPainter, box: QRectF, titles: list[str], steps: list[dict], language: str) -> None:
    """"1   12.5 s   Choose the hub" per step, in two columns when there are many; smaller when tight."""
    columns = 1 if len(titles) <= 8 else 2
    rows = math.ceil(len(titles) / columns)
    size = 9.0
    while size > 5 and rows * QFontMetricsF(_font(size), painter.device()).height() * 1.15 > box.height():
        size -= 0.5
    painter.setFont(_font(size))
    metrics = QFontMetricsF(painter.font(), painter.device())
    row_height = metrics.height() * 1.15
    width = box.width() / columns
    for index, (title, step) in enumerate(zip(titles, steps)):
        column, row = divmod(index, rows)
        if (row + 1) * row_height > box.height():
            continue  # does not fit even at the smallest size: the chart still shows its bar
        top = box.top() + row * row_height
        left = box.left() + column * width
        number = QRectF(left, top, metrics.horizontalAdvance("00") + 2, row_height)
        painter.setPen(QColor(MUTED_COLOR))
        painter.drawText(number, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, str(index + 1))
        # The time in a column of its own, so a long title is cut short, never the time.
        time = QRectF(number.right(), top, metrics.horizontalAdvance("0000,0 s"), row_height)
        painter.drawText(time, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         seconds_text(step["ms"], language))
        painter.setPen(QColor(TEXT_COLOR))
        rest = QRectF(time.right() + metrics.horizontalAdvance("   "), top, left + width - time.right() - 24,
                      row_height)
        painter.drawText(rest, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, rest.width()))


# -- one chart -----------------------------------------------------------------------------------

def render_chart(chart: Chart, width: int = 1200, height: int = 600, dpi: int = 150) -> QImage:
    """`chart` drawn on a white `width` x `height` image at `dpi` (so its fonts have their PDF size)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = dpi / 10
        draw_chart(painter, QRectF(margin, margin, width - 2 * margin, height - 2 * margin), chart)
    finally:
        painter.end()
    return image


def draw_chart(painter: QPainter, rect: QRectF, chart: Chart) -> None:
    """Title, legend, y axis with its ticks and label, the bars or the line, x labels and axis label."""
    painter.save()
    try:
        _draw_chart(painter, rect, chart)
    finally:
        painter.restore()


def _draw_chart(painter: QPainter, rect: QRectF, chart: Chart) -> None:
    device = painter.device()
    small = _font(8)
    metrics = QFontMetricsF(small, device)
    line = metrics.height()
    top = rect.top()
    painter.setFont(_font(10, bold=True))
    painter.setPen(QColor(TEXT_COLOR))
    title_height = QFontMetricsF(painter.font(), device).height()
    painter.drawText(QRectF(rect.left(), top, rect.width(), title_height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, chart.title)
    painter.setFont(small)
    _legend(painter, QRectF(rect.left(), top, rect.width(), title_height), chart.legend, metrics)

    y_max, step = _axis(chart)
    ticks = [step * i for i in range(int(round(y_max / step)) + 1)]
    decimals = 0 if float(step).is_integer() else (1 if float(step * 10).is_integer() else 2)
    locale = _locale(chart.language)
    tick_texts = [locale.toString(float(tick), "f", decimals) for tick in ticks]
    tick_width = max(metrics.horizontalAdvance(t) for t in tick_texts)
    plot = QRectF(QPointF(rect.left() + line * 1.6 + tick_width + line * 0.5, top + title_height + line * 1.6),
                  QPointF(rect.right() - line * 0.5, rect.bottom() - line * 2.8))

    for tick, words in zip(ticks, tick_texts):
        y = plot.bottom() - tick / y_max * plot.height()
        painter.setPen(QPen(QColor(GRID_COLOR), 0))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(MUTED_COLOR))
        painter.drawText(QRectF(plot.left() - line * 0.4 - tick_width, y - line / 2, tick_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, words)
    painter.setPen(QPen(QColor(TEXT_COLOR), max(1.0, line / 14)))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())

    count = len(chart.values)
    slot = plot.width() / max(count, 1)
    # Every label when they fit, else every second, fifth, ...: crowded numbers help nobody.
    widest = max((metrics.horizontalAdvance(label) for label in chart.labels), default=0) + line * 0.5
    every = next(n for n in (1, 2, 5, 10, 20, 50, 100, 10**9) if slot * n >= widest)
    points = []
    for index, (value, label, words) in enumerate(zip(chart.values, chart.labels, chart.value_texts)):
        center = plot.left() + slot * (index + 0.5)
        y = plot.bottom() - min(value, y_max) / y_max * plot.height()
        color = QColor(chart.colors[index] if chart.colors else BAR_COLOR)
        if chart.kind == "bar":
            bar = min(slot * 0.6, line * 5)
            painter.fillRect(QRectF(center - bar / 2, y, bar, plot.bottom() - y), color)
        points.append((QPointF(center, y), color))
        if slot >= metrics.horizontalAdvance(words) + 2:
            painter.setPen(QColor(TEXT_COLOR))
            lift = line * (1.25 if chart.kind == "bar" else 1.6)  # clear of the line's point
            painter.drawText(QRectF(center - slot / 2, y - lift, slot, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, words)
        if index % every == 0:
            painter.setPen(QColor(MUTED_COLOR))
            painter.drawText(QRectF(center - slot * every / 2, plot.bottom() + line * 0.2, slot * every, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
    if chart.kind == "line" and points:
        painter.setPen(QPen(QColor(MUTED_COLOR), max(1.0, line / 10)))
        for (start, _), (end, _) in zip(points, points[1:]):
            painter.drawLine(start, end)
        radius = line * 0.45
        for point, color in points:
            painter.setPen(QPen(QColor("white"), max(1.0, line / 14)))
            painter.setBrush(color)
            painter.drawEllipse(point, radius, radius)

    painter.setPen(QColor(TEXT_COLOR))
    painter.drawText(QRectF(plot.left(), rect.bottom() - line * 1.3, plot.width(), line * 1.3),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, chart.x_label)
    painter.save()
    painter.translate(rect.left(), plot.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line * 1.3),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, chart.y_label)
    painter.restore()


def _legend(painter: QPainter, row: QRectF, legend, metrics: QFontMetricsF) -> None:
    """Right-aligned on the title's row: a coloured dot and its words per entry."""
    x = row.right()
    dot = metrics.height() * 0.6
    for words, color in reversed(legend):
        width = metrics.horizontalAdvance(words)
        x -= width
        painter.setPen(QColor(TEXT_COLOR))
        painter.drawText(QRectF(x, row.top(), width + 1, row.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
        x -= dot * 1.5
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(QRectF(x, row.center().y() - dot / 2, dot, dot))
        x -= dot * 1.5


def _axis(chart: Chart) -> tuple[float, float]:
    """The top of the y axis and the step between its ticks: 1, 2, 2.5 or 5 times a power of ten."""
    if chart.y_max is not None:
        return chart.y_max, chart.y_max / 4
    largest = max(chart.values, default=0.0)
    if largest <= 0:
        return 1.0, 0.25
    rough = largest / 4
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)
    return math.ceil(largest / step - 1e-9) * step, step


def _locale(language: str) -> QLocale:
    return QLocale(_LOCALES.get(language, "en_US"))
