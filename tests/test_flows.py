"""Whole purchases clicked and typed through the real pages, each checked in the ledger file."""
from __future__ import annotations

import logging
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from helpers import (
    AMEX,
    MASTERCARD,
    agree,
    choose_method,
    click,
    commit_button,
    fill_new_card,
    ledger_rows,
    next_button,
    orders,
)
from pages_support import check_indicator_pos, click_back, click_next, click_tier
from wizard.ui.upgrade.fields import PageId


def choose_currency(qtbot, wizard, code: str) -> None:
    page = wizard.currentPage()
    assert page.objectName() == "currencyPage"
    page.combo.setFocus()
    qtbot.keyClicks(page.combo, code)  # a closed combo box jumps to the item starting with it
    assert wizard.field("currency") == code


def choose_interval(qtbot, wizard, interval: str) -> None:
    page = wizard.currentPage()
    assert page.objectName() == "billingPage"
    qtbot.mouseClick(page.radios[interval], Qt.MouseButton.LeftButton)
    assert wizard.field("interval") == interval


def license_exactly(qtbot, wizard, rows: list[int]) -> list[str]:
    """Untick everyone with the select-all box, then tick the check boxes of `rows`."""
    page = wizard.currentPage()
    assert page.objectName() == "licensesPage"
    for _ in range(3):
        if not wizard.field("licensed_users"):
            break
        qtbot.mouseClick(page.select_all, Qt.MouseButton.LeftButton)
    assert wizard.field("licensed_users") == []
    for row in rows:
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=check_indicator_pos(page.view, row))
    chosen = wizard.field("licensed_users")
    assert len(chosen) == len(rows)
    return chosen


def complete_purchase(qtbot, wizard) -> None:
    click(qtbot, next_button(wizard))  # Review order
    review = wizard.currentPage()
    assert review.objectName() == "reviewPage"
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))  # Complete purchase
    assert wizard.currentId() == PageId.CONFIRMATION


def only_order(ledger_path) -> dict:
    rows = orders(ledger_path)
    assert len(rows) == 1
    return rows[0]


# What the program generates at random (UUIDs; SHA-256 hashes and macs, 64 hex digits): it cannot hold a
# typed secret, and a short one (a four-digit CVC) occurs in it by chance now and then. Whole tokens only:
# a secret written right beside one would make the run longer, so it is not taken away with it.
_RANDOM = re.compile(rb"(?<![0-9a-f-])(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{64})"
                     rb"(?![0-9a-f-])")


