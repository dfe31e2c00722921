"""The coach beside the trainee's window ("Let me try", "Show me"): task, "Step x of y", the step's texts, a hint."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from wizard.ui.kit.placeholders import fill


class CoachPanel(QFrame):
    """objectName "coachPanel". `show_step()` follows the exercise; `say()` puts feedback in place (no dialog)."""

    hintShown = Signal()  # the trainee asked for the hint (counted by the window)

    def __init__(self, exercise, session, parent=None) -> None:
        """`session`: its `language` (followed on every language switch) says which of the exercise's texts."""
        super().__init__(parent)
        self.setObjectName("coachPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(300)
        self.exercise = exercise
        self.session = session
        self.step = None
        self.index, self.count = 0, len(exercise.steps)
        self.heading = QLabel(objectName="coachHeading")
        self.task = QLabel(objectName="coachTask")
        self.counter = QLabel(objectName="coachStepCounter")
        self.title = QLabel(objectName="coachStepTitle")
        self.purpose = QLabel(objectName="coachPurpose")
        self.where = QLabel(objectName="coachWhere")
        self.hint_button = QPushButton(objectName="coachHintButton")
        self.hint = QLabel(objectName="coachHint")
        self.feedback = QLabel(objectName="coachFeedback")
        self.feedback.setStyleSheet("color: #b3261e;")
        self.title.setStyleSheet("font-weight: bold;")
        self.heading.setStyleSheet("font-weight: bold; font-size: 15px;")
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.task, self.counter, self.title, self.purpose, self.where,
                       self.hint_button, self.hint, self.feedback):
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.hint.hide()
        self.feedback.hide()
        self.hint_button.clicked.connect(self.show_hint)
        self.retranslate()

    def show_step(self, index: int, step) -> None:
        """The step `index` (0-based) of the exercise; the hint and feedback of the one before are put away."""
        if step is not self.step:
            self.hint.hide()
            self.say("")
        self.index, self.step = index, step
        self.retranslate()

    def show_hint(self) -> None:
        if self.step is None:
            return
        self.hint.setText(self.step.text("hint", self.language))
        self.hint.show()
        self.hintShown.emit()

    def say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    @property
    def language(self) -> str:
        return self.session.language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = self.language
        self.heading.setText(self.exercise.text("title", language))
        self.task.setText(self.exercise.text("task", language))
        self.counter.setText(fill(self.tr("Step %1 of %2"), self.index + 1, self.count))
        self.hint_button.setText(self.tr("Hint"))
        if self.step is not None:
            self.title.setText(self.step.text("title", language))
            self.purpose.setText(fill(self.tr("What it is for: %1"), self.step.text("purpose", language)))
            self.where.setText(fill(self.tr("In the real product: %1"), self.step.text("where", language)))
            if self.hint.isVisible():
                self.hint.setText(self.step.text("hint", language))
