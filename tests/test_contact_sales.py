"""The contact-sales branch: the form records one sales lead and ends on its own confirmation."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from pages_support import activate, click_next, click_tier, db_rows
from wizard.ui.upgrade.fields import PageId


def open_form(qtbot, wizard, hub="marketing", tier="enterprise"):
    activate(qtbot, wizard)
    click_tier(qtbot, wizard, hub, tier)
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    assert page.objectName() == "contactSalesPage"
    return page


def commit_button(wizard):
    return wizard.button(QWizard.WizardButton.CommitButton)


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_the_form_records_exactly_one_lead_and_ends_on_its_confirmation(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    page = open_form(qtbot, wizard, "sales", "enterprise")
    assert "Sales Hub Enterprise" in page.product.text()
    assert commit_button(wizard).isVisible() and commit_button(wizard).text() == "Send request"
    you = db_rows(ledger_path, "SELECT name, email FROM users WHERE is_you = 1")[0]
    assert (page.name.text(), page.email.text()) == (you["name"], you["email"])

    retype(qtbot, page.name, "Jana Schulz")
    retype(qtbot, page.email, "jana.schulz@example.org")
    qtbot.keyClicks(page.phone, "+49 40 1234567")
    page.message.setFocus()
    qtbot.keyClicks(page.message, "About 40 seats, please call.")
    qtbot.mouseClick(commit_button(wizard), Qt.MouseButton.LeftButton)

    assert wizard.currentPage().objectName() == "leadSentPage"
    assert wizard.currentId() == PageId.LEAD_SENT
    leads = db_rows(ledger_path, "SELECT * FROM sales_leads")
    assert len(leads) == 1
    lead = leads[0]
    assert (lead["hub"], lead["tier"]) == ("sales", "enterprise")
    assert (lead["name"], lead["email"], lead["phone"]) == ("Jana Schulz", "jana.schulz@example.org", "+49 40 1234567")
    assert lead["message"] == "About 40 seats, please call."
    assert (lead["language"], lead["desk"]) == ("en", "D01")
    assert lead["id"] == wizard.lead_id
    assert db_rows(ledger_path, "SELECT count(*) AS n FROM orders")[0]["n"] == 0
    assert "sales team will contact you" in wizard.currentPage().thanks.text()


def test_start_another_upgrade_returns_to_a_clean_product_page(qtbot, make_wizard):
    wizard = make_wizard()
    open_form(qtbot, wizard)
    qtbot.mouseClick(commit_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert page.objectName() == "leadSentPage"
    qtbot.mouseClick(page.again, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.PRODUCT
    assert (wizard.field("hub"), wizard.field("tier")) == ("", "")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.lead_id is None


@pytest.mark.parametrize(
    ("name", "email", "problem"),
    [("", "a@b.de", "leadNameProblem"), ("Jana", "not-an-address", "leadEmailProblem"), ("Jana", "", "leadEmailProblem")],
)
def test_name_and_a_valid_looking_email_are_required(qtbot, make_wizard, ledger_path, name, email, problem):
    wizard = make_wizard()
    page = open_form(qtbot, wizard)
    retype(qtbot, page.name, name)
    retype(qtbot, page.email, email)
    page.phone.setFocus()  # leaving the field shows its problem
    assert not commit_button(wizard).isEnabled()
    shown = page.findChild(type(page.product), problem)
    assert shown.isVisible() and shown.text()
    assert db_rows(ledger_path, "SELECT count(*) AS n FROM sales_leads")[0]["n"] == 0


NOT_SENT = {
    "en": "Your request could not be saved, so it was not sent.",
    "de": "Ihre Anfrage konnte nicht gespeichert werden und wurde daher nicht gesendet.",
}
READ_ONLY = {
    "en": "The ledger file cannot be written at the moment. Once it can, try again.",
    "de": "In die Ledger-Datei kann gerade nicht geschrieben werden. Sobald das wieder geht, "
          "versuchen Sie es bitte erneut.",
}


def lead_count(ledger_path) -> int:
    return db_rows(ledger_path, "SELECT count(*) AS n FROM sales_leads")[0]["n"]


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_read_only_ledger_is_told_in_one_translated_sentence_and_a_retry_records_once(
    qtbot, make_wizard, ledger_path, caplog, language
):
    wizard = make_wizard(language=language)
    assert wizard.session.language == language, "the .qm files are built by ./run-tests (scripts/bootstrap.sh)"
    page = open_form(qtbot, wizard)
    # Tests run as root, so chmod would not stop a write: SQLite's own read-only switch does.
    wizard.session.db.execute("PRAGMA query_only = 1")
    qtbot.mouseClick(commit_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page
    assert page.error.isVisible() and page.error.text() == f"{NOT_SENT[language]} {READ_ONLY[language]}"
    assert "read-only" in caplog.text and str(ledger_path) in caplog.text  # the ledger's detail: logged
    assert lead_count(ledger_path) == 0

    wizard.session.db.execute("PRAGMA query_only = 0")
    qtbot.mouseClick(commit_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentPage().objectName() == "leadSentPage"
    assert lead_count(ledger_path) == 1


def test_any_other_refusal_of_the_write_is_told_not_raised(qtbot, make_wizard, ledger_path, caplog):
    from sqlite_utils.db import sqlite3

    wizard = make_wizard()
    page = open_form(qtbot, wizard)
    conn = sqlite3.connect(str(ledger_path))
    conn.execute(
        "CREATE TRIGGER test_refuse_leads BEFORE INSERT ON sales_leads "
        "BEGIN SELECT RAISE(ABORT, 'refused (simulated)'); END"
    )
    conn.commit()
    try:
        qtbot.mouseClick(commit_button(wizard), Qt.MouseButton.LeftButton)  # pytest-qt fails on an escaped exception
        assert wizard.currentPage() is page
        assert page.error.isVisible() and page.error.text() == NOT_SENT["en"] + " Please try again."
        assert "refused (simulated)" in caplog.text
        assert lead_count(ledger_path) == 0
    finally:
        conn.execute("DROP TRIGGER test_refuse_leads")
        conn.commit()
        conn.close()
    qtbot.mouseClick(commit_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentPage().objectName() == "leadSentPage"
    assert lead_count(ledger_path) == 1


def test_the_form_works_by_keyboard_alone(qtbot, make_wizard, ledger_path):
    wizard = make_wizard()
    activate(qtbot, wizard)
    card = wizard.page(PageId.PRODUCT).cards[("service", "enterprise")]
    wizard.page(PageId.PRODUCT).tabs.setCurrentIndex(2)
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Space)
    qtbot.keyClick(card, Qt.Key.Key_Return)  # Enter on the chosen card is Next
    page = wizard.currentPage()
    assert page.objectName() == "contactSalesPage"
    assert page.name.hasFocus()
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    assert page.email.hasFocus()
    qtbot.keyClick(page.email, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.phone, "123")
    qtbot.keyClick(page.phone, Qt.Key.Key_Tab)
    assert page.message.hasFocus()
    qtbot.keyClicks(page.message, "Hi")
    qtbot.keyClick(page.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.phone, Qt.Key.Key_Return)  # Enter in a line edit presses the default button
    assert wizard.currentPage().objectName() == "leadSentPage"
    assert len(db_rows(ledger_path, "SELECT id FROM sales_leads")) == 1
