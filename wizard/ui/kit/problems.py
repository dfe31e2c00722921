"""The sentence shown for each card and company problem, in the current language.

The domain modules name a problem (`CardProblem`, `CompanyProblem`); only the UI
turns it into words. The English sources are marked with QT_TRANSLATE_NOOP in
one fixed context, "problems", so lupdate finds them here and a page that keeps
the *problem* (not the sentence) can re-render it after a language switch.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wizard.core.cards import CardProblem
from wizard.core.company import CompanyProblem

CONTEXT = "problems"

REQUIRED = QT_TRANSLATE_NOOP("problems", "Please fill in this field.")

_CARD = {
    CardProblem.NOT_DIGITS: QT_TRANSLATE_NOOP(
        "problems", "Enter the card number with the digits 0 to 9 only."
    ),
    CardProblem.UNKNOWN_BRAND: QT_TRANSLATE_NOOP(
        "problems",
        "This card type is not accepted: use Visa, Mastercard, American Express, Discover, JCB or Diners Club.",
    ),
    CardProblem.LENGTH: QT_TRANSLATE_NOOP("problems", "This card number has too few or too many digits."),
    CardProblem.LUHN: QT_TRANSLATE_NOOP("problems", "This card number is not valid. Please check it for typos."),
    CardProblem.EXPIRY_FORMAT: QT_TRANSLATE_NOOP(
        "problems", "Enter the expiry date as month and year, MM/YY, for example 08/29."
    ),
    CardProblem.EXPIRED: QT_TRANSLATE_NOOP("problems", "This card has expired."),
    CardProblem.CVC: QT_TRANSLATE_NOOP("problems", "The security code is the 3 digits on the back of the card."),
    CardProblem.HOLDER_EMPTY: QT_TRANSLATE_NOOP("problems", "Enter the name as it is printed on the card."),
    CardProblem.HOLDER_TOO_LONG: QT_TRANSLATE_NOOP(
        "problems", "The name on the card can have at most 100 characters."
    ),
    CardProblem.HOLDER_CONTROL_CHARACTER: QT_TRANSLATE_NOOP(
        "problems", "The name on the card cannot contain line breaks or invisible control characters."
    ),
}
# Amex prints a 4-digit code on the front: the generic sentence would mislead.
_AMEX_CVC = QT_TRANSLATE_NOOP("problems", "The security code is the 4 digits on the front of the card.")

_COMPANY = {
    CompanyProblem.REQUIRED: REQUIRED,
    CompanyProblem.COUNTRY_UNKNOWN: QT_TRANSLATE_NOOP("problems", "Choose a country from the list."),
    CompanyProblem.VAT_FORMAT: QT_TRANSLATE_NOOP(
        "problems", "This VAT ID does not have the format used in the chosen country."
    ),
    CompanyProblem.VAT_CHECKSUM: QT_TRANSLATE_NOOP(
        "problems", "This VAT ID is not valid: its check digits do not match."
    ),
    CompanyProblem.TOO_LONG: QT_TRANSLATE_NOOP("problems", "This entry is too long."),
    CompanyProblem.CONTROL_CHARACTER: QT_TRANSLATE_NOOP(
        "problems", "This entry cannot contain line breaks or invisible control characters."
    ),
}
# company.py may name problems this table does not know yet (POSTAL_CODE came
# later); look them up by value so an older or newer company module still works.
_COMPANY_BY_VALUE = {
    "postal_code": QT_TRANSLATE_NOOP(
        "problems", "This postal code does not have the format used in the chosen country."
    ),
}
_FALLBACK = QT_TRANSLATE_NOOP("problems", "Please check this entry.")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def required_text() -> str:
    return _tr(REQUIRED)


def card_problem_text(problem: CardProblem, brand: str | None = None) -> str:
    if problem == CardProblem.CVC and brand == "amex":
        return _tr(_AMEX_CVC)
    return _tr(_CARD.get(problem, _FALLBACK))


def company_problem_text(problem: CompanyProblem) -> str:
    source = _COMPANY.get(problem) or _COMPANY_BY_VALUE.get(str(problem), _FALLBACK)
    return _tr(source)


# What the ledger reported, said as its cause; the page says the consequence
# ("nothing was bought or charged") in its own sentence before it.
_LEDGER = {
    "replaced": QT_TRANSLATE_NOOP(
        "problems",
        "The ledger file was moved, replaced or deleted while the program was running. "
        "Restart the program to go on.",
    ),
    "missing": QT_TRANSLATE_NOOP("problems", "The ledger file is missing. Restart the program to go on."),
    "damaged": QT_TRANSLATE_NOOP(
        "problems", "The ledger file is damaged; it was left untouched. Restart the program to go on."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "problems", "The ledger file cannot be written at the moment. Once it can, try again."
    ),
    "disk_full": QT_TRANSLATE_NOOP("problems", "The disk holding the ledger file is full. Free some space, then try again."),
    "disk_error": QT_TRANSLATE_NOOP("problems", "A disk error stopped the write. Please try again."),
    "busy": QT_TRANSLATE_NOOP("problems", "Another desk kept the ledger file busy for too long. Please try again."),
    "cancelled": QT_TRANSLATE_NOOP("problems", "You stopped waiting for the other desk. Try again whenever you like."),
    "desk_key": QT_TRANSLATE_NOOP(
        "problems",
        "This desk's earlier orders in the ledger file were signed with another desk key. "
        "Start the program with another desk ID.",
    ),
}
_LEDGER_FALLBACK = QT_TRANSLATE_NOOP("problems", "Please try again.")


def ledger_problem_text(problem) -> str:
    """`problem`: a wizard.ledger.errors.LedgerProblem (looked up by value: no ledger import here)."""
    return _tr(_LEDGER.get(str(problem), _LEDGER_FALLBACK))


# Refusals of a change to the saved cards (core.account.PaymentMethodProblem, looked up by value).
_PAYMENT_METHOD = {
    "last_valid_card": QT_TRANSLATE_NOOP(
        "problems",
        "This card cannot be removed: a valid card must stay on file while the account pays for a subscription. "
        "Add another card first, or replace this one.",
    ),
    "unknown_card": QT_TRANSLATE_NOOP(
        "problems", "This card is no longer on file. The list now shows the cards the account has."
    ),
    "not_admin": QT_TRANSLATE_NOOP("problems", "Only an admin of the account can change its payment methods."),
}


def payment_method_problem_text(problem) -> str:
    """The sentence for a refused card change; a LedgerProblem (the file, not the card) gets its own sentence."""
    source = _PAYMENT_METHOD.get(str(problem))
    return _tr(source) if source else ledger_problem_text(problem)


# Why a user cannot be added or removed, or a request not granted (core.account.UserProblem, looked up by value).
_USER = {
    "name_empty": QT_TRANSLATE_NOOP("problems", "Enter the user's name."),
    "name_too_long": QT_TRANSLATE_NOOP("problems", "The name can have at most 100 characters."),
    "name_control_character": QT_TRANSLATE_NOOP(
        "problems", "The name cannot contain line breaks or invisible control characters."
    ),
    "email_invalid": QT_TRANSLATE_NOOP("problems", "Enter an email address such as name@example.com."),
    "email_taken": QT_TRANSLATE_NOOP("problems", "A user of this account already has this email address."),
    "holds_seat": QT_TRANSLATE_NOOP(
        "problems",
        "This user holds a paid seat. Remove the seat first: choose the product again in Products & Add-ons "
        "and untick the user under User licenses.",
    ),
    "signed_in": QT_TRANSLATE_NOOP("problems", "You cannot remove yourself."),
    "last_admin": QT_TRANSLATE_NOOP("problems", "The account needs at least one admin."),
    "not_admin": QT_TRANSLATE_NOOP("problems", "Only an admin of the account can do this."),
    "unknown_user": QT_TRANSLATE_NOOP("problems", "This user is no longer in the account. The list now shows who is."),
    "unknown_request": QT_TRANSLATE_NOOP("problems", "This request no longer exists."),
}


def user_problem_text(problem) -> str:
    """The sentence for a refused change to the account's users; a LedgerProblem gets the ledger's sentence."""
    source = _USER.get(str(problem))
    return _tr(source) if source else ledger_problem_text(problem)


# Why a card was declined at "Complete purchase" (core.declines.DeclineReason, looked up by value);
# the review page says the consequence ("nothing was bought") in its own sentence before it.
_DECLINE = {
    "card_declined": QT_TRANSLATE_NOOP(
        "problems", "The bank did not accept the payment. Go back and use another card."
    ),
    "insufficient_funds": QT_TRANSLATE_NOOP(
        "problems", "The card has insufficient funds. Go back and use another card."
    ),
    "expired_card": QT_TRANSLATE_NOOP(
        "problems", "The bank reports this card as expired. Go back and use another card."
    ),
    "incorrect_cvc": QT_TRANSLATE_NOOP(
        "problems", "The security code is incorrect. Go back, enter the security code again or use another card."
    ),
}


def decline_problem_text(reason) -> str:
    """The sentence for a declined card; an unknown reason gets the plain "declined" sentence."""
    return _tr(_DECLINE.get(str(reason), _DECLINE["card_declined"]))
