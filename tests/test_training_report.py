"""`training report`: a PDF with a page per trainee and exercise (read back with pypdf), in the chosen
language, and its charts rendered to PNG."""
from __future__ import annotations

import re
import unicodedata

import pytest
from PySide6.QtGui import QColor

from wizard.app.training_cli import run_training_command
from wizard.core.exercises import load_exercises
from wizard.ledger.connection import open_ledger
from wizard.ledger.training import attempts, record_attempt
from wizard.ui.kit.training_report import (
    BAR_COLOR, WAY_COLORS, render_chart, report_pages, score_chart, text, time_chart,
)

SALES = "sales-pro-annual-named-users"
CHF = "service-pro-chf"


def steps_of(exercise_id: str, base_ms: int) -> list[dict]:
    return [{"step": step.id, "ms": base_ms + 1500 * n, "hints": 0, "errors": 0}
            for n, step in enumerate(load_exercises()[exercise_id].steps)]


def add(db, trainee, exercise, way, score, day, base_ms=8000):
    steps = steps_of(exercise, base_ms)
    record_attempt(db, trainee=trainee, exercise=exercise, way=way, score=score,
                   started_at=f"2026-11-{day:02d}T10:00:00Z", duration_ms=sum(s["ms"] for s in steps),
                   steps=steps, hints=0, errors=0, result=[], desk="D01", language="en")


@pytest.fixture
def two_trainees(ledger_path):
    """Anna: Sales three times (try 60, test 80, test 100) and CHF once; Jörg: Sales once, by an old id too."""
    db = open_ledger(ledger_path)
    try:
        add(db, "Anna Berg", SALES, "try", 60, 20)
        add(db, "Anna Berg", SALES, "test", 80, 21, base_ms=6000)
        add(db, "Anna Berg", SALES, "test", 100, 22, base_ms=5000)
        add(db, "Anna Berg", CHF, "test", 83, 23)
        add(db, "Jörg Müller", SALES, "show", 100, 19, base_ms=4000)
    finally:
        db.close()
    return ledger_path


