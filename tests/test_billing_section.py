"""Account & Billing built alone on a real seeded ledger: subscriptions, order history, and the saved cards
(add, replace, share, unshare, remove through the real widgets), each change read back through a second
connection; no card number or CVC in the ledger files or in any widget afterwards."""
from __future__ import annotations

# First: its workaround for PySide6 6.12.0 dropping references to None/True/False on Python 3.11.
import pages_support  # noqa: F401, I001

import datetime as dt
import json

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from helpers import AMEX, MASTERCARD, VISA, ledger_rows, type_into
from i18n_helpers import compile_translations
from ledger_support import purchase
from pages_support import activate
from wizard.core import paths
from wizard.core.catalog_loading import load_catalog
from wizard.core.modes import DEMO
from wizard.ledger import record_purchase, seed_demo
from wizard.ledger.seed import demo_id
from wizard.ui.kit.translations import flush_language_change, switch_session_language, translations
from wizard.ui.session import Session
from wizard.ui.shell.billing_section import BillingSection

DEMO_CARD = demo_id("card:visa-4242")
CVCS = {MASTERCARD: "456", AMEX: "7890"}
REASON = "a valid card must stay on file"


@pytest.fixture
def billing(qtbot, ledger_path):
    """The section on the demo account, wired as the shell wires it: a write reloads the session and refreshes."""
    session = Session(ledger_path=ledger_path, catalog=load_catalog(), mode=DEMO)
    seed_demo(session.db)
    session.load_account()
    section = BillingSection(session)
    section.accountChanged.connect(lambda: (session.reload(), section.refresh()))
    qtbot.addWidget(section)
    section.resize(1024, 768)
    section.show()
    qtbot.waitExposed(section)
    activate(qtbot, section)
    yield section
    session.close()


def expiry(years_ahead: int = 3) -> str:
    return f"08/{(dt.date.today().year + years_ahead) % 100:02d}"


def cards(path) -> dict[str, dict]:
    return {row["last4"]: row for row in ledger_rows(path, "SELECT * FROM payment_methods")}


def events(path, kind: str) -> list[dict]:
    return [json.loads(row["detail"]) for row in ledger_rows(path, "SELECT detail FROM events WHERE kind = ?", [kind])]


def sales_card(path) -> str:
    return ledger_rows(path, "SELECT payment_method_id FROM subscriptions WHERE hub = 'sales'")[0]["payment_method_id"]


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def choose_card(qtbot, section, last4: str) -> None:
    model, view = section.cards, section.cards_view
    row = next(i for i in range(model.rowCount()) if model.method(i).last4 == last4)
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.selected_card().last4 == last4


def fill_card(qtbot, dialog, number: str, *, holder="Lena Hoffmann", share=False) -> None:
    activate(qtbot, dialog)
    type_into(qtbot, dialog.inputs["card_holder"], holder)
    type_into(qtbot, dialog.inputs["card_number"], number)
    type_into(qtbot, dialog.inputs["card_expiry"], expiry())
    type_into(qtbot, dialog.inputs["card_cvc"], CVCS[number])
    if dialog.share.isChecked() != share:
        click(qtbot, dialog.share)
    assert dialog.share.isChecked() == share


def save(qtbot, dialog) -> list[tuple]:
    """Press "Save card"; returns what the number and CVC inputs held as the dialog finished."""
    secrets = [dialog.inputs["card_number"], dialog.inputs["card_cvc"]]
    seen = []
    dialog.finished.connect(lambda _r: seen.extend((e.text(), e.isUndoAvailable()) for e in secrets))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return seen


