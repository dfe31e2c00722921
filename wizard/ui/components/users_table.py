"""The account's users in a table, each with a license check box, a filter and "select all shown".

Model/view, not a widget per user: accounts with thousands of users exist. The
wizard's licenses page ticks who gets a paid seat in one hub; the account window
lists the same users (`licenses=False`): its last column names the paid seats
each user holds, the boxes pick users for an action, and a person who may not
act sees no boxes (`set_checkable(False)`).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard.core.account import User
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.widgets import set_texts

NAME, EMAIL, ROLE, SEAT = range(4)


class UsersModel(QAbstractTableModel):
    """The account's users; column 0 carries the license toggle for `hub`."""

    checkedChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.users: list[User] = []
        self.hub = ""
        self.checked: set[str] = set()
        # The account window's last column: User -> the paid seats they hold, instead of one hub's license.
        self.seat_text = None
        self.checkable = True
        self.you_id: str | None = None  # whose name says "(you)": the signed-in user; None: the user marked is_you

    def load(self, users: list[User], hub: str, checked) -> None:
        self.beginResetModel()
        self.users, self.hub, self.checked = list(users), hub, set(checked)
        self.endResetModel()
        self.checkedChanged.emit()

    def checked_ids(self) -> list[str]:
        # In the list's order, so the field reads the same however the boxes were ticked.
        return [u.id for u in self.users if u.id in self.checked]

    def set_checked_rows(self, rows, on: bool) -> None:
        """Tick or clear many rows with one notification (select-all over thousands of users)."""
        ids = {self.users[r].id for r in rows}
        before = len(self.checked)
        self.checked = self.checked | ids if on else self.checked - ids
        if rows:
            self.dataChanged.emit(self.index(min(rows), NAME), self.index(max(rows), NAME), [Qt.ItemDataRole.CheckStateRole])
        if len(self.checked) != before:
            self.checkedChanged.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.users:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.users) - 1, self.columnCount() - 1))

    # -- QAbstractTableModel ----------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        seats = self.tr("Paid seats") if self.seat_text is not None else self.tr("License")
        return (self.tr("Name"), self.tr("Email"), self.tr("Role"), seats)[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        user = self.users[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME and self.checkable:
            return Qt.CheckState.Checked if user.id in self.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                you = user.id == self.you_id if self.you_id is not None else user.is_you
                return fill(self.tr("%1 (you)"), user.name) if you else user.name
            if column == EMAIL:
                return user.email
            if column == ROLE:
                return self.tr("Admin") if user.is_admin else self.tr("User")
            if column == SEAT and self.seat_text is not None:
                return self.seat_text(user)
            if column == SEAT:
                return self.tr("Already licensed") if user.holds_seat_in(self.hub) else ""
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != NAME or not self.checkable:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_checked_rows([index.row()], on)
        return True

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == NAME and self.checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class UsersView(QTableView):
    """Space toggles the license of the current row, whichever column has focus."""

    def keyPressEvent(self, event) -> None:
        checkable = self.model().sourceModel().checkable
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and self.currentIndex().isValid() and checkable:
            index = self.currentIndex().siblingAtColumn(NAME)
            state = self.model().data(index, Qt.ItemDataRole.CheckStateRole)
            on = Qt.CheckState(state) != Qt.CheckState.Checked
            self.model().setData(index, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
            return
        super().keyPressEvent(event)


class UsersTable(Retranslating, QWidget):
    """The filter and "Select all shown" above the users' table.

    `model` holds the users and who is ticked, `proxy` is what the filter
    shows (searched in every column), `view` the table itself.
    """

    def __init__(self, parent=None, *, licenses: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("usersTable")
        self.licenses = licenses  # False: the boxes pick users for an action, not licenses
        self.model = UsersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self, objectName="userFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.select_all = QCheckBox(self, objectName="selectAll")
        self.select_all.setTristate(True)
        self.select_all.clicked.connect(self._on_select_all)
        self.view = UsersView(self, objectName="usersView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the ledger's order ("you" first)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column, mode in ((NAME, "Stretch"), (EMAIL, "Stretch"), (ROLE, "ResizeToContents"), (SEAT, "ResizeToContents")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode[mode])
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.select_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.filter, self.select_all)
        self.setTabOrder(self.select_all, self.view)
        self.model.checkedChanged.connect(self._update_select_all)
        self.model.modelReset.connect(self._update_select_all)
        self.retranslate()

    def load(self, users: list[User], hub: str, checked) -> None:
        self.model.load(users, hub, checked)
        self.view.resizeColumnsToContents()

    def set_checkable(self, on: bool) -> None:
        """Boxes and "select all shown" for a person who may act, neither for one who may only look."""
        if on == self.model.checkable:
            return
        self.model.beginResetModel()
        self.model.checkable = on
        if not on:
            self.model.checked = set()
        self.model.endResetModel()
        self.model.checkedChanged.emit()
        self.select_all.setVisible(on)
        self.retranslate()

    # -- reactions -------------------------------------------------------

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_select_all()

    def _visible_rows(self) -> list[int]:
        return [self.proxy.mapToSource(self.proxy.index(r, NAME)).row() for r in range(self.proxy.rowCount())]

    def _on_select_all(self) -> None:
        # Acts on the users the filter shows: filter, then tick all of them.
        rows = self._visible_rows()
        all_on = rows and all(self.model.users[r].id in self.model.checked for r in rows)
        self.model.set_checked_rows(rows, not all_on)
        self._update_select_all()

    def _update_select_all(self) -> None:
        rows = self._visible_rows()
        ticked = sum(1 for r in rows if self.model.users[r].id in self.model.checked)
        if rows and ticked == len(rows):
            state = Qt.CheckState.Checked
        elif ticked:
            state = Qt.CheckState.PartiallyChecked
        else:
            state = Qt.CheckState.Unchecked
        self.select_all.setCheckState(state)

    # -- texts -----------------------------------------------------------

    def retranslate(self) -> None:
        set_texts(self.filter, placeholder=self.tr("Filter by name or email"), name=self.tr("Filter users"))
        if self.licenses:
            select_tip = self.tr("Assign or remove a license for every user the filter shows")
            view_tip = self.tr("Press Space to assign or remove the license of the selected user")
        elif self.model.checkable:
            select_tip = self.tr("Tick or untick every user the filter shows")
            view_tip = self.tr("Press Space to tick or untick the selected user")
        else:
            select_tip, view_tip = "", ""
        set_texts(self.select_all, text=self.tr("Select &all shown"), tip=select_tip)
        set_texts(self.view, name=self.tr("Users"), tip=view_tip)
        self.model.retranslate()
