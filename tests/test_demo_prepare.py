"""Preparing the demo for a prospect, and resetting it (issue 13, "The prospect's company")."""
from __future__ import annotations

import pytest

from helpers import agree, click, commit_button, ledger_rows, orders, to_review
from wizard.core.account import Role
from wizard.core.catalog_loading import load_catalog
from wizard.core.prospect import (
    DEMO_ADDRESSES,
    ProspectError,
    check_prospect,
    generate_users,
    make_prospect,
    read_prospects_csv,
    read_users_csv,
)

COMPANY = "Alpenblick Treuhand AG"


def users_csv(count: int = 25) -> str:
    rows = ["name,email,role", "Anna Keller,anna.keller@alpenblick.ch,admin"]
    rows += [f"Mitarbeiter {i},person{i}@alpenblick.ch,user" for i in range(2, count + 1)]
    return "\n".join(rows) + "\n"


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "users.csv"
    path.write_text(users_csv(), encoding="utf-8")
    return path


# -- the prospect (core) ------------------------------------------------------


def test_generated_users_are_the_same_for_the_same_seed_and_in_several_languages():
    first = generate_users(40, seed=COMPANY, domain="alpenblick-treuhand.ch")
    assert first == generate_users(40, seed=COMPANY, domain="alpenblick-treuhand.ch")
    assert first != generate_users(40, seed="Another AG", domain="alpenblick-treuhand.ch")
    names = " ".join(u.name for u in first)
    assert any("\u0370" <= ch <= "\u03ff" for ch in names)  # Greek
    assert any("\u4e00" <= ch <= "\u9fff" for ch in names)  # Japanese
    assert any(ch in "äöüßıİşğçłśźżńóąęéíúñ" for ch in names.lower())  # German, Turkish, Polish, Spanish
    assert len({u.email for u in first}) == 40
    assert all(u.email.isascii() for u in first)
    assert [u.role for u in first[:3]] == [Role.ADMIN, Role.ADMIN, Role.USER]


def test_users_csv_puts_the_first_admin_first_and_names_a_bad_line():
    users = read_users_csv("name,email,role\nBea User,bea@x.ch,user\nAnna Admin,anna@x.ch,admin\n")
    assert [u.name for u in users] == ["Anna Admin", "Bea User"]
    with pytest.raises(ProspectError) as refused:
        read_users_csv("name,email,role\nAnna,anna@x.ch,admin\nBea,not-an-address,user\n")
    assert refused.value.line == 3
    with pytest.raises(ProspectError) as refused:
        read_users_csv("name,email,role\nAnna,anna@x.ch,admin\nBea,bea@x.ch,boss\n")
    assert refused.value.line == 3 and "boss" in str(refused.value)
    with pytest.raises(ProspectError, match="admin"):
        read_users_csv("name,email,role\nBea,bea@x.ch,user\n")
    with pytest.raises(ProspectError) as refused:
        read_users_csv("email,name\n")
    assert refused.value.line == 1


def test_every_offered_country_has_a_valid_demo_address():
    from wizard.core.company import COUNTRIES, check_company

    assert set(DEMO_ADDRESSES) == set(COUNTRIES)
    for country, (street, postal_code, city) in DEMO_ADDRESSES.items():
        assert check_company(COMPANY, street, postal_code, city, country, "") == {}, country


def test_prospect_checks_use_the_catalog():
    catalog = load_catalog()
    good = make_prospect(COMPANY, "CH", "CHF", "de", "sales:starter", users=5)
    assert check_prospect(good, catalog) == {}
    bad = make_prospect(COMPANY, "XX", "XYZ", "fr", "sales:nothing", users=5)
    assert set(check_prospect(bad, catalog)) == {"company_country", "currency", "language", "plan"}
    with pytest.raises(ProspectError):
        make_prospect(COMPANY, "CH", "CHF", "de", "sales", users=5)


