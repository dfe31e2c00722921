"""The account's users in a table, each with a license check box, a filter and "select all shown".

Model/view, not a widget per user: accounts with thousands of users exist, and
with 5,000 a keystroke in the filter, "select all" and showing the list each
stay under 50 ms (bench/interaction.py): the filter matches a list of texts made
once per load and language instead of asking data() for every cell, and the
narrow columns are sized from their few distinct texts instead of measuring
every row (Qt's ResizeToContents reads a thousand rows on every relayout). The
wizard's licenses page ticks who gets a paid seat in one hub; the account window
lists the same users (`licenses=False`): its last column names the paid seats
each user holds, the boxes pick users for an action, and a person who may not
act sees no boxes (`set_checkable(False)`).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard.core.account import User
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.widgets import set_texts

NAME, EMAIL, ROLE, SEAT = range(4)
# The roles UsersModel.data() answers (looked up once: data() runs for every cell and role painted).
_DISPLAY, _CHECK_STATE, _TOOLTIP = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole,
                                    Qt.ItemDataRole.ToolTipRole)


class UsersModel(QAbstractTableModel):
    """The account's users; column 0 carries the license toggle for `hub`."""

    checkedChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.users: list[User] = []
        self.hub = ""
        self.checked: set[str] = set()
        # The account window's last column: User -> the paid seats they hold, instead of one hub's license.
        # Its text may depend on the user's licensed hubs only: it is made once per set of hubs.
        self.seat_text = None
        self.checkable = True
        self.you_id: str | None = None  # whose name says "(you)": the signed-in user; None: the user marked is_you
        self._seats: dict[frozenset, str] = {}  # licensed hubs -> the SEAT text, made once per load and language
        self._texts: list[str] | None = None  # per row: every column's text, casefolded, for the filter

    def load(self, users: list[User], hub: str, checked) -> None:
        self.beginResetModel()
        self.users, self.hub, self.checked = list(users), hub, set(checked)
        self._forget_texts()
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

    def _forget_texts(self) -> None:
        self._seats, self._texts = {}, None

    def _seat(self, row: int) -> str:
        user = self.users[row]
        text = self._seats.get(user.licensed_hubs)
        if text is None:
            if self.seat_text is not None:
                text = self.seat_text(user)
            else:
                text = self.tr("Already licensed") if user.holds_seat_in(self.hub) else ""
            self._seats[user.licensed_hubs] = text
        return text

    def _name(self, user: User) -> str:
        you = user.id == self.you_id if self.you_id is not None else user.is_you
        return fill(self.tr("%1 (you)"), user.name) if you else user.name

    def search_texts(self) -> list[str]:
        """Per row, what the filter searches: the row's shown texts in every column, casefolded."""
        if self._texts is None:
            admin, user = self.tr("Admin"), self.tr("User")
            self._texts = [
                "\n".join((self._name(u), u.email, admin if u.is_admin else user, self._seat(row))).casefold()
                for row, u in enumerate(self.users)
            ]
        return self._texts

    def column_texts(self, column: int) -> set[str]:
        """Every text column ROLE or SEAT shows (a few distinct ones, however many users)."""
        if column == ROLE:
            return {self.tr("Admin"), self.tr("User")} if self.users else set()
        first_of = {u.licensed_hubs: row for row, u in enumerate(self.users)}
        return {self._seat(row) for row in first_of.values()}

    def retranslate(self) -> None:
        self._forget_texts()
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
        # A view asks each cell it paints for eight roles or so; those answered with None go first.
        if role != _DISPLAY and role != _CHECK_STATE and role != _TOOLTIP or not index.isValid():
            return None
        user = self.users[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME and self.checkable:
            return Qt.CheckState.Checked if user.id in self.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return self._name(user)
            if column == EMAIL:
                return user.email
            if column == ROLE:
                return self.tr("Admin") if user.is_admin else self.tr("User")
            if column == SEAT:
                return self._seat(index.row())
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


class UsersFilter(QSortFilterProxyModel):
    """Shows the rows whose texts (any column) contain the filter text, case-insensitively.

    One pass over UsersModel.search_texts() per keystroke, instead of QSortFilterProxyModel
    asking data() for each of 5,000 rows x 4 columns. Not dynamic: ticking a box changes no
    text, so it neither re-filters nor re-sorts the rows it touched.
    """

    def __init__(self, model: UsersModel, parent=None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.setSourceModel(model)
        self._text = ""
        self._shown: list[bool] | None = None  # per source row; None: every row
        model.modelReset.connect(self._source_reset)

    def set_text(self, text: str) -> None:
        text = text.casefold()
        if not text and not self._text:
            return  # nothing to undo: each row is shown (a Python call per row saved on every retranslate)
        self._text = text
        self._refilter()

    def _source_reset(self) -> None:
        if self._text:  # unfiltered, the reset itself showed every row
            self._refilter()

    def _refilter(self) -> None:
        text = self._text
        self.beginFilterChange()
        self._shown = [text in row for row in self.sourceModel().search_texts()] if text else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def shown_source_rows(self) -> list[int]:
        """The source rows the filter shows, in the source's order."""
        if self._shown is None:
            return list(range(self.sourceModel().rowCount()))
        return [row for row, shown in enumerate(self._shown) if shown]

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        shown = self._shown
        return shown is None or (source_row < len(shown) and shown[source_row])


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
        self.proxy = UsersFilter(self.model, self)
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
        # ROLE and SEAT are sized by _fit_columns() from their few distinct texts.
        for column, mode in ((NAME, "Stretch"), (EMAIL, "Stretch"), (ROLE, "Interactive"), (SEAT, "Interactive")):
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
        self._fit_columns()

    def _fit_columns(self) -> None:
        """ROLE and SEAT as wide as their widest text (or their header), as ResizeToContents
        would make them, from each distinct text once: the style's own item size."""
        view, header = self.view, self.view.horizontalHeader()
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        grid = 1 if view.showGrid() else 0
        for column in (ROLE, SEAT):
            widest = header.sectionSizeHint(column)
            for text in self.model.column_texts(column):
                if text:
                    option.text = text
                    size = view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view)
                    widest = max(widest, size.width() + grid)
            header.resizeSection(column, widest)

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
        self._fit_columns()
        self.retranslate()

    # -- reactions -------------------------------------------------------

    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_select_all()

    def _visible_rows(self) -> list[int]:
        return self.proxy.shown_source_rows()

    def _on_select_all(self) -> None:
        # Acts on the users the filter shows: filter, then tick all of them.
        rows = self._visible_rows()
        all_on = rows and all(self.model.users[r].id in self.model.checked for r in rows)
        self.model.set_checked_rows(rows, not all_on)
        self._update_select_all()

    def _update_select_all(self) -> None:
        rows = self._visible_rows()
        checked, users = self.model.checked, self.model.users
        ticked = sum(1 for r in rows if users[r].id in checked) if checked else 0
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
        self.proxy.set_text(self.filter.text())  # the role and seat texts changed language
        self._fit_columns()
