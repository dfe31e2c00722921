"""Property-based checks (issue 7): whatever is typed or written into a catalog
file, the checks answer with their declared problem, never with an exception,
and every refusal can be said to the person in a sentence of its own."""
from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.core import cards, vat
from wizard.core.cards import CardError, CardProblem
from wizard.core.catalog import Catalog, CatalogError
from wizard.core.catalog_loading import load_catalog
from wizard.core.company import COUNTRIES, CompanyProblem, check_company
from wizard.core.paths import resource_path

# Function-scoped fixtures (the private data folder) are fine here: nothing an
# example does depends on a fresh one.
SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Any text, including control characters, lone surrogates (a str can hold
# them even if a keyboard cannot type them) and astral characters.
ANY_CHAR = st.characters(exclude_categories=())
ANY_TEXT = st.text(ANY_CHAR) | st.text(st.sampled_from("0123456789 -/\t\n\x00\u202e\u2028\U0001d7d8")) | st.text()
TEST_NUMBERS = ["4242 4242 4242 4242", "3782 822463 10005", "5555555555554444", "3622 720627 1667"]
CARD_NUMBER = ANY_TEXT | st.sampled_from(TEST_NUMBERS) | st.text("0123456789 -", max_size=25)
EXPIRY = ANY_TEXT | st.from_regex(r"\s*[0-9]{1,2}\s*/\s*[0-9]{2}\s*", fullmatch=True)
CVC = ANY_TEXT | st.text("0123456789", min_size=3, max_size=4)
BRAND = st.sampled_from([None, *cards.LENGTHS])
TODAY = st.dates(min_value=date(1901, 1, 1), max_value=date(9998, 12, 31))

_VAT_PREFIXES = sorted({p for c in vat.checked_countries() for p in vat.prefixes(c)})
VAT_ID = st.none() | ANY_TEXT | st.builds(
    lambda prefix, rest: prefix + rest,
    st.sampled_from(_VAT_PREFIXES),
    st.text("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+*. -", max_size=16),
)
COUNTRY = st.sampled_from(COUNTRIES) | ANY_TEXT


@pytest.fixture
def sentences(qapp):
    """Problem -> the sentence the page shows (the only UI import of this file)."""
    from wizard.ui.kit import problems

    fallback = problems._tr(problems._FALLBACK)

    def card(problem, brand=None) -> str:
        assert isinstance(problem, CardProblem)
        text = problems.card_problem_text(problem, brand)
        assert text.strip() and text != fallback, problem
        return text

    def company(problem) -> str:
        assert isinstance(problem, CompanyProblem)
        text = problems.company_problem_text(problem)
        assert text.strip() and text != fallback, problem
        return text

    return card, company


def test_every_problem_has_its_own_sentence(sentences):
    card, company = sentences
    for problem in CardProblem:
        card(problem)
    for problem in CompanyProblem:
        company(problem)


def _refusal(call, *args):
    """The problem `call` refused with, or None; any other exception fails the test."""
    try:
        call(*args)
    except CardError as error:
        assert str(error) == str(error.problem)  # never the input: it may be a card number
        return error.problem
    return None


@SETTINGS
@given(text=CARD_NUMBER)
def test_card_number_checks_never_raise_anything_else(sentences, text):
    card, _ = sentences
    for call in (cards.digits_of, cards.check_number):
        problem = _refusal(call, text)
        if problem is not None:
            card(problem)
    assert isinstance(cards.group_number(text), str)
    try:
        digits = cards.digits_of(text)
    except CardError:
        return
    assert cards.detect_brand(digits) in (None, *cards.LENGTHS)


@SETTINGS
@given(text=EXPIRY, today=TODAY)
def test_expiry_check_never_raises_anything_else(sentences, text, today):
    card, _ = sentences
    problem = _refusal(cards.check_expiry, text, today)
    if problem is None:
        month, year = cards.check_expiry(text, today)
        assert 1 <= month <= 12 and (year, month) >= (today.year, today.month)
    else:
        card(problem)


@SETTINGS
@given(text=CVC, brand=BRAND)
def test_cvc_check_never_raises_anything_else(sentences, text, brand):
    card, _ = sentences
    problem = _refusal(cards.check_cvc, text, brand)
    if problem is not None:
        assert problem is CardProblem.CVC
        card(problem, brand)


@SETTINGS
@given(text=ANY_TEXT)
def test_holder_check_never_raises_anything_else(sentences, text):
    card, _ = sentences
    problem = _refusal(cards.check_holder, text)
    if problem is not None:
        card(problem)
        return
    holder = cards.check_holder(text)
    # What passes is stored as typed (after NFC and the ends stripped) and holds no control character.
    assert holder == holder.strip() and 0 < len(holder) <= cards.HOLDER_MAX
    assert not any(ch in holder for ch in "\x00\n\r\t\x1b\x7f\u2028\u202e")
    holder.encode("utf-8")  # storable: no lone surrogate


# Each valid card costs one scrypt derivation (~45 ms): fewer examples here.
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=CARD_NUMBER, expiry=EXPIRY, cvc=CVC, holder=ANY_TEXT | st.just("Erika Mustermann"), today=TODAY)
def test_validate_card_answers_details_or_problems(sentences, number, expiry, cvc, holder, today):
    card, _ = sentences
    details, problems = cards.validate_card(number, expiry, cvc, holder, today=today, key=b"k" * 32)
    assert (details is None) == bool(problems)
    assert set(problems) <= {"card_number", "card_expiry", "card_cvc", "card_holder"}
    for problem in problems.values():
        card(problem)
    if details is not None:
        assert details.fingerprint.startswith(cards.FINGERPRINT_PREFIX)
        assert cards.digits_of(number) not in repr(details)