def test_prospects_csv_one_a_row_and_a_bad_row_named():
    text = "company,country,currency,language,users,plan\nAlpenblick AG,CH,CHF,de,25,sales:starter\n" \
           "Brightwater Ltd,GB,GBP,en,8,service:starter\n"
    prospects = read_prospects_csv(text, load_catalog())
    assert [(p.company, p.currency, len(p.users)) for p in prospects] == [
        ("Alpenblick AG", "CHF", 25), ("Brightwater Ltd", "GBP", 8)]
    with pytest.raises(ProspectError) as refused:
        read_prospects_csv(text + "Bad GmbH,DE,EUR,de,many,sales:starter\n", load_catalog())
    assert refused.value.line == 4


# -- the ledger -----------------------------------------------------------------


def test_prepare_replaces_the_demo_ledger_and_keeps_the_previous(ledger_path, csv_file):
    from wizard.ledger import open_ledger, seed_demo, verify
    from wizard.ledger.demo_prepare import prepare_demo

    db = open_ledger(ledger_path)
    seed_demo(db)
    prospect = make_prospect(COMPANY, "CH", "CHF", "de", "sales:starter", user_list=read_users_csv(users_csv()))
    new = prepare_demo(db, prospect)
    new.close()
    accounts = ledger_rows(ledger_path, "SELECT name, country, currency FROM accounts")
    assert accounts == [{"name": COMPANY, "country": "CH", "currency": "CHF"}]
    users = ledger_rows(ledger_path, "SELECT name, role, is_you FROM users ORDER BY is_you DESC")
    assert len(users) == 25 and users[0] == {"name": "Anna Keller", "role": "admin", "is_you": 1}
    plan = ledger_rows(ledger_path, "SELECT hub, tier, currency, seats, next_charge_date FROM subscriptions")[0]
    holders = ledger_rows(ledger_path, "SELECT count(*) AS n FROM user_licenses")[0]["n"]
    assert (plan["hub"], plan["tier"], plan["currency"], plan["seats"]) == ("sales", "starter", "CHF", holders)
    card = ledger_rows(ledger_path, "SELECT brand, last4, shared_with_admins FROM payment_methods")
    assert card == [{"brand": "visa", "last4": "4242", "shared_with_admins": 1}]
    assert ledger_path.with_name(ledger_path.name + ".previous").exists()
    assert verify(open_ledger(ledger_path)).ok


def test_a_ledger_with_real_orders_is_refused_untouched(ledger_path):
    from wizard.ledger import LedgerError, open_ledger, seed_demo
    from wizard.ledger.demo_prepare import reset_demo

    db = open_ledger(ledger_path)
    seed_demo(db)
    db.execute("INSERT INTO sales_leads (id, created_at, desk, hub, tier, name, email, language, mode)"
               " VALUES ('L1', '2026-01-01', 'D01', 'sales', 'enterprise', 'A', 'a@b.de', 'en', 'standard')")
    db.conn.commit()
    with pytest.raises(LedgerError, match="not a demo ledger"):
        reset_demo(db)
    db.close()
    assert not ledger_path.with_name(ledger_path.name + ".previous").exists()


# -- the account window and the wizard (pytest-qt) ---------------------------------


def prepare_in_dialog(qtbot, shell, csv_path):
    """The rep's way: the account menu's "Prepare demo...", typed and picked, then "Prepare demo"."""
    assert shell.prepare_demo_action.isVisible()
    dialog = shell.prepare_demo()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.company, COMPANY)
    dialog.country.value = "CH"
    assert dialog.currency.value == "CHF"  # the country's currency
    dialog.language.value = "de"
    assert dialog.use_csv(csv_path)
    assert dialog.users_note.text().startswith("25 user") and dialog.users_note.text().endswith("from users.csv")
    assert dialog.plan.value == "sales:starter"
    click(qtbot, dialog.ok)
    return dialog


