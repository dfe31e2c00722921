"""Step 4 (seat-based tiers only): which users get a paid license.

The users' table is a component (`components.users_table`); this page loads it
for the chosen hub and registers who is ticked as the field "licensed_users".

In a mode with an account per visit (kiosk) there are no users yet: the page
asks how many seats (a touch stepper, the field "seats") and for a name and an
e-mail per seat (`components.seat_rows`; the field "seat_users", [name, e-mail]
pairs, the visitor first). The visitor, the new account's admin, is asked here
for every tier, also one not licensed per user: then without the stepper.
"""
from __future__ import annotations

from PySide6.QtCore import Property, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from wizard.ui.components.seat_rows import MAX_SEATS, SeatRows, SeatStepper
from wizard.ui.components.users_table import UsersTable
from wizard.ui.kit.page import Page
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.widgets import error_label, show_error


class LicensesPage(Page):
    licensedUsersChanged = Signal()
    seatsChanged = Signal()  # the stepper (kiosk): the order's seats
    seatUsersChanged = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("licensesPage")
        self.visitor = session.mode.account_per_visit  # seats and names instead of the account's users
        self._pending: list[str] | None = None  # set through setField before the page was filled
        self._loaded_from: list | None = None  # the session's list of users the table was filled from
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
        self.stepper = self.seat_rows = None
        if self.visitor:
            self._build_seats(layout)
        self.retranslate()

    def _build_seats(self, layout: QVBoxLayout) -> None:
        self.table.hide()  # nobody to tick: the visitor's account does not exist yet
        self.stepper_label = QLabel(self, objectName="seatsLabel")
        self.stepper = SeatStepper(self)
        self.stepper.set_range(1, MAX_SEATS)
        self.seats_spin = self.stepper.spin
        self.stepper_label.setBuddy(self.seats_spin)
        self.seat_rows = SeatRows(self)
        row = QHBoxLayout()
        row.addWidget(self.stepper_label)
        row.addWidget(self.stepper, 1)
        layout.insertLayout(0, row)
        layout.insertWidget(1, self.seat_rows, 1)
        self.seats_spin.valueChanged.connect(self._on_seats_changed)
        self.seat_rows.edited.connect(self.seatUsersChanged)
        self.registerField("seats", self.seats_spin, "value", self.seats_spin.valueChanged)
        self.registerField("seat_users", self, "seat_users", self.seatUsersChanged)

    # -- the kiosk's fields ------------------------------------------------

    def _get_seat_users(self) -> list:
        return self.seat_rows.people() if self.seat_rows is not None else []

    def _set_seat_users(self, people) -> None:
        if self.seat_rows is None:
            return
        people = list(people or [])
        if len(people) > self.seats_spin.value():
            self.seats_spin.setValue(len(people))
        self.seat_rows.set_people(people)

    seat_users = Property("QVariantList", _get_seat_users, _set_seat_users, notify=seatUsersChanged)

    def _on_seats_changed(self, seats: int) -> None:
        tier = self.wizard().tier() if self.wizard() is not None else None
        self.seat_rows.set_count(seats if tier is None or tier.seat_based else 1)
        self._update_texts()
        self.seatsChanged.emit()
        self.seatUsersChanged.emit()

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
        if self.visitor:
            self._initialize_seats()
            return
        hub = self.wizard().field("hub")
        if self._pending is None and hub == self.model.hub and self.model.users \
                and self._loaded_from is self.session.users:
            # Back and forth over the same users and hub: the table shows them already, toggles, filter and
            # scroll position as they were (a reload of the model would cost a refill and a full repaint).
            self._update_texts()
            return
        if self._pending is not None:
            checked = self._pending
        elif hub == self.model.hub and self.model.users:
            checked = self.model.checked  # Back and forth keeps the toggles
        else:
            checked = [u.id for u in self.session.users if u.holds_seat_in(hub)]
        self._pending = None
        self.table.load(self.session.users, hub, checked)
        self._loaded_from = self.session.users
        self._update_texts()

    def _initialize_seats(self) -> None:
        tier = self.wizard().tier()
        per_user = tier is not None and tier.seat_based
        low = max(1, tier.min_seats) if per_user else 1
        self.seats_spin.blockSignals(True)  # one change signal below, with the rows already right
        self.stepper.set_range(low, max(low, MAX_SEATS) if per_user else 1)
        self.seats_spin.blockSignals(False)
        self.stepper.setVisible(per_user)
        self.stepper_label.setVisible(per_user)
        self._on_seats_changed(self.seats_spin.value())
        self.retranslate()

    keeps_entries_on_back = True  # Back keeps the toggles (and the seats and names)

    def forget(self) -> None:
        self._pending = None
        self._loaded_from = None
        self.model.load([], "", [])
        if self.seat_rows is not None:
            self.seats_spin.setValue(self.seats_spin.minimum())
            self.seat_rows.forget()

    def validatePage(self) -> bool:
        # The visitor's name and e-mail, and those typed for other seats: said in place, under the row.
        return self.seat_rows is None or self.seat_rows.check()

    def entries_complete(self) -> bool:
        if self.visitor:
            return True  # the stepper keeps within the tier's limits; the names are checked on Next
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
        if self.visitor:
            self._retranslate_seats()
        else:
            self.set_heading(self.tr("User licenses"),
                             self.tr("Choose the users who get a paid license for this product."))
        self._update_texts()

    def _retranslate_seats(self) -> None:
        wizard = self.wizard()
        tier = wizard.tier() if wizard is not None else None
        if tier is not None and not tier.seat_based:
            self.set_heading(self.tr("Your details"),
                             self.tr("You become the admin of your company's new account."))
        else:
            self.set_heading(self.tr("Seats"), self.tr("How many people will use it? Name them now or later; "
                                                       "you become the admin of your company's new account."))
        self.stepper_label.setText(self.tr("Number of seats"))
        self.stepper.retranslate()
        self.seat_rows.retranslate()

    def _update_texts(self) -> None:
        from wizard.core.money import format_money

        wizard = self.wizard()
        tier = wizard.tier() if wizard is not None else None
        if self.visitor:
            seats = self.seats_spin.value()
            shown = tier is not None and tier.seat_based
            self.count.setText(self.tr("%n seat(s)", "", seats) if shown else "")
        else:
            seats = len(self.model.checked)
            self.count.setText(self.tr("%n user(s) selected", "", seats))
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
            self.total.setText(fill(self.tr("Total: %1 per year excl. VAT"), amount))
        else:
            self.total.setText(fill(self.tr("Total: %1 per month excl. VAT"), amount))
