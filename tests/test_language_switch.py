"""Switching the language at any moment: every page, every branch, every dialog.

On each stop of each path through the wizard the test reads every text on
screen in English, clicks the language button, and checks that
- no text is left in English: no shown text is an English source of the .ts
  whose German differs, and no text stayed the same unless all its words are in
  the allow-list below or come from the data (names, e-mail addresses, ...);
- everything entered so far stays (all wizard fields);
then clicks again and checks that the English texts are exactly back and no
German is left.
"""
from __future__ import annotations

# First: its workaround for PySide6 6.12.0 dropping references to None/True/False on Python 3.11.
import pages_support  # noqa: F401, I001

import datetime as dt
import os
import re
from dataclasses import astuple
from decimal import Decimal
from pathlib import Path

import pytest
from babel.dates import format_date as babel_date
from babel.numbers import format_currency, get_currency_precision
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from helpers import agree, choose_method, click, fill_new_card, orders, type_into
from i18n_helpers import Vocabulary, screen_texts, shortcut_clashes, words
from pages_support import activate, check_indicator_pos, click_next, click_tier, db_rows
from wizard.core import cards
from wizard.ui.kit.legal_viewer import DOCUMENTS
from wizard.ui.upgrade.fields import PageId

# Words that are the same in German and English, so a text made only of them
# (and of the data below) may read the same after a switch:
ALLOWED_WORDS = {
    # product and edition names: the real product does not translate them
    "Marketing", "Sales", "Service", "Hub", "Starter", "Professional", "Enterprise",
    # the German article keeps this document's English name
    "Acceptable", "Use", "Policy",
    # German loanwords the real product uses as they are
    "Account", "Upgrade", "Add-ons", "Name", "CVC",
    # currency codes, and the euro is "Euro" in both languages
    "EUR", "USD", "GBP", "CHF", "JPY", "AUD", "Euro",
    # the e-mail example, name@example.com in both: the domain reserved for examples
    "name", "example", "com",
}
# Also the same in both: card brands (cards.BRAND_NAMES), and whatever comes
# from the ledger as it is: people's names and e-mail addresses, the company's
# name and address, order numbers.

FIELDS = (
    "hub", "tier", "currency", "interval", "licensed_users",
    "company_name", "company_street", "company_postal_code", "company_city", "company_country", "vat_id",
    "payment_method", "card_holder", "card_number", "card_expiry", "card_cvc", "share_card", "agree_terms",
    "lead_name", "lead_email", "lead_phone", "lead_message",
)
LOCALES = {"de": "de_DE", "en": "en_US"}


@pytest.fixture(scope="module")
def vocabulary():
    return Vocabulary()


pytestmark = pytest.mark.usefixtures("fresh_translations")


# -- checking one switch ----------------------------------------------------


def data_words(wizard) -> set[str]:
    session = wizard.session
    found = set()
    texts = [*cards.BRAND_NAMES.values()]
    for user in session.users:
        texts += [user.name, user.email]
    texts += [str(v) for v in (astuple(session.account) if session.account else ()) if v]
    texts += [str(wizard.field(name) or "") for name in FIELDS if isinstance(wizard.field(name), str)]
    if wizard.receipt is not None:
        texts.append(wizard.receipt.number)
    for text in texts:
        found.update(words(text))
    return found


def fields(wizard) -> dict:
    return {name: wizard.field(name) for name in FIELDS}


def language_button(wizard):
    button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert button.objectName() == "languageButton"
    return button


def switch(qtbot, wizard, language: str, button=None) -> None:
    """Click the language button, or (while a modal dialog covers the wizard) call what it calls."""
    if button is not None or QApplication.activeModalWidget() is None:
        button = button or language_button(wizard)
        assert button.isVisible() and button.isEnabled(), "the language switch is not on this page"
        assert button.text() == ("Deutsch" if language == "de" else "English")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        wizard.switch_language(language)
    assert wizard.session.language == language
    QApplication.processEvents()


def check_switch(qtbot, wizard, vocabulary, where: str, button=None) -> dict[str, str]:
    """English -> German -> English on the current screen; returns the German texts."""
    assert wizard.session.language == "en"
    english = screen_texts()
    before = fields(wizard)
    switch(qtbot, wizard, "de", button)
    german = screen_texts()
    assert fields(wizard) == before, f"{where}: a switch to German changed what was entered"

    left = vocabulary.english_in(german)
    allowed = ALLOWED_WORDS | data_words(wizard)
    for key, text in german.items():
        if english.get(key) == text and not set(words(text)) <= allowed:
            left.append(f"{key}: {text!r} did not change (words not in the allow-list: "
                        f"{sorted(set(words(text)) - allowed)})")
    assert not left, f"{where}: English left after switching to German:\n  " + "\n  ".join(left)
    assert set(german) == set(english), f"{where}: texts appeared or vanished: {set(german) ^ set(english)}"
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not shortcut_clashes(windows), f"{where}: German shortcuts clash: {shortcut_clashes(windows)}"

    switch(qtbot, wizard, "en", button)
    back = screen_texts()
    assert fields(wizard) == before, f"{where}: a switch back to English changed what was entered"
    assert not vocabulary.german_in(back), f"{where}: German left:\n  " + "\n  ".join(vocabulary.german_in(back))
    changed = {k: (english.get(k), back.get(k)) for k in set(english) | set(back) if english.get(k) != back.get(k)}
    assert not shortcut_clashes(windows), f"{where}: English shortcuts clash: {shortcut_clashes(windows)}"
    assert not changed, f"{where}: English texts not restored: {changed}"
    return german


