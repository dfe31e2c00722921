"""Small widgets shared by the pages."""
from __future__ import annotations

from PySide6.QtCore import Property, Signal
from PySide6.QtWidgets import QComboBox


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
