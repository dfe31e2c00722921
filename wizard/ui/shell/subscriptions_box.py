"""The account's subscriptions, a row per hub: edition, billing interval, seats, next charge and the card
that pays, or "Free" where the account has no plan (as on Products & Add-ons)."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel

from wizard.ui.kit.retranslating import Retranslating

COLUMNS = ("hub", "plan", "interval", "seats", "next_charge", "paid_with")


class Cell(QLabel):
    """A label that asks for its text on one line, and wraps only when the window is too narrow for that.

    (A word-wrapping QLabel's own size hint wraps short texts into a squarish block even where
    there is room to spare.)
    """

    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name, wordWrap=True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = max((self.fontMetrics().horizontalAdvance(line) for line in self.text().split("\n")), default=0)
        width += margins.left() + margins.right() + 2 * self.margin() + 1
        return QSize(width, self.heightForWidth(width))


class SubscriptionsBox(Retranslating, QGroupBox):
    """`cells[(hub, column)]` is the label of one value; `refresh()` re-reads the session's subscriptions."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent, objectName="subscriptionsBox")
        self.session = session
        # Cells wrap in a narrow window instead of being cut off.
        self.headers = {name: Cell(f"{name}Header") for name in COLUMNS}
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(14)
        for column, name in enumerate(COLUMNS):
            header = self.headers[name]
            header.setProperty("secondary", True)
            header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(len(COLUMNS) - 1, 1)
        self.cells: dict[tuple[str, str], QLabel] = {}
        self._hubs: list[str] = []
        self.refresh()

    def refresh(self) -> None:
        # The catalog's hubs, then any plan the catalog no longer sells.
        hubs = [hub.id for hub in self.session.catalog.hubs]
        hubs += sorted(set(self.session.subscriptions) - set(hubs))
        if hubs != self._hubs:
            self._build_rows(hubs)
        self.retranslate()

    def _build_rows(self, hubs: list[str]) -> None:
        for label in self.cells.values():
            self.grid.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.cells.clear()
        self._hubs = hubs
        for row, hub in enumerate(hubs, start=1):
            for column, name in enumerate(COLUMNS):
                label = Cell(f"{name}_{hub}")
                self.grid.addWidget(label, row, column)
                self.cells[(hub, name)] = label

    def retranslate(self) -> None:
        self.setTitle(self.tr("Subscriptions"))
        headers = {"hub": self.tr("Product"), "plan": self.tr("Edition"), "interval": self.tr("Billing interval"),
                   "seats": self.tr("Seats"), "next_charge": self.tr("Next charge on"),
                   "paid_with": self.tr("Paid with")}
        for name, text in headers.items():
            self.headers[name].setText(text)
        for (hub, name), label in self.cells.items():
            label.setText(self._text(hub, name))

    def _text(self, hub_id: str, column: str) -> str:
        from wizard.core.money import format_date

        language, catalog = self.session.language, self.session.catalog
        plan = self.session.subscriptions.get(hub_id)
        try:
            hub = catalog.hub(hub_id)
        except KeyError:
            hub = None
        tier = next((t for t in hub.tiers if t.id == plan.tier), None) if plan and hub else None
        if column == "hub":
            return hub.name_in(language) if hub else hub_id
        if plan is None:
            return self.tr("Free") if column == "plan" else ""
        if column == "plan":
            return tier.name_in(language) if tier else plan.tier
        if column == "interval":
            return self.tr("Monthly billing") if plan.interval == "monthly" else self.tr("Annual invoice")
        if column == "seats":
            return str(plan.seats) if tier is None or tier.seat_based else "\u2014"  # the whole account
        if column == "next_charge":
            return format_date(plan.next_charge_date, language)
        method = next((m for m in self.session.payment_methods if m.id == plan.payment_method_id), None)
        # "Visa •••• 4242" may wrap after the brand, never inside the masked number.
        return method.masked.replace(" \u2022", "\u00a0\u2022").replace("\u2022 ", "\u2022\u00a0") if method else ""
