"""One order of the history, in full: what the review page showed when it was bought.

Rendered from the OrderSummary in whatever language is current; the card is
shown masked (the ledger has nothing more).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout

from wizard.core.account import OrderSummary
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.shell.billing_models import product_name

NAMES_SHOWN = 6  # more licensed users than this are summed up as "and N more", as on the review page
ROWS = ("number", "date", "product", "users", "interval", "currency", "unit_price", "amount", "next_charge",
        "payment", "company")


class OrderDetails(Retranslating, QDialog):
    def __init__(self, session, order: OrderSummary, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.order = order
        self.setObjectName("orderDetails")
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(16)
        self.keys: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for row, name in enumerate(ROWS):
            key, value = QLabel(objectName=f"{name}Key"), QLabel(objectName=f"{name}Value")
            key.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(key, row, 0)
            grid.addWidget(value, row, 1)
            self.keys[name], self.values[name] = key, value
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        keys = {
            "number": self.tr("Order number"),
            "date": self.tr("Date"),
            "product": self.tr("Product"),
            "users": self.tr("Licensed users"),
            "interval": self.tr("Billing interval"),
            "currency": self.tr("Currency"),
            "unit_price": self.tr("Price per unit"),
            "amount": self.tr("Amount charged"),
            "next_charge": self.tr("Next charge on"),
            "payment": self.tr("Payment method"),
            "company": self.tr("Company"),
        }
        for name, text in keys.items():
            self.keys[name].setText(text)
            self.values[name].setAccessibleName(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.setWindowTitle(fill(self.tr("Order %1"), self.order.number))
        for name, text in self.texts().items():
            self.values[name].setText(text)

    def texts(self) -> dict[str, str]:
        from wizard.core.money import currency_name, format_date, format_money
        from wizard.ui.kit.countries import country_names
        from wizard.ui.kit.prices import price_per_month_text

        order, language, catalog = self.order, self.session.language, self.session.catalog
        try:
            tier = catalog.tier(order.hub, order.tier)
        except KeyError:
            tier = None
        if tier is not None:
            unit_price = price_per_month_text(tier, order.currency, order.unit_price_minor, language)
        else:
            unit_price = format_money(order.unit_price_minor, order.currency, language)
        if order.interval == "annual":
            unit_price = fill(self.tr("%1, billed annually"), unit_price)
        country = dict(country_names(language)).get(order.company_country, order.company_country)
        lines = [order.company_name, order.company_street,
                 f"{order.company_postal_code} {order.company_city}".strip(), country]
        if order.vat_id:
            lines.append(fill(self.tr("VAT ID %1"), order.vat_id))
        names = order.licensed_user_names
        users = ", ".join(names[:NAMES_SHOWN])
        if len(names) > NAMES_SHOWN:
            users = fill(self.tr("%1 and %n more", "", len(names) - NAMES_SHOWN), users)
        users_key = self.tr("Licensed users (%n)", "", len(names)) if names else self.tr("Licensed users")
        self.keys["users"].setText(users_key)
        return {
            "number": order.number,
            "date": format_date(order.created_at.astimezone().date(), language),
            "product": product_name(catalog, order.hub, order.tier, language),
            "users": users or self.tr("The whole account (not licensed per user)"),
            "interval": self.tr("Monthly billing") if order.interval == "monthly" else self.tr("Annual invoice"),
            "currency": f"{order.currency} \u2014 {currency_name(order.currency, language)}",
            "unit_price": unit_price,
            "amount": format_money(order.amount_due_minor, order.currency, language),
            "next_charge": format_date(order.next_charge_date, language),
            "payment": order.payment_masked or self.tr("No card on record"),
            "company": "\n".join(line for line in lines if line),
        }
