"""Offline VAT ID checks, a thin adapter over python-stdnum.

Plain Python, no Qt. stdnum knows every EU member state's VAT number (format
and check digits) and the Swiss, British and Norwegian ones; this module only
decides which of its checks applies to a company's country and turns its
exceptions into FORMAT or CHECKSUM. Like stdnum, it cannot tell whether a
number is *registered* (that needs VIES, which is online); it catches typos.

stdnum is imported inside the functions: nothing here may slow the first paint
(tests/test_main.py).
"""
from __future__ import annotations

import re
from functools import cache

FORMAT = "format"
CHECKSUM = "checksum"

# The VAT prefix differs from the ISO country code for Greece (EL), UK
# companies may use XI (Northern Ireland) as well as GB, and the Swiss UID
# starts with CHE.
PREFIXES = {"GR": ("EL",), "GB": ("GB", "XI"), "CH": ("CHE",)}

# The countries outside the EU whose VAT number is checked: country -> stdnum module.
NON_EU = {"CH": "stdnum.ch.vat", "GB": "stdnum.gb.vat", "NO": "stdnum.no.mva"}

_SEPARATORS = re.compile(r"[\s.\-]")
# What may remain after compact(): stdnum itself would also drop "/" and ","
# ("DE136/695/976" passes there), which no VAT ID is printed with. "+" and "*"
# occur in old Irish numbers.
_CHARACTERS = re.compile(r"[A-Z0-9+*]+")

# Countries without a prefixed VAT ID (US EIN, Japanese invoice number, ABN,
# GST/HST number, ...): accept any plausible tax number. A buyer there may give
# one of several numbers (EIN or state number, ABN or ACN, BN or GST account),
# so a check for one of them would refuse the others.
_OTHER_TAX_ID = re.compile(r"[A-Z0-9]{2,20}")


def compact(vat_id: str) -> str:
    """Upper case, without the spaces, dots and dashes people type for readability."""
    return _SEPARATORS.sub("", vat_id).upper()


@cache
def eu_countries() -> frozenset[str]:
    """The EU member states (ISO 3166-1 codes, Greece as GR), from stdnum's list."""
    from stdnum.eu.vat import MEMBER_STATES

    # stdnum lists XI because Northern Irish traders use VIES for goods; for a
    # service such as a subscription, Northern Ireland is part of the UK.
    return frozenset(cc.upper() for cc in MEMBER_STATES if cc != "xi")


def is_eu(country: str | None) -> bool:
    """True for an EU member state's ISO code (the reverse-charge rule asks this)."""
    return bool(country) and country.upper() in eu_countries()


def checked_countries() -> frozenset[str]:
    """Every country whose VAT IDs are checked for format and check digits."""
    return eu_countries() | frozenset(NON_EU)


def prefixes(country: str) -> tuple[str, ...]:
    return PREFIXES.get(country, (country,))


def _split(vat: str) -> tuple[str, str] | None:
    """(country, rest) for a known prefix at the start of a compacted ID."""
    for country in sorted(checked_countries()):
        for prefix in prefixes(country):
            if vat.startswith(prefix):
                return country, vat[len(prefix) :]
    return None


def _validate(country: str, vat: str) -> None:
    """stdnum's check for `country`; raises stdnum's ValidationError subclasses."""
    import importlib

    if country == "CH" and vat[3:].isdigit():
        # The UID alone, without MWST/TVA/IVA: many Swiss invoices print the
        # number so, and the VAT number is that UID with the suffix.
        importlib.import_module("stdnum.ch.uid").validate(vat)
    elif country in NON_EU:
        importlib.import_module(NON_EU[country]).validate(vat)
    else:
        from stdnum.eu import vat as eu_vat

        eu_vat.validate(vat)


def check_vat(vat_id: str, country: str | None) -> str | None:
    """FORMAT, CHECKSUM or None (fine) for a VAT ID given for a company in `country`.

    The ID must carry the prefix of the company's country; when the country is
    unknown, the ID is checked against its own prefix.
    """
    from stdnum.exceptions import InvalidChecksum, ValidationError

    vat = compact(vat_id)
    if not vat.isascii():
        return FORMAT
    if country is not None and country not in checked_countries():
        return None if _OTHER_TAX_ID.fullmatch(vat) else FORMAT
    split = _split(vat)
    if split is None or (country is not None and split[0] != country) or not _CHARACTERS.fullmatch(vat):
        return FORMAT
    try:
        _validate(split[0], vat)
    except InvalidChecksum:
        return CHECKSUM
    except ValidationError:  # InvalidFormat, InvalidLength, InvalidComponent
        return FORMAT
    return None
