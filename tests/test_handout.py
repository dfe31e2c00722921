"""Handouts (issue 12): `handout --lang de|en [--exercise ID] --output DIR`, one PDF page per step in each language."""
from __future__ import annotations

import re
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

EXERCISE = "marketing-starter-monthly"


def _words(text: str) -> str:
    """Spaces as one, ligatures (the PDF's "ﬀ") as their letters."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@pytest.fixture(scope="module")
def handouts(tmp_path_factory):
    """The handout of one exercise in both languages, made once through the command line (in this process)."""
    from wizard.app.cli import main
    from wizard.ui.kit.translations import translations

    made = {}
    for language in ("en", "de"):
        folder = tmp_path_factory.mktemp(f"handout-{language}")
        assert main(["handout", "--lang", language, "--exercise", EXERCISE, "--output", str(folder)]) == 0
        made[language] = folder
    translations().switch("en")
    return made


@pytest.fixture(scope="module")
def exercise():
    from wizard.core.exercises import load_exercises

    return load_exercises()[EXERCISE]


@pytest.mark.parametrize("language", ["en", "de"])
def test_one_pdf_page_per_step_with_its_title(qapp, handouts, exercise, language):
    from wizard.ui.kit.handout_pdf import step_heading

    pages = PdfReader(handouts[language] / "handout.pdf").pages
    count = len(exercise.steps)
    assert len(pages) == count
    for number, (page, step) in enumerate(zip(pages, exercise.steps), start=1):
        found = _words(page.extract_text())
        assert _words(step.text("title", language)) in found, (number, found)
        assert _words(step_heading(language, number, count, step.text("title", language))) in found
        assert _words(step.text("hint", language)) in found
    other = "en" if language == "de" else "de"
    assert _words(exercise.steps[0].text("title", other)) not in _words(pages[0].extract_text())


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_pictures_exist_with_the_control_outlined(qapp, handouts, exercise, language):
    from wizard.ui.kit.handout_pdf import OUTLINE_COLOR

    pictures = sorted(handouts[language].glob("step-*.png"))
    assert [p.name for p in pictures] == [f"step-{n:02d}-{s.id}.png" for n, s in enumerate(exercise.steps, 1)]
    for picture in pictures:
        image = QImage(str(picture))
        assert not image.isNull() and image.width() > 400
        assert _has_color(image, QColor(OUTLINE_COLOR)), picture.name


def _has_color(image: QImage, color: QColor) -> bool:
    """A pixel of `color` anywhere (the outline is the only thing drawn in it)."""
    wanted = color.rgb() & 0xFFFFFF
    for y in range(0, image.height(), 1):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) & 0xFFFFFF == wanted:
                return True
    return False


def test_the_outline_is_drawn_at_the_targets_frame(qapp):
    from wizard.ui.kit.handout_pdf import OUTLINE_COLOR, outline, outline_frame

    blank = QImage(300, 200, QImage.Format.Format_ARGB32)
    blank.fill(QColor("white"))
    target = QRect(100, 60, 80, 30)
    marked = outline(blank, target)
    frame = outline_frame(target, blank.rect())
    wanted = QColor(OUTLINE_COLOR).rgb() & 0xFFFFFF
    middle_of_top = marked.pixel(frame.center().x(), frame.top()) & 0xFFFFFF
    middle_of_left = marked.pixel(frame.left(), frame.center().y()) & 0xFFFFFF
    assert middle_of_top == wanted and middle_of_left == wanted
    assert marked.pixel(target.center()) & 0xFFFFFF == 0xFFFFFF  # the control itself is not covered


def test_the_main_flow_is_the_whole_upgrade():
    from wizard.app.handout_cli import MAIN_FLOW
    from wizard.core.exercises import load_exercises

    pages = [s.page for s in load_exercises()[MAIN_FLOW].steps]
    assert pages == ["product", "currency", "billing", "licenses", "payment", "review"]


def test_an_unknown_exercise_is_refused_in_one_sentence(tmp_path, capsys):
    from wizard.app.cli import main

    assert main(["handout", "--lang", "en", "--exercise", "no-such-thing", "--output", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: There is no exercise 'no-such-thing'") and err.count("\n") == 0
    assert err.endswith(".") and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_the_users_data_folder_is_never_touched(qapp, handouts, _private_data_dir):
    """The demo ledger lives in a temporary folder: the data folder the program would use stays empty."""
    assert not (_private_data_dir / "ledger.sqlite3").exists()
    assert not (_private_data_dir / "demo-ledger.sqlite3").exists()
