"""A kiosk visit's seats step and purchase: the stepper, the visitor's names, a new account per visit."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QSpinBox

from helpers import (
    VISITOR, VISITOR_COMPANY, agree, buy_as_visitor, click, commit_button, events, fill_new_card,
    fill_visitor_company, go_to_payment, ledger_rows, next_button, orders, type_into,
)
from wizard.core.account import UserProblem
from wizard.ui.components.order_summary import unassigned_seats_text
from wizard.ui.kit.problems import user_problem_text
from wizard.ui.upgrade.fields import PageId

DECLINING = "4000000000000002"


KIOSK_TIMEOUTS = {"idle_timeout": 600}  # no countdown during these tests


def to_seats(wizard, hub="sales", tier="professional"):
    """From the product step to the seats step (the licenses page)."""
    for name, value in (("hub", hub), ("tier", tier), ("currency", "EUR"), ("interval", "monthly")):
        wizard.setField(name, value)
    while wizard.currentId() != PageId.LICENSES:
        wizard.next()
    QApplication.processEvents()
    return wizard.currentPage()


def test_the_seats_step_shows_a_touch_stepper_that_is_the_field_seats(qtbot, make_kiosk):
    window = make_kiosk()
    wizard = window.start_visit()
    page = to_seats(wizard)
    spin = page.findChild(QSpinBox, "seatsStepper")
    plus, minus = page.findChild(QPushButton, "seatsPlus"), page.findChild(QPushButton, "seatsMinus")
    assert spin.isVisible() and not page.table.isVisible()  # no users to tick: the visitor's account is new
    for control in (spin, plus, minus):
        assert control.height() >= 48 and control.width() >= 48, control.objectName()
    assert wizard.field("seats") == 1 and spin.minimum() == 1 and spin.maximum() == 100
    assert not minus.isEnabled()
    click(qtbot, plus)
    click(qtbot, plus)
    assert wizard.field("seats") == 3
    QApplication.processEvents()  # a widget added to a shown layout shows on the next turn of the loop
    # A row per seat, the first one the visitor's.
    assert [e.objectName() for e in page.seat_rows.findChildren(QLineEdit) if e.isVisible()] == [
        "seatName1", "seatEmail1", "seatName2", "seatEmail2", "seatName3", "seatEmail3"]
    assert page.findChild(QLineEdit, "seatName1").placeholderText() == "Your name"
    assert wizard.order().seats == 3
    panel = wizard.order_panel
    assert panel.isVisible() and panel.keys["users"].text() == "Licensed users (3)"
    assert panel.values["users"].text() == unassigned_seats_text("", 3)
    type_into(qtbot, page.findChild(QLineEdit, "seatName1"), VISITOR[0])
    assert panel.values["users"].text() == unassigned_seats_text(VISITOR[0], 2)
    assert unassigned_seats_text(VISITOR[0], 2).startswith("Greta Visitor, and 2 seat")
    click(qtbot, minus)
    assert wizard.field("seats") == 2 and wizard.order().seats == 2
    assert panel.keys["users"].text() == "Licensed users (2)"
    assert page.findChild(QLineEdit, "seatName3") is None or not page.findChild(QLineEdit, "seatName3").isVisible()


def test_the_stepper_keeps_to_the_tiers_minimum(qtbot, make_kiosk):
    window = make_kiosk()
    wizard = window.start_visit()
    catalog = wizard.session.catalog
    tier = catalog.tier("sales", "professional")
    wizard.tier = lambda: replace(tier, min_seats=3)  # a tier sold from three seats up
    page = to_seats(wizard)
    assert page.seats_spin.minimum() == 3 and wizard.field("seats") == 3


def test_a_missing_visitor_email_is_said_under_the_row(qtbot, make_kiosk):
    window = make_kiosk()
    wizard = window.start_visit()
    page = to_seats(wizard)
    type_into(qtbot, page.findChild(QLineEdit, "seatName1"), VISITOR[0])
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == PageId.LICENSES
    error = page.findChild(type(page.minimum), "seatError1")
    assert error.isVisible() and error.text() == user_problem_text(UserProblem.EMAIL_INVALID)
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    # A second seat's address must differ from the visitor's; an empty second seat is fine.
    type_into(qtbot, page.findChild(QLineEdit, "seatEmail1"), VISITOR[1])
    assert not error.isVisible()  # the message follows the typing once it was shown
    click(qtbot, page.findChild(QPushButton, "seatsPlus"))
    type_into(qtbot, page.findChild(QLineEdit, "seatName2"), "Jonas Visitor")
    type_into(qtbot, page.findChild(QLineEdit, "seatEmail2"), VISITOR[1].upper())
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == PageId.LICENSES
    assert page.findChild(type(page.minimum), "seatError2").text() == user_problem_text(UserProblem.EMAIL_TAKEN)
    type_into(qtbot, page.findChild(QLineEdit, "seatEmail2"), "")
    type_into(qtbot, page.findChild(QLineEdit, "seatName2"), "")
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == PageId.PAYMENT
    assert wizard.field("seat_users") == [VISITOR]


def _visit(qtbot, window, seats, people, **choice):
    wizard = window.start_visit()
    wizard.setField("seats", seats)
    buy_as_visitor(qtbot, wizard, users=people, **choice)
    assert wizard.currentId() == PageId.CONFIRMATION, wizard.currentPage().objectName()
    return wizard


def test_each_visits_purchase_creates_a_new_account_marked_kiosk_and_the_desk(qtbot, make_kiosk, ledger_path):
    window = make_kiosk(desk="D07")
    colleague = ["Jonas Kollege", "jonas@visitor.example"]
    wizard = _visit(qtbot, window, 3, [VISITOR, colleague], hub="sales", tier="professional")
    (account,) = ledger_rows(ledger_path, "SELECT * FROM accounts")
    assert (account["name"], account["street"], account["postal_code"], account["city"], account["country"],
            account["currency"]) == (*VISITOR_COMPANY.values(), "DE", "EUR")
    users = ledger_rows(ledger_path, "SELECT * FROM users WHERE account_id = ? ORDER BY is_you DESC", [account["id"]])
    assert [(u["name"], u["email"], u["role"], u["is_you"]) for u in users] == [
        (*VISITOR, "admin", 1), (*colleague, "user", 0)]
    (order,) = orders(ledger_path)
    assert (order["account_id"], order["mode"], order["desk"], order["seats"], order["hub"]) == (
        account["id"], "kiosk", "D07", 3, "sales")
    assert order["company_name"] == VISITOR_COMPANY["company_name"]
    # The named users hold two of the three seats; the third is bought unassigned.
    licensed = ledger_rows(ledger_path, "SELECT user_id FROM order_licenses WHERE order_id = ?", [order["id"]])
    assert sorted(r["user_id"] for r in licensed) == sorted(u["id"] for u in users)
    (subscription,) = ledger_rows(ledger_path, "SELECT * FROM subscriptions")
    assert subscription["seats"] == 3 and subscription["account_id"] == account["id"]
    (created,) = events(ledger_path, "account_created")
    assert created["desk"] == "D07" and created["account_id"] == account["id"]
    assert created["detail"] == {"admin_user_id": users[0]["id"], "user_ids": [users[1]["id"]],
                                 "country": "DE", "currency": "EUR", "mode": "kiosk"}
    # The confirmation reads the visitor's new account.
    assert wizard.session.account.id == account["id"] and wizard.session.account.name == account["name"]
    assert [u.email for u in wizard.session.users] == [VISITOR[1], colleague[1]]

    window.end_visit()
    _visit(qtbot, window, 1, [["Otto Second", "otto@second.example"]], hub="marketing", tier="starter")
    accounts = ledger_rows(ledger_path, "SELECT * FROM accounts ORDER BY created_at, rowid")
    assert len(accounts) == 2 and accounts[1]["id"] != account["id"]
    second = orders(ledger_path)[1]
    assert (second["account_id"], second["seats"], second["mode"]) == (accounts[1]["id"], 1, "kiosk")
    # Marketing is not licensed per user: the visitor is its admin, nobody holds a seat.
    assert ledger_rows(ledger_path, "SELECT * FROM order_licenses WHERE order_id = ?", [second["id"]]) == []


def test_a_declined_card_creates_no_account_and_no_order(qtbot, make_kiosk, ledger_path):
    window = make_kiosk()
    wizard = window.start_visit()
    payment = go_to_payment(wizard, hub="sales", tier="professional")
    fill_visitor_company(qtbot, payment)
    fill_new_card(qtbot, payment, number=DECLINING, holder=VISITOR[0])
    wizard.setField("seats", 2)  # back on the seats step: one more, for nobody yet
    click(qtbot, next_button(wizard))
    summary = wizard.currentPage().summary
    assert summary.keys["users"].text() == "Licensed users (2)"
    assert summary.values["users"].text() == unassigned_seats_text(VISITOR[0], 1)
    agree(qtbot, wizard.currentPage())
    click(qtbot, commit_button(wizard))
    assert wizard.currentId() == PageId.REVIEW
    assert wizard.currentPage().error.isVisible()
    assert ledger_rows(ledger_path, "SELECT * FROM accounts") == []
    assert ledger_rows(ledger_path, "SELECT * FROM users") == []
    assert orders(ledger_path) == []
    (declined,) = events(ledger_path, "payment_declined")
    assert declined["account_id"] is None and declined["detail"] == {"reason": "card_declined", "mode": "kiosk"}
    assert wizard.session.account is None


def test_the_other_modes_keep_the_users_table(qtbot, make_wizard):
    wizard = make_wizard(mode="demo")
    page = to_seats(wizard)
    assert page.findChild(QSpinBox, "seatsStepper") is None and page.table.isVisible()


# -- the ledger: account and purchase, both or neither -----------------------


def _visitor_purchase(tmp_path, people, **changes):
    """A new visitor account and a purchase of one unassigned seat for it, with a new card (not yet recorded)."""
    from datetime import date

    from ledger_support import new_card
    from wizard.core.order import Company, Purchase
    from wizard.ledger import open_ledger, visitor_account

    db = open_ledger(tmp_path / "visitors.sqlite3")
    company = Company("Visitor GmbH", "Messeplatz 1", "30521", "Hannover", "DE", "")
    account = visitor_account(company, "EUR", people)
    purchase = Purchase(
        account_id=account.id, desk="D01", hub="sales", tier="professional", interval="monthly", currency="EUR",
        seats=1, unit_price_minor=10000, amount_due_minor=10000, next_charge_date=date(2026, 2, 15),
        language="en", mode="kiosk", licensed_user_ids=(), payment_method_id=None,
        new_card=new_card("5555555555554444"), company_name=company.name, company_street=company.street,
        company_postal_code=company.postal_code, company_city=company.city, company_country=company.country,
        vat_id="",
    )
    return db, account, replace(purchase, **changes)


def test_the_ledger_records_a_visitor_account_and_its_purchase(tmp_path):
    from wizard.ledger import record_visitor_purchase

    db, account, purchase = _visitor_purchase(tmp_path, [VISITOR], seats=3, amount_due_minor=30000,
                                              licensed_user_ids=())
    receipt = record_visitor_purchase(db, account, purchase)
    assert receipt.number == "D01-000001"
    assert db.execute("SELECT count(*) FROM accounts").fetchone()[0] == 1
    assert db.execute("SELECT seats FROM orders").fetchone()[0] == 3
    db.close()


def test_a_purchase_that_fails_leaves_no_account_behind(tmp_path):
    from wizard.ledger import InvalidPurchase, record_visitor_purchase

    db, account, purchase = _visitor_purchase(tmp_path, [VISITOR])
    # A saved card that is not the new account's: refused inside the transaction, after the account was written.
    purchase = replace(purchase, payment_method_id="not-a-card", new_card=None)
    with pytest.raises(InvalidPurchase):
        record_visitor_purchase(db, account, purchase)
    assert db.execute("SELECT count(*) FROM accounts").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM users").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM events WHERE kind = 'account_created'").fetchone()[0] == 0
    db.close()


def test_a_visitor_account_with_an_address_twice_is_refused(tmp_path):
    from wizard.ledger import record_visitor_purchase
    from wizard.ledger.accounts import InvalidAccount

    db, account, purchase = _visitor_purchase(tmp_path, [VISITOR, ["Twin", VISITOR[1].upper()]])
    with pytest.raises(InvalidAccount, match="email_taken"):
        record_visitor_purchase(db, account, purchase)
    assert db.execute("SELECT count(*) FROM accounts").fetchone()[0] == 0
    db.close()


def test_more_licensed_users_than_seats_is_refused(tmp_path):
    from wizard.ledger import InvalidPurchase, record_visitor_purchase

    db, account, purchase = _visitor_purchase(tmp_path, [VISITOR, ["Jonas", "jonas@visitor.example"]])
    purchase = replace(purchase, seats=1, licensed_user_ids=account.user_ids)
    with pytest.raises(InvalidPurchase, match="at least the number of licensed users"):
        record_visitor_purchase(db, account, purchase)
    db.close()


# -- the next visit's wizard, prepared ahead -----------------------------------

FUNNEL_KINDS = ("step_shown", "step_left", "session_abandoned")


def _funnel_rows(ledger_path):
    return [row for kind in FUNNEL_KINDS for row in events(ledger_path, kind)]


def _ready_desk(qtbot, make_kiosk, **kwargs):
    """A kiosk as the start leaves it: the ledger opened, then refresh() (the desk is ready)."""
    from wizard.app.navigator import read_account

    window = make_kiosk(**kwargs)
    read_account(window.session)
    window.refresh()
    return window


def _wait_prepared(qtbot, window):
    """Until the next visit's wizard is prepared with every page (input handled in between)."""
    qtbot.waitUntil(lambda: window.prepared is not None and window.prepared.order_panel is not None
                    and window._prepare_step is None, timeout=5000)
    return window.prepared


