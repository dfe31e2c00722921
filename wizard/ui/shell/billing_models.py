"""The tables of Account & Billing: the order history and the saved cards, as models.

Model/view: an account collects orders for years. The models hold only the
typed values of core.account (OrderSummary, PaymentMethod): brand and last
four of a card, never more. Texts are made in data(), so a language switch
only needs the views to ask again (`retranslate()`).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from wizard.core.account import OrderSummary, PaymentMethod
from wizard.core.catalog import product_name
from wizard.ui.kit.placeholders import fill

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value a column sorts by (a date, an amount)
ID_ROLE = Qt.ItemDataRole.UserRole
EXPIRING_MONTHS = 2  # a card expiring within this many months is marked, so it is replaced in time


class _Table(QAbstractTableModel):
    COLUMNS = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.language = "en"

    def load(self, rows, language: str) -> None:
        self.beginResetModel()
        self.rows, self.language = list(rows), language
        self.endResetModel()

    def retranslate(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def headers(self) -> tuple[str, ...]:  # pragma: no cover - every table overrides it
        raise NotImplementedError

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        return item.id if role == ID_ROLE else self.cell(item, index.column(), role)

    def cell(self, item, column: int, role):  # pragma: no cover - every table overrides it
        """What `role` asks of `item`'s `column` (ID_ROLE is answered above)."""
        raise NotImplementedError


class OrdersModel(_Table):
    """Order number, date, product, amount charged; newest first as the ledger gives them."""

    NUMBER, DATE, PRODUCT, AMOUNT = range(4)
    COLUMNS = 4

    def __init__(self, catalog, parent=None) -> None:
        super().__init__(parent)
        self.catalog = catalog

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def order(self, row: int) -> OrderSummary:
        return self.rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Order number"), self.tr("Date"), self.tr("Product"), self.tr("Amount"))

    def cell(self, order: OrderSummary, column: int, role):
        if role == SORT_ROLE:
            return (order.number, order.created_at.isoformat(), self._product(order), order.amount_due_minor)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            from wizard.core.money import format_date, format_money

            if column == self.NUMBER:
                return order.number
            if column == self.DATE:
                return format_date(order.created_at.astimezone().date(), self.language)
            if column == self.PRODUCT:
                return self._product(order)
            return format_money(order.amount_due_minor, order.currency, self.language)
        return None

    def _product(self, order: OrderSummary) -> str:
        return product_name(self.catalog, order.hub, order.tier, self.language)


class CardsModel(_Table):
    """The saved cards: card (brand and last four), expiry, name on card, shared with other admins."""

    CARD, EXPIRY, HOLDER, SHARED = range(4)
    COLUMNS = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def set_today(self, today: dt.date) -> None:
        self.today = today

    def method(self, row: int) -> PaymentMethod:
        return self.rows[row]

    def row_of(self, method_id: str) -> int:
        return next((i for i, m in enumerate(self.rows) if m.id == method_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Card"), self.tr("Expires"), self.tr("Name on card"), self.tr("Shared with other admins"))

    def expiring(self, method: PaymentMethod) -> bool:
        months_left = (method.exp_year - self.today.year) * 12 + method.exp_month - self.today.month
        return 0 <= months_left < EXPIRING_MONTHS

    def cell(self, method: PaymentMethod, column: int, role):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.CARD:
            return method.masked
        if column == self.EXPIRY:
            if method.expired(self.today):
                return fill(self.tr("%1 (expired)"), method.expiry_text)
            if self.expiring(method):
                return fill(self.tr("%1 (expires soon)"), method.expiry_text)
            return method.expiry_text
        if column == self.HOLDER:
            return method.holder
        return self.tr("Shared") if method.shared_with_admins else self.tr("Not shared")
