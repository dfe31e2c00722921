"""Products & Add-ons: each hub with the account's current plan (or "Free"), its prices, and how to upgrade.

An admin gets an "Upgrade" button per hub (the wizard on that hub's tab). An
ordinary user sees the same plans and prices but cannot buy: an admin must add
them to the paid team, so the section offers "Ask an admin", which records an
access request in the ledger.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.core.account import preferred_currency
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.widgets import error_label, show_error

SENT = "sent"  # what _asked holds for a hub once the request is in the ledger


def shown_currency(session) -> str:
    """The currency prices are shown in: core.account.preferred_currency."""
    return preferred_currency(session.account, session.catalog.currencies)


class HubCard(QFrame):
    """One hub: its name, the current plan, the prices, and the admin's or the user's way on."""

    def __init__(self, hub_id: str, parent=None) -> None:
        super().__init__(parent)
        self.hub_id = hub_id
        self.setObjectName(f"hubCard_{hub_id}")
        self.setProperty("hubCard", True)
        self.name = QLabel(self, objectName="hubName")
        self.plan = QLabel(self, objectName="hubPlan", wordWrap=True)
        self.prices = QLabel(self, objectName="hubPrices", wordWrap=True)
        self.prices.setProperty("secondary", True)
        self.upgrade = QPushButton(self, objectName=f"upgradeButton_{hub_id}")
        self.upgrade.setProperty("primary", True)
        self.note = QLabel(self, objectName="hubUserNote", wordWrap=True)
        # One objectName for every hub's button: tests and automation find "askAdminAction".
        self.ask = QPushButton(self, objectName="askAdminAction")
        self.ask.setProperty("hub", hub_id)
        self.result = QLabel(self, objectName=f"askAdminResult_{hub_id}", wordWrap=True)
        self.result.setProperty("role", "success")
        self.result.hide()
        self.error = error_label(f"askAdminProblem_{hub_id}", self)
        text = QVBoxLayout()
        text.setSpacing(4)
        for widget in (self.name, self.plan, self.prices, self.note, self.result, self.error):
            text.addWidget(widget)
        buttons = QVBoxLayout()
        buttons.addWidget(self.upgrade)
        buttons.addWidget(self.ask)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.addLayout(text, 1)
        row.addSpacing(12)
        row.addLayout(buttons)


class ProductsSection(Retranslating, QWidget):
    upgradeRequested = Signal(str, str, list)  # hub id, tier id ("" = let the person choose), user ids to tick
    accountChanged = Signal()  # an access request was recorded

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("productsSection")
        self._asked: dict[str, object] = {}  # hub -> SENT or the LedgerProblem of the failed request
        self._asked_by: str | None = None  # the user those answers were for
        self.heading = QLabel(self, objectName="productsHeading")
        self.heading.setProperty("sectionHeading", True)
        self.intro = QLabel(self, objectName="productsIntro", wordWrap=True)
        self.cards: dict[str, HubCard] = {}
        body = QWidget(objectName="productsBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        for hub in session.catalog.hubs:
            card = HubCard(hub.id, body)
            card.upgrade.clicked.connect(lambda _=False, h=hub.id: self.upgradeRequested.emit(h, "", []))
            card.ask.clicked.connect(lambda _=False, h=hub.id: self.ask_admin(h))
            column.addWidget(card)
            self.cards[hub.id] = card
        self.note = QLabel(self, objectName="productsNote", wordWrap=True)
        self.note.setProperty("secondary", True)
        column.addWidget(self.note)
        column.addStretch(1)
        scroll = QScrollArea(self, objectName="productsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        self.refresh()

    # -- who is looking --------------------------------------------------

    def _is_admin(self) -> bool:
        user = self.session.signed_in_user
        return user is not None and user.is_admin

    def refresh(self) -> None:
        user = self.session.signed_in_user
        user_id = user.id if user is not None else None
        if user_id != self._asked_by:  # another person signed in: the earlier answers were not theirs
            self._asked, self._asked_by = {}, user_id
        has_account = self.session.account is not None
        admin = self._is_admin()
        for hub_id, card in self.cards.items():
            holds_seat = user is not None and user.holds_seat_in(hub_id)
            card.upgrade.setVisible(admin)
            card.upgrade.setEnabled(has_account)
            card.note.setVisible(not admin and user is not None)
            card.ask.setVisible(not admin and user is not None and not holds_seat and self._asked.get(hub_id) != SENT)
        self.retranslate()

    # -- "Ask an admin" ----------------------------------------------------

    def ask_admin(self, hub: str) -> None:
        """Record that the signed-in (ordinary) user asks the admins for a seat in `hub`."""
        from wizard.ui.kit.ledger_write import attempt

        session, user = self.session, self.session.signed_in_user
        if user is None or session.account is None:
            return

        def write(cancelled) -> None:
            from wizard.ledger.access import record_access_request

            record_access_request(
                session.db, account_id=session.account_id, user_id=user.id, hub=hub, desk=session.desk,
                mode=session.mode.order_mark, cancelled=cancelled,
            )

        problem = attempt(session, write, "Ask an admin", self)
        self._asked[hub] = SENT if problem is None else problem
        if problem is None:
            self.accountChanged.emit()  # the admins' open requests on Users & Teams
        self.refresh()

    # -- texts -------------------------------------------------------------

    def _plan_text(self, hub) -> str:
        from wizard.core.money import format_date

        subscription = self.session.subscriptions.get(hub.id)
        if subscription is None:
            return self.tr("Free")
        language = self.session.language
        try:
            tier = hub.tier(subscription.tier)
            tier_name, seat_based = tier.name_in(language), tier.seat_based
        except KeyError:  # a plan the loaded catalog does not sell (any more)
            tier_name, seat_based = subscription.tier, subscription.seats > 1
        parts = [tier_name, self._interval_text(subscription.interval)]
        if seat_based:
            parts.append(self.tr("%n paid seat(s)", "", subscription.seats))
        parts.append(fill(self.tr("next charge on %1"), format_date(subscription.next_charge_date, language)))
        return " · ".join(parts)

    def _interval_text(self, interval: str) -> str:
        return self.tr("Annual invoice") if interval == "annual" else self.tr("Monthly billing")

    def _prices_text(self, hub) -> str:
        from wizard.ui.kit.prices import price_per_month_text

        currency, language = shown_currency(self.session), self.session.language
        parts = []
        for tier in hub.tiers:
            price = tier.prices.get(currency)
            if not tier.self_serve or price is None:
                shown = self.tr("Contact sales")
            else:
                shown = price_per_month_text(tier, currency, price.monthly, language)
            parts.append(fill(self.tr("%1: %2"), tier.name_in(language), shown))
        return "\n".join(parts)

    def _user_note(self, hub, user) -> str:
        name = hub.name_in(self.session.language)
        if user.holds_seat_in(hub.id):
            return fill(self.tr("You have a paid seat in %1."), name)
        if hub.id in self.session.subscriptions:
            return fill(self.tr("Only admins can buy. To use %1, an admin must add you to the existing paid team."), name)
        return fill(self.tr("Only admins can buy. Ask an admin to upgrade %1 for you."), name)

    def retranslate(self) -> None:
        from wizard.ui.kit.problems import user_problem_text

        self.heading.setText(self.tr("Products & Add-ons"))
        admin, user = self._is_admin(), self.session.signed_in_user
        if admin or user is None:
            self.intro.setText(self.tr("Your account's products and plans. Choose Upgrade to buy a plan or more seats."))
        else:
            self.intro.setText(self.tr("Your account's products, plans and prices. Only an admin of the account can buy."))
        priced = self.session.account_read
        for hub in self.session.catalog.hubs:
            card = self.cards[hub.id]
            name = hub.name_in(self.session.language)
            card.name.setText(name)
            card.plan.setText(fill(self.tr("Current plan: %1"), self._plan_text(hub)) if priced else "")
            card.prices.setText(self._prices_text(hub) if priced else "")
            card.upgrade.setText(self.tr("Upgrade"))
            card.upgrade.setAccessibleName(fill(self.tr("Upgrade %1"), name))
            card.ask.setText(self.tr("Ask an admin"))
            card.ask.setAccessibleName(fill(self.tr("Ask an admin for %1"), name))
            if user is not None:
                card.note.setText(self._user_note(hub, user))
            answer = self._asked.get(hub.id)
            card.result.setText(self.tr("Your request was sent to your admins.") if answer == SENT else "")
            card.result.setVisible(answer == SENT)
            failed = answer is not None and answer != SENT
            show_error(
                card.error,
                self.tr("Your request could not be saved, so it was not sent.") + " " + user_problem_text(answer)
                if failed else "",
            )
        self.note.setText(
            fill(
                self.tr("Prices are net, per month, in %1. The wizard shows every currency and the annual prices."),
                shown_currency(self.session),
            )
        )
