"""Step 2: the currency. Each currency has its own price list in the catalog."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout

from wizard.ui.kit.page import Page
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.widgets import ValueComboBox, set_texts
from wizard.ui.upgrade.fields import default_currency


class CurrencyPage(Page):
    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("currencyPage")
        self.combo = ValueComboBox(self)
        self.combo.setObjectName("currencyCombo")
        # Grows with the longest name when the language changes (German names are longer).
        self.combo.setSizeAdjustPolicy(ValueComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in session.catalog.currencies:
            self.combo.addItem(code, code)
        self.combo.value = default_currency(session)
        self.label = QLabel(self, objectName="currencyLabel")
        self.label.setBuddy(self.combo)
        self.price = QLabel(self, objectName="currencyPrice", wordWrap=True)
        self.price.setProperty("emphasis", True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.label, self.combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.price)
        layout.addStretch(1)
        # Registered with its default, so the product page can price before this page is seen.
        self.registerField("currency", self.combo, "value", self.combo.valueChanged)
        self.combo.valueChanged.connect(self._update_price)
        self.retranslate()

    def initializePage(self) -> None:
        self._update_price()

    keeps_entries_on_back = True  # Back keeps the choice

    def forget(self) -> None:
        # Not the value at registration: the account's default currency.
        self.combo.value = default_currency(self.session)

    def retranslate(self) -> None:
        from wizard.core.money import currency_name

        self.set_heading(
            self.tr("Currency"),
            self.tr("Choose the currency you want to pay in. Each currency has its own price list."),
        )
        self.label.setText(self.tr("&Currency:"))
        set_texts(self.combo, name=self.tr("Currency"), tip=self.tr("The currency of your order"))
        for index in range(self.combo.count()):
            code = self.combo.itemData(index)
            self.combo.setItemText(
                index, fill(self.tr("%1 — %2", "currency code and name"), code, currency_name(code, self.language))
            )
        self._update_price()

    def _update_price(self, *_args) -> None:
        from wizard.ui.kit.prices import price_per_month_text

        wizard = self.wizard()
        tier = wizard.tier() if wizard is not None else None
        if tier is None or not tier.self_serve:
            self.price.setText("")
            return
        hub = self.session.catalog.hub(wizard.field("hub"))
        code = self.combo.value
        price = price_per_month_text(tier, code, tier.prices[code].monthly, self.language)
        self.price.setText(
            fill(
                self.tr("%1 %2: %3 with monthly billing"), hub.name_in(self.language), tier.name_in(self.language), price
            )
        )