# Random text is almost never a whole valid card: draw valid ones with any holder.
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=st.sampled_from(TEST_NUMBERS), holder=ANY_TEXT, months=st.integers(0, 20 * 12))
def test_validate_card_with_a_valid_card_and_any_holder(sentences, number, holder, months):
    card, _ = sentences
    today = date(2026, 5, 17)
    month, year = (today.month - 1 + months) % 12 + 1, today.year + (today.month - 1 + months) // 12
    cvc = "1234" if number.startswith("37") else "123"
    expiry = f"{month:02}/{year % 100:02}"
    details, problems = cards.validate_card(number, expiry, cvc, holder, today=today, key=b"k" * 32)
    assert set(problems) <= {"card_holder"}
    for problem in problems.values():
        card(problem)
    if details is not None:
        assert details.fingerprint == cards.fingerprint(number, b"k" * 32)
        assert details.holder == cards.check_holder(holder)


@SETTINGS
@given(name=ANY_TEXT, street=ANY_TEXT, postal_code=ANY_TEXT, city=ANY_TEXT, country=COUNTRY, vat_id=VAT_ID)
def test_company_check_never_raises_anything_else(sentences, name, street, postal_code, city, country, vat_id):
    _, company = sentences
    problems = check_company(name, street, postal_code, city, country, vat_id)
    fields = {"company_name", "company_street", "company_postal_code", "company_city", "company_country", "vat_id"}
    assert set(problems) <= fields
    for problem in problems.values():
        company(problem)
    for field, value in (("company_name", name), ("company_street", street), ("company_city", city)):
        if field not in problems:
            assert not any(ch in value.strip() for ch in "\x00\n\r\x1b\u2028\u202e")


VAT_COUNTRY = st.none() | st.sampled_from(sorted({*COUNTRIES, *vat.checked_countries()})) | ANY_TEXT


@SETTINGS
@given(vat_id=VAT_ID.filter(lambda v: v is not None), country=VAT_COUNTRY)
def test_vat_check_answers_format_checksum_or_none(vat_id, country):
    # python-stdnum raises its own exceptions (and could raise others on odd input): none may escape.
    assert vat.check_vat(vat_id, country) in (None, vat.FORMAT, vat.CHECKSUM)
    assert isinstance(vat.compact(vat_id), str)
    assert vat.is_eu(country) in (True, False)


