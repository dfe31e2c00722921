"""Training mode's window: an exercise in one of its ways, on the training ledger (orders marked "training").

`create_training(...)` is the contract for tests and automation; `run_training(args)`
is what `main.py --training` does (cli.py): the start dialog (trainee, exercise, way)
unless `--exercise` is given, then the exercise's window.
"""
from __future__ import annotations

from pathlib import Path


def create_training(ledger_path, *, exercise, way="try", trainee="", language="en", pace=2.0, desk="D01",
                    catalog_path=None):
    """A ready TrainingWindow (objectName "trainingWindow") for the exercise `exercise` (its file name
    without .json, or an Exercise) in `way` ("show", "try", "test"); `pace`: seconds per step of Show me.

    `window.result()`: None until the end, then {"criteria": [{"criterion", "met", "expected", "done"}, ...],
    "score": 0..100}. A QApplication must exist. ValueError for an unknown exercise or way.
    """
    from wizard.app.navigator import read_account
    from wizard.app.startup import build_session
    from wizard.app.training_window import training_window
    from wizard.core.exercises import WAYS, load_exercises
    from wizard.core.modes import TRAINING

    if way not in WAYS:
        raise ValueError(f"unknown way {way!r}; one of: {', '.join(WAYS)}")
    if isinstance(exercise, str):
        exercises = load_exercises()
        if exercise not in exercises:
            raise ValueError(f"unknown exercise {exercise!r}; one of: {', '.join(exercises)}")
        exercise = exercises[exercise]
    session = build_session(Path(ledger_path), language=language, catalog_path=catalog_path, mode=TRAINING, desk=desk)
    read_account(session)
    return training_window(session, exercise, way=way, trainee=trainee, pace=pace)


def run_training(args) -> int:
    """`--training`: the start dialog (unless --exercise is given), then the training window until it is closed.

    Exit status 0 (also when the start dialog is cancelled); 2 when the catalog, the exercises or the
    ledger cannot be used (said on stderr).
    """
    import sys

    from PySide6.QtWidgets import QApplication

    from wizard.core.catalog import CatalogError
    from wizard.core.modes import TRAINING
    from wizard.core.exercises import ExerciseError, load_exercises
    from wizard.ledger import LedgerError
    from wizard.ui.kit.translations import start_language, translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Upgrade Wizard")
    ledger_path = Path(args.ledger) if getattr(args, "ledger", None) else TRAINING.default_ledger_path()
    try:
        exercises = load_exercises()
    except ExerciseError as error:
        print(f"Cannot use the exercises: {error}", file=sys.stderr)
        return 2
    if not app.property("upgradeWizardStyled"):  # the start dialog is the first window: styled like the rest
        from wizard.app.startup import _stylesheet

        app.setStyleSheet(_stylesheet())
        app.setProperty("upgradeWizardStyled", True)
    tr = translations()
    tr.switch(start_language(getattr(args, "lang", None)))
    exercise, way = getattr(args, "exercise", None), getattr(args, "way", None) or "try"
    trainee = getattr(args, "trainee", None) or ""
    if not exercise:
        from wizard.ui.training.start_dialog import StartDialog

        dialog = StartDialog(exercises, lambda: tr.language, trainee=trainee, way=way)
        if dialog.exec() != StartDialog.DialogCode.Accepted:
            return 0
        exercise, way, trainee = dialog.choice()
    try:
        window = create_training(ledger_path, exercise=exercise, way=way, trainee=trainee, language=tr.language,
                                 desk=getattr(args, "desk", None) or "D01", catalog_path=getattr(args, "catalog", None))
    except CatalogError as error:
        print(f"Cannot use the catalog: {error}", file=sys.stderr)
        return 2
    except LedgerError as error:
        print(error, file=sys.stderr)
        return 2
    window.show()
    status = app.exec()
    window.close()  # a window left open would still get events in a later run in the same process
    window.session.close()
    return status
