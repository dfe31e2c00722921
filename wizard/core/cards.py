"""Credit card checks, brand, grouping, masking and a keyed, slow fingerprint.

Plain Python, no Qt. The full number and the CVC only pass through these
functions: nothing here logs, prints, caches or stores them. The ledger gets
brand, last four, expiry, holder and `fingerprint()` - scrypt salted with a key
that lives in the program's data folder, so a copied ledger alone cannot be
brute-forced back to card numbers, and even with the key every guess is slow.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from wizard.core.company import has_control_character
from wizard.core.paths import data_dir
from wizard.core.secret_files import create_secret_file, keep_private


class CardProblem(StrEnum):
    NOT_DIGITS = "not_digits"
    UNKNOWN_BRAND = "unknown_brand"
    LENGTH = "length"
    LUHN = "luhn"
    EXPIRY_FORMAT = "expiry_format"
    EXPIRED = "expired"
    CVC = "cvc"
    HOLDER_EMPTY = "holder_empty"
    HOLDER_TOO_LONG = "holder_too_long"
    HOLDER_CONTROL_CHARACTER = "holder_control_character"


class CardError(ValueError):
    def __init__(self, problem: CardProblem):
        # The message is the problem's name only: never the input, which may be a card number.
        super().__init__(str(problem))
        self.problem = problem


BRAND_NAMES = {
    "visa": "Visa",
    "mastercard": "Mastercard",
    "amex": "American Express",
    "discover": "Discover",
    "jcb": "JCB",
    "diners": "Diners Club",
}

# (brand, first prefix, last prefix, prefix length). A brand is only named once
# the typed digits reach the prefix length, so "3" is still unknown (Amex, JCB
# or Diners) while "37" is Amex. No two ranges overlap.
_PREFIXES = (
    ("visa", 4, 4, 1),
    ("mastercard", 51, 55, 2),
    ("mastercard", 2221, 2720, 4),
    ("amex", 34, 34, 2),
    ("amex", 37, 37, 2),
    ("discover", 6011, 6011, 4),
    ("discover", 644, 649, 3),
    ("discover", 65, 65, 2),
    ("discover", 622126, 622925, 6),  # China UnionPay co-branded range, accepted as Discover
    ("jcb", 3528, 3589, 4),
    ("diners", 300, 305, 3),
    ("diners", 36, 36, 2),
    ("diners", 38, 39, 2),
)

LENGTHS = {
    "visa": (13, 16, 19),
    "mastercard": (16,),
    "amex": (15,),
    "discover": (16, 17, 18, 19),
    "jcb": (16, 17, 18, 19),
    "diners": (14, 15, 16, 17, 18, 19),
}
_MAX_LENGTH = 19  # ISO/IEC 7812 upper bound, used while the brand is still unknown

_ASCII_DIGITS = frozenset("0123456789")
_SEPARATORS = " -"
HOLDER_MAX = 100
# The card form's field names: validate_card names its problems by them, and the wizard its fields.
CARD_FIELDS = ("card_holder", "card_number", "card_expiry", "card_cvc")


def digits_of(text: str) -> str:
    """The ASCII digits of `text`, dropping spaces and dashes.

    Anything else - letters, but also fullwidth or Arabic-Indic digits, which
    str.isdigit() would let through - is CardError(NOT_DIGITS).
    """
    digits = "".join(ch for ch in text if ch not in _SEPARATORS)
    if not set(digits) <= _ASCII_DIGITS:
        raise CardError(CardProblem.NOT_DIGITS)
    return digits


def detect_brand(digits: str) -> str | None:
    """The brand of a number or of the first digits typed so far; None if not (yet) known."""
    for brand, low, high, length in _PREFIXES:
        head = digits[:length]
        if len(head) == length and set(head) <= _ASCII_DIGITS and low <= int(head) <= high:
            return brand
    return None


def _groups(brand: str | None, digits: str) -> tuple[int, ...]:
    if brand == "amex":
        return (4, 6, 5)
    # Classic 14-digit Diners (36...) cards are printed 4-6-4; the 16-digit ones
    # (300-305, 38-39) 4-4-4-4. Deciding by prefix keeps the layout from jumping
    # while the person types, except when a 36 card goes beyond 14 digits.
    if brand == "diners" and digits.startswith("36") and len(digits) <= 14:
        return (4, 6, 4)
    return (4, 4, 4, 4, 3)


def group_number(text: str) -> str:
    """The number as printed on the card, for the field while it is being typed.

    Takes partial input and drops digits beyond the brand's longest length.
    Text that is not digits comes back unchanged, so the check can name the problem.
    """
    try:
        digits = digits_of(text)
    except CardError:
        return text
    brand = detect_brand(digits)
    digits = digits[: max(LENGTHS[brand]) if brand else _MAX_LENGTH]
    parts, start = [], 0
    for size in _groups(brand, digits):
        if start >= len(digits):
            break
        parts.append(digits[start : start + size])
        start += size
    return " ".join(parts)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def check_number(text: str) -> tuple[str, str]:
    """(brand, digits) for a complete, plausible card number, else CardError."""
    digits = digits_of(text)
    if not digits:
        raise CardError(CardProblem.LENGTH)
    brand = detect_brand(digits)
    if brand is None:
        raise CardError(CardProblem.UNKNOWN_BRAND)
    if len(digits) not in LENGTHS[brand]:
        raise CardError(CardProblem.LENGTH)
    if not luhn_ok(digits):
        raise CardError(CardProblem.LUHN)
    return brand, digits


_EXPIRY = re.compile(r"\s*([0-9]{1,2})\s*/\s*([0-9]{2})\s*", re.ASCII)
_MAX_MONTHS_AHEAD = 20 * 12  # cards are issued for a few years; more is a typo


def check_expiry(text: str, today: date) -> tuple[int, int]:
    """"MM/YY" (spaces around the slash allowed) -> (month, 4-digit year).

    The card is valid through the end of its month, so the current month passes.
    """
    match = _EXPIRY.fullmatch(text)
    if not match:
        raise CardError(CardProblem.EXPIRY_FORMAT)
    month, short_year = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        raise CardError(CardProblem.EXPIRY_FORMAT)
    year = today.year // 100 * 100 + short_year
    if year < today.year - 50:  # "03/05" typed in 2099 means 2105
        year += 100
    months_ahead = (year - today.year) * 12 + (month - today.month)
    if months_ahead < 0:
        raise CardError(CardProblem.EXPIRED)
    if months_ahead > _MAX_MONTHS_AHEAD:
        raise CardError(CardProblem.EXPIRY_FORMAT)
    return month, year


def check_cvc(text: str, brand: str | None) -> None:
    """3 ASCII digits, 4 for Amex; when the brand is unknown either length passes."""
    cvc = text.strip()
    if brand == "amex":
        lengths = (4,)
    elif brand is None:
        lengths = (3, 4)
    else:
        lengths = (3,)
    if len(cvc) not in lengths or not set(cvc) <= _ASCII_DIGITS:
        raise CardError(CardProblem.CVC)


def check_holder(text: str) -> str:
    """The holder's name, NFC-normalised and stripped; any script is fine.

    No control characters or line breaks (the policy in wizard.core.company); the
    rest is kept exactly as typed.
    """
    # NFC first so that a name typed with combining accents counts and compares
    # like the same name typed precomposed.
    holder = unicodedata.normalize("NFC", text).strip()
    if not holder:
        raise CardError(CardProblem.HOLDER_EMPTY)
    if has_control_character(holder):
        raise CardError(CardProblem.HOLDER_CONTROL_CHARACTER)
    if len(holder) > HOLDER_MAX:
        raise CardError(CardProblem.HOLDER_TOO_LONG)
    return holder


@dataclass(frozen=True)
class CardDetails:
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    holder: str
    fingerprint: str


def validate_card(
    number: str, expiry: str, cvc: str, holder: str, *, today: date, key: bytes
) -> tuple[CardDetails | None, dict[str, CardProblem]]:
    """Check every field (so the page can mark all problems at once).

    Returns (details, {}) when all is well, else (None, {field: problem}).
    """
    problems: dict[str, CardProblem] = {}
    brand = digits = None
    expiry_parts = name = None
    try:
        brand, digits = check_number(number)
    except CardError as error:
        problems["card_number"] = error.problem
    try:
        expiry_parts = check_expiry(expiry, today)
    except CardError as error:
        problems["card_expiry"] = error.problem
    try:
        check_cvc(cvc, brand)
    except CardError as error:
        problems["card_cvc"] = error.problem
    try:
        name = check_holder(holder)
    except CardError as error:
        problems["card_holder"] = error.problem
    if problems:
        return None, problems
    assert brand and digits and expiry_parts and name
    details = CardDetails(
        brand=brand,
        last4=digits[-4:],
        exp_month=expiry_parts[0],
        exp_year=expiry_parts[1],
        holder=name,
        fingerprint=fingerprint(digits, key),
    )
    return details, {}


def mask(brand: str, last4: str) -> str:
    """ "Visa •••• 4242"; an unknown brand id is shown as given."""
    return f"{BRAND_NAMES.get(brand, brand)} \u2022\u2022\u2022\u2022 {last4}"


# scrypt cost: n * r * 128 bytes = 16 MiB of memory per guess, which also blunts
# GPUs' cheap parallelism. Measured on the 2-core Xeon this was tuned on
# (2026-05): 41-49 ms per fingerprint, ~22 guesses/s per core, against ~478,000/s
# for the HMAC-SHA256 used before (~20,000 times slower). With brand and last
# four known (the ledger keeps both), an Amex leaves ~2*10**8 candidates: ~105
# core-days instead of ~7 minutes; a 16-digit Visa ~10**10: ~14 core-years
# instead of ~6 hours. Saving a card stays instant (one derivation per purchase).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_SCRYPT_MAXMEM = 64 * 2**20  # above the 16 MiB needed; OpenSSL's default cap is 32 MiB
# Tells these apart from the plain 64-hex HMAC fingerprints of older ledgers.
FINGERPRINT_PREFIX = "s1:"


def fingerprint(digits: str, key: bytes) -> str:
    """ "s1:" + hex scrypt of the card number, salted with `key` (see fingerprint_key()).

    The same card gives the same value under one key, so the ledger recognises
    a card entered again; without the key nothing can be checked at all.
    """
    # digits_of() so that "4242 4242 ..." and "42424242..." are the same card.
    number = digits_of(digits).encode("ascii")
    derived = hashlib.scrypt(number, salt=key, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=_SCRYPT_MAXMEM, dklen=32)
    return FINGERPRINT_PREFIX + derived.hex()


KEY_FILE = "card-fingerprint.key"
_KEY_BYTES = 32


def fingerprint_key() -> bytes:
    """The fingerprint secret: data_dir()/card-fingerprint.key, created 0600 on first use.

    Several kiosks may start at once: creation is atomic (core.secret_files).
    """
    path = data_dir() / KEY_FILE
    try:
        return _read_key(path)
    except FileNotFoundError:
        return create_secret_file(path, _KEY_BYTES, _read_key)


def _read_key(path) -> bytes:
    key = path.read_bytes()
    if len(key) != _KEY_BYTES:
        # Replacing it silently would make every saved card look new; say so instead.
        raise ValueError(f"{path} is not a valid card fingerprint key ({len(key)} bytes)")
    keep_private(path)
    return key
