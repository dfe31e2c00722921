"""`upgrade-wizard handout --lang de|en [--exercise ID] --output DIR`: printable step-by-step handouts.

Each step of an exercise is done on the real training window (its Show me walk, which never
writes an order) on the demo account, offscreen: no display is needed. The window is grabbed at
each step with the step's control outlined (DIR/step-01-<step id>.png ...), and DIR/handout.pdf
holds one step per page: the picture, "Step x of y: <title>", what to do, what it is for and
where it is in the real product, all in the chosen language (the wizard itself rendered with that
language's translator).

Without --exercise the main flow is the exercise that walks the whole upgrade, product to review
(MAIN_FLOW). The demo ledger and the program's data folder are temporary ones, deleted at the
end: the user's ledger and settings are never opened.

Exit status: 0 written, 2 refused (one sentence on stderr, never a traceback).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from wizard.core.languages import LANGUAGES

EXIT_OK, EXIT_REFUSED = 0, 2
MAIN_FLOW = "sales-pro-annual-named-users"  # product, currency, billing, licenses, payment, review
PDF_NAME = "handout.pdf"
DATA_DIR_ENV = "UPGRADE_WIZARD_DATA_DIR"


def build_handout_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="upgrade-wizard handout",
        description="Render each step of an exercise with the demo data, offscreen, to PNG with the control to "
                    "use outlined, and assemble a PDF with one step per page (needs Qt; no display).")
    parser.add_argument("--lang", choices=LANGUAGES, required=True, help="the handout's language")
    parser.add_argument("--exercise", metavar="ID",
                        help=f"an exercise id (its file name without .json; default: {MAIN_FLOW}, the whole "
                             "upgrade)")
    parser.add_argument("--output", metavar="DIR", required=True,
                        help="the folder for step-NN-<step>.png and handout.pdf (created if missing)")
    return parser


def run_handout_command(argv: list[str]) -> int:
    """`argv` from "handout" on: the exit status, or 2 with one sentence on stderr."""
    from wizard.core.exercises import ExerciseError, load_exercises

    args = build_handout_parser().parse_args(argv[1:])
    try:
        exercises = load_exercises()
    except ExerciseError as error:
        return _refuse(str(error))
    exercise_id = args.exercise or MAIN_FLOW
    if exercise_id not in exercises:
        return _refuse(f"There is no exercise {exercise_id!r}; the exercises are: {', '.join(exercises)}")
    output = Path(args.output)
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _refuse(f"The folder {output} cannot be made ({error.strerror})")
    try:
        pictures, pages = write_handout(exercises[exercise_id], args.lang, output)
    except OSError as error:
        return _refuse(f"The handout cannot be written to {output} ({error.strerror or error})")
    print(f"Handout written to {output / PDF_NAME}: {pages} pages, {len(pictures)} pictures.", file=sys.stderr)
    return EXIT_OK


def _refuse(sentence: str) -> int:
    print(f"error: {sentence.strip().rstrip('.')}.", file=sys.stderr)
    return EXIT_REFUSED


def write_handout(exercise, language: str, output: Path) -> tuple[list[Path], int]:
    """The PNGs and the PDF of `exercise` in `output`, on a temporary demo ledger and data folder."""
    saved = os.environ.get(DATA_DIR_ENV)
    with tempfile.TemporaryDirectory(prefix="handout-") as scratch:
        os.environ[DATA_DIR_ENV] = str(Path(scratch, "data"))  # never the user's settings or ledger
        try:
            _ensure_application()
            return _render(exercise, language, output, Path(scratch, "demo-ledger.sqlite3"))
        finally:
            if saved is None:
                os.environ.pop(DATA_DIR_ENV, None)
            else:
                os.environ[DATA_DIR_ENV] = saved


def _ensure_application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is loaded: no display needed
    import wizard.ui  # noqa: F401  (its guard runs before any widget exists)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = _ensure_application.app = QApplication([sys.argv[0] if sys.argv else "upgrade-wizard"])
    return app


def _render(exercise, language: str, output: Path, ledger_path: Path) -> tuple[list[Path], int]:
    import shiboken6
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    from wizard.app.training import create_training
    from wizard.ui.kit.handout_pdf import HandoutStep, outline, write_handout_pdf
    from wizard.ui.kit.translations import translations
    from wizard.ui.training import driver

    before = translations().language
    window = create_training(ledger_path, exercise=exercise, way="show", language=language, pace=3600)
    pictures: list[Path] = []
    steps: list[HandoutStep] = []
    try:
        _stop_timers(window)  # the walk goes one step per picture, not by the clock
        window.show()
        QApplication.processEvents()
        for number, step in enumerate(exercise.steps, start=1):
            window.show_step()
            _stop_timers(window)
            QApplication.processEvents()
            host = window.stack.currentWidget()
            target = driver.find_target(host, step.target)
            frame = QRect(target.mapTo(host, QPoint(0, 0)), target.size()) if target is not None else None
            if frame is None:
                print(f"warning: step {number} ({step.id}): the control {step.target!r} is not on screen, so its"
                      " picture has no outline.", file=sys.stderr)
            picture = outline(host.grab().toImage(), frame)
            path = output / f"step-{number:02d}-{step.id}.png"
            if not picture.save(str(path), "PNG"):
                raise OSError(f"{path} could not be saved")
            pictures.append(path)
            steps.append(HandoutStep(title=step.text("title", language), hint=step.text("hint", language),
                                     purpose=step.text("purpose", language), where=step.text("where", language),
                                     picture=picture))
        pages = write_handout_pdf(steps, output / PDF_NAME, language, exercise.text("title", language))
    finally:
        _stop_timers(window)
        window.hide()  # the wizard's visit ends here, on the temporary ledger that still exists
        QApplication.processEvents()
        session = window.session
        shiboken6.delete(window)
        QApplication.processEvents()
        session.close()
        translations().switch(before)
    return pictures, pages


def _stop_timers(window) -> None:
    """The window's own clocks (Show me's pace, the coach's polling): the handout moves it, step by step."""
    from PySide6.QtCore import QTimer, Qt

    for timer in window.findChildren(QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly):
        timer.stop()
