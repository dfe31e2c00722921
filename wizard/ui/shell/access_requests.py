"""Users & Teams' open access requests: who asked ("Ask an admin" on Products & Add-ons), for which hub,
when, and a "Grant" button each. Hidden while there is none."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from wizard.core.account import AccessRequest
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.retranslating import Retranslating


def hub_name(catalog, hub_id: str, language: str) -> str:
    try:
        return catalog.hub(hub_id).name_in(language)
    except KeyError:  # a hub the loaded catalog does not sell (any more)
        return hub_id


class AccessRequestsPanel(Retranslating, QGroupBox):
    grantClicked = Signal(object)  # the AccessRequest

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("accessRequests")
        self.requests: list[AccessRequest] = []
        self.rows: dict[str, tuple[QLabel, QPushButton]] = {}  # request id -> its sentence and its button
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self.hide()
        self.retranslate()

    def set_requests(self, requests: list[AccessRequest]) -> None:
        for label, button in self.rows.values():
            for widget in (label, button):
                widget.hide()
                widget.deleteLater()  # not now: this may run from that Grant button's own click
        self.requests, self.rows = list(requests), {}
        for row, request in enumerate(self.requests):
            label = QLabel(self, objectName="accessRequestText", wordWrap=True)
            button = QPushButton(self, objectName="grantButton")
            button.setProperty("requestId", request.id)
            button.clicked.connect(lambda _=False, r=request: self.grantClicked.emit(r))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(button, row, 1)
            self.rows[request.id] = (label, button)
        self.setVisible(bool(self.requests))
        self.retranslate()

    def grant_button(self, request_id: str) -> QPushButton:
        return self.rows[request_id][1]

    def describe(self, request: AccessRequest) -> str:
        """ "Ayşe Demir asks for a seat in Sales Hub (29.11.2026, 11:13)." in local time."""
        from wizard.core.money import format_date

        language = self.session.language
        user = next((u for u in self.session.users if u.id == request.user_id), None)
        local = request.created_at.astimezone()
        when = f"{format_date(local.date(), language)}, {local:%H:%M}"
        return fill(self.tr("%1 asks for a seat in %2 (%3)."), user.name if user else request.user_id,
                    hub_name(self.session.catalog, request.hub, language), when)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Access requests"))
        for request in self.requests:
            label, button = self.rows[request.id]
            label.setText(self.describe(request))
            button.setText(self.tr("Grant"))
            button.setAccessibleName(fill(self.tr("Grant: %1"), label.text()))