@SETTINGS
@given(
    vat_id=st.sampled_from(["DE136695976", "EL094259216", "MT11679112", "CY10259033P", "NL004495445B01"]),
    separators=st.lists(st.sampled_from(["", " ", ".", "-"]), min_size=14, max_size=14),
    lower=st.booleans(),
)
def test_a_valid_vat_id_stays_valid_however_it_is_spaced(vat_id, separators, lower):
    typed = "".join(ch + sep for ch, sep in zip(vat_id, separators))
    assert vat.check_vat(typed.lower() if lower else typed, None) is None


# -- the catalog loader --------------------------------------------------------

SHIPPED = json.loads(resource_path("catalog.json").read_text(encoding="utf-8"))


class Raw:
    """JSON text written as it is: numbers json.dumps cannot write, or deep nesting."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return f"Raw({self.text[:40]!r}{'...' if len(self.text) > 40 else ''})"


def to_json(value) -> str:
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {to_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(to_json(v) for v in value) + "]"
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value)  # ensure_ascii: lone surrogates become \ud800 escapes


RAW_NUMBERS = st.sampled_from(
    ["0", "-0", "0.00", "1e999999999", "-1e999999999", "1e-999999999", "NaN", "Infinity", "-Infinity",
     "123456789012345678901234567890.5", "9223372036854775808", "92233720368547758.08"]
).map(Raw) | st.integers(1, 6000).map(lambda n: Raw("1" * n)) | st.integers(1, 200_000).map(
    lambda n: Raw("[" * n + "]" * n)
) | st.integers(1, 200_000).map(lambda n: Raw('{"a":' * n + "1" + "}" * n))
LEAF = (
    st.none() | st.booleans() | st.integers() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.decimals(allow_nan=False, allow_infinity=False)
    | st.text(ANY_CHAR, max_size=30) | st.sampled_from(["EUR", "monthly", "annual", "45.00", "0", "-1", "1e3"])
    | RAW_NUMBERS
)
JSONISH = st.recursive(
    LEAF, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(ANY_CHAR, max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, (*path, i))


PLACES = list(_paths(SHIPPED))[1:]


def _replaced(path, value):
    data = copy.deepcopy(SHIPPED)
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


def _loads_or_refuses(tmp_path_factory, text: str):
    path = tmp_path_factory.getbasetemp() / "catalog-property.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        catalog = load_catalog(path)
    except CatalogError as error:
        message = str(error)
        assert message.startswith(f"{path}: ") and error.what.strip()
        assert "\n" not in message and len(message) < 400, message  # one short line
        return None
    assert isinstance(catalog, Catalog)
    for hub in catalog.hubs:
        for tier in hub.tiers:
            assert 1 <= tier.min_seats <= 10_000
            for price in tier.prices.values():
                assert 0 < price.monthly <= 10**9 and 0 < price.annual <= 10**9
    return catalog


@settings(max_examples=150, deadline=None)
@given(document=JSONISH)
def test_any_json_document_loads_or_is_refused_with_a_message(tmp_path_factory, document):
    _loads_or_refuses(tmp_path_factory, to_json(document))


@settings(max_examples=300, deadline=None)
@given(place=st.sampled_from(PLACES), value=JSONISH)
def test_the_shipped_catalog_with_one_value_replaced_loads_or_is_refused(tmp_path_factory, place, value):
    _loads_or_refuses(tmp_path_factory, to_json(_replaced(place, value)))


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=200), cut=st.integers(0, 4000))
def test_a_damaged_catalog_file_is_refused_with_a_message(tmp_path_factory, data, cut):
    text = json.dumps(SHIPPED).encode("utf-8")
    path = tmp_path_factory.getbasetemp() / "catalog-bytes.json"
    path.write_bytes(text[:cut] + data + text[cut:])
    try:
        load_catalog(path)
    except CatalogError as error:
        assert str(error).startswith(f"{path}: ") and "\n" not in str(error)
