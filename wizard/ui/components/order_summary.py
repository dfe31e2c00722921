"""An order's details, a row per item (key and value): what the review page shows before the purchase,
and what the order history's details show of it later.

One renderer, so both say the same things in the same words. It reads an `OrderFacts` (plain values that
the wizard's Order and the ledger's OrderSummary both have) and renders it in whatever language is current.
How the order is paid is its owner's sentence (the review page tells whether a new card is shared), given
with the facts again from the owner's `retranslate()`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from wizard.core.account import OrderSummary
from wizard.core.catalog import product_name
from wizard.core.order import Company, Order
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.prices import excl_vat, price_per_month_text
from wizard.ui.kit.retranslating import Retranslating

NAMES_SHOWN = 6  # more licensed users than this are summed up as "and N more"

CONTEXT = "OrderSummaryGrid"  # the class's own: its tr() strings and the keys below are translated together
# The rows the grid can show, each with its key.
KEYS = {
    "number": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Order number"),
    "date": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Date"),
    "product": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Product"),
    "users": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Licensed users"),
    "interval": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Billing interval"),
    "currency": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Currency"),
    "unit_price": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Price per unit"),
    "net": QT_TRANSLATE_NOOP("OrderSummaryGrid", "New plan"),  # its price, before the credit (shown with one)
    "subtotal": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Subtotal"),
    "credit": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Credit"),  # the key when the replaced plan is not known
    "vat": QT_TRANSLATE_NOOP("OrderSummaryGrid", "VAT"),  # the key when the rate is not known
    "amount": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Amount charged"),  # in the order history
    "due_now": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Due today"),  # on the review page, before the purchase
    "next_charge": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Next charge on"),
    "payment": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Payment method"),
    "company": QT_TRANSLATE_NOOP("OrderSummaryGrid", "Company"),
}


def unassigned_seats_text(names: str, unassigned: int) -> str:
    """The licensed users' names (shortened) with the seats bought for nobody yet (a kiosk visitor names
    only some); "" when every seat has a name."""
    if unassigned <= 0:
        return ""
    if not names:
        return QCoreApplication.translate("OrderSummaryGrid", "%n seat(s), not yet assigned", "", unassigned)
    return fill(QCoreApplication.translate("OrderSummaryGrid", "%1, and %n seat(s) not yet assigned", "",
                                           unassigned), names)


@dataclass(frozen=True)
class OrderFacts:
    """What the rows show, in no language yet."""

    hub: str
    tier: str
    interval: str  # "monthly" or "annual"
    currency: str
    unit_price_minor: int  # per unit per month
    amount_due_minor: int  # charged when it is (was) bought
    next_charge_date: dt.date
    company: Company
    user_names: tuple[str, ...] = ()  # the licensed users; empty for a tier not licensed per user
    seats: int = 0  # of a tier licensed per user, when more than the names (seats not yet assigned); else 0
    number: str = ""  # the order number, once bought
    created_at: dt.datetime | None = None  # when it was bought (UTC)
    # The charges (core/charges.py). net_minor None: an order from before they were recorded, shown as before.
    net_minor: int | None = None
    credit_minor: int = 0
    vat_rate_bp: int | None = None  # None: not known (no company country yet) or not recorded
    vat_minor: int | None = None
    total_minor: int | None = None
    refund_minor: int = 0  # the replaced plan's unused part, refunded in refund_currency
    refund_currency: str = ""
    credited_plan: tuple[str, str] | None = None  # (hub, tier) of the plan credited, when known
    unused_days: int = 0  # of that plan's period, when known

    @classmethod
    def of_order(cls, order: Order, user_names) -> OrderFacts:
        """The wizard's order, about to be bought."""
        quote, charges, current = order.quote, order.charges, order.current
        proration = charges.proration if charges else None
        due = charges.total_minor if charges and charges.total_minor is not None else quote.amount_due_minor
        return cls(
            hub=order.hub.id, tier=order.tier.id, interval=quote.interval, currency=quote.currency,
            unit_price_minor=quote.unit_price_minor, amount_due_minor=due,
            next_charge_date=quote.next_charge_date, company=order.selection.company, user_names=tuple(user_names),
            seats=order.seats if order.tier.seat_based else 0,
            net_minor=charges.net_minor if charges else None, credit_minor=charges.credit_minor if charges else 0,
            vat_rate_bp=charges.vat_rate_bp if charges else None, vat_minor=charges.vat_minor if charges else None,
            total_minor=charges.total_minor if charges else None,
            refund_minor=charges.refund_minor if charges else 0,
            refund_currency=charges.refund_currency if charges else "",
            credited_plan=(current.hub, current.tier) if current is not None else None,
            unused_days=proration.unused_days if proration else 0,
        )

    @classmethod
    def of_summary(cls, order: OrderSummary) -> OrderFacts:
        """An order of the account's history."""
        company = Company(
            name=order.company_name, street=order.company_street, postal_code=order.company_postal_code,
            city=order.company_city, country=order.company_country, vat_id=order.vat_id,
        )
        return cls(
            hub=order.hub, tier=order.tier, interval=order.interval, currency=order.currency,
            unit_price_minor=order.unit_price_minor, amount_due_minor=order.amount_due_minor,
            next_charge_date=order.next_charge_date, company=company, user_names=order.licensed_user_names,
            seats=order.seats if order.licensed_user_names else 0,  # no names: a tier not licensed per user
            number=order.number, created_at=order.created_at,
            net_minor=order.net_minor, credit_minor=order.credit_minor or 0, vat_rate_bp=order.vat_rate_bp,
            vat_minor=order.vat_minor, total_minor=order.total_minor, refund_minor=order.refund_minor or 0,
            refund_currency=order.refund_currency,
        )