def test_a_touch_shows_the_wizard_prepared_before_it_and_a_new_one_for_each_visit(qtbot, make_kiosk):
    import shiboken6

    window = _ready_desk(qtbot, make_kiosk)
    prepared = _wait_prepared(qtbot, window)
    assert not prepared.isVisible() and window.stack.indexOf(prepared) == -1  # hidden, not in the stack
    assert prepared.currentId() == -1  # never shown: no page set yet
    first = window.start_visit()
    assert first is prepared and window.wizard is first and window.prepared is None
    assert first.isVisible() and first.currentId() == PageId.PRODUCT and first.field("currency") == "EUR"
    qtbot.wait(50)
    assert window.prepared is None  # nothing is prepared while a visit runs
    window.end_visit()
    second_prepared = _wait_prepared(qtbot, window)
    assert not shiboken6.isValid(first)  # the previous visit's wizard is deleted, never shown again
    second = window.start_visit()
    assert second is second_prepared and second.currentId() == PageId.PRODUCT
    assert second.visitedIds() == [PageId.PRODUCT]


def test_a_prepared_wizard_records_nothing_in_the_funnel_until_it_is_shown(qtbot, make_kiosk, ledger_path):
    from wizard.ui.kit.step_tracker import WRITE_LATEST_MS

    window = _ready_desk(qtbot, make_kiosk)
    prepared = _wait_prepared(qtbot, window)
    qtbot.wait(WRITE_LATEST_MS * 2)
    assert _funnel_rows(ledger_path) == []
    assert not prepared.session.connected  # no ledger connection held for a visit nobody started
    visit = window.start_visit()
    qtbot.waitUntil(lambda: len(events(ledger_path, "step_shown")) == 1, timeout=3000)
    window.end_visit()
    _wait_prepared(qtbot, window)
    qtbot.wait(WRITE_LATEST_MS * 2)
    (shown,) = events(ledger_path, "step_shown")
    (abandoned,) = events(ledger_path, "session_abandoned")
    assert shown["detail"]["session"] == abandoned["detail"]["session"]  # the visit's own, nothing more
    assert not shiboken6_valid(visit)
    window.leave()  # the prepared wizard is deleted unseen: no abandon for it either
    QApplication.sendPostedEvents(None, 52)  # QEvent.DeferredDelete
    assert len(_funnel_rows(ledger_path)) == 2


