"""Step 1: choose the product — a tab per hub, a card per tier."""
from __future__ import annotations

from PySide6.QtCore import Property, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.kit.page import Page
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.prices import price_per_month_text
from wizard.ui.upgrade.fields import PageId, current_currency, default_currency


class TierCard(QFrame):
    """One tier, selectable with the mouse, Space or Enter (a focusable frame, not a button,
    so its labels can wrap and size the card)."""

    activated = Signal()

    def __init__(self, hub_id: str, tier_id: str, parent=None) -> None:
        super().__init__(parent)
        self.hub_id, self.tier_id = hub_id, tier_id
        self.setObjectName(f"tierCard_{hub_id}_{tier_id}")
        self.setProperty("tierCard", True)
        self.setProperty("selected", False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.name_label = QLabel(self, objectName="tierName")
        self.badge = QLabel(self, objectName="tierBadge")
        self.badge.hide()
        self.description = QLabel(self, objectName="tierDescription", wordWrap=True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.price = QLabel(self, objectName="tierPrice", wordWrap=True)
        self.choice = QLabel(self, objectName="tierChoice")  # "Selected" in words, not only colour
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addStretch(1)
        top.addWidget(self.badge)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addStretch(1)  # prices line up at the bottom of equally tall cards
        layout.addWidget(self.price)
        layout.addWidget(self.choice)

    def is_selected(self) -> bool:
        return bool(self.property("selected"))

    def set_selected(self, selected: bool) -> None:
        if selected == self.is_selected():
            return
        self.setProperty("selected", selected)
        # A dynamic property only restyles after a re-polish.
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.activated.emit()
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            self.activated.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.is_selected():
            self.activated.emit()
            return
        # Enter on the chosen card falls through to the wizard's default button (Next).
        super().keyPressEvent(event)


class ProductPage(Page):
    hubChanged = Signal(str)
    tierChanged = Signal(str)

    def __init__(self, session, parent=None, *, priced: bool = True) -> None:
        super().__init__(session, parent)
        self.setObjectName("productPage")
        self._hub = ""
        self._tier = ""
        # False only while the program paints its first page: prices need Babel,
        # which is loaded right after (UpgradeWizard.add_remaining_pages).
        self.priced = priced
        self.tabs = QTabWidget(self, objectName="hubTabs")
        self.cards: dict[tuple[str, str], TierCard] = {}
        for hub in session.catalog.hubs:
            tab = QWidget(objectName=f"hubTab_{hub.id}")
            column = QVBoxLayout(tab)
            column.setContentsMargins(12, 16, 12, 12)
            row = QHBoxLayout()
            row.setSpacing(12)
            column.addLayout(row)
            column.addStretch(1)  # cards as tall as their text, not as the tab
            for tier in hub.tiers:
                card = TierCard(hub.id, tier.id, tab)
                card.activated.connect(lambda h=hub.id, t=tier.id: self.choose(h, t))
                row.addWidget(card, 1)
                self.cards[(hub.id, tier.id)] = card
            self.tabs.addTab(tab, "")
        # What the choice changes in the account's current plan ("Upgrade: Sales Hub Starter → Professional").
        self.change = QLabel(self, objectName="planChange", wordWrap=True)
        self.change.setProperty("emphasis", True)
        self.change.hide()
        self.note = QLabel(self, objectName="catalogNote", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.change)
        layout.addWidget(self.note)
        # Both clicks and wizard.setField("hub"/"tier") go through the properties below.
        self.registerField("hub*", self, "hub", self.hubChanged)
        self.registerField("tier*", self, "tier", self.tierChanged)
        self.retranslate()

    # -- the fields ------------------------------------------------------

    def _get_hub(self) -> str:
        return self._hub

    def _set_hub(self, hub_id: str) -> None:
        hub_id = hub_id or ""
        if hub_id and hub_id not in {h.id for h in self.session.catalog.hubs}:
            return
        if hub_id == self._hub:
            return
        self._hub = hub_id
        if hub_id:
            self.tabs.setCurrentIndex(self._hub_index(hub_id))
        # A tier id the new hub does not sell is no choice any more.
        if self._tier and (not hub_id or self._tier not in {t.id for t in self.session.catalog.hub(hub_id).tiers}):
            self._tier = ""
            self.tierChanged.emit("")
        self._mark_selection()
        self.hubChanged.emit(hub_id)

    def _get_tier(self) -> str:
        return self._tier

    def _set_tier(self, tier_id: str) -> None:
        tier_id = tier_id or ""
        hub_id = self._hub or self.session.catalog.hubs[self.tabs.currentIndex()].id
        if tier_id and tier_id not in {t.id for t in self.session.catalog.hub(hub_id).tiers}:
            return
        if tier_id and hub_id != self._hub:
            self._set_hub(hub_id)
        if tier_id != self._tier:
            self._tier = tier_id
            self._mark_selection()
            self.tierChanged.emit(tier_id)

    hub = Property(str, _get_hub, _set_hub, notify=hubChanged)
    tier = Property(str, _get_tier, _set_tier, notify=tierChanged)

    def choose(self, hub_id: str, tier_id: str) -> None:
        self._set_hub(hub_id)
        self._set_tier(tier_id)

    # -- page life -------------------------------------------------------

    def initializePage(self) -> None:
        # Runs at the first show and after every restart: subscriptions may have changed.
        self.refresh()

    # Back keeps what was chosen; a restart forgets it (Page.forget resets the fields).
    keeps_entries_on_back = True

    def refresh(self) -> None:
        """After the ledger is read: mark the current plans, default the currency to the account's."""
        wizard = self.wizard()
        if wizard is not None and self.session.account is not None:
            if not wizard.hasVisitedPage(PageId.CURRENCY):
                wizard.setField("currency", default_currency(self.session))
        self._update_cards()

    def show_prices(self, *_args) -> None:
        """Prices in the current currency; the wizard calls this whenever the currency changes."""
        self.priced = True
        self._update_cards()

    # -- texts -----------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Products & Add-ons"),
            self.tr("Choose the product and the edition you want to upgrade to."),
        )
        self.tabs.setAccessibleName(self.tr("Products"))
        self.note.setText(self.tr("Demo list prices for this training program, not real prices."))
        self._update_cards()

    def _paid_plan(self, hub_id: str):
        """The account's paid subscription in the hub (what an upgrade replaces and credits), or None."""
        subscription = self.session.subscriptions.get(hub_id)
        return subscription if subscription is not None and subscription.unit_price_minor > 0 else None

    def _update_change(self) -> None:
        """Says what the chosen tier changes in the account's paid plan of that hub."""
        hub_id, tier_id, language = self._hub, self._tier, self.language
        paid = self._paid_plan(hub_id) if hub_id and tier_id else None
        text = ""
        if paid is not None:
            from wizard.core.order import is_downgrade

            hub = self.session.catalog.hub(hub_id)
            current_name = f"{hub.name_in(language)} {hub.tier(paid.tier).name_in(language)}"
            chosen = hub.tier(tier_id).name_in(language)
            if tier_id == paid.tier:
                text = fill(self.tr("%1 is your current plan."), current_name)
            elif is_downgrade(hub, tier_id, paid):
                text = fill(self.tr("%1 is below your current plan, %2: our sales team makes that change."),
                            chosen, current_name)
            else:
                text = fill(self.tr("Upgrade: %1 \u2192 %2. The unused part of your current plan is credited."),
                            current_name, chosen)
        self.change.setText(text)
        self.change.setVisible(bool(text))

    @staticmethod
    def _below(hub, tier_id: str, paid) -> bool:
        from wizard.core.order import is_downgrade  # only with a paid plan: after the first paint

        return is_downgrade(hub, tier_id, paid)

    def _update_cards(self, *_args) -> None:
        language = self.language
        currency = current_currency(self)
        self._update_change()
        for index, hub in enumerate(self.session.catalog.hubs):
            self.tabs.setTabText(index, hub.name_in(language))
            self.tabs.setTabToolTip(index, fill(self.tr("Editions of %1"), hub.name_in(language)))
            subscription = self.session.subscriptions.get(hub.id)
            current = subscription.tier if subscription else None
            paid = self._paid_plan(hub.id)
            for tier in hub.tiers:
                card = self.cards[(hub.id, tier.id)]
                name = tier.name_in(language)
                card.name_label.setText(name)
                card.description.setText(tier.description_in(language))
                if paid is not None and self._below(hub, tier.id, paid):  # not self-serve from a higher plan
                    card.price.setText(self.tr("Below your current plan: through our sales team"))
                elif tier.self_serve and not self.priced:
                    card.price.setText("")
                elif tier.self_serve:
                    card.price.setText(price_per_month_text(tier, currency, tier.prices[currency].monthly, language))
                else:
                    card.price.setText(self.tr("Contact sales"))
                card.badge.setText(self.tr("Your current plan"))
                card.badge.setVisible(current == tier.id)
                card.choice.setText(self.tr("Selected") if card.is_selected() else "")
                card.setToolTip(self.tr("Press Space to choose this edition"))
                card.setAccessibleName(f"{hub.name_in(language)} {name}")
                parts = [card.price.text(), tier.description_in(language)]
                if current == tier.id:
                    parts.insert(0, card.badge.text())
                if card.is_selected():
                    parts.insert(0, card.choice.text())
                card.setAccessibleDescription(". ".join(parts))

    def _mark_selection(self) -> None:
        for (hub_id, tier_id), card in self.cards.items():
            card.set_selected(hub_id == self._hub and tier_id == self._tier)
        self._update_cards()

    def _hub_index(self, hub_id: str) -> int:
        return [h.id for h in self.session.catalog.hubs].index(hub_id)
