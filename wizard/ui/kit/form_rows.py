"""Rows of a form: a label, its input, and under the input the problem with it.

A problem is shown once the person has left the field (not while the first
characters are typed); the form decides what the problems are, this only shows
them. The company and card forms use it; so will the account window's forms.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from wizard.ui.kit.widgets import error_label, mark_invalid, show_error


class FormRows(QObject):
    """The inputs, labels and error labels of a form's grid, by field name.

    The grid is the form widget's layout. Each input's objectName is its field
    name; its error label's is "<name>_error".
    """

    edited = Signal()  # any input's text or value changed
    fieldLeft = Signal(str)  # a field was left for the first time: its problem may show now

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self.grid = QGridLayout(form)
        self.grid.setColumnStretch(1, 1)
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.touched: set[str] = set()  # fields the person has left at least once

    def add(self, name: str, widget: QWidget, beside: QWidget | None = None) -> QWidget:
        """A row for `widget`, with `beside` (if given) to its right, e.g. the card's brand."""
        row = 2 * len(self.inputs)
        widget.setObjectName(name)
        label = QLabel()
        label.setBuddy(widget)
        self.inputs[name], self.labels[name] = widget, label
        self.errors[name] = error_label(f"{name}_error")
        self.grid.addWidget(label, row, 0)
        if beside is None:
            self.grid.addWidget(widget, row, 1)
        else:
            cell = QHBoxLayout()
            cell.addWidget(widget, 1)
            cell.addWidget(beside)
            self.grid.addLayout(cell, row, 1)
        self.grid.addWidget(self.errors[name], row + 1, 1)
        widget.installEventFilter(self)
        # A ValueComboBox says when its value changes; a line edit, its text.
        changed = widget.valueChanged if hasattr(widget, "valueChanged") else widget.textChanged
        changed.connect(self.edited)
        return widget

    def set_label_texts(self, texts: dict[str, str]) -> None:
        """Each row's label, also the input's accessible name."""
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.inputs[name].setAccessibleName(text)

    def show_problems(self, problems: dict[str, str]) -> None:
        """{field: sentence}: shown under each field the person has left; the others stay quiet."""
        for name, label in self.errors.items():
            sentence = problems.get(name, "") if name in self.touched else ""
            show_error(label, sentence)
            mark_invalid(self.inputs[name], sentence)

    def forget_touched(self, keep=lambda name: False) -> None:
        """Problems of the fields not kept stay hidden until they are left again."""
        self.touched = {name for name in self.touched if keep(name)}

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            name = watched.objectName()
            if name in self.inputs and name not in self.touched:
                self.touched.add(name)
                self.fieldLeft.emit(name)
        return super().eventFilter(watched, event)