def test_prepared_prospect_shows_in_the_window_and_the_wizard_in_chf(qtbot, make_shell, csv_file):
    from wizard.core.money import format_money
    from wizard.ui.upgrade.fields import PageId

    from helpers import go_to_payment

    shell = make_shell()
    prepare_in_dialog(qtbot, shell, csv_file)
    session = shell.session
    assert session.language == "de"
    assert shell.account_button.text() == COMPANY
    assert COMPANY in shell.welcome.text()
    assert len(session.users) == 25 and session.signed_in_user.name == "Anna Keller"
    assert "CHF" in shell.open_section("products").cards["sales"].prices.text()
    wizard = shell.open_upgrade(hub="sales")
    assert wizard.field("currency") == "CHF"
    starter = session.catalog.tier("sales", "professional")
    price = format_money(starter.prices["CHF"].monthly, "CHF", "de")
    assert price in wizard.page(PageId.PRODUCT).cards[("sales", "professional")].price.text()
    payment = go_to_payment(wizard, hub="sales", tier="professional", currency="CHF",
                            users=[u.id for u in session.users[:3]])
    assert payment.inputs["company_name"].text() == COMPANY
    wizard.reject()


def test_the_prospects_list_fills_the_dialog(qtbot, make_shell):
    shell = make_shell()
    shell.prospects = read_prospects_csv(
        "company,country,currency,language,users,plan\nBrightwater Ltd,GB,GBP,en,8,service:starter\n")
    dialog = shell.prepare_demo()
    assert dialog.prospect_choice.isVisible()
    dialog.prospect_choice.setCurrentIndex(1)
    dialog.prospect_choice.activated.emit(1)
    assert (dialog.company.text(), dialog.currency.value, dialog.count.value()) == ("Brightwater Ltd", "GBP", 8)
    assert dialog.plan.value == "service:starter"
    assert dialog.problems() == {}
    dialog.reject()


def test_the_dialog_refuses_without_a_company_name(qtbot, make_shell):
    shell = make_shell()
    dialog = shell.prepare_demo()
    click(qtbot, dialog.ok)
    assert dialog.isVisible() and "company_name" in dialog.problems()
    assert shell.account_button.text() == "Nordlicht Analytics GmbH"
    dialog.reject()


def test_reset_restores_the_template_after_purchases(qtbot, make_shell, ledger_path, csv_file, monkeypatch):
    from wizard.ui.shell import prepare_demo_dialog

    shell = make_shell()
    prepare_in_dialog(qtbot, shell, csv_file)
    wizard = shell.open_upgrade()
    review = to_review(qtbot, wizard, hub="sales", tier="professional", currency="CHF",
                       users=[u.id for u in shell.session.users[:2]])
    agree(qtbot, review)
    click(qtbot, commit_button(wizard))
    assert len(orders(ledger_path)) == 1
    wizard.accept()
    asked = []
    monkeypatch.setattr(prepare_demo_dialog, "confirm_reset", lambda parent: asked.append(parent) or False)
    assert shell.reset_demo() is False  # "Cancel": nothing changes
    assert len(orders(ledger_path)) == 1 and shell.account_button.text() == COMPANY
    monkeypatch.setattr(prepare_demo_dialog, "confirm_reset", lambda parent: asked.append(parent) or True)
    assert shell.reset_demo() is True
    assert asked == [shell, shell]
    assert orders(ledger_path) == []
    assert ledger_rows(ledger_path, "SELECT name FROM accounts") == [{"name": "Nordlicht Analytics GmbH"}]
    assert shell.account_button.text() == "Nordlicht Analytics GmbH"
    assert len(shell.session.users) == 12
    assert ledger_rows(ledger_path, "SELECT tier, currency FROM subscriptions") == [
        {"tier": "starter", "currency": "EUR"}]
    assert shell.open_upgrade().field("currency") == "EUR"


def test_demo_menu_entries_only_in_demo_mode(make_shell):
    assert not make_shell(mode="training").prepare_demo_action.isVisible()


# -- the command line -------------------------------------------------------------


def run_cli(capsys, *args):
    from wizard.app.cli import main

    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_demo_prepare_with_options(capsys, ledger_path):
    status, out, err = run_cli(capsys, "demo", "prepare", "--company", COMPANY, "--country", "CH", "--currency", "CHF",
                               "--language", "de", "--users", "25", "--plan", "sales:starter",
                               "--ledger", str(ledger_path))
    assert (status, err) == (0, "")
    assert COMPANY in out
    users = ledger_rows(ledger_path, "SELECT email FROM users")
    assert len(users) == 25 and all(u["email"].endswith("@alpenblick-treuhand.ch") for u in users)


