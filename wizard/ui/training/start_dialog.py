"""`--training`'s start: who trains, which exercise (by its title), which way ("Show me", "Let me try", "Test me")."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QRadioButton, QVBoxLayout)

from wizard.core.exercises import WAYS


class StartDialog(QDialog):
    """objectName "trainingStartDialog". `exercises`: core.exercises.load_exercises()'s dict; `language()`:
    the language the program shows now (exercise titles follow the live switch). After accept(): `choice()`."""

    def __init__(self, exercises: dict, language, *, trainee: str = "", exercise: str | None = None,
                 way: str = "try", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingStartDialog")
        self.exercises, self._language = exercises, language
        self.intro = QLabel(objectName="trainingStartIntro", wordWrap=True)
        self.trainee = QLineEdit(trainee, objectName="traineeName")
        self.trainee_label = QLabel()
        self.trainee_label.setBuddy(self.trainee)
        self.exercise = QComboBox(objectName="exerciseChoice")
        for exercise_id in exercises:
            self.exercise.addItem("", exercise_id)
        if exercise in exercises:
            self.exercise.setCurrentIndex(list(exercises).index(exercise))
        self.exercise_label = QLabel()
        self.exercise_label.setBuddy(self.exercise)
        self.task = QLabel(objectName="exerciseTask", wordWrap=True)
        self.task.setStyleSheet("color: #444;")
        self.ways = QButtonGroup(self)
        self.way_buttons: dict[str, QRadioButton] = {}
        for name in WAYS:
            button = QRadioButton(objectName=f"way_{name}")
            self.way_buttons[name] = button
            self.ways.addButton(button)
        self.way_buttons[way if way in WAYS else "try"].setChecked(True)
        self.way_text = QLabel(objectName="wayText", wordWrap=True)
        self.way_text.setStyleSheet("color: #444;")
        self.way_label = QLabel()
        way_column = QVBoxLayout()
        for button in self.way_buttons.values():
            way_column.addWidget(button)
        way_column.addWidget(self.way_text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setObjectName("trainingStartButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.trainee_label, self.trainee)
        form.addRow(self.exercise_label, self.exercise)
        form.addRow("", self.task)
        form.addRow(self.way_label, way_column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.trainee.textChanged.connect(self._update)
        self.exercise.currentIndexChanged.connect(self._update)
        self.ways.buttonToggled.connect(self._update)
        self.setMinimumWidth(560)
        self.retranslate()

    def way(self) -> str:
        return next(name for name, button in self.way_buttons.items() if button.isChecked())

    def choice(self) -> tuple[str, str, str]:
        """(exercise id, way, trainee's name)."""
        return self.exercise.currentData(), self.way(), self.trainee.text().strip()

    def _update(self, *_args) -> None:
        language = self._language()
        exercise = self.exercises.get(self.exercise.currentData())
        self.task.setText(exercise.text("task", language) if exercise is not None else "")
        self.way_text.setText({
            "show": self.tr("The program does the steps itself, one after the other; you watch."),
            "try": self.tr("You do the steps; the coach beside the window guides you and Next waits until a step "
                           "is right."),
            "test": self.tr("You do the task alone, without coach or hints; the result is scored."),
        }[self.way()])
        # Show me stores nothing; the other ways store an attempt under the trainee's name.
        self.start_button.setEnabled(self.way() == "show" or bool(self.trainee.text().strip()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = self._language()
        self.setWindowTitle(self.tr("Start a training"))
        self.intro.setText(self.tr("Enter your name, choose an exercise and how you want to go through it."))
        self.trainee_label.setText(self.tr("&Your name:"))
        self.trainee.setPlaceholderText(self.tr("First and last name"))
        self.exercise_label.setText(self.tr("&Exercise:"))
        for row in range(self.exercise.count()):
            self.exercise.setItemText(row, self.exercises[self.exercise.itemData(row)].text("title", language))
        self.way_label.setText(self.tr("Way:"))
        for name, text in (("show", self.tr("&Show me")), ("try", self.tr("&Let me try")),
                           ("test", self.tr("&Test me"))):
            self.way_buttons[name].setText(text)
        self.start_button.setText(self.tr("Start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update()
