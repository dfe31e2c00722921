"""The billing interval page: prices per interval, the computed saving, the Next button's words."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from pages_support import activate, catalog_with, click_next, click_tier
from wizard.core.money import format_money
from wizard.core.pricing import annual_saving_percent


def open_billing(qtbot, wizard, hub, tier):
    click_tier(qtbot, wizard, hub, tier)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    assert page.objectName() == "billingPage"
    return page


def test_next_reads_buy_monthly_or_annual_plan_as_chosen(qtbot, make_wizard):
    wizard = make_wizard()
    page = open_billing(qtbot, wizard, "sales", "professional")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.field("interval") == "monthly"
    assert next_button.text() == "Buy monthly plan"
    qtbot.mouseClick(page.radios["annual"], Qt.MouseButton.LeftButton)
    assert (wizard.field("interval"), next_button.text()) == ("annual", "Buy annual plan")
    activate(qtbot, wizard)
    page.radios["annual"].setFocus()
    qtbot.keyClick(page.radios["annual"], Qt.Key.Key_Up)  # arrow keys move between the choices
    assert (wizard.field("interval"), next_button.text()) == ("monthly", "Buy monthly plan")
    wizard.setField("interval", "annual")
    assert page.radios["annual"].isChecked() and next_button.text() == "Buy annual plan"


def test_prices_and_the_saving_come_from_the_catalog(qtbot, make_wizard):
    wizard = make_wizard()
    page = open_billing(qtbot, wizard, "marketing", "professional")
    price = wizard.session.catalog.tier("marketing", "professional").prices["EUR"]
    assert format_money(price.monthly, "EUR", "en") in page.prices["monthly"].text()
    assert format_money(price.annual, "EUR", "en") in page.prices["annual"].text()
    assert format_money(price.annual * 12, "EUR", "en") in page.prices["annual"].text()
    percent = annual_saving_percent(price)
    assert percent is not None
    assert page.saving.isVisible() and page.saving.text() == f"Save {percent}%"


def test_no_saving_shown_when_annual_is_not_cheaper(qtbot, make_wizard, tmp_path):
    catalog = catalog_with(tmp_path, "marketing", "starter",
                           prices={c: {"monthly": "20.00", "annual": "20.00"} for c in ("EUR", "USD", "GBP", "CHF", "AUD")}
                           | {"JPY": {"monthly": "2000", "annual": "2000"}})
    wizard = make_wizard(catalog_path=catalog)
    page = open_billing(qtbot, wizard, "marketing", "starter")
    assert not page.saving.isVisible()


def test_only_the_intervals_the_tier_allows(qtbot, make_wizard, tmp_path):
    catalog = catalog_with(tmp_path, "marketing", "starter", intervals=["annual"])
    wizard = make_wizard(catalog_path=catalog)
    page = open_billing(qtbot, wizard, "marketing", "starter")
    assert not page.radios["monthly"].isVisible()
    assert page.radios["annual"].isVisible() and page.radios["annual"].isChecked()
    assert wizard.field("interval") == "annual"
    assert not page.saving.isVisible()  # nothing to choose between, nothing saved
