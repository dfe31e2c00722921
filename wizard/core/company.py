"""Company details on the payment page: required fields, postal code, VAT ID.

Plain Python, no Qt. VAT IDs are checked by `wizard.core.vat` (over python-stdnum).
"""
from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from wizard.core import vat


class CompanyProblem(StrEnum):
    REQUIRED = "required"
    COUNTRY_UNKNOWN = "country_unknown"
    VAT_FORMAT = "vat_format"
    VAT_CHECKSUM = "vat_checksum"
    TOO_LONG = "too_long"
    POSTAL_CODE = "postal_code"
    CONTROL_CHARACTER = "control_character"


# ISO 3166-1 alpha-2 codes offered in the UI, in alphabetical order; the UI
# shows translated names.
# Every EU member state is here: its VAT rule (reverse charge) needs the buyer's country.
COUNTRIES: tuple[str, ...] = (
    "AT", "AU", "BE", "BG", "CA", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR",
    "HU", "IE", "IT", "JP", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "US",
)  # fmt: skip

# The company form's field names: check_company names its problems by them, and
# the wizard its fields.
COMPANY_FIELDS = ("company_name", "company_street", "company_postal_code", "company_city", "company_country", "vat_id")

TEXT_MAX = 100
POSTAL_CODE_MAX = 12

# Postal code formats where they are simple and fixed. Letters are checked in
# upper case; a space is optional where the post office prints one.
POSTAL_CODES = {
    "AT": r"[0-9]{4}",
    "AU": r"[0-9]{4}",
    "BE": r"[0-9]{4}",
    "BG": r"[0-9]{4}",
    "CA": r"[ABCEGHJ-NPRSTVXY][0-9][A-Z] ?[0-9][A-Z][0-9]",
    "CH": r"[0-9]{4}",
    "CY": r"[0-9]{4}",
    "CZ": r"[0-9]{3} ?[0-9]{2}",
    "DE": r"[0-9]{5}",
    "DK": r"[0-9]{4}",
    "EE": r"[0-9]{5}",
    "ES": r"(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}",
    "FI": r"[0-9]{5}",
    "FR": r"[0-9]{5}",
    "GB": r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}",
    "GR": r"[0-9]{3} ?[0-9]{2}",
    "HR": r"(HR-)?[0-9]{5}",
    "HU": r"[0-9]{4}",
    "IE": r"([AC-FHKNPRTV-Y][0-9]{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}",  # Eircode
    "IT": r"[0-9]{5}",
    "JP": r"[0-9]{3}-?[0-9]{4}",
    "LT": r"(LT-)?[0-9]{5}",
    "LU": r"(L-)?[0-9]{4}",
    "LV": r"(LV-)?[0-9]{4}",
    "MT": r"[A-Z]{3} ?[0-9]{4}",
    "NL": r"[1-9][0-9]{3} ?[A-Z]{2}",
    "NO": r"[0-9]{4}",
    "PL": r"[0-9]{2}-[0-9]{3}",
    "PT": r"[0-9]{4}-[0-9]{3}",
    "RO": r"[0-9]{6}",
    "SE": r"[0-9]{3} ?[0-9]{2}",
    "SI": r"(SI-)?[0-9]{4}",
    "SK": r"[0-9]{3} ?[0-9]{2}",
    "US": r"[0-9]{5}(-[0-9]{4})?",
}


# What a typed name or address field may hold (company fields, card holder):
# anything but the characters below; the rest is stored exactly as typed (after
# NFC and stripping the ends). Refused: control characters (Unicode Cc: NUL,
# tab, line feed, carriage return, escape, DEL, the C1 set with NEL), the line
# and paragraph separators U+2028/U+2029 (they break a table row or CSV line
# just like a line feed), unpaired surrogates (cannot be stored as UTF-8), and
# the bidi embeddings, overrides and isolates U+202A-U+202E, U+2066-U+2069,
# which make text display in another order than it is stored ("Trojan Source").
# Allowed: other format characters such as ZWJ/ZWNJ (needed in Persian, Indic and
# emoji spellings) and the LRM/RLM marks; and values that look like spreadsheet
# formulas ("=...", "+...", "-...", "@..."), which the CSV export neutralises.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def is_control_character(ch: str) -> bool:
    """True for a character no typed name or address may hold (see above)."""
    return ch in _BIDI_CONTROLS or unicodedata.category(ch) in _REFUSED_CATEGORIES


def has_control_character(text: str) -> bool:
    # Every refused character is also one str.isprintable() refuses: most texts need no look per character.
    return not text.isprintable() and any(is_control_character(ch) for ch in text)


def _clean(text: str | None) -> str:
    # NFC so that length and comparisons do not depend on how an accent was typed.
    return unicodedata.normalize("NFC", text or "").strip()


def typed_text_problem(text: str, limit: int, empty, control, too_long):
    """The first thing wrong with a typed (cleaned) name or address: `empty`, `control` (it holds a
    control character) or `too_long` (over `limit` characters), each the caller's problem value; else None."""
    if not text:
        return empty
    if has_control_character(text):
        return control
    if len(text) > limit:
        return too_long
    return None


def _text_problem(text: str, limit: int = TEXT_MAX) -> CompanyProblem | None:
    return typed_text_problem(
        text, limit, CompanyProblem.REQUIRED, CompanyProblem.CONTROL_CHARACTER, CompanyProblem.TOO_LONG
    )


def company_text_problem(text: str | None) -> CompanyProblem | None:
    """The problem with a company name, street or city as typed (NFC, stripped first), or None."""
    return _text_problem(_clean(text))


def postal_code_ok(postal_code: str, country: str | None) -> bool:
    pattern = POSTAL_CODES.get(country or "")
    if pattern is None:
        return len(postal_code) <= POSTAL_CODE_MAX
    # re.ASCII: "[0-9]" already means ASCII digits; the flag keeps it that way
    # for anything added later (\d would accept fullwidth digits).
    return re.fullmatch(pattern, postal_code.upper(), re.ASCII) is not None


def check_company(
    name: str,
    street: str,
    postal_code: str,
    city: str,
    country: str,
    vat_id: str | None = "",
) -> dict[str, CompanyProblem]:
    """{field: problem} for the company fields; empty when all is well.

    Every field is checked, so the page can mark all problems at once.
    """
    problems: dict[str, CompanyProblem] = {}
    for field, value in (("company_name", name), ("company_street", street), ("company_city", city)):
        problem = company_text_problem(value)
        if problem:
            problems[field] = problem

    code = _clean(country).upper()
    known_country: str | None = code if code in COUNTRIES else None
    if not code:
        problems["company_country"] = CompanyProblem.REQUIRED
    elif known_country is None:
        problems["company_country"] = CompanyProblem.COUNTRY_UNKNOWN

    postal = _clean(postal_code)
    problem = _text_problem(postal, POSTAL_CODE_MAX)
    if problem is None and not postal_code_ok(postal, known_country):
        problem = CompanyProblem.POSTAL_CODE
    if problem is not None:
        problems["company_postal_code"] = problem

    vat_text = _clean(vat_id)
    if vat_text and has_control_character(vat_text):
        # compact() drops whitespace, so "DE136\n695976" would pass the check and be stored with the line feed.
        problems["vat_id"] = CompanyProblem.CONTROL_CHARACTER
    elif vat_text:  # optional
        verdict = vat.check_vat(vat_text, known_country)
        if verdict == vat.FORMAT:
            problems["vat_id"] = CompanyProblem.VAT_FORMAT
        elif verdict == vat.CHECKSUM:
            problems["vat_id"] = CompanyProblem.VAT_CHECKSUM
    return problems
