"""Offline VAT ID checks: format and, where the algorithm is public, the check digit.

Plain Python, no Qt. This cannot tell whether a number is *registered* (that
needs VIES, which is online); it catches typos. `check_vat()` answers with
FORMAT, CHECKSUM or None.
"""
from __future__ import annotations

import re
from collections.abc import Callable

FORMAT = "format"
CHECKSUM = "checksum"

# The VAT prefix differs from the ISO country code for Greece (EL), and UK
# companies may use XI (Northern Ireland) as well as GB.
PREFIXES = {"GR": ("EL",), "GB": ("GB", "XI"), "CH": ("CHE",)}
_SEPARATORS = re.compile(r"[\s.\-]")


def compact(vat_id: str) -> str:
    """Upper case, without the spaces, dots and dashes people type for readability."""
    return _SEPARATORS.sub("", vat_id).upper()


def _digits(text: str) -> list[int]:
    return [int(ch) for ch in text]


def _weighted(text: str, weights: tuple[int, ...]) -> int:
    return sum(d * w for d, w in zip(_digits(text), weights))


def _luhn_ok(text: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(_digits(text))):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _de(n: str) -> bool:  # ISO 7064 MOD 11,10 over the first 8 digits
    product = 10
    for d in _digits(n[:8]):
        total = (d + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(n[8])


def _at(n: str) -> bool:  # "U" + 8 digits; Luhn-like over 7 digits, offset 4
    total = 0
    for i, d in enumerate(_digits(n[1:8])):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return (10 - (total + 4) % 10) % 10 == int(n[8])


def _nl(n: str) -> bool:
    # Companies: mod 11 over the first 8 digits. Sole traders (since 2020): the
    # whole ID including "NL" and "B" read as mod 97 (ISO 7064). Either is valid.
    check = _weighted(n[:8], (9, 8, 7, 6, 5, 4, 3, 2)) % 11
    if check != 10 and check == int(n[8]):
        return True
    numeric = "".join(str(int(ch, 36)) for ch in "NL" + n)
    return int(numeric) % 97 == 1


def _be(n: str) -> bool:
    return 97 - int(n[:8]) % 97 == int(n[8:])


def _fr(n: str) -> bool:
    if not n[:2].isdigit():
        return True  # newer alphanumeric keys: no public check algorithm, format only
    return (12 + 3 * (int(n[2:]) % 97)) % 97 == int(n[:2])


def _es(n: str) -> bool:
    dni_letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if n[0].isdigit():  # natural person (DNI): 8 digits + letter
        return dni_letters[int(n[:8]) % 23] == n[8]
    if n[0] in "XYZ":  # foreigner (NIE): X/Y/Z stand for 0/1/2
        return dni_letters[int(str("XYZ".index(n[0])) + n[1:8]) % 23] == n[8]
    if n[0] in "KLM":  # special persons: the DNI letter of the 7 digits
        return dni_letters[int(n[1:8]) % 23] == n[8]
    # Legal entity (CIF): letter + 7 digits + control digit or letter
    total = sum(_digits(n[2:8:2]))
    for d in _digits(n[1:8:2]):
        total += d * 2 - 9 if d > 4 else d * 2
    control = (10 - total % 10) % 10
    return n[8] in (str(control), "JABCDEFGHI"[control])


def _dk(n: str) -> bool:
    return _weighted(n, (2, 7, 6, 5, 4, 3, 2, 1)) % 11 == 0


def _pl(n: str) -> bool:
    return _weighted(n[:9], (6, 5, 7, 2, 3, 4, 5, 6, 7)) % 11 == int(n[9])


def _se(n: str) -> bool:  # 10-digit organisation number with Luhn, then "01"
    return _luhn_ok(n[:10])


def _ch(n: str) -> bool:  # UID: CHE + 9 digits, mod 11
    check = 11 - _weighted(n[:8], (5, 4, 3, 2, 7, 6, 5, 4)) % 11
    return check != 10 and check % 11 == int(n[8])


def _it(n: str) -> bool:
    return _luhn_ok(n)


def _gb(n: str) -> bool:
    if not n.isdigit():
        return True  # GD/HA government and health authority numbers: format only
    total = _weighted(n[:7], (8, 7, 6, 5, 4, 3, 2)) + int(n[7:9])
    return total % 97 == 0 or (total + 55) % 97 == 0  # old and "9755" series


def _ie(n: str) -> bool:
    alphabet = "WABCDEFGHIJKLMNOPQRSTUV"
    if not n[1].isdigit():  # old style: digit, letter/+/*, 5 digits, check letter
        n = "0" + n[2:7] + n[0] + n[7:]
    extra = alphabet.index(n[8]) if len(n) == 9 else 0
    total = _weighted(n[:7], (8, 7, 6, 5, 4, 3, 2)) + 9 * extra
    return alphabet[total % 23] == n[7]


def _lu(n: str) -> bool:
    return int(n[:6]) % 89 == int(n[6:])


def _fi(n: str) -> bool:
    remainder = _weighted(n[:7], (7, 9, 10, 5, 8, 4, 2)) % 11
    return remainder != 1 and (11 - remainder) % 11 == int(n[7])


def _pt(n: str) -> bool:
    check = 11 - _weighted(n[:8], (9, 8, 7, 6, 5, 4, 3, 2)) % 11
    return (0 if check > 9 else check) == int(n[8])


def _gr(n: str) -> bool:
    return _weighted(n[:8], (256, 128, 64, 32, 16, 8, 4, 2)) % 11 % 10 == int(n[8])


def _no(n: str) -> bool:
    check = 11 - _weighted(n[:8], (3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return check != 10 and check % 11 == int(n[8])


# country -> (pattern for the part after the prefix, check-digit test or None)
RULES: dict[str, tuple[str, Callable[[str], bool] | None]] = {
    "AT": (r"U[0-9]{8}", _at),
    "BE": (r"[01][0-9]{9}", _be),
    "CH": (r"[0-9]{9}(MWST|TVA|IVA)?", _ch),
    "CZ": (r"[0-9]{8,10}", None),  # several schemes by length; format only
    "DE": (r"[1-9][0-9]{8}", _de),
    "DK": (r"[1-9][0-9]{7}", _dk),
    "ES": (r"[0-9XYZ][0-9]{7}[A-Z]|[A-HJNP-SUVW][0-9]{7}[0-9A-J]|[KLM][0-9]{7}[A-Z]", _es),
    "FI": (r"[0-9]{8}", _fi),
    "FR": (r"[0-9A-HJ-NP-Z]{2}[0-9]{9}", _fr),
    "GB": (r"[0-9]{9}|[0-9]{12}|GD[0-4][0-9]{2}|HA[5-9][0-9]{2}", _gb),
    "GR": (r"[0-9]{9}", _gr),
    "IE": (r"[0-9]{7}[A-W][A-IW]?|[0-9][A-Z+*][0-9]{5}[A-W]", _ie),
    "IT": (r"[0-9]{11}", _it),
    "LU": (r"[0-9]{8}", _lu),
    "NL": (r"[0-9]{9}B[0-9]{2}", _nl),
    "NO": (r"[0-9]{9}(MVA)?", _no),
    "PL": (r"[0-9]{10}", _pl),
    "PT": (r"[1-9][0-9]{8}", _pt),
    "SE": (r"[0-9]{10}01", _se),
}

# Countries without a prefixed VAT ID (US EIN, Japanese invoice number, ABN,
# GST/HST number, ...): accept any plausible tax number, since we cannot check it.
_OTHER_TAX_ID = re.compile(r"[A-Z0-9]{2,20}")


def prefixes(country: str) -> tuple[str, ...]:
    return PREFIXES.get(country, (country,))


def _split(vat: str) -> tuple[str, str] | None:
    """(country, rest) for a known prefix at the start of a compacted ID."""
    for country in RULES:
        for prefix in prefixes(country):
            if vat.startswith(prefix):
                return country, vat[len(prefix) :]
    return None


def check_vat(vat_id: str, country: str | None) -> str | None:
    """FORMAT, CHECKSUM or None (fine) for a VAT ID given for a company in `country`.

    The ID must carry the prefix of the company's country; when the country is
    unknown, the ID is checked against its own prefix.
    """
    vat = compact(vat_id)
    if not vat.isascii():
        return FORMAT
    if country is not None and country not in RULES:
        return None if _OTHER_TAX_ID.fullmatch(vat) else FORMAT
    split = _split(vat)
    if split is None or (country is not None and split[0] != country):
        return FORMAT
    rule_country, rest = split
    pattern, check = RULES[rule_country]
    if not re.fullmatch(pattern, rest):
        return FORMAT
    if check is not None and not check(rest):
        return CHECKSUM
    return None
