"""The whole path of an ordinary user who may not buy, through the account window:
asks an admin, the admin sees the request on Users & Teams, grants it, and the
wizard opens with that user ticked, ending in an order that licenses them."""
from __future__ import annotations

from helpers import click, go_to_payment, ledger_rows, orders
from PySide6.QtWidgets import QWizard


def test_the_ordinary_user_asks_and_the_admin_grants_into_the_wizard(qtbot, make_shell, ledger_path):
    shell = make_shell()
    admin = shell.session.signed_in_user
    user = next(u for u in shell.session.users if not u.is_admin and not u.holds_seat_in("sales"))

    assert shell.sign_in_as(user.id)
    products = shell.open_section("products")
    click(qtbot, products.cards["sales"].ask)
    assert products.cards["sales"].result.text() == "Your request was sent to your admins."

    assert shell.sign_in_as(admin.id)
    users = shell.open_section("users")
    assert users.requests.isVisible()
    [(request, (label, grant))] = list(users.requests.rows.items())
    assert label.text().startswith(f"{user.name} asks for a seat in Sales Hub")
    click(qtbot, grant)

    wizard = shell.upgrade_wizard
    assert wizard is not None and wizard.isVisible() and wizard.field("hub") == "sales"
    assert user.id in wizard.field("licensed_users")
    wizard.setField("tier", "starter")
    payment = go_to_payment(wizard, hub="sales", tier="starter", users=list(wizard.field("licensed_users")))
    wizard.setField("payment_method", shell.session.payment_methods[0].id)
    wizard.next()
    wizard.setField("agree_terms", True)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.receipt is not None, payment
    [order] = orders(ledger_path)
    licensed = {row["user_id"] for row in ledger_rows(
        ledger_path, "SELECT user_id FROM order_licenses WHERE order_id = ?", [order["id"]])}
    assert user.id in licensed
    assert not users.requests.isVisible()  # granted: no longer open