# -- the paths through the wizard ---------------------------------------------
# Each is a generator that stops (yields a name) wherever there is something to
# look at; the tests run their check at every stop.


def self_serve_path(qtbot, wizard):
    """Marketing Hub Starter (not per user), CHF, annual, a new card with one wrong field, the legal documents."""
    activate(qtbot, wizard)
    yield "product"
    click_tier(qtbot, wizard, "marketing", "starter")
    yield "product-chosen"
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CURRENCY
    wizard.currentPage().combo.value = "CHF"
    yield "currency"
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.BILLING
    qtbot.mouseClick(wizard.currentPage().radios["annual"], Qt.MouseButton.LeftButton)
    yield "billing"
    click_next(qtbot, wizard)
    payment = wizard.currentPage()
    assert payment.objectName() == "paymentPage"
    type_into(qtbot, payment.inputs["company_name"], "Elbwerk Maschinenbau GmbH")
    fill_new_card(qtbot, payment, share=True)
    type_into(qtbot, payment.inputs["vat_id"], "DE123")  # a problem on screen while switching
    assert payment.errors["vat_id"].isVisible()
    yield "payment"
    type_into(qtbot, payment.inputs["vat_id"], "")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    review = wizard.currentPage()
    assert review.objectName() == "reviewPage"
    yield "review"
    for doc in DOCUMENTS:
        click(qtbot, review.links[doc])
        qtbot.waitUntil(lambda: review.viewer is not None and review.viewer.isVisible())
        yield f"legal-{doc}"
        review.viewer.reject()
        qtbot.waitUntil(lambda: not review.viewer.isVisible())
    agree(qtbot, review)
    yield "review-agreed"
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.currentPage().objectName() == "confirmationPage"
    yield "confirmation"


def seat_path(qtbot, wizard):
    """Sales Hub Professional (per user): JPY, monthly, licenses ticked and filtered, the saved card."""
    activate(qtbot, wizard)
    click_tier(qtbot, wizard, "sales", "professional")
    click_next(qtbot, wizard)
    wizard.currentPage().combo.value = "JPY"
    yield "currency-seats"
    click_next(qtbot, wizard)
    yield "billing-seats"
    click_next(qtbot, wizard)
    licenses = wizard.currentPage()
    assert licenses.objectName() == "licensesPage"
    view = licenses.view
    for row in (1, 2):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check_indicator_pos(view, row))
    yield "licenses"
    qtbot.keyClicks(licenses.filter, "a")
    yield "licenses-filtered"
    licenses.filter.clear()
    click_next(qtbot, wizard)
    payment = wizard.currentPage()
    assert payment.objectName() == "paymentPage"
    choose_method(qtbot, payment, wizard.session.payment_methods[0].id)
    yield "payment-saved-card"
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    review = wizard.currentPage()
    assert review.objectName() == "reviewPage"
    yield "review-seats"
    agree(qtbot, review)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.currentPage().objectName() == "confirmationPage"
    yield "confirmation-seats"


def contact_sales_path(qtbot, wizard):
    """Marketing Hub Enterprise: the contact-sales form with a problem shown, and its confirmation."""
    activate(qtbot, wizard)
    click_tier(qtbot, wizard, "marketing", "enterprise")
    click_next(qtbot, wizard)
    form = wizard.currentPage()
    assert form.objectName() == "contactSalesPage"
    form.email.setFocus()
    form.email.selectAll()
    qtbot.keyClicks(form.email, "not-an-address")
    form.email.editingFinished.emit()
    assert form.email_problem.isVisible()
    form.message.setFocus()
    qtbot.keyClicks(form.message, "About 40 seats.")
    yield "contact-sales"
    form.email.setText("jana.schulz@example.org")
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.currentPage().objectName() == "leadSentPage"
    yield "lead-sent"


PATHS = {"self-serve": self_serve_path, "seat-based": seat_path, "contact-sales": contact_sales_path}


