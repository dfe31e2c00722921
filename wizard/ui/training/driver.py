"""Reading the live window in the exercise's words, and doing a step's part for the trainee (Show me, handouts).

The training package sees the wizard and the account window only through what
they offer everyone (fields, current page, objectNames, `open_section`,
`open_upgrade`): it imports neither (the UI's windows are independent). The
page names come from the app layer (`page_names`: the wizard's page id ->
its PageId name in lower case).
"""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

NEW_CARD = "new"  # core.order.NEW_CARD: the payment method value of a typed card
# A card that passes every check and is not one of core.declines' test cards; and one they decline.
GOOD_CARD = {"card_holder": "Lena Hoffmann", "card_number": "5555555555554444", "card_expiry": "08/29",
             "card_cvc": "123"}
DECLINED_CARD = {**GOOD_CARD, "card_number": "4000000000000002"}
# The wizard's pages in the order a purchase passes them (to go Next or Back towards a step's page).
PAGE_ORDER = ("product", "currency", "billing", "licenses", "payment", "review", "confirmation")


def user_names(session, ids) -> list[str]:
    names = {u.id: u.name for u in session.users}
    return [names.get(i, str(i)) for i in ids or ()]


def user_ids(session, names) -> list[str]:
    ids = {u.name: u.id for u in session.users}
    return [ids[n] for n in names if n in ids]


def wizard_fields(wizard) -> dict[str, object]:
    """The wizard's fields as an exercise words them: users by name, the payment method "saved" or "new"."""
    session = wizard.session
    method = wizard.field("payment_method") or ""
    saved = {m.id for m in session.payment_methods}
    return {
        "hub": wizard.field("hub") or "",
        "tier": wizard.field("tier") or "",
        "currency": wizard.field("currency") or "",
        "interval": wizard.field("interval") or "",
        "licensed_users": user_names(session, wizard.field("licensed_users") or []),
        "payment_method": "saved" if method in saved else (NEW_CARD if method == NEW_CARD else ""),
        "share_card": bool(wizard.field("share_card")),
        "agree_terms": bool(wizard.field("agree_terms")),
    }


def shell_fields(shell) -> dict[str, object]:
    """The account window in the exercise's words: the section, the users ticked on Users & Teams, and while
    the card dialog (Replace card…) is open: "card_dialog" True and "card_details" (card_details_state)."""
    fields: dict[str, object] = {"section": shell.current_section()}
    sections = getattr(shell, "sections", {})
    users = sections.get("users")
    ticked = getattr(users, "ticked_ids", None)
    if callable(ticked):
        fields["ticked_users"] = user_names(shell.session, ticked())
    dialog = card_dialog(shell)
    fields["card_dialog"] = dialog is not None
    if dialog is not None:
        fields["card_details"] = card_details_state(dialog)
    return fields


def card_dialog(shell) -> QWidget | None:
    """Account & Billing's card dialog (Add card, Replace card…) while it is open, else None."""
    billing = getattr(shell, "sections", {}).get("billing")
    dialog = getattr(billing, "card_dialog", None)
    try:
        return dialog if dialog is not None and dialog.isVisible() else None
    except RuntimeError:  # deleted
        return None


def card_details_state(dialog) -> str:
    """"complete": every field of the card form is acceptable; "wrong": a field the trainee filled and left is
    not (the one still being typed in does not count yet); "" while the details are still being entered."""
    problems = dialog.card.problems()
    if not problems:
        return CARD_COMPLETE
    for name in problems:
        edit = dialog.inputs.get(name)
        if edit is not None and edit.text().strip() and not edit.hasFocus():
            return CARD_WRONG
    return ""


CARD_COMPLETE, CARD_WRONG = "complete", "wrong"
# What an account-window step's control leads to, in shell_fields' words: the step is done once it is so.
TARGET_STATE: dict[str, dict[str, object]] = {
    "replaceCardButton": {"card_dialog": True},
    "addCardButton": {"card_dialog": True},
    "card_number": {"card_details": CARD_COMPLETE},
    "card_holder": {"card_details": CARD_COMPLETE},
}