class OrderSummaryGrid(Retranslating, QWidget):
    """`keys[row]` and `values[row]`: the labels of each of `rows`, names from KEYS, in the owner's order
    (objectNames "<row>Key", "<row>Value")."""

    def __init__(self, session, rows: tuple[str, ...], parent=None, *, column_gap: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("orderSummaryGrid")
        self.facts: OrderFacts | None = None
        self.payment = ""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)  # laid out as if the rows were the owner's own
        grid.setColumnStretch(1, 1)
        if column_gap is not None:
            grid.setHorizontalSpacing(column_gap)
        self.keys: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for row, name in enumerate(rows):
            key, value = QLabel(objectName=f"{name}Key"), QLabel(objectName=f"{name}Value")
            key.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(key, row, 0)
            grid.addWidget(value, row, 1)
            self.keys[name], self.values[name] = key, value
        self.retranslate()

    def show_order(self, facts: OrderFacts, payment: str) -> None:
        """Shows `facts`; `payment`: the owner's words for how it is paid, in the current language."""
        self.facts, self.payment = facts, payment
        self.retranslate()

    def retranslate(self) -> None:
        for name, label in self.keys.items():
            key = QCoreApplication.translate(CONTEXT, KEYS[name])
            label.setText(key)
            self.values[name].setAccessibleName(key)
        if self.facts is None:
            return
        for name, text in self._texts(self.facts).items():
            if name in self.values:
                # None: a row this order has not (no credit; no charges recorded in an old order).
                self.keys[name].setVisible(text is not None)
                self.values[name].setVisible(text is not None)
                self.values[name].setText(text or "")
        seats = max(len(self.facts.user_names), self.facts.seats)
        if "users" in self.keys and seats:
            self.keys["users"].setText(self.tr("Licensed users (%n)", "", seats))
        for name, key in self._charge_keys(self.facts).items():
            if name in self.keys:
                self.keys[name].setText(key)
                self.values[name].setAccessibleName(key)

    def _charge_keys(self, facts: OrderFacts) -> dict[str, str]:
        """The keys that name more than their row: the plan credited, the VAT rate."""
        from wizard.ui.kit.prices import vat_key_text

        keys = {"vat": vat_key_text(facts.vat_rate_bp, self.session.language)}
        if facts.credited_plan is not None:
            plan = product_name(self.session.catalog, *facts.credited_plan, self.session.language)
            keys["credit"] = fill(self.tr("Credit for %1 (%n unused day(s))", "", facts.unused_days), plan)
        return keys

    def _texts(self, facts: OrderFacts) -> dict[str, str | None]:
        from wizard.core.money import currency_name, format_date, format_money
        from wizard.ui.kit.prices import excl_vat, plus_vat

        language, catalog = self.session.language, self.session.catalog
        amount = format_money(facts.amount_due_minor, facts.currency, language)
        # A recorded order shows its charges only when it recorded its VAT: one from before the charges, or
        # recorded without them (net = total, no VAT), shows as before. Before the purchase, the VAT may not be
        # known yet (no company country).
        charged = facts.net_minor is not None and (facts.vat_rate_bp is not None or not facts.number)

        def money(minor: int) -> str:
            return format_money(minor, facts.currency, language)

        vat = None
        if charged:  # unknown until the company's country is entered
            vat = money(facts.vat_minor) if facts.vat_minor is not None else self.tr("from the company's country")
        due = amount
        if charged and facts.total_minor is None:  # no company country yet: the VAT is not known
            due = plus_vat(money(max(facts.net_minor - facts.credit_minor, 0)))
        return {
            # With a credit: the new plan's price, the credit, and what is left of it (the subtotal VAT is on).
            "net": excl_vat(money(facts.net_minor)) if charged and facts.credit_minor else None,
            "credit": "\u2212" + money(facts.credit_minor) if charged and facts.credit_minor else None,
            "subtotal": excl_vat(money(max(facts.net_minor - facts.credit_minor, 0))) if charged else None,
            "vat": vat,
            "number": facts.number,
            "date": format_date(facts.created_at.astimezone().date(), language) if facts.created_at else "",
            "product": product_name(catalog, facts.hub, facts.tier, language),
            "users": self._users_text(facts.user_names, facts.seats),
            "interval": self.tr("Monthly billing") if facts.interval == "monthly" else self.tr("Annual invoice"),
            "currency": fill(self.tr("%1 \u2014 %2", "currency code and name"), facts.currency,
                             currency_name(facts.currency, language)),
            "unit_price": self._unit_price_text(facts),
            "amount": amount,
            "due_now": due,
            "next_charge": format_date(facts.next_charge_date, language),
            "payment": self.payment,
            "company": self._company_text(facts.company),
        }

    def _unit_price_text(self, facts: OrderFacts) -> str:
        from wizard.core.money import format_money

        language = self.session.language
        try:
            tier = self.session.catalog.tier(facts.hub, facts.tier)
        except KeyError:  # a replaced catalog no longer sells it: the amount without "per user"
            text = excl_vat(format_money(facts.unit_price_minor, facts.currency, language))
        else:
            text = price_per_month_text(tier, facts.currency, facts.unit_price_minor, language)
        return fill(self.tr("%1, billed annually"), text) if facts.interval == "annual" else text

    def _users_text(self, names: tuple[str, ...], seats: int = 0) -> str:
        shown = ", ".join(names[:NAMES_SHOWN])
        if len(names) > NAMES_SHOWN:
            shown = fill(self.tr("%1 and %n more", "", len(names) - NAMES_SHOWN), shown)
        return (unassigned_seats_text(shown, seats - len(names)) or shown
                or self.tr("The whole account (not licensed per user)"))

    def _company_text(self, company: Company) -> str:
        from wizard.ui.kit.countries import country_names

        country = dict(country_names(self.session.language)).get(company.country, company.country)
        lines = [company.name, company.street, f"{company.postal_code} {company.city}".strip(), country]
        if company.vat_id:
            lines.append(fill(self.tr("VAT ID %1"), company.vat_id))
        return "\n".join(line for line in lines if line)