@pytest.mark.parametrize("path", PATHS)
def test_every_screen_switches_completely_and_back(qtbot, make_wizard, vocabulary, path):
    wizard = make_wizard(language="en")
    stops = []
    for stop in PATHS[path](qtbot, wizard):
        check_switch(qtbot, wizard, vocabulary, stop)
        stops.append(stop)
    assert len(stops) >= 2


def test_the_account_shell_switches_completely_and_back(qtbot, make_wizard, vocabulary):
    from wizard.ui.shell.window import AccountShell

    wizard = make_wizard(language="en")
    wizard.hide()
    shell = AccountShell(wizard.session, lambda: None)
    qtbot.addWidget(shell)
    shell.show()
    shell.refresh()
    qtbot.waitExposed(shell)
    german = check_switch(qtbot, wizard, vocabulary, "account shell", button=shell.language_button)
    assert "Produkte & Add-ons" in german.values()  # the account menu's entry, as in the article


# -- what stays, what is reformatted ----------------------------------------


def money(amount_minor: int, currency: str, language: str) -> str:
    """Babel itself, not wizard.core.money, plus the CLDR currency spacing Babel leaves out:
    a symbol in letters before the digits gets a no-break space ("CHF\xa03,402.00")."""
    amount = Decimal(amount_minor).scaleb(-get_currency_precision(currency))
    return re.sub(r"^(-?[A-Z]{2,})(\d)", "\\1\xa0\\2", format_currency(amount, currency, locale=LOCALES[language]))


def to_review(qtbot, wizard, *, hub="sales", tier="professional", currency="EUR", interval="monthly", seats=3):
    from helpers import go_to_payment

    users = [u.id for u in wizard.session.users[:seats]]
    go_to_payment(wizard, hub=hub, tier=tier, currency=currency, interval=interval, users=users)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == PageId.REVIEW
    return wizard.currentPage()


@pytest.mark.parametrize("currency", ["EUR", "CHF", "JPY"])
def test_review_amounts_and_dates_follow_the_language(qtbot, make_wizard, currency):
    wizard = make_wizard(language="en")
    review = to_review(qtbot, wizard, currency=currency, interval="annual", seats=3)
    quote = review.order.quote
    shown = {}
    for language in ("en", "de", "en"):
        if wizard.session.language != language:
            switch(qtbot, wizard, language)
        due = review.values["due_now"].text()
        assert due == money(review.order.charges.total_minor, currency, language)
        assert review.values["next_charge"].text() == babel_date(quote.next_charge_date, "medium", locale=LOCALES[language])
        assert money(quote.unit_price_minor, currency, language) in review.values["unit_price"].text()
        shown[language] = due
    assert shown["de"] != shown["en"]
    # The shapes the issue names, for the euro: "1.234,56 €" and "€1,234.56".
    if currency == "EUR":
        assert shown["de"].endswith("\xa0€") and "," in shown["de"]
        assert shown["en"].startswith("€") and "." in shown["en"]


def test_dates_read_as_the_issue_says():
    day = dt.date(2026, 11, 27)
    assert babel_date(day, "medium", locale="de_DE") == "27.11.2026"
    assert babel_date(day, "medium", locale="en_US") == "Nov 27, 2026"
    assert money(123456, "EUR", "de") == "1.234,56\xa0€"
    assert money(123456, "EUR", "en") == "€1,234.56"


def test_product_prices_follow_the_language(qtbot, make_wizard):
    wizard = make_wizard(language="en")
    page = wizard.page(PageId.PRODUCT)
    tier = wizard.session.catalog.tier("marketing", "starter")
    card = page.cards[("marketing", "starter")]
    currency = wizard.field("currency")
    assert card.price.text() == f"{money(tier.prices[currency].monthly, currency, 'en')} per month excl. VAT"
    switch(qtbot, wizard, "de")
    assert card.price.text() == f"{money(tier.prices[currency].monthly, currency, 'de')} pro Monat zzgl. USt."


def test_what_was_entered_stays_through_switches(qtbot, make_wizard):
    wizard = make_wizard(language="en")
    activate(qtbot, wizard)
    click_tier(qtbot, wizard, "service", "professional")
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    licenses = wizard.currentPage()
    qtbot.mouseClick(licenses.view.viewport(), Qt.MouseButton.LeftButton, pos=check_indicator_pos(licenses.view, 0))
    ticked = list(wizard.field("licensed_users"))
    assert ticked
    click_next(qtbot, wizard)
    payment = wizard.currentPage()
    type_into(qtbot, payment.inputs["company_name"], "Elbwerk Maschinenbau GmbH")
    for language in ("de", "en", "de"):
        switch(qtbot, wizard, language)
        assert payment.inputs["company_name"].text() == "Elbwerk Maschinenbau GmbH"
        assert (wizard.field("hub"), wizard.field("tier")) == ("service", "professional")
        assert wizard.field("licensed_users") == ticked
        assert wizard.field("company_country") == "DE"
    assert payment.country.currentText() == "Deutschland"
    # Back to the licenses: the ticks are still there, in German.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is licenses
    assert wizard.field("licensed_users") == ticked
    assert licenses.count.text() == f"{len(ticked)} Benutzer ausgewählt"


