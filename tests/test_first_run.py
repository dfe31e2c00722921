"""The first run on an empty ledger in standard mode: the set-up creates the account, its first admin and an event."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from helpers import click, ledger_rows, type_into
from pages_support import activate

SETUP = {"company_name": "Elbwerk Maschinenbau GmbH", "user_name": "Jana Schulz", "user_email": "jana@elbwerk.de"}


def fill_setup(qtbot, page, *, country="DE", **values) -> None:
    activate(qtbot, page.window())
    for name, text in {**SETUP, **values}.items():
        type_into(qtbot, page.inputs[name], text)
    page.country.setFocus()
    page.country.value = country


def counts(ledger_path) -> dict[str, int]:
    return {t: ledger_rows(ledger_path, f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in ("accounts", "users", "events")}


def test_standard_mode_on_an_empty_ledger_shows_the_set_up(make_shell, ledger_path):
    shell = make_shell(mode="standard")
    page = shell.first_run
    assert page is not None and page.isVisible() and not shell.workspace.isVisible()
    assert not shell.account_button.isVisible()  # nothing to open before there is an account
    assert shell.language_button.isVisible()
    assert shell.windowTitle() == "Set up your account"
    assert "has no account yet" in page.intro.text()
    assert counts(ledger_path) == {"accounts": 0, "users": 0, "events": 0}


def test_the_set_up_creates_the_account_its_admin_and_an_event(qtbot, make_shell, ledger_path):
    shell = make_shell(mode="standard")
    page = shell.first_run
    fill_setup(qtbot, page, country="CH")
    assert page.currency.value == "CHF"  # the country's currency, while the person has not chosen one
    click(qtbot, page.create)
    [account] = ledger_rows(ledger_path, "SELECT * FROM accounts")
    assert (account["name"], account["country"], account["currency"]) == ("Elbwerk Maschinenbau GmbH", "CH", "CHF")
    [admin] = ledger_rows(ledger_path, "SELECT * FROM users")
    assert (admin["account_id"], admin["name"], admin["email"], admin["role"], admin["is_you"]) == (
        account["id"], "Jana Schulz", "jana@elbwerk.de", "admin", 1)
    [event] = ledger_rows(ledger_path, "SELECT * FROM events")
    assert (event["kind"], event["account_id"], event["desk"]) == ("account_created", account["id"], "D01")
    assert json.loads(event["detail"])["admin_user_id"] == admin["id"]
    # Then the account window, on the new account.
    assert shell.workspace.isVisible() and not page.isVisible()
    assert shell.current_section() == "home"
    assert shell.welcome.text() == "Welcome to Elbwerk Maschinenbau GmbH."
    assert shell.account_button.isVisible() and shell.account_button.text() == "Elbwerk Maschinenbau GmbH"
    assert shell.session.signed_in_user.id == admin["id"] and shell.session.signed_in_user.is_admin
    products = shell.open_section("products")
    assert all(card.plan.text() == "Current plan: Free" for card in products.cards.values())
    assert "CHF" in products.cards["sales"].prices.text()


def test_an_invalid_email_is_refused_with_a_sentence_under_the_field(qtbot, make_shell, ledger_path):
    shell = make_shell(mode="standard")
    page = shell.first_run
    fill_setup(qtbot, page, user_email="jana@elbwerk")
    error = page.errors["user_email"]
    assert error.isVisible() and error.text() == "Enter an email address such as name@example.com."
    click(qtbot, page.create)
    assert counts(ledger_path)["accounts"] == 0
    assert page.isVisible() and page.inputs["user_email"].hasFocus()
    type_into(qtbot, page.inputs["user_email"], "jana@elbwerk.de")
    assert not error.isVisible()
    click(qtbot, page.create)
    assert counts(ledger_path) == {"accounts": 1, "users": 1, "events": 1}


def test_create_with_nothing_filled_in_shows_every_problem(qtbot, make_shell, ledger_path):
    shell = make_shell(mode="standard")
    page = shell.first_run
    click(qtbot, page.create)
    shown = {name for name, label in page.errors.items() if label.isVisible()}
    assert shown == {"company_name", "company_country", "user_name", "user_email"}
    assert page.errors["user_name"].text() == "Please enter your name."
    assert page.errors["company_country"].text() == "Choose the country from the list."
    assert counts(ledger_path)["accounts"] == 0


def test_a_company_name_with_an_ampersand_shows_it(qtbot, make_shell):
    shell = make_shell(mode="standard")
    fill_setup(qtbot, shell.first_run, company_name="Müller & Söhne KG")
    click(qtbot, shell.first_run.create)
    assert shell.account_button.text() == "Müller && Söhne KG"  # drawn as "Müller & Söhne KG"


@pytest.mark.parametrize("mode", ["demo", "training"])
def test_demo_and_training_seed_the_demo_company_instead(make_shell, ledger_path, mode):
    shell = make_shell(mode=mode)
    assert shell.first_run is None and shell.workspace.isVisible()
    assert shell.session.account.name == "Nordlicht Analytics GmbH"
    assert [r["kind"] for r in ledger_rows(ledger_path, "SELECT kind FROM events")] == ["seed"]


def test_an_account_made_meanwhile_by_another_desk_is_shown(qtbot, make_shell, ledger_path):
    """Two desks setting up one ledger: the second one's set-up shows the first one's account."""
    from wizard.ledger import open_ledger
    from wizard.ledger.accounts import create_account

    shell = make_shell(mode="standard")
    other = open_ledger(ledger_path)
    create_account(other, name="Erste GmbH", country="DE", currency="EUR", admin_name="Ada", admin_email="ada@erste.de",
                   desk="D02", mode="standard")
    other.close()
    fill_setup(qtbot, shell.first_run)
    click(qtbot, shell.first_run.create)
    assert counts(ledger_path) == {"accounts": 1, "users": 1, "events": 1}
    assert shell.workspace.isVisible() and shell.account_button.text() == "Erste GmbH"


def test_the_set_up_follows_the_language_switch(qtbot, make_shell):
    shell = make_shell(mode="standard")
    page = shell.first_run
    english = page.create.text()
    country_en = page.country.itemText(page.country.findData("DE"))
    qtbot.mouseClick(shell.language_button, Qt.MouseButton.LeftButton)
    assert shell.session.language == "de", "i18n/wizard_de.qm is missing: ./run-tests builds it (scripts/bootstrap.sh)"
    assert page.country.itemText(page.country.findData("DE")) == "Deutschland" != country_en
    assert page.labels["company_name"].text() == "Name des Unternehmens"
    assert page.create.text() != english
    qtbot.mouseClick(shell.language_button, Qt.MouseButton.LeftButton)
    assert page.create.text() == english


# -- the ledger's side (no window) ---------------------------------------------


def test_create_account_refuses_what_the_form_refuses(ledger_path):
    from wizard.ledger import open_ledger
    from wizard.ledger.accounts import InvalidAccount, create_account

    db = open_ledger(ledger_path)
    good = dict(name="Elbwerk GmbH", country="DE", currency="EUR", admin_name="Jana", admin_email="jana@elbwerk.de",
                desk="D01", mode="standard")
    for bad in ({"admin_email": "jana"}, {"name": " "}, {"country": "XX"}, {"currency": "EURO"},
                {"admin_name": "Jana\nSchulz"}, {"desk": "D 01"}):
        with pytest.raises(InvalidAccount):
            create_account(db, **{**good, **bad})
    assert counts(ledger_path) == {"accounts": 0, "users": 0, "events": 0}
    account_id = create_account(db, **{**good, "name": "  Elbwerk GmbH  ", "country": "de"})
    assert ledger_rows(ledger_path, "SELECT id, name, country FROM accounts") == [
        {"id": account_id, "name": "Elbwerk GmbH", "country": "DE"}]
    db.close()


def test_create_account_makes_no_second_account(ledger_path):
    from wizard.ledger import open_ledger
    from wizard.ledger.accounts import AccountExists, create_account

    db = open_ledger(ledger_path)
    values = dict(country="DE", currency="EUR", admin_name="Jana", admin_email="jana@elbwerk.de", desk="D01",
                  mode="standard")
    first = create_account(db, name="Elbwerk GmbH", **values)
    with pytest.raises(AccountExists) as refused:
        create_account(db, name="Zweite GmbH", **values)
    assert refused.value.account_id == first
    assert counts(ledger_path) == {"accounts": 1, "users": 1, "events": 1}
    db.close()
