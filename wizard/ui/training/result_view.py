"""The end of a graded attempt: each criterion met or not (expected, done), the score, time and errors per step."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from wizard.ui.kit.placeholders import fill


class ResultView(QWidget):
    """objectName "trainingResult". `words`: training.words.Words (criteria and values in words);
    `step_titles`: step id -> its title in a language (a callable: step id, language -> text)."""

    def __init__(self, graded: list, score: int, steps: list[dict], field_errors: dict[str, int], *, words,
                 exercise, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingResult")
        self.graded, self.score_value, self.steps, self.field_errors = graded, score, steps, field_errors
        self.words, self.exercise = words, exercise
        self.score = QLabel(objectName="resultScore")
        self.score.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.criteria = self._table("resultCriteria", 4)
        self.step_table = self._table("resultSteps", 4)
        self.errors = QLabel(objectName="resultFieldErrors")
        self.errors.setWordWrap(True)
        self.steps_heading = QLabel(objectName="resultStepsHeading")
        layout = QVBoxLayout(self)
        for widget in (self.score, self.criteria, self.steps_heading, self.step_table, self.errors):
            layout.addWidget(widget)
        self.criteria.setRowCount(len(graded))
        self.step_table.setRowCount(len(steps))
        self.retranslate()

    @staticmethod
    def _table(name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, objectName=name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in ((0,) if name == "resultSteps" else (2, 3)):  # the step titles; expected and done
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        return table

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _criteria_rows(self) -> None:
        words, criteria = self.words, self.exercise.criteria
        for row, g in enumerate(self.graded):
            expected_hub = criteria.get("hub")
            done_hub = next((d.done for d in self.graded if d.criterion == "hub"), None) or expected_hub
            texts = (words.criterion(g.criterion), self.tr("met") if g.met else self.tr("not met"),
                     words.value(g.criterion, g.expected, hub=expected_hub),
                     words.value(g.criterion, g.done, hub=done_hub))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(("✓ " if g.met else "✗ ") + text if column == 1 else text)
                if column == 1:
                    item.setForeground(Qt.GlobalColor.darkGreen if g.met else Qt.GlobalColor.red)
                self.criteria.setItem(row, column, item)

    def _step_rows(self) -> None:
        language = self.words.session.language
        titles = {step.id: step.text("title", language) for step in self.exercise.steps}
        for row, s in enumerate(self.steps):
            seconds = f"{s['ms'] / 1000:.1f}".replace(".", "," if language == "de" else ".")
            for column, text in enumerate((titles.get(s["step"], s["step"]), seconds, str(s["hints"]),
                                           str(s["errors"]))):
                self.step_table.setItem(row, column, QTableWidgetItem(text))
        self.step_table.resizeRowsToContents()

    def retranslate(self) -> None:
        self._criteria_rows()
        self._step_rows()
        met = sum(1 for g in self.graded if g.met)
        self.score.setText(fill(self.tr("Score: %1 of 100 (%2 of %3 criteria met)"), self.score_value, met,
                                len(self.graded)))
        self.criteria.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Met"), self.tr("Expected"),
                                                 self.tr("Done")])
        self.steps_heading.setText(self.tr("Time and errors per step"))
        self.step_table.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Seconds"), self.tr("Hints"),
                                                   self.tr("Errors")])
        if self.field_errors:
            listed = ", ".join(f"{self.words.criterion(name)}: {count}"
                               for name, count in sorted(self.field_errors.items()))
            self.errors.setText(fill(self.tr("Errors per field: %1"), listed))
        else:
            self.errors.setText(self.tr("No wrong choices."))
