"""The saved payment methods as a list model, plus the "New credit card" choice.

Model/view rather than one radio button per card: an account can collect many
cards. The model only ever holds what the ledger keeps (brand, last four,
expiry, sharing): never a full number or a CVC.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QModelIndex, Property, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView

from wizard.core.account import PaymentMethod
from wizard.core.order import NEW_CARD
from wizard.ui.kit.placeholders import fill

ID_ROLE = Qt.ItemDataRole.UserRole


class PaymentMethodModel(QAbstractListModel):
    """Rows: the saved methods in ledger order, then "New credit card"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._methods: list[PaymentMethod] = []
        self._today = dt.date.today()

    def set_methods(self, methods: list[PaymentMethod], today: dt.date) -> None:
        self.beginResetModel()
        self._methods = list(methods)
        self._today = today
        self.endResetModel()

    def method(self, method_id: str) -> PaymentMethod | None:
        return next((m for m in self._methods if m.id == method_id), None)

    def row_of(self, method_id: str) -> int:
        if method_id == NEW_CARD:
            return len(self._methods)
        return next((i for i, m in enumerate(self._methods) if m.id == method_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._methods) + 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        is_new = row == len(self._methods)
        if role == ID_ROLE:
            return NEW_CARD if is_new else self._methods[row].id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("New credit card") if is_new else self.describe(self._methods[row])
        return None

    def describe(self, method: PaymentMethod) -> str:
        """ "Visa •••• 4242 · expires 08/29 · Shared" in the current language."""
        parts = [method.masked]
        expiry = method.expiry_text
        if method.expired(self._today):
            parts.append(fill(self.tr("expired %1"), expiry))
        else:
            parts.append(fill(self.tr("expires %1"), expiry))
        if method.shared_with_admins:
            parts.append(self.tr("Shared"))
        return " \u00b7 ".join(parts)

    def retranslate(self) -> None:
        # The texts are made in data(); the views only need to be told to ask again.
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))


class PaymentMethodList(QListView):
    """A list whose wizard field is the chosen method's id (or NEW_CARD): the `value` property."""

    valueChanged = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.methods = PaymentMethodModel(self)
        self.setModel(self.methods)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        # A saved method's id set before the model holds it (setField before the payment
        # page was opened): kept here, read back as the value, and chosen once it is listed.
        self._pending: str | None = None
        self.selectionModel().currentChanged.connect(self._on_current)
        self.methods.modelAboutToBeReset.connect(self._keep_value)
        self.methods.modelReset.connect(self._restore_value)

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            self._pending = None  # a row was chosen: that is the value now
        self.selectionModel().select(current, self.selectionModel().SelectionFlag.ClearAndSelect)
        self.valueChanged.emit(self._get_value())

    def _keep_value(self) -> None:
        # A reset loses the current index; the chosen method survives it if still listed.
        if self._pending is None and self.currentIndex().isValid():
            self._pending = self.currentIndex().data(ID_ROLE)

    def _restore_value(self) -> None:
        row = self.methods.row_of(self._pending) if self._pending else -1
        if row >= 0:
            self.setCurrentIndex(self.methods.index(row))  # clears _pending, emits valueChanged
        else:
            self.valueChanged.emit(self._get_value())

    def _get_value(self) -> str:
        if self._pending is not None:
            return self._pending
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else ""

    def _set_value(self, value: str) -> None:
        value = value or ""
        row = self.methods.row_of(value) if value else -1
        if row >= 0:
            self.setCurrentIndex(self.methods.index(row))
            return
        # Not listed (yet): remember it; the payment page decides in initializePage,
        # once the account's methods are in the model, whether it is one of them.
        self._pending = value or None
        if self.currentIndex().isValid():
            self.setCurrentIndex(QModelIndex())  # emits valueChanged through _on_current
        else:
            self.valueChanged.emit(self._get_value())

    value = Property(str, _get_value, _set_value, notify=valueChanged)

    def fit_rows(self, most: int = 4) -> None:
        """Tall enough for up to `most` rows, so a short list needs no scrolling."""
        rows = max(1, min(self.methods.rowCount(), most))
        row_height = self.sizeHintForRow(0) if self.methods.rowCount() else self.fontMetrics().height() + 8
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 4)