def test_the_section_shows_the_subscriptions_and_the_saved_card(billing):
    section = billing
    assert section.objectName() == "billingSection"
    assert section.plan_cells[("sales", "plan")].text() == "Starter"
    assert section.plan_cells[("sales", "interval")].text() == "Monthly billing"
    assert section.plan_cells[("sales", "seats")].text() == "3"
    assert section.plan_cells[("sales", "paid_with")].text() == "Visa\u00a0\u2022\u2022\u2022\u2022\u00a04242"
    assert section.plan_cells[("marketing", "plan")].text() == "Free"
    model = section.cards
    assert [model.data(model.index(0, c)) for c in range(4)] == [
        "Visa \u2022\u2022\u2022\u2022 4242", f"12/{(dt.date.today().year + 3) % 100:02d}", "Lena Hoffmann", "Shared"]
    assert section.no_orders.isVisible() and section.orders.rowCount() == 0
    for name in ("addCardAction", "removeCardAction"):
        assert section.findChild(type(section.add_action), name) is not None


def test_add_replace_share_unshare_remove_through_the_widgets(qtbot, billing, ledger_path, tmp_path):
    section = billing

    # Add a Mastercard, not shared.
    section.findChild(type(section.add_action), "addCardAction").trigger()
    dialog = section.card_dialog
    fill_card(qtbot, dialog, MASTERCARD)
    assert save(qtbot, dialog) == [("", False), ("", False)]  # no digit left, nor in the undo history
    added = cards(ledger_path)["4444"]
    assert (added["brand"], added["exp_month"], added["holder"], added["shared_with_admins"]) == (
        "mastercard", 8, "Lena Hoffmann", 0)
    assert added["removed_at"] is None and added["fingerprint"].startswith("s1:")
    assert [e["payment_method_id"] for e in events(ledger_path, "card_added")] == [added["id"]]
    assert section.cards.rowCount() == 2
    assert section.cards_notice.text() == "Mastercard \u2022\u2022\u2022\u2022 4444 was added."

    # Replace the demo's Visa (behind Sales Starter) with an Amex, shared.
    choose_card(qtbot, section, "4242")
    click(qtbot, section.findChild(QPushButton, "replaceCardButton"))
    dialog = section.card_dialog
    assert "Visa \u2022\u2022\u2022\u2022 4242" in dialog.windowTitle()
    assert dialog.share.isChecked()  # the old card's sharing, to begin with
    fill_card(qtbot, dialog, AMEX, share=True)
    assert save(qtbot, dialog) == [("", False), ("", False)]
    rows = cards(ledger_path)
    assert rows["4242"]["removed_at"] is not None and rows["0005"]["removed_at"] is None
    assert rows["0005"]["shared_with_admins"] == 1
    assert sales_card(ledger_path) == rows["0005"]["id"]
    (replaced,) = events(ledger_path, "card_replaced")
    assert (replaced["replaced"], replaced["subscriptions"]) == (DEMO_CARD, ["sales"])
    assert section.plan_cells[("sales", "paid_with")].text() == "American Express\u00a0\u2022\u2022\u2022\u2022\u00a00005"
    assert [section.cards.method(r).last4 for r in range(section.cards.rowCount())] == ["4444", "0005"]

    # Share the Mastercard, then stop sharing it.
    choose_card(qtbot, section, "4444")
    share = section.findChild(QPushButton, "shareCardButton")
    assert share.text() == "Share with other admins"
    click(qtbot, share)
    assert cards(ledger_path)["4444"]["shared_with_admins"] == 1
    assert [e["last4"] for e in events(ledger_path, "card_shared")] == ["4444"]
    assert section.selected_card().last4 == "4444" and share.text() == "Stop sharing"
    click(qtbot, share)
    assert cards(ledger_path)["4444"]["shared_with_admins"] == 0
    assert [e["last4"] for e in events(ledger_path, "card_unshared")] == ["4444"]

    # Remove the Mastercard: kept in the file, marked removed.
    choose_card(qtbot, section, "4444")
    click(qtbot, section.findChild(QPushButton, "removeCardButton"))
    assert cards(ledger_path)["4444"]["removed_at"] is not None
    assert [e["payment_method_id"] for e in events(ledger_path, "card_removed")] == [added["id"]]
    assert [section.cards.method(r).last4 for r in range(section.cards.rowCount())] == ["0005"]

    # No card digit anywhere: not in a widget, not in the ledger file or its -wal (read before it is folded in).
    for edit in QApplication.allWidgets():
        if isinstance(edit, QLineEdit):
            assert not any(n[-4:] in edit.text().replace(" ", "") for n in (MASTERCARD, AMEX)), edit.objectName()
    files = [p for p in ledger_path.parent.iterdir() if p.name.startswith(ledger_path.name)]
    assert any(p.name.endswith("-wal") for p in files)
    blobs = [p.read_bytes() for p in files]

    # The Amex is now the last card behind Sales Starter: refused, with its reason.
    choose_card(qtbot, section, "0005")
    section.findChild(type(section.add_action), "removeCardAction").trigger()
    assert REASON in section.cards_error.text() and section.cards_error.isVisible()
    assert cards(ledger_path)["0005"]["removed_at"] is None
    assert len(events(ledger_path, "card_removed")) == 1

    section.session.close()
    blobs.append(ledger_path.read_bytes())
    for number in (MASTERCARD, AMEX):
        for text in (number, number[:-4], " ".join(number[i:i + 4] for i in range(0, len(number), 4))):
            for blob in blobs:
                assert text.encode() not in blob and text.encode("utf-16-le") not in blob
    values = {str(v) for table in ("payment_methods", "events", "subscriptions")
              for row in ledger_rows(ledger_path, f"SELECT * FROM {table}") for v in row.values() if v is not None}
    assert not values & set(CVCS.values())


