"""Click-through helpers shared by the page and flow tests: real clicks and typing on real widgets."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

VISA = "4242424242424242"
MASTERCARD = "5555555555554444"
AMEX = "378282246310005"


# -- reading the ledger back ----------------------------------------------


def ledger_rows(path, sql: str, params=()) -> list[dict]:
    """Rows from the ledger file through a connection of its own (not the wizard's)."""
    from sqlite_utils.db import sqlite3  # pysqlite3 when installed, like the program

    conn = sqlite3.connect(str(path))
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, params)]
    finally:
        conn.close()


def events(path, kind: str) -> list[dict]:
    """The ledger's events of one kind, oldest first, their JSON detail read."""
    import json

    rows = ledger_rows(path, "SELECT * FROM events WHERE kind = ? ORDER BY id", [kind])
    return [{**row, "detail": json.loads(row["detail"])} for row in rows]


def orders(path) -> list[dict]:
    return ledger_rows(path, "SELECT * FROM orders ORDER BY desk, seq")


# -- the wizard's buttons -------------------------------------------------


def button(wizard, which: QWizard.WizardButton):
    return wizard.button(which)


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName() or widget.text()} cannot be clicked"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_next(qtbot, wizard) -> None:
    """Next, or the commit button on a commit page: whichever the wizard shows."""
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    click(qtbot, commit if commit.isVisible() else wizard.button(QWizard.WizardButton.NextButton))


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def commit_button(wizard):
    return wizard.button(QWizard.WizardButton.CommitButton)


def page(wizard):
    return wizard.currentPage()


# -- reaching a page through fields (before the product pages are driven) ---


VISITOR = ["Greta Visitor", "greta@visitor.example"]  # a kiosk visitor's name and e-mail (the seats step)


def go_to_payment(wizard, hub="marketing", tier="starter", currency="EUR", interval="monthly", users=None):
    """Sets the first steps' fields and presses Next until the payment page is shown.

    In kiosk mode (an account per visit) `users` are the seats' [name, e-mail] pairs (default: VISITOR).
    """
    for name, value in (("hub", hub), ("tier", tier), ("currency", currency), ("interval", interval)):
        wizard.setField(name, value)
    for _ in range(6):
        if wizard.currentPage().objectName() == "paymentPage":
            return wizard.currentPage()
        if wizard.currentPage().objectName() == "licensesPage":
            if wizard.session.mode.account_per_visit:
                wizard.setField("seat_users", users if users is not None else [VISITOR])
            else:
                ids = users if users is not None else [u.id for u in wizard.session.users[:1]]
                wizard.setField("licensed_users", ids)
        wizard.next()
    raise AssertionError(f"stuck on {wizard.currentPage().objectName()}")


# -- the payment page -----------------------------------------------------


def type_into(qtbot, edit: QLineEdit, text: str, *, leave: bool = True) -> None:
    """Clear the field, type into it like a person, and (by default) leave it with Tab."""
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        commit_text(edit, text)
    if leave:
        leave_field(edit)


def commit_text(edit: QLineEdit, text: str) -> None:
    """Text as an input method delivers it (how fullwidth digits arrive; QTest.keyClicks aborts on them)."""
    for ch in text:
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(edit, event)


def leave_field(widget) -> None:
    """Move the focus on, as Tab would (offscreen windows may not move focus on a synthetic Tab)."""
    widget.focusNextChild()
    QApplication.processEvents()


def choose_method(qtbot, payment, method_id: str) -> None:
    """Click the row of a saved method, or "new" for New credit card."""
    view = payment.method_list
    row = view.methods.row_of(method_id)
    assert row >= 0, f"no payment method {method_id}"
    rect = view.visualRect(view.methods.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert payment.field("payment_method") == method_id


def fill_new_card(qtbot, payment, number=MASTERCARD, expiry="08/29", cvc="123", holder="Lena Hoffmann", share=False):
    choose_method(qtbot, payment, "new")
    type_into(qtbot, payment.inputs["card_holder"], holder)
    type_into(qtbot, payment.inputs["card_number"], number)
    type_into(qtbot, payment.inputs["card_expiry"], expiry)
    type_into(qtbot, payment.inputs["card_cvc"], cvc)
    if share != payment.share.isChecked():
        qtbot.mouseClick(payment.share, Qt.MouseButton.LeftButton, pos=QPoint(8, payment.share.height() // 2))
    assert payment.share.isChecked() == share


# -- the review page ------------------------------------------------------


def to_review(qtbot, wizard, *, new_card=False, **choice):
    payment = go_to_payment(wizard, **choice)
    if new_card:
        fill_new_card(qtbot, payment, share=True)
    click(qtbot, next_button(wizard))
    assert wizard.currentPage().objectName() == "reviewPage"
    return wizard.currentPage()


def agree(qtbot, review) -> None:
    qtbot.mouseClick(review.agree, Qt.MouseButton.LeftButton, pos=QPoint(8, review.agree.height() // 2))
    assert review.agree.isChecked()


# -- a kiosk visitor (an account per visit) --------------------------------

VISITOR_COMPANY = {"company_name": "Visitor Maschinenbau GmbH", "company_street": "Messeplatz 1",
                   "company_postal_code": "30521", "company_city": "Hannover"}


def fill_visitor_company(qtbot, payment, country="DE", **typed) -> None:
    """The company a kiosk visitor types on the payment page (the session has no account to fill it from)."""
    payment.setField("company_country", country)
    for name, text in {**VISITOR_COMPANY, **typed}.items():
        type_into(qtbot, payment.inputs[name], text)


def buy_as_visitor(qtbot, wizard, *, card=MASTERCARD, **choice) -> None:
    """A kiosk visit from the seats step to "Complete purchase": the visitor, their company, a new card."""
    payment = go_to_payment(wizard, **choice)
    fill_visitor_company(qtbot, payment)
    fill_new_card(qtbot, payment, number=card, holder=VISITOR[0])
    click(qtbot, next_button(wizard))
    assert wizard.currentPage().objectName() == "reviewPage"
    agree(qtbot, wizard.currentPage())
    click(qtbot, commit_button(wizard))
