"""The product page (tabs of hubs, tier cards) and the branching it drives."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from pages_support import back_to_product, click_next, click_tab, click_tier, db_rows
from wizard.core.money import format_money
from wizard.ui.upgrade.fields import PageId


def test_next_is_greyed_out_until_a_tier_is_clicked(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.currentPage()
    assert page.objectName() == "productPage"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click_tier(qtbot, wizard, "sales", "professional")
    assert (wizard.field("hub"), wizard.field("tier")) == ("sales", "professional")
    assert page.cards[("sales", "professional")].is_selected()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # Only one card is chosen across all tabs.
    click_tier(qtbot, wizard, "marketing", "starter")
    assert (wizard.field("hub"), wizard.field("tier")) == ("marketing", "starter")
    assert [key for key, card in page.cards.items() if card.is_selected()] == [("marketing", "starter")]


def test_a_tab_click_alone_changes_no_choice(qtbot, make_wizard):
    wizard = make_wizard()
    click_tier(qtbot, wizard, "marketing", "professional")
    click_tab(qtbot, wizard, "service")
    assert (wizard.field("hub"), wizard.field("tier")) == ("marketing", "professional")


def test_set_field_selects_tab_and_card(make_wizard):
    wizard = make_wizard()
    page = wizard.page(PageId.PRODUCT)
    wizard.setField("hub", "service")
    wizard.setField("tier", "professional")
    assert page.tabs.currentIndex() == 2
    assert page.cards[("service", "professional")].is_selected()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.setField("tier", "no-such-tier")  # ignored, the choice stays valid
    assert wizard.field("tier") == "professional"


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return])
def test_a_card_is_chosen_by_keyboard(qtbot, make_wizard, key):
    wizard = make_wizard()
    card = wizard.page(PageId.PRODUCT).cards[("marketing", "professional")]
    assert card.focusPolicy() & Qt.FocusPolicy.TabFocus
    card.setFocus()
    qtbot.keyClick(card, key)
    assert (wizard.field("hub"), wizard.field("tier")) == ("marketing", "professional")


def test_cards_show_catalog_prices_and_mark_the_current_plan(make_wizard, ledger_path):
    wizard = make_wizard()
    page = wizard.page(PageId.PRODUCT)
    catalog = wizard.session.catalog
    current = {row["hub"]: row["tier"] for row in db_rows(ledger_path, "SELECT hub, tier FROM subscriptions")}
    assert current, "the demo account has a subscription"
    assert wizard.field("currency") == "EUR"  # a German account
    for hub in catalog.hubs:
        assert page.tabs.tabText(catalog.hubs.index(hub)) == hub.name_in("en")
        for tier in hub.tiers:
            card = page.cards[(hub.id, tier.id)]
            assert card.name_label.text() == tier.name_in("en")
            assert card.description.text() == tier.description_in("en")
            if tier.self_serve:
                assert format_money(tier.prices["EUR"].monthly, "EUR", "en") in card.price.text()
            else:
                assert card.price.text() == "Contact sales"
            assert card.badge.isVisibleTo(card) == (current.get(hub.id) == tier.id)
    assert all(card.badge.text() == "Your current plan" for card in page.cards.values())
    assert all(card.price.text().endswith(" excl. VAT")
               for (hub, tier), card in page.cards.items() if catalog.tier(hub, tier).self_serve and hub != "sales")


def test_prices_follow_the_chosen_currency(qtbot, make_wizard):
    wizard = make_wizard()
    click_tier(qtbot, wizard, "marketing", "starter")
    click_next(qtbot, wizard)
    combo = wizard.currentPage().combo
    assert combo.currentText() == "EUR — Euro"
    combo.setFocus()
    # Keyboard: walk down the list to CHF.
    while combo.value != "CHF":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert wizard.field("currency") == "CHF"
    starter = wizard.session.catalog.tier("marketing", "starter")
    expected = format_money(starter.prices["CHF"].monthly, "CHF", "en")
    assert expected in wizard.currentPage().price.text()
    back_to_product(qtbot, wizard)
    assert expected in wizard.currentPage().cards[("marketing", "starter")].price.text()


@pytest.mark.parametrize(
    ("hub", "tier", "licenses_shown"),
    [("marketing", "starter", False), ("sales", "professional", True), ("service", "professional", True)],
)
def test_licenses_page_only_for_seat_based_tiers(qtbot, make_wizard, hub, tier, licenses_shown):
    wizard = make_wizard()
    click_tier(qtbot, wizard, hub, tier)
    for _ in range(3):
        click_next(qtbot, wizard)
    expected = PageId.LICENSES if licenses_shown else PageId.PAYMENT
    assert wizard.currentId() == expected


def test_going_back_and_changing_the_hub_adds_and_drops_the_licenses_page(qtbot, make_wizard):
    wizard = make_wizard()
    click_tier(qtbot, wizard, "marketing", "professional")
    for _ in range(3):
        click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.PAYMENT
    assert PageId.LICENSES not in wizard.visitedIds()

    back_to_product(qtbot, wizard)
    click_tier(qtbot, wizard, "sales", "starter")
    for _ in range(3):
        click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.LICENSES
    assert wizard.currentPage().objectName() == "licensesPage"
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.PAYMENT
    assert PageId.LICENSES in wizard.visitedIds()

    back_to_product(qtbot, wizard)
    click_tier(qtbot, wizard, "marketing", "starter")
    for _ in range(3):
        click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.PAYMENT
    assert PageId.LICENSES not in wizard.visitedIds()


def test_back_keeps_currency_and_interval(qtbot, make_wizard):
    wizard = make_wizard()
    click_tier(qtbot, wizard, "sales", "professional")
    click_next(qtbot, wizard)
    wizard.currentPage().combo.value = "GBP"
    click_next(qtbot, wizard)
    qtbot.mouseClick(wizard.currentPage().radios["annual"], Qt.MouseButton.LeftButton)
    back_to_product(qtbot, wizard)
    assert (wizard.field("currency"), wizard.field("interval")) == ("GBP", "annual")
    assert wizard.field("tier") == "professional"


def test_contact_sales_tier_leads_to_the_sales_form(qtbot, make_wizard):
    wizard = make_wizard()
    click_tier(qtbot, wizard, "sales", "enterprise")
    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "contactSalesPage"