def test_removing_the_last_card_behind_sales_starter_is_refused(qtbot, billing, ledger_path):
    section = billing
    choose_card(qtbot, section, "4242")
    click(qtbot, section.findChild(QPushButton, "removeCardButton"))
    assert section.cards_error.text() == (
        "This card cannot be removed: a valid card must stay on file while the account pays for a subscription. "
        "Add another card first, or replace this one.")
    assert cards(ledger_path)["4242"]["removed_at"] is None
    assert sales_card(ledger_path) == DEMO_CARD
    assert events(ledger_path, "card_removed") == []
    assert section.cards.rowCount() == 1


def test_a_card_that_fails_its_checks_is_not_saved_and_cancel_forgets_it(qtbot, billing, ledger_path):
    section = billing
    dialog = section.add_card()
    activate(qtbot, dialog)
    type_into(qtbot, dialog.inputs["card_number"], VISA[:-1] + "1")  # Luhn fails
    type_into(qtbot, dialog.inputs["card_cvc"], "12")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    errors = dialog.card.errors
    assert errors["card_number"].text() == "This card number is not valid. Please check it for typos."
    assert errors["card_holder"].isVisible() and errors["card_expiry"].isVisible() and errors["card_cvc"].isVisible()
    assert len(cards(ledger_path)) == 1
    number, cvc = dialog.inputs["card_number"], dialog.inputs["card_cvc"]
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert (number.text(), cvc.text(), number.isUndoAvailable(), cvc.isUndoAvailable()) == ("", "", False, False)