# -- a whole purchase in German -----------------------------------------------


def test_a_purchase_made_in_german_records_german(qtbot, make_wizard, ledger_path):
    wizard = make_wizard(language="en")
    activate(qtbot, wizard)
    switch(qtbot, wizard, "de")
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Abbrechen"
    click_tier(qtbot, wizard, "marketing", "professional")
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Monatlichen Plan kaufen"
    qtbot.mouseClick(wizard.currentPage().radios["annual"], Qt.MouseButton.LeftButton)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Jährlichen Plan kaufen"
    click_next(qtbot, wizard)
    payment = wizard.currentPage()
    fill_new_card(qtbot, payment, share=True)
    assert payment.share.text() == "Diese Kreditkarte mit anderen Administratoren teilen"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Bestellung überprüfen"
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    review = wizard.currentPage()
    assert review.agree.text() == "Ich stimme diesen Bedingungen zu"
    assert [b.text() for b in review.links.values()] == [
        "Nutzungsbedingungen", "Datenschutzrichtlinie", "Acceptable Use Policy",
    ]
    agree(qtbot, review)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Kauf abschließen"
    click(qtbot, commit)
    assert wizard.currentPage().objectName() == "confirmationPage"
    [order] = orders(ledger_path)
    assert order["language"] == "de"
    assert (order["hub"], order["tier"], order["interval"]) == ("marketing", "professional", "annual")


def test_the_language_of_the_moment_of_purchase_is_recorded(qtbot, make_wizard, ledger_path):
    wizard = make_wizard(language="de")
    review = to_review(qtbot, wizard, hub="marketing", tier="starter", seats=0)
    switch(qtbot, wizard, "en")
    agree(qtbot, review)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert [o["language"] for o in orders(ledger_path)] == ["en"]


def test_a_lead_made_in_german_records_german(qtbot, make_wizard, ledger_path):
    wizard = make_wizard(language="en")
    for stop in contact_sales_path(qtbot, wizard):
        if stop == "contact-sales":
            switch(qtbot, wizard, "de")
    assert [lead["language"] for lead in db_rows(ledger_path, "SELECT language FROM sales_leads")] == ["de"]


# -- pictures of every screen ---------------------------------------------------


def cut_off(windows) -> list[str]:
    """Texts that do not fit their widget: a label or button narrower than its words, a wrapped
    label shorter than its lines, a tab narrower than its title, a window beyond 1024x768."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

    problems = []
    for window in windows:
        hint = window.minimumSizeHint()
        if hint.width() > 1024 or hint.height() > 768:
            problems.append(f"{window.objectName()}: needs at least {hint.width()}x{hint.height()}")
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            name = widget.objectName() or type(widget).__name__
            if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
                if widget.wordWrap():
                    needed = widget.heightForWidth(widget.width())
                    if needed > widget.height() + 1:
                        problems.append(f"{name}: {widget.text()!r} needs {needed}px height, has {widget.height()}")
                elif widget.sizeHint().width() > widget.width() + 1:
                    problems.append(f"{name}: {widget.text()!r} needs {widget.sizeHint().width()}px, has {widget.width()}")
            elif isinstance(widget, QAbstractButton) and widget.text():
                if widget.sizeHint().width() > widget.width() + 1:
                    problems.append(f"{name}: {widget.text()!r} needs {widget.sizeHint().width()}px, has {widget.width()}")
            elif isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    needed = widget.fontMetrics().horizontalAdvance(widget.tabText(i))
                    if needed > widget.tabRect(i).width():
                        problems.append(f"{name}: tab {widget.tabText(i)!r} is cut off")
    return problems


@pytest.mark.parametrize("path", PATHS)
def test_no_text_is_cut_off_in_either_language(qtbot, make_wizard, path):
    """Set UPGRADE_WIZARD_SHOTS=/some/folder to keep a PNG of every screen in both languages."""
    shots = os.environ.get("UPGRADE_WIZARD_SHOTS")
    wizard = make_wizard(language="en")
    problems = []
    for stop in PATHS[path](qtbot, wizard):
        for language in ("de", "en"):
            switch(qtbot, wizard, language)
            QApplication.processEvents()
            windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            problems += [f"{language} {stop}: {p}" for p in cut_off(windows)]
            if shots:
                Path(shots).mkdir(parents=True, exist_ok=True)
                for window in windows:
                    window.grab().save(str(Path(shots) / f"{language}_{stop}_{window.objectName()}.png"))
    assert not problems, "\n".join(problems)