def shell_expect(step) -> dict[str, object]:
    """What an account-window step expects: its own `expect` and the state its control leads to."""
    if not step.page.startswith("shell:"):
        return dict(step.expect)
    return {**TARGET_STATE.get(step.target, {}), **step.expect}


def find_target(root: QWidget | None, name: str) -> QWidget | None:
    """The visible widget called `name` under `root` (the first one when several are)."""
    if root is None or not name:
        return None
    if root.objectName() == name:
        return root
    found = [w for w in root.findChildren(QWidget, name) if w.isVisible()]
    return found[0] if found else None


def apply_fields(wizard, expect: dict[str, object], *, card: dict | None = None) -> None:
    """Set the wizard's fields as `expect` asks (in the exercise's words)."""
    session = wizard.session
    for name, value in expect.items():
        if name == "licensed_users":
            wizard.setField("licensed_users", user_ids(session, value))
        elif name == "payment_method":
            if value == NEW_CARD:
                wizard.setField("payment_method", NEW_CARD)
                for field, text in (card or GOOD_CARD).items():
                    wizard.setField(field, text)
            elif session.payment_methods:
                wizard.setField("payment_method", session.payment_methods[0].id)
        elif name in ("section", "ticked_users"):
            continue  # the account window's: see apply_shell
        else:
            wizard.setField(name, value)
    QApplication.processEvents()


def go_to_page(wizard, page_names: dict[int, str], page: str, *, tries: int = 8) -> bool:
    """Next or Back until the wizard shows `page` (a PageId name in lower case); False when it cannot."""
    for _ in range(tries):
        current = page_names.get(wizard.currentId(), "")
        if current == page:
            return True
        if current in PAGE_ORDER and page in PAGE_ORDER and PAGE_ORDER.index(page) < PAGE_ORDER.index(current):
            wizard.back()
        else:
            if not wizard.currentPage().isComplete():
                return False
            wizard.next()
        QApplication.processEvents()
    return page_names.get(wizard.currentId(), "") == page


# The account window's controls whose press writes to the ledger: Show me and handouts stop before them.
FINAL_SHELL_TARGETS = ("saveCardButton", "askAdminAction", "grantButton")


def apply_shell(shell, step, *, card: dict | None = None, last4: str = "4242"):
    """Do an account-window step's part (`step.page` "shell:<section>"), never a write to the ledger:
    open its section, tick its users, choose the card ending in `last4`, open the Replace card dialog and
    fill it with `card` (GOOD_CARD), open the wizard from Users & Teams' Actions. Returns the card dialog
    while one is open, else None."""
    section = step.expect.get("section") or step.page.split(":", 1)[1]
    if isinstance(section, str) and section != shell.current_section():
        shell.open_section(section)
    sections = getattr(shell, "sections", {})
    users, billing = sections.get("users"), sections.get("billing")
    ticked = step.expect.get("ticked_users")
    if ticked is not None and users is not None:
        model = users.table.model
        wanted = set(user_ids(shell.session, ticked))
        model.set_checked_rows(list(range(len(model.users))), False)
        model.set_checked_rows([row for row, user in enumerate(model.users) if user.id in wanted], True)
    dialog = getattr(billing, "card_dialog", None) if billing is not None else None
    if step.target == "paymentMethodsTable" and billing is not None:
        rows = billing.cards.rows
        row = next((i for i, m in enumerate(rows) if m.last4 == last4), 0 if rows else -1)
        if row >= 0:
            billing.cards_view.setCurrentIndex(billing.cards.index(row, 0))
    elif step.target == "replaceCardButton" and billing is not None and dialog is None:
        dialog = billing.replace_card()
    elif step.target in ("card_number", "card_holder") and dialog is not None:
        for field, text in (card or GOOD_CARD).items():
            if field in dialog.inputs:
                dialog.inputs[field].setText(text)
    elif step.target == "usersActionsButton" and users is not None:
        users.manage_sales_pro_users()
    QApplication.processEvents()
    return getattr(billing, "card_dialog", None) if billing is not None else None