def assert_no_card_secrets(ledger_path, *secrets: str) -> None:
    """Neither in the file's bytes (main file, WAL) nor in any text value of any table."""
    raw = b"".join(p.read_bytes() for p in ledger_path.parent.glob(ledger_path.name + "*"))
    raw = _RANDOM.sub(b"", raw)
    for secret in secrets:
        for form in {secret, " ".join([secret[:4], secret[4:]]), secret.replace(" ", "")}:
            assert form.encode() not in raw
    tables = [r["name"] for r in ledger_rows(ledger_path, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in ledger_rows(ledger_path, f'SELECT * FROM "{table}"'):
            for value in row.values():
                text = _RANDOM.sub(b"", str(value).encode()).decode()
                assert not any(secret in text for secret in secrets), (table, row)


def test_marketing_starter_monthly_eur_new_shared_card(qtbot, make_wizard, ledger_path, caplog):
    caplog.set_level(logging.DEBUG)
    wizard = make_wizard()
    click_tier(qtbot, wizard, "marketing", "starter")
    click_next(qtbot, wizard)
    choose_currency(qtbot, wizard, "EUR")
    click_next(qtbot, wizard)
    choose_interval(qtbot, wizard, "monthly")
    click_next(qtbot, wizard)  # no licenses page: Marketing is not sold per seat
    payment = wizard.currentPage()
    assert payment.objectName() == "paymentPage"
    fill_new_card(qtbot, payment, number=MASTERCARD, expiry="11/31", cvc="456", share=True)
    complete_purchase(qtbot, wizard)

    order = only_order(ledger_path)
    price = wizard.session.catalog.tier("marketing", "starter").prices["EUR"]
    assert (order["hub"], order["tier"], order["interval"], order["currency"], order["seats"]) == (
        "marketing", "starter", "monthly", "EUR", 1,
    )
    # Net price plus 19 % German VAT (the demo company is in Germany; nothing held in Marketing Hub to credit).
    from wizard.core.tax import vat_amount

    assert order["unit_price_minor"] == order["net_minor"] == price.monthly
    assert order["amount_due_minor"] == order["total_minor"] == price.monthly + vat_amount(price.monthly, 1900)
    assert order["language"] == "en" and order["number"] == wizard.receipt.number
    card = ledger_rows(ledger_path, "SELECT * FROM payment_methods WHERE id = ?", [order["payment_method_id"]])[0]
    assert (card["brand"], card["last4"], card["exp_month"], card["exp_year"]) == ("mastercard", "4444", 11, 2031)
    assert card["shared_with_admins"] == 1 and card["holder"] == "Lena Hoffmann"
    assert ledger_rows(ledger_path, "SELECT * FROM order_licenses") == []
    sub = ledger_rows(ledger_path, "SELECT * FROM subscriptions WHERE hub = 'marketing'")[0]
    assert (sub["tier"], sub["order_id"]) == ("starter", order["id"])
    events = ledger_rows(ledger_path, "SELECT kind FROM events WHERE order_id = ?", [order["id"]])
    assert [e["kind"] for e in events] == ["purchase"]
    # The digits are gone from the widgets, and were never stored or logged.
    assert wizard.field("card_number") == "" and wizard.field("card_cvc") == ""
    assert_no_card_secrets(ledger_path, MASTERCARD)
    assert MASTERCARD[-8:] not in caplog.text


def test_sales_professional_annual_chf_three_users_saved_card(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    methods_before = ledger_rows(ledger_path, "SELECT id FROM payment_methods")
    click_tier(qtbot, wizard, "sales", "professional")
    click_next(qtbot, wizard)
    choose_currency(qtbot, wizard, "CHF")
    click_next(qtbot, wizard)
    choose_interval(qtbot, wizard, "annual")
    click_next(qtbot, wizard)
    chosen = license_exactly(qtbot, wizard, [0, 2, 4])
    click_next(qtbot, wizard)
    payment = wizard.currentPage()
    saved = wizard.session.payment_methods[0].id
    choose_method(qtbot, payment, "new")
    choose_method(qtbot, payment, saved)  # chosen back by a click
    complete_purchase(qtbot, wizard)

    order = only_order(ledger_path)
    assert (order["hub"], order["tier"], order["interval"], order["currency"], order["seats"]) == (
        "sales", "professional", "annual", "CHF", 3,
    )
    # catalog.json: sales/professional CHF annual "94.50" per user per month; 94.50 x 12 x 3 = 3402.00.
    assert order["unit_price_minor"] == 9450
    # Plus 19 % VAT (646.38); the EUR Sales Starter is refunded in EUR, not netted against CHF.
    assert (order["net_minor"], order["credit_minor"], order["vat_minor"]) == (340200, 0, 64638)
    assert order["amount_due_minor"] == 404838
    assert wizard.page(PageId.REVIEW).values["due_now"].text() == "CHF\xa04,048.38"
    assert order["payment_method_id"] == saved
    licensed = ledger_rows(ledger_path, "SELECT user_id FROM order_licenses WHERE order_id = ?", [order["id"]])
    assert {r["user_id"] for r in licensed} == set(chosen)
    assert ledger_rows(ledger_path, "SELECT id FROM payment_methods") == methods_before
    names = [u.name for u in wizard.session.users if u.id in chosen]
    assert all(name in wizard.page(PageId.REVIEW).values["users"].text() for name in names)


def test_a_saved_card_shows_its_sharing_and_can_stop_sharing(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    click_tier(qtbot, wizard, "marketing", "starter")
    for _ in range(2):
        click_next(qtbot, wizard)
    click_next(qtbot, wizard)  # Buy monthly plan
    payment = wizard.currentPage()
    saved = wizard.session.payment_methods[0]
    choose_method(qtbot, payment, saved.id)
    assert payment.share.isVisible() and payment.share.isChecked()  # the demo Visa is shared
    choose_method(qtbot, payment, "new")
    assert not payment.share.isChecked()  # a new card is not shared unless ticked
    choose_method(qtbot, payment, saved.id)
    qtbot.mouseClick(payment.share, Qt.MouseButton.LeftButton, pos=payment.share.rect().center())
    assert not payment.share.isChecked()
    complete_purchase(qtbot, wizard)

    assert only_order(ledger_path)["payment_method_id"] == saved.id
    rows = ledger_rows(ledger_path, "SELECT shared_with_admins FROM payment_methods WHERE id = ?", [saved.id])
    assert rows == [{"shared_with_admins": 0}]


def test_service_professional_jpy_amex(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    click_tier(qtbot, wizard, "service", "professional")
    click_next(qtbot, wizard)
    choose_currency(qtbot, wizard, "JPY")
    click_next(qtbot, wizard)
    choose_interval(qtbot, wizard, "monthly")
    click_next(qtbot, wizard)
    chosen = license_exactly(qtbot, wizard, [1])
    click_next(qtbot, wizard)
    fill_new_card(qtbot, wizard.currentPage(), number=AMEX, expiry="10/29", cvc="7391", holder="Ayşe Demir")
    assert wizard.currentPage().brand.text() == "American Express"
    click(qtbot, next_button(wizard))
    review = wizard.currentPage()
    # catalog.json: service/professional JPY monthly "14000" per seat per month; one seat, one month.
    # Plus 19 % VAT, 2,660 yen (yen have no minor unit).
    assert review.values["due_now"].text() == "\u00a516,660"
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))

    order = only_order(ledger_path)
    assert (order["hub"], order["currency"], order["seats"], order["amount_due_minor"]) == (
        "service", "JPY", 1, 16660,  # 14,000 + 19 % VAT
    )
    licensed = ledger_rows(ledger_path, "SELECT user_id FROM order_licenses WHERE order_id = ?", [order["id"]])
    assert [r["user_id"] for r in licensed] == chosen
    card = ledger_rows(ledger_path, "SELECT * FROM payment_methods WHERE id = ?", [order["payment_method_id"]])[0]
    assert (card["brand"], card["last4"], card["shared_with_admins"], card["holder"]) == (
        "amex", "0005", 0, "Ayşe Demir",
    )
    assert_no_card_secrets(ledger_path, AMEX, "7391")


def test_going_back_to_another_hub_adds_and_removes_the_licenses_page(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    click_tier(qtbot, wizard, "marketing", "starter")
    for _ in range(3):
        click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.PAYMENT
    assert PageId.LICENSES not in wizard.visitedIds()
    while wizard.currentId() != PageId.PRODUCT:
        click_back(qtbot, wizard)
    click_tier(qtbot, wizard, "sales", "starter")
    for _ in range(3):
        click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.LICENSES
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.PAYMENT
    complete_purchase(qtbot, wizard)
    assert only_order(ledger_path)["hub"] == "sales"


def test_another_upgrade_after_a_purchase_starts_clean(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    click_tier(qtbot, wizard, "marketing", "starter")
    for _ in range(3):
        click_next(qtbot, wizard)
    fill_new_card(qtbot, wizard.currentPage(), share=True)
    complete_purchase(qtbot, wizard)
    click(qtbot, wizard.currentPage().again)
    assert wizard.currentId() == PageId.PRODUCT
    click_tier(qtbot, wizard, "marketing", "professional")
    for _ in range(3):
        click_next(qtbot, wizard)
    payment = wizard.currentPage()
    # No trace of the last visitor's card; the card they saved is now a saved method.
    assert all(not payment.field(n) for n in ("card_holder", "card_number", "card_expiry", "card_cvc"))
    assert payment.field("payment_method") != "new"
    # The box shows the chosen saved method's own sharing, not the last visitor's tick.
    chosen = {m.id: m for m in wizard.session.payment_methods}[payment.field("payment_method")]
    assert payment.field("share_card") is bool(chosen.shared_with_admins)
    choose_method(qtbot, payment, "new")
    assert payment.field("share_card") is False
    choose_method(qtbot, payment, chosen.id)
    assert payment.method_list.methods.rowCount() == 3
    complete_purchase(qtbot, wizard)
    assert [o["tier"] for o in orders(ledger_path)] == ["starter", "professional"]


# -- the keyboard alone -----------------------------------------------------


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def tab_to(qtbot, name: str, limit: int = 60) -> None:
    """Press Tab until the widget called `name` has the focus."""
    for _ in range(limit):
        if QApplication.focusWidget() is not None and QApplication.focusWidget().objectName() == name:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; stuck at {QApplication.focusWidget()}")


def type_keys(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_the_whole_flow_by_keyboard_alone(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)

    tab_to(qtbot, "tierCard_marketing_starter")
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.field("tier") == "starter"
    press(qtbot, Qt.Key.Key_Return)  # Return on the chosen card is the wizard's Next
    assert wizard.currentId() == PageId.CURRENCY
    tab_to(qtbot, "currencyCombo")
    type_keys(qtbot, "EUR")
    # Return: a closed combo box leaves it to the wizard's default button, "Next". (Alt+N
    # works on screen, but QTest's key events do not reach Qt's mnemonic shortcuts offscreen.)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.BILLING
    press(qtbot, Qt.Key.Key_Return)  # "Buy monthly plan"
    assert wizard.currentId() == PageId.PAYMENT

    tab_to(qtbot, "paymentMethods")
    press(qtbot, Qt.Key.Key_End)  # "New credit card" is the last row
    assert wizard.field("payment_method") == "new"
    for name, text in (("card_holder", "Lena Hoffmann"), ("card_number", "5555555555554444"),
                       ("card_expiry", "0829"), ("card_cvc", "321")):
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget().objectName() == name
        type_keys(qtbot, text)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "shareCard"
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.field("share_card") is True
    press(qtbot, Qt.Key.Key_Return)  # "Review order"
    assert wizard.currentId() == PageId.REVIEW

    tab_to(qtbot, "agreeTerms")
    press(qtbot, Qt.Key.Key_Space)
    assert commit_button(wizard).isEnabled()
    press(qtbot, Qt.Key.Key_Return)  # "Complete purchase"
    assert wizard.currentId() == PageId.CONFIRMATION

    order = only_order(ledger_path)
    assert (order["hub"], order["tier"], order["currency"], order["interval"]) == (
        "marketing", "starter", "EUR", "monthly",
    )
    shared = ledger_rows(ledger_path, "SELECT shared_with_admins FROM payment_methods WHERE id = ?",
                         [order["payment_method_id"]])
    assert shared == [{"shared_with_admins": 1}]