def shiboken6_valid(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_a_touch_before_the_preparation_finished_still_starts_a_visit(qtbot, make_kiosk):
    window = _ready_desk(qtbot, make_kiosk)
    at_once = window.start_visit()  # nothing prepared yet: built at once, as without preparation
    assert at_once.isVisible() and at_once.currentId() == PageId.PRODUCT
    assert at_once.page(PageId.CURRENCY) is not None and at_once.field("currency") == "EUR"
    window.end_visit()
    # A touch while the preparation is under way: the wizard built so far, completed for the visit.
    for _ in range(1000):
        QApplication.processEvents()
        if window.prepared is not None:
            break
    half = window.prepared
    assert half is not None and half is not at_once
    touched = window.start_visit()
    assert touched is half and touched.page(PageId.CURRENCY) is not None and touched.field("currency") == "EUR"
    assert touched.currentId() == PageId.PRODUCT and touched.order_panel is not None
    qtbot.wait(50)
    assert window.prepared is None and window.wizard is touched  # the rest of the preparation was stopped


def test_the_prepared_wizard_is_in_the_desks_language(qtbot, make_kiosk, fresh_translations):
    from PySide6.QtWidgets import QWizard

    from wizard.ui.kit.translations import translations

    window = _ready_desk(qtbot, make_kiosk, language="de")
    first = window.start_visit()
    click(qtbot, first.language_button)  # the visitor switches to English
    assert translations().language == "en" and first.session.language == "en"
    window.end_visit()
    prepared = _wait_prepared(qtbot, window)
    assert prepared.session.language == "de"
    assert prepared.buttonText(QWizard.WizardButton.NextButton) == "&Weiter >"
    second = window.start_visit()
    assert second is prepared and second.session.language == "de"
    window.end_visit()
    # The desk's language changed while a wizard was prepared: that one is not shown, a new one is.
    stale = _wait_prepared(qtbot, window)
    window.desk_language = "en"
    third = window.start_visit()
    assert third is not stale and third.session.language == "en"
    assert third.buttonText(QWizard.WizardButton.NextButton) == "&Next >"
    QApplication.sendPostedEvents(None, 52)  # QEvent.DeferredDelete
    assert not shiboken6_valid(stale)


def test_closing_the_window_leaves_no_prepared_wizard(qtbot, make_kiosk):
    window = _ready_desk(qtbot, make_kiosk)
    prepared = _wait_prepared(qtbot, window)
    session = prepared.session
    window.close()  # without the PIN: ignored, the prepared wizard stays
    assert window.prepared is prepared
    window.leave()  # the right PIN
    assert window.prepared is None
    QApplication.sendPostedEvents(None, 52)  # QEvent.DeferredDelete
    assert not shiboken6_valid(prepared) and not session.connected
    qtbot.wait(50)
    assert window.prepared is None  # and none is prepared again


def test_the_remaining_pages_are_built_a_page_per_step_and_any_mix_completes(qtbot, make_kiosk):
    """The kiosk prepares a visit's pages one per event-loop step; a touch in between completes them."""
    from wizard.ui.upgrade.wizard import REMAINING_PAGES, UpgradeWizard

    window = make_kiosk()
    wizard = UpgradeWizard(window.session, all_pages=False)
    qtbot.addWidget(wizard)
    steps = wizard.remaining_page_steps()
    assert len(steps) == len(REMAINING_PAGES) + 1
    for step in steps[:3]:
        step()
    built = [page_id for page_id in REMAINING_PAGES if wizard.page(page_id) is not None]
    assert built == list(REMAINING_PAGES[:3]) and wizard.order_panel is None
    wizard.add_remaining_pages()  # the touch
    assert all(wizard.page(page_id) is not None for page_id in REMAINING_PAGES) and wizard.order_panel is not None
    pages, panel = len(wizard.pageIds()), wizard.order_panel
    for step in steps[3:]:  # the preparation's later steps, had they still run: nothing twice
        step()
    assert len(wizard.pageIds()) == pages and wizard.order_panel is panel
