"""Step 3: the billing interval — "Monthly billing" or "Annual invoice"."""
from __future__ import annotations

from PySide6.QtCore import Property, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QVBoxLayout, QWizard

from wizard.core.catalog import INTERVALS
from wizard.ui.kit.page import Page
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.prices import price_per_month_text, price_per_year_text
from wizard.ui.upgrade.fields import current_currency


class BillingPage(Page):
    intervalChanged = Signal(str)

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("billingPage")
        self._interval = "monthly"
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.prices: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)  # the saving sits right after the annual choice
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for row, interval in enumerate(INTERVALS):
            radio = QRadioButton(self, objectName=f"{interval}Radio")
            price = QLabel(self, objectName=f"{interval}Price", wordWrap=True)
            price.setProperty("secondary", True)
            self.group.addButton(radio)
            radio.toggled.connect(lambda on, i=interval: on and self._set_interval(i))
            grid.addWidget(radio, row * 2, 0)
            grid.addWidget(price, row * 2 + 1, 0, 1, 3)
            grid.setRowMinimumHeight(row * 2 + 1, 28)
            self.radios[interval] = radio
            self.prices[interval] = price
        self.saving = QLabel(self, objectName="savingLabel")
        grid.addWidget(self.saving, 2, 1)
        self.radios["monthly"].setChecked(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.registerField("interval", self, "interval", self.intervalChanged)
        self.retranslate()

    # -- the field -------------------------------------------------------

    def _get_interval(self) -> str:
        return self._interval

    def _set_interval(self, interval: str) -> None:
        if interval not in INTERVALS:
            return
        if not self.radios[interval].isChecked():
            self.radios[interval].setChecked(True)  # comes back here through toggled
            return
        if interval != self._interval:
            self._interval = interval
            self.intervalChanged.emit(interval)
        self._update_button()

    interval = Property(str, _get_interval, _set_interval, notify=intervalChanged)

    # -- page life -------------------------------------------------------

    def initializePage(self) -> None:
        tier = self.wizard().tier()
        allowed = tier.intervals if tier is not None else INTERVALS
        for interval, radio in self.radios.items():
            radio.setVisible(interval in allowed)
            self.prices[interval].setVisible(interval in allowed)
        if self._interval not in allowed:
            self._set_interval(allowed[0])
        self._update_prices()

    # Back keeps the choice; a restart forgets it (Page.forget resets the field).
    keeps_entries_on_back = True

    # -- texts -----------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(self.tr("Billing interval"), self.tr("Choose how often you want to be billed."))
        self.radios["monthly"].setText(self.tr("&Monthly billing"))
        self.radios["annual"].setText(self.tr("&Annual invoice"))
        self.radios["monthly"].setAccessibleName(self.tr("Monthly billing"))
        self.radios["annual"].setAccessibleName(self.tr("Annual invoice"))
        self._update_button()
        self._update_prices()

    def _update_button(self) -> None:
        if self._interval == "annual":
            text = self.tr("Buy annual plan")
        else:
            text = self.tr("Buy monthly plan")
        self.setButtonText(QWizard.WizardButton.NextButton, text)

    def _update_prices(self) -> None:
        from wizard.core.pricing import annual_saving_percent

        wizard = self.wizard()
        tier = wizard.tier() if wizard is not None else None
        if tier is None or not tier.self_serve:
            for label in self.prices.values():
                label.setText("")
            self.saving.hide()
            return
        currency = current_currency(self)
        price = tier.prices[currency]
        self.prices["monthly"].setText(price_per_month_text(tier, currency, price.monthly, self.language))
        self.prices["annual"].setText(
            fill(
                self.tr("%1, invoiced once a year: %2"),
                price_per_month_text(tier, currency, price.annual, self.language, net=False),
                price_per_year_text(tier, currency, price.annual * 12, self.language),
            )
        )
        # The saving is computed from the two prices, and only means something when both can be chosen.
        percent = annual_saving_percent(price) if len(tier.intervals) > 1 else None
        self.saving.setVisible(percent is not None)
        if percent is not None:
            self.saving.setText(fill(self.tr("Save %1%"), percent))
        for interval, radio in self.radios.items():
            radio.setAccessibleDescription(self.prices[interval].text())
