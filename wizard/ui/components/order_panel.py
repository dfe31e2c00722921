"""The order beside every step: a narrow panel at the side of the wizard (objectName "orderSummary").

It shows the wizard's Order (core.order) as it stands, each item as a key above its value, so it
fits a narrow column in both languages. It holds no choice of its own: the wizard hands it the Order
again on every change (`show_order`), and a language switch renders the same Order again.
The keys and most values are the review page's own words (order_summary's translation context), so
the panel and the review never name a thing differently.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from wizard.core.catalog import product_name
from wizard.ui.components.order_summary import CONTEXT, KEYS, unassigned_seats_text
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.prices import excl_vat, plus_vat, price_per_month_text, vat_key_text
from wizard.ui.kit.retranslating import Retranslating

if TYPE_CHECKING:  # the order module is loaded after the first paint
    from wizard.core.order import Order

WIDTH = 210  # the pages keep the rest of the wizard's 960 px minimum (the payment page needs it)
NAMES_SHOWN = 3  # fewer than the review page's six: the panel is a narrow column
# The items, top to bottom. "credit" shows only when an upgrade credits the current plan.
ROWS = ("product", "currency", "interval", "users", "unit_price", "net", "credit", "subtotal", "vat", "due_now",
        "next_charge")
STYLE = (
    "QFrame#orderSummary { background: #f5f8fa; border-left: 1px solid #cbd6e2; }"
    " QLabel[role=\"panelKey\"] { color: #516f90; }"
)


class OrderPanel(Retranslating, QFrame):
    """`keys[row]`, `values[row]`: the labels of each of ROWS (objectNames "panel<Row>Key" / "...Value")."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.order: Order | None = None
        self._shown_once = False
        self.setObjectName("orderSummary")
        self.setFixedWidth(WIDTH)
        self.setStyleSheet(STYLE)
        self.title = QLabel(self, objectName="orderPanelTitle", wordWrap=True)
        self.title.setProperty("emphasis", True)
        # Shown instead of the items while the order is not complete (no price yet).
        self.incomplete = QLabel(self, objectName="orderPanelIncomplete", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 12, 14)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addSpacing(6)
        layout.addWidget(self.incomplete)
        self.keys: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in ROWS:
            camel = "".join(part.title() for part in name.split("_"))
            key = QLabel(self, objectName=f"panel{camel}Key", wordWrap=True)
            key.setProperty("role", "panelKey")
            value = QLabel(self, objectName=f"panel{camel}Value", wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setContentsMargins(0, 0, 0, 4)  # the gap to the next item, gone with a hidden row
            layout.addWidget(key)
            layout.addWidget(value)
            self.keys[name], self.values[name] = key, value
        layout.addStretch(1)
        self.retranslate()

    def show_order(self, order: Order | None) -> None:
        """Shows `order` (None, or an order without a price: the "not complete yet" note).

        The same order again (a page change that changed nothing of it) is not formatted again;
        a language switch comes through retranslate()."""
        if order == self.order and self._shown_once:
            return
        self.order, self._shown_once = order, True
        self.retranslate()

    # -- texts -------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your order"))
        self.incomplete.setText(self.tr("The price shows here as soon as your choice is complete."))
        order = self.order if self.order is not None and self.order.quote is not None else None
        self.incomplete.setVisible(order is None)
        texts = self._texts(order) if order is not None else {}
        for name in ROWS:
            text = texts.get(name)
            shown = text is not None
            self.keys[name].setVisible(shown)
            self.values[name].setVisible(shown)
            if shown:
                self.keys[name].setText(self._key(name, order))
                self.values[name].setText(text)
                self.values[name].setAccessibleName(self.keys[name].text())

    def _key(self, name: str, order: Order) -> str:
        if name == "subtotal":
            return self.tr("Subtotal")
        if name == "users" and order.tier.seat_based:
            return QCoreApplication.translate("OrderSummaryGrid", "Licensed users (%n)", "", order.seats)
        if name == "credit":
            current = order.current
            plan = product_name(self.session.catalog, current.hub, current.tier, self.session.language)
            return fill(self.tr("Credit for %1"), plan)
        if name == "vat":
            return vat_key_text(order.charges.vat_rate_bp, self.session.language)
        return QCoreApplication.translate(CONTEXT, KEYS[name])

    def _texts(self, order: Order) -> dict[str, str | None]:
        """Each row's value in the current language; None hides the row."""
        from wizard.core.money import currency_name, format_date, format_money

        language, quote, charges = self.session.language, order.quote, order.charges
        monthly = quote.interval == "monthly"
        per_unit = price_per_month_text(order.tier, quote.currency, quote.unit_price_minor, language)
        if not monthly:
            per_unit = fill(QCoreApplication.translate("OrderSummaryGrid", "%1, billed annually"), per_unit)
        return {
            "product": order.product_name(language),
            "currency": fill(QCoreApplication.translate("OrderSummaryGrid", "%1 \u2014 %2", "currency code and name"),
                             quote.currency, currency_name(quote.currency, language)),
            "interval": QCoreApplication.translate("OrderSummaryGrid", "Monthly billing") if monthly
            else QCoreApplication.translate("OrderSummaryGrid", "Annual invoice"),
            "users": self._users_text(order),
            "unit_price": per_unit,
            # Seats x unit price x months, net; less the credit for the current plan (both shown only with a
            # credit); the subtotal VAT is on; the VAT; the total.
            "net": excl_vat(format_money(charges.net_minor, quote.currency, language)) if charges.credit_minor
            else None,
            "credit": self._credit_text(order),
            "subtotal": excl_vat(format_money(charges.subtotal_minor, quote.currency, language)),
            "vat": self._vat_text(order),
            "due_now": self._due_text(order),
            "next_charge": format_date(quote.next_charge_date, language),
        }

    def _users_text(self, order: Order) -> str:
        """Who is licensed, shortened as the review page does ("A, B, C and 9 more")."""
        if not order.tier.seat_based:
            return QCoreApplication.translate("OrderSummaryGrid", "The whole account (not licensed per user)")
        chosen = order.licensed_names(self.session.users)
        shown = ", ".join(chosen[:NAMES_SHOWN])
        if len(chosen) > NAMES_SHOWN:
            more = QCoreApplication.translate("OrderSummaryGrid", "%1 and %n more", "", len(chosen) - NAMES_SHOWN)
            shown = fill(more, shown)
        return unassigned_seats_text(shown, order.seats - len(chosen)) or shown

    # -- the charges (core/charges.py) -------------------------------------

    def _money(self, order: Order, minor: int) -> str:
        from wizard.core.money import format_money

        return format_money(minor, order.quote.currency, self.session.language)

    def _credit_text(self, order: Order) -> str | None:
        """The credit for the current plan's unused part ("\u2212€60.00"), or None (row hidden) without one."""
        credit = order.charges.credit_minor
        return "\u2212" + self._money(order, credit) if credit else None

    def _vat_text(self, order: Order) -> str:
        """The VAT amount, or where it comes from while the company's country is not known."""
        vat = order.charges.vat_minor
        if vat is None:
            return self.tr("Calculated from your company's country")
        return self._money(order, vat)

    def _due_text(self, order: Order) -> str:
        """The total with VAT; while the VAT is not known, the amount before it "plus VAT"."""
        charges = order.charges
        if charges.total_minor is None:
            return plus_vat(self._money(order, charges.subtotal_minor))
        return self._money(order, charges.total_minor)
