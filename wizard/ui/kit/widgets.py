"""Small widgets shared by the pages and the components."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Property, Signal
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel, QLayout, QWidget


class ValueComboBox(QComboBox):
    """A combo box whose wizard field is the chosen item's data (an id), not its index or text.

    `registerField(name, combo, "value", combo.valueChanged)`; `setField` selects
    the item with that data.
    """

    valueChanged = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _i: self.valueChanged.emit(self.value))

    def _get_value(self) -> str:
        data = self.currentData()
        return "" if data is None else str(data)

    def _set_value(self, value: str) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)

    value = Property(str, _get_value, _set_value, notify=valueChanged)


def refill(combo: QComboBox, items: Iterable[tuple[str, str]], value: str) -> None:
    """A combo box's items replaced by (text, data) pairs, `value` (a data) still chosen, or none when it is
    empty or gone. No change signal: only the words changed (a new language), not the choice."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(combo.findData(value) if value else -1)
    combo.blockSignals(False)


def stack(layout: QBoxLayout, *items: QWidget | QLayout | int) -> QBoxLayout:
    """Widgets, layouts and spacings (an int: that many pixels) added to a box layout, in this order."""
    for item in items:
        if isinstance(item, int):
            layout.addSpacing(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def set_texts(widget: QWidget, *, text=None, tip=None, name=None, placeholder=None) -> None:
    """Whichever of a widget's texts are given: shown text, tooltip, accessible name, placeholder."""
    if text is not None:
        widget.setText(text)
    if tip is not None:
        widget.setToolTip(tip)
    if name is not None:
        widget.setAccessibleName(name)
    if placeholder is not None:
        widget.setPlaceholderText(placeholder)


def error_label(object_name: str, parent: QWidget | None = None) -> QLabel:
    """A label that tells what is wrong: red through style.qss (role="error"), hidden while empty."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, sentence: str) -> None:
    """Shows `sentence` in an error label, or hides the label when there is nothing to say."""
    label.setText(sentence)
    label.setVisible(bool(sentence))


def mark_invalid(widget: QWidget, sentence: str) -> None:
    """Marks an input as wrong (the red frame of style.qss) and lets screen readers say why."""
    widget.setAccessibleDescription(sentence)
    if widget.property("invalid") != bool(sentence):
        # A dynamic property restyles only after a re-polish; skipped when unchanged,
        # as this runs on every keystroke.
        widget.setProperty("invalid", bool(sentence))
        widget.style().unpolish(widget)
        widget.style().polish(widget)
