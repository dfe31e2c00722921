"""Step 4 (seat-based tiers only): which users get a paid license.

The users' table is a component (`components.users_table`); this page loads it
for the chosen hub and registers who is ticked as the field "licensed_users".
"""
from __future__ import annotations

from PySide6.QtCore import Property, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from wizard.ui.components.users_table import UsersTable
from wizard.ui.kit.page import Page
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.widgets import error_label, show_error


class LicensesPage(Page):
    licensedUsersChanged = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("licensesPage")
        self._pending: list[str] | None = None  # set through setField before the page was filled
        self.table = UsersTable(self)
        # The table's parts, as the tests and the page reach them.
        self.model, self.proxy, self.view = self.table.model, self.table.proxy, self.table.view
        self.filter, self.select_all = self.table.filter, self.table.select_all
        self.count = QLabel(self, objectName="seatCount")
        self.total = QLabel(self, objectName="seatTotal", wordWrap=True)
        self.minimum = error_label("minSeatsNote", self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.total, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.minimum)
        self.model.checkedChanged.connect(self._on_checked_changed)
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
        rows = {u.id: r for r, u in enumerate(self.model.users)}
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
            checked = [u.id for u in self.session.users if u.holds_seat_in(hub)]
        self._pending = None
        self.table.load(self.session.users, hub, checked)
        self._update_texts()

    keeps_entries_on_back = True  # Back keeps the toggles

    def forget(self) -> None:
        self._pending = None
        self.model.load([], "", [])

    def isComplete(self) -> bool:
        tier = self.wizard().tier() if self.wizard() is not None else None
        needed = max(1, tier.min_seats) if tier is not None else 1
        return len(self.model.checked) >= needed

    # -- reactions -------------------------------------------------------

    def _on_checked_changed(self) -> None:
        self._update_texts()
        self.licensedUsersChanged.emit()
        self.completeChanged.emit()

    # -- texts -----------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(self.tr("User licenses"), self.tr("Choose the users who get a paid license for this product."))
        self._update_texts()

    def _update_texts(self) -> None:
        from wizard.core.money import format_money

        seats = len(self.model.checked)
        self.count.setText(self.tr("%n user(s) selected", "", seats))
        wizard = self.wizard()
        tier = wizard.tier() if wizard is not None else None
        if tier is None or not tier.self_serve or not tier.seat_based:
            self.total.setText("")
            self.minimum.hide()
            return
        needed = max(1, tier.min_seats)
        show_error(self.minimum, self.tr("Choose at least %n user(s).", "", needed) if seats < needed else "")
        # The wizard's order, as the review, the commit and the confirmation read it.
        order = wizard.order() if seats >= needed else None
        if order is None:
            self.total.setText("")
            return
        interval = order.quote.interval
        amount = format_money(order.quote.amount_due_minor, order.quote.currency, self.language)
        if interval == "annual":
            self.total.setText(fill(self.tr("Total: %1 per year"), amount))
        else:
            self.total.setText(fill(self.tr("Total: %1 per month"), amount))