def flat(words: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", words)).strip()


def pdf_pages(path) -> list[str]:
    from pypdf import PdfReader

    return [flat(page.extract_text()) for page in PdfReader(str(path)).pages]


def report(capsys, ledger, output, *args) -> tuple[int, str]:
    status = run_training_command(["training", "report", "--ledger", str(ledger), "--output", str(output), *args])
    return status, capsys.readouterr().err


def test_the_report_has_a_page_per_trainee_and_exercise(qapp, two_trainees, tmp_path, capsys):
    output = tmp_path / "report.pdf"
    status, err = report(capsys, two_trainees, output, "--lang", "en")
    assert status == 0, err
    assert "3 pages, 2 trainees" in err
    pages = pdf_pages(output)
    assert len(pages) == 3
    exercises = load_exercises()
    sales, chf = (exercises[id].text("title", "en") for id in (SALES, CHF))
    # Trainees in alphabetical order, each page naming one trainee and one exercise.
    assert [("Anna Berg" in p, "Jörg Müller" in p) for p in pages] == [(True, False), (True, False), (False, True)]
    assert flat(sales) in pages[0] and flat(chf) in pages[1] and flat(sales) in pages[2]
    for page in pages:
        for words in ("Training report", "Time per step (latest attempt)", "Score over attempts", "Step",
                      "Time (seconds)", "Attempt", "Score (0-100)"):
            assert words in page
    assert "Attempts: 3, best score: 100, latest score: 100" in pages[0]
    assert "Test me" in pages[0] and "Let me try" in pages[0] and "Show me" in pages[2]
    # The latest attempt's step times, under the chart with the steps' titles.
    first_step = exercises[SALES].steps[0].text("title", "en")
    assert "5.0 s" in pages[0] and flat(first_step)[:30] in pages[0]
    assert "page 1 of 3" in pages[0]


def test_the_report_in_german(qapp, two_trainees, tmp_path, capsys):
    """Needs de-T2.json's strings in i18n/wizard_de.qm (the lead merges them)."""
    assert text("de", "Training report") != "Training report", "the report's strings are not in wizard_de.qm yet"
    output = tmp_path / "Bericht.pdf"
    status, err = report(capsys, two_trainees, output, "--lang", "de")
    assert status == 0, err
    pages = pdf_pages(output)
    assert len(pages) == 3
    german_title = flat(load_exercises()[SALES].text("title", "de"))
    assert german_title in pages[0]
    for words in ("Schulungsbericht", "Teilnehmer: Anna Berg", "Zeit pro Schritt (letzter Versuch)",
                  "Punktzahl je Versuch", "Schritt", "Zeit (Sekunden)", "Versuch", "Testen", "Ausprobieren",
                  "5,0 s", "Seite 1 von 3"):
        assert words in pages[0], words
    assert "Training report" not in pages[0] and "Score over attempts" not in pages[0]


def test_one_trainee_only(qapp, two_trainees, tmp_path, capsys):
    output = tmp_path / "joerg.pdf"
    status, _ = report(capsys, two_trainees, output, "--trainee", "Jörg Müller", "--lang", "en")
    assert status == 0
    pages = pdf_pages(output)
    assert len(pages) == 1 and "Jörg Müller" in pages[0] and "Anna Berg" not in pages[0]


def test_no_attempts_no_report(qapp, two_trainees, tmp_path, capsys):
    output = tmp_path / "none.pdf"
    status, err = report(capsys, two_trainees, output, "--trainee", "Nobody")
    assert status == 2 and "no training attempts of Nobody" in err
    assert not output.exists()


def test_an_unwritable_report_file_is_one_sentence(qapp, two_trainees, tmp_path, capsys):
    status, err = report(capsys, two_trainees, tmp_path / "no-folder" / "r.pdf")
    assert status == 2 and err.startswith("error: The report file") and "Traceback" not in err


def test_an_exercise_no_longer_shipped_is_named_by_its_id(qapp, ledger_path, tmp_path):
    from wizard.ui.kit.training_report import write_training_report

    db = open_ledger(ledger_path)
    try:
        record_attempt(db, trainee="Anna Berg", exercise="retired-exercise", way="test", score=50,
                       started_at="2026-11-20T10:00:00Z", duration_ms=3000,
                       steps=[{"step": "old_step", "ms": 3000, "hints": 0, "errors": 1}], hints=0, errors=1,
                       result=[], desk="D01", language="en")
        found = attempts(db)
    finally:
        db.close()
    output = tmp_path / "old.pdf"
    assert write_training_report(found, load_exercises(), output, "en") == 1
    page = pdf_pages(output)[0]
    assert "Exercise: retired-exercise" in page and "old_step" in page


def test_report_pages_group_by_trainee_then_exercise():
    found = [{"trainee": t, "exercise": e, "started_at": s, "id": s} for t, e, s in
             [("bo", "b", "3"), ("Anna", "b", "2"), ("Anna", "a", "4"), ("Anna", "b", "1")]]
    pages = report_pages(found)
    assert [(t, e, [a["id"] for a in tries]) for t, e, tries in pages] == [
        ("Anna", "a", ["4"]), ("Anna", "b", ["1", "2"]), ("bo", "b", ["3"])]


@pytest.mark.parametrize("language", ["en", "de"])
def test_charts_render_to_png(qapp, two_trainees, tmp_path, language):
    db = open_ledger(two_trainees)
    try:
        annas = [a for a in attempts(db, trainee="Anna Berg") if a["exercise"] == SALES]
    finally:
        db.close()
    bars = time_chart(annas[-1], language)
    assert bars.labels == ("1", "2", "3", "4", "5", "6") and bars.values[0] == 5.0
    assert bars.value_texts[0] == ("5,0 s" if language == "de" else "5.0 s")
    assert (bars.x_label, bars.y_label) == (text(language, "Step"), text(language, "Time (seconds)"))
    line = score_chart(annas, language)
    assert line.values == (60.0, 80.0, 100.0) and line.y_max == 100
    assert line.colors == (WAY_COLORS["try"], WAY_COLORS["test"], WAY_COLORS["test"])
    for name, chart in (("time", bars), ("score", line)):
        image = render_chart(chart)
        path = tmp_path / f"{name}-{language}.png"
        assert image.save(str(path))
        assert path.stat().st_size > 2000
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4)
                   for y in range(0, image.height(), 4)}
        assert "#ffffff" in colours
        wanted = BAR_COLOR if name == "time" else WAY_COLORS["test"]
        assert QColor(wanted).name() in colours  # the bars, or the points, are drawn
