"""Step 4 (seat-based tiers only): which users get a paid license.

Model/view, not a widget per user: accounts with thousands of users exist.
"""
from __future__ import annotations

from PySide6.QtCore import (
    Property,
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from wizard.ui.kit.page import Page
from wizard.ui.upgrade.fields import current_currency

NAME, EMAIL, ROLE, SEAT = range(4)


class UsersModel(QAbstractTableModel):
    """The account's users; column 0 carries the license toggle."""

    checkedChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.users: list[dict] = []
        self.hub = ""
        self.checked: set[str] = set()

    def load(self, users: list[dict], hub: str, checked) -> None:
        self.beginResetModel()
        self.users, self.hub, self.checked = list(users), hub, set(checked)
        self.endResetModel()
        self.checkedChanged.emit()

    def checked_ids(self) -> list[str]:
        # In the list's order, so the field reads the same however the boxes were ticked.
        return [u["id"] for u in self.users if u["id"] in self.checked]

    def set_checked_rows(self, rows, on: bool) -> None:
        """Tick or clear many rows with one notification (select-all over thousands of users)."""
        ids = {self.users[r]["id"] for r in rows}
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
        return (self.tr("Name"), self.tr("Email"), self.tr("Role"), self.tr("License"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        user = self.users[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME:
            return Qt.CheckState.Checked if user["id"] in self.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return self.tr("{name} (you)").format(name=user["name"]) if user.get("is_you") else user["name"]
            if column == EMAIL:
                return user["email"]
            if column == ROLE:
                return self.tr("Admin") if user.get("role") == "admin" else self.tr("User")
            if column == SEAT:
                return self.tr("Already licensed") if self.hub in user.get("licensed_hubs", ()) else ""
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != NAME:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_checked_rows([index.row()], on)
        return True

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class UsersView(QTableView):
    """Space toggles the license of the current row, whichever column has focus."""

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and self.currentIndex().isValid():
            index = self.currentIndex().siblingAtColumn(NAME)
            state = self.model().data(index, Qt.ItemDataRole.CheckStateRole)
            on = Qt.CheckState(state) != Qt.CheckState.Checked
            self.model().setData(index, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
            return
        super().keyPressEvent(event)


class LicensesPage(Page):
    licensedUsersChanged = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("licensesPage")
        self._pending: list[str] | None = None  # set through setField before the page was filled
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
        self.view.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(SEAT, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel(self, objectName="seatCount")
        self.total = QLabel(self, objectName="seatTotal", wordWrap=True)
        self.minimum = QLabel(self, objectName="minSeatsNote", wordWrap=True)
        self.minimum.setProperty("error", True)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.select_all)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.total, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.minimum)
        self.setTabOrder(self.filter, self.select_all)
        self.setTabOrder(self.select_all, self.view)
        self.model.checkedChanged.connect(self._on_checked_changed)
        self.model.modelReset.connect(self._update_select_all)
        self.registerField("licensed_users", self, "licensed_users", self.licensedUsersChanged)
        self.retranslate()

    # -- the field -------------------------------------------------------

    def _get_licensed(self) -> list:
        if self._pending is not None:
            return list(self._pending)
        return self.model.checked_ids()

    def _set_licensed(self, ids) -> None:
        ids = [str(i) for i in (ids or [])]
        wizard = self.wizard()
        hub = wizard.field("hub") if wizard is not None else self.model.hub
        if not self.model.users or hub != self.model.hub:
            # Not filled yet (no hub chosen or the account not read), or filled for another
            # hub (initializePage will reload for this one): applied in initializePage.
            self._pending = ids
            self.licensedUsersChanged.emit()
            return
        rows = {u["id"]: r for r, u in enumerate(self.model.users)}
        self.model.set_checked_rows([r for r in rows.values()], False)
        self.model.set_checked_rows([rows[i] for i in ids if i in rows], True)

    licensed_users = Property("QVariantList", _get_licensed, _set_licensed, notify=licensedUsersChanged)

    # -- page life -------------------------------------------------------

    def initializePage(self) -> None:
        hub = self.wizard().field("hub")
        if self._pending is not None:
            checked = self._pending
        elif hub == self.model.hub and self.model.users:
            checked = self.model.checked  # Back and forth keeps the toggles
        else:
            checked = [u["id"] for u in self.session.users if hub in u.get("licensed_hubs", ())]
        self._pending = None
        self.model.load(self.session.users, hub, checked)
        self.view.resizeColumnsToContents()
        self._update_texts()

    def cleanupPage(self) -> None:
        # Back keeps the toggles; a restart (start_over) forgets them.
        if getattr(self.wizard(), "restarting", False):
            self._pending = None
            self.model.load([], "", [])

    def isComplete(self) -> bool:
        tier = self.wizard().tier() if self.wizard() is not None else None
        needed = max(1, tier.min_seats) if tier is not None else 1
        return len(self.model.checked) >= needed

    # -- reactions -------------------------------------------------------

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_select_all()

    def _visible_rows(self) -> list[int]:
        return [self.proxy.mapToSource(self.proxy.index(r, NAME)).row() for r in range(self.proxy.rowCount())]

    def _on_select_all(self) -> None:
        # Acts on the users the filter shows: filter, then tick all of them.
        rows = self._visible_rows()
        all_on = rows and all(self.model.users[r]["id"] in self.model.checked for r in rows)
        self.model.set_checked_rows(rows, not all_on)
        self._update_select_all()

    def _on_checked_changed(self) -> None:
        self._update_select_all()
        self._update_texts()
        self.licensedUsersChanged.emit()
        self.completeChanged.emit()

    def _update_select_all(self) -> None:
        rows = self._visible_rows()
        ticked = sum(1 for r in rows if self.model.users[r]["id"] in self.model.checked)
        if rows and ticked == len(rows):
            state = Qt.CheckState.Checked
        elif ticked:
            state = Qt.CheckState.PartiallyChecked
        else:
            state = Qt.CheckState.Unchecked
        self.select_all.setCheckState(state)

    # -- texts -----------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("User licenses"))
        self.setSubTitle(self.tr("Choose the users who get a paid license for this product."))
        self.filter.setPlaceholderText(self.tr("Filter by name or email"))
        self.filter.setAccessibleName(self.tr("Filter users"))
        self.select_all.setText(self.tr("Select &all shown"))
        self.select_all.setToolTip(self.tr("Assign or remove a license for every user the filter shows"))
        self.view.setAccessibleName(self.tr("Users"))
        self.view.setToolTip(self.tr("Press Space to assign or remove the license of the selected user"))
        self.model.retranslate()
        self._update_texts()

    def _update_texts(self) -> None:
        from wizard.core.money import format_money
        from wizard.core.pricing import quote

        seats = len(self.model.checked)
        self.count.setText(self.tr("%n user(s) selected", "", seats))
        wizard = self.wizard()
        tier = wizard.tier() if wizard is not None else None
        if tier is None or not tier.self_serve or not tier.seat_based:
            self.total.setText("")
            self.minimum.hide()
            return
        needed = max(1, tier.min_seats)
        self.minimum.setText(self.tr("Choose at least %n user(s).", "", needed))
        self.minimum.setVisible(seats < needed)
        if seats < needed:
            self.total.setText("")
            return
        interval = wizard.field("interval") or "monthly"
        q = quote(self.session.catalog, wizard.field("hub"), tier.id, current_currency(self), interval, seats,
                  today=self.session.today())
        amount = format_money(q.amount_due_minor, q.currency, self.language)
        if interval == "annual":
            self.total.setText(self.tr("Total: {amount} per year").format(amount=amount))
        else:
            self.total.setText(self.tr("Total: {amount} per month").format(amount=amount))