def test_demo_prepare_with_a_users_csv_then_reset_at_start(capsys, ledger_path, csv_file):
    from wizard.app.demo_cli import reset_at_start

    status, _out, err = run_cli(capsys, "demo", "prepare", "--company", COMPANY, "--country", "CH", "--currency",
                                "CHF", "--language", "de", "--users-csv", str(csv_file), "--plan", "sales:starter",
                                "--ledger", str(ledger_path))
    assert (status, err) == (0, "")
    assert ledger_rows(ledger_path, "SELECT name FROM users WHERE is_you = 1") == [{"name": "Anna Keller"}]
    assert reset_at_start(str(ledger_path)) == 0
    assert ledger_rows(ledger_path, "SELECT name FROM accounts") == [{"name": "Nordlicht Analytics GmbH"}]


def test_demo_prepare_refuses_a_bad_csv_row_naming_its_line(capsys, ledger_path, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email,role\nAnna Keller,anna@alpenblick.ch,admin\nBea,bea-at-alpenblick,user\n", "utf-8")
    status, out, err = run_cli(capsys, "demo", "prepare", "--company", COMPANY, "--country", "CH", "--currency",
                               "CHF", "--language", "de", "--users-csv", str(bad), "--plan", "sales:starter",
                               "--ledger", str(ledger_path))
    assert status == 2 and out == ""
    assert f"{bad}, line 3:" in err and "e-mail" in err and len(err.strip().splitlines()) == 1
    assert not ledger_path.exists()


def test_demo_prepare_refuses_an_unknown_plan(capsys, ledger_path):
    status, _out, err = run_cli(capsys, "demo", "prepare", "--company", COMPANY, "--country", "CH", "--currency",
                                "CHF", "--language", "de", "--users", "3", "--plan", "sales:platinum",
                                "--ledger", str(ledger_path))
    assert status == 2 and "plan" in err


def test_gui_options_reset_and_prospects_are_read_before_any_window(capsys, ledger_path, tmp_path):
    from wizard.app.cli import build_parser
    from wizard.app.demo_cli import prepare_start

    prospects = tmp_path / "prospects.csv"
    prospects.write_text("company,country,currency,language,users,plan\nA AG,CH,CHF,de,3,sales:starter\n"
                         "B AG,CH,CHF,xx,3,sales:starter\n", "utf-8")
    args = build_parser().parse_args(["--prospects", str(prospects), "--ledger", str(ledger_path)])
    assert prepare_start(args) == 2
    assert "line 3" in capsys.readouterr().err
    prospects.write_text("company,country,currency,language,users,plan\nA AG,CH,CHF,de,3,sales:starter\n", "utf-8")
    args = build_parser().parse_args(["--prospects", str(prospects), "--reset-demo", "--ledger", str(ledger_path)])
    assert prepare_start(args) == 0
    assert args.demo and [p.company for p in args.prospect_list] == ["A AG"]
    assert ledger_rows(ledger_path, "SELECT name FROM accounts") == [{"name": "Nordlicht Analytics GmbH"}]


def test_a_start_with_prospects_opens_prepare_demo_with_the_list(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wizard.app.cli import main

    prospects = tmp_path / "prospects.csv"
    prospects.write_text("company,country,currency,language,users,plan\nAlpenblick AG,CH,CHF,de,3,sales:starter\n",
                         encoding="utf-8")
    seen = {}

    def look_and_quit():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "prepareDemoDialog" and w.isVisible()), None)
        seen["dialog"] = dialog is not None
        if dialog is not None:
            seen["prospects"] = [p.company for p in dialog.parent().prospects]
            dialog.reject()
        QApplication.instance().exit(0)

    QTimer.singleShot(1500, look_and_quit)
    assert main(["--prospects", str(prospects), "--lang", "en", "--ledger", str(tmp_path / "demo.sqlite3")]) == 0
    assert seen == {"dialog": True, "prospects": ["Alpenblick AG"]}