def test_the_order_history_lists_a_purchase_and_opens_its_details(qtbot, billing, ledger_path):
    section = billing
    session = section.session
    receipt = record_purchase(session.db, purchase(session.db, session.account_id, seats=3))
    section.refresh()

    model = section.orders
    assert model.rowCount() == 1 and not section.no_orders.isVisible()
    assert [model.data(model.index(0, c)) for c in (0, 2, 3)] == [receipt.number, "Sales Hub Professional", "€300.00"]
    view = section.orders_view
    rect = view.visualRect(section.orders_proxy.index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    details = section.order_dialog
    assert details is not None and details.isVisible()
    values = {name: label.text() for name, label in details.values.items()}
    assert values["number"] == receipt.number
    assert values["users"] == ", ".join(u.name for u in session.users[:3])
    assert details.keys["users"].text() == "Licensed users (3)"
    assert values["interval"] == "Monthly billing"
    assert values["currency"] == "EUR \u2014 Euro"
    assert values["unit_price"] == "€100.00 per user per month excl. VAT"
    assert values["amount"] == "€300.00"
    # A purchase recorded without its charges (net None) shows as an order from before them: no charge rows.
    assert not any(details.values[row].isVisible() for row in ("subtotal", "credit", "vat"))
    assert values["next_charge"] == "Feb 15, 2026"
    assert values["payment"] == "Visa \u2022\u2022\u2022\u2022 4242"
    assert values["company"].splitlines()[0] == "Nordlicht Analytics GmbH"
    details.close()

    # Enter on the table, and the Open button, do the same.
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert section.order_dialog.isVisible() and section.order_dialog.order.number == receipt.number
    section.order_dialog.close()
    click(qtbot, section.open_button)
    assert section.order_dialog.isVisible()


def test_a_long_history_lists_the_newest_orders(billing, monkeypatch):
    from wizard.ui.shell import billing_section

    section = billing
    session = section.session
    numbers = [record_purchase(session.db, purchase(session.db, session.account_id, seats=1)).number
               for _ in range(3)]
    monkeypatch.setattr(billing_section, "ORDERS_SHOWN", 2)
    section.refresh()
    assert [section.orders.order(r).number for r in range(section.orders.rowCount())] == numbers[:0:-1]
    assert section.no_orders.isVisible() and section.no_orders.text() == "The newest 2 orders are listed."


def test_an_ordinary_user_sees_the_payment_methods_read_only(qtbot, billing):
    section = billing
    session = section.session
    ordinary = next(u for u in session.users if not u.is_admin)
    session.sign_in(ordinary.id)
    section.refresh()
    for name in ("addCardButton", "replaceCardButton", "shareCardButton", "removeCardButton"):
        assert not section.findChild(QPushButton, name).isVisible()
    assert not section.add_action.isVisible() and not section.remove_action.isVisible()
    assert section.read_only_note.isVisible()
    assert section.add_card() is None and section.card_dialog is None
    assert section.cards.rowCount() == 1  # still sees the card
    session.sign_in(None)
    section.refresh()
    assert section.findChild(QPushButton, "addCardButton").isVisible()
    assert not section.read_only_note.isVisible()


def test_an_expired_or_expiring_card_is_marked(billing):
    from wizard.core.cards import CardDetails
    from wizard.ledger import add_card

    section = billing
    session = section.session
    today = session.today()
    last_month = (today.year - (today.month == 1), (today.month - 2) % 12 + 1)
    for last4, (year, month) in (("1111", (today.year, today.month)), ("2222", last_month)):
        card = CardDetails(brand="visa", last4=last4, exp_month=month, exp_year=year, holder="Lena Hoffmann",
                           fingerprint="s1:" + last4 * 16)
        add_card(session.db, account_id=session.account_id, card=card, shared=False, desk="D01")
    session.reload()
    section.refresh()
    texts = {section.cards.method(r).last4: section.cards.data(section.cards.index(r, 1))
             for r in range(section.cards.rowCount())}
    assert texts["1111"] == f"{today.month:02d}/{today.year % 100:02d} (expires soon)"
    assert texts["2222"].endswith("(expired)")


def test_the_section_follows_the_language_switch(qtbot, billing, tmp_path_factory, monkeypatch):
    section = billing
    session = section.session
    record_purchase(session.db, purchase(session.db, session.account_id, seats=2))
    section.refresh()
    monkeypatch.setattr(paths, "I18N", compile_translations(tmp_path_factory.mktemp("qm")))
    try:
        switch_session_language(session, "de")
        assert section.heading.text() == QCoreApplication.translate("BillingSection", "Account & Billing")
        assert section.orders.data(section.orders.index(0, 3)) == "200,00\u00a0€"
        next_charge = session.subscriptions["sales"].next_charge_date
        assert section.plan_cells[("sales", "next_charge")].text() == next_charge.strftime("%d.%m.%Y")
        switch_session_language(session, "en")
        assert section.heading.text() == "Account & Billing"
        assert section.orders.data(section.orders.index(0, 3)) == "€200.00"
    finally:
        translations().switch("en")
        flush_language_change()
