import unicodedata

import pytest

from wizard.core import vat
from wizard.core.company import COUNTRIES, CompanyProblem, check_company

P = CompanyProblem

# One valid VAT ID per offered country with a check digit. Most are the published
# examples of the tax authorities or of python-stdnum; NL000099998B57 is the
# Dutch tax office's example of the newer (mod 97) sole-trader number.
VALID_VAT = {
    "AT": "ATU13585627",
    "BE": "BE0417497106",
    "BG": "BG175074752",
    "CH": "CHE-107.787.577 IVA",
    "CY": "CY10259033P",
    "CZ": "CZ25123891",  # format only before python-stdnum, which checks the digit
    "DE": "DE136695976",
    "DK": "DK13585628",
    "EE": "EE100931558",
    "ES": "ESA28015865",
    "FI": "FI20774740",
    "FR": "FR40303265045",
    "GB": "GB980780684",
    "GR": "EL094259216",
    "HR": "HR33392005961",
    "HU": "HU12892312",
    "IE": "IE6433435F",
    "IT": "IT00743110157",
    "LT": "LT119511515",
    "LU": "LU15027442",
    "LV": "LV40003521600",
    "MT": "MT11679112",
    "NL": "NL004495445B01",
    "NO": "NO 995 525 828 MVA",
    "PL": "PL8567346215",
    "PT": "PT501964843",
    "RO": "RO18547290",
    "SE": "SE123456789701",
    "SI": "SI50223054",
    "SK": "SK2022749619",
}
MORE_VALID_VAT = [
    ("NL", "NL000099998B57"),  # mod 97 (sole trader)
    ("GB", "GB123456782"),
    ("GB", "XI980780684"),  # Northern Ireland
    ("GB", "GB980780684001"),  # branch number
    ("GB", "GBGD001"),  # government department: format only
    ("IE", "IE8D79739I"),  # old style
    ("IE", "IE6433435OA"),  # 2013 style with second letter
    ("ES", "ES12345678Z"),  # natural person (DNI)
    ("ES", "ESX1234567L"),  # foreigner (NIE)
    ("ES", "ESQ2826000H"),  # public body: letter control
    ("CH", "CHE107787577"),
    ("CH", "CHE-107.787.577 MWST"),
    ("DE", "de 136 695 976"),
    ("AT", "AT U13585627"),
    ("BE", "BE 0417.497.106"),
    ("FR", "FRK7399859412"),  # new-style alphanumeric key (python-stdnum's example)
    ("FR", "FR4Z123456782"),
    ("CZ", "CZ7103192745"),  # natural person (birth number)
]

# A valid VAT ID for every EU member state, from python-stdnum's documented
# examples: the reverse-charge rule needs them all, not only the offered countries.
EU_VALID_VAT = {
    "AT": "ATU13585627",
    "BE": "BE0403019261",
    "BG": "BG175074752",
    "CY": "CY10259033P",
    "CZ": "CZ25123891",
    "DE": "DE136695976",
    "DK": "DK13585628",
    "EE": "EE100931558",
    "ES": "ESB64717838",
    "FI": "FI20774740",
    "FR": "FR23334175221",
    "GR": "EL094259216",
    "HR": "HR33392005961",
    "HU": "HU12892312",
    "IE": "IE6433435F",
    "IT": "IT00743110157",
    "LT": "LT119511515",
    "LU": "LU15027442",
    "LV": "LV40003521600",
    "MT": "MT11679112",
    "NL": "NL004495445B01",
    "PL": "PL8567346215",
    "PT": "PT501964843",
    "RO": "RO18547290",
    "SE": "SE123456789701",
    "SI": "SI50223054",
    "SK": "SK2022749619",
}


def ok_company(**changes):
    fields = dict(
        name="Muster GmbH",
        street="Hauptstraße 1",
        postal_code="10115",
        city="Berlin",
        country="DE",
        vat_id="",
    )
    fields.update(changes)
    return check_company(**fields)


def vat_problem(country, vat_id):
    return ok_company(country=country, postal_code=POSTAL_OK[country], vat_id=vat_id).get("vat_id")


POSTAL_OK = {
    "AT": "1010",
    "AU": "2000",
    "BE": "1000",
    "BG": "1000",
    "CA": "K1A 0B1",
    "CH": "8001",
    "CY": "1065",
    "CZ": "110 00",
    "DE": "10115",
    "DK": "1050",
    "EE": "10111",
    "ES": "28013",
    "FI": "00100",
    "FR": "75001",
    "GB": "SW1A 1AA",
    "GR": "105 57",
    "HR": "10000",
    "HU": "1061",
    "IE": "D02 X285",
    "IT": "00184",
    "JP": "100-0001",
    "LT": "LT-01103",
    "LU": "L-1111",
    "LV": "LV-1010",
    "MT": "VLT 1117",
    "NL": "1012 AB",
    "NO": "0150",
    "PL": "00-950",
    "PT": "1100-148",
    "RO": "010063",
    "SE": "111 22",
    "SI": "1000",
    "SK": "811 01",
    "US": "94105",
}


def mutate_check_digit(country, vat_id):
    # The check digit is not always the last digit: NL ...445B01, SE ...701, CH/NO suffixes.
    compact = vat.compact(vat_id)
    pos = {"NL": 10, "SE": 11}.get(country)
    if pos is None:
        pos = max(i for i, ch in enumerate(compact) if ch.isdigit())
    return [compact[:pos] + d + compact[pos + 1 :] for d in "0123456789" if d != compact[pos]]


def test_a_complete_company_is_fine():
    assert ok_company() == {}
    assert ok_company(vat_id="DE136695976") == {}


def test_every_offered_country_has_a_postal_example():
    assert set(COUNTRIES) == set(POSTAL_OK)
    must = {"DE", "AT", "CH", "FR", "NL", "BE", "IT", "ES", "PL", "SE", "DK", "IE", "LU", "GB", "US", "JP", "AU", "CA"}
    assert must <= set(COUNTRIES)


def test_every_eu_member_state_is_offered():
    """A company in any member state can buy: the reverse charge needs its country (was 16 of 27)."""
    assert vat.eu_countries() <= set(COUNTRIES)


@pytest.mark.parametrize("country", sorted(POSTAL_OK))
def test_postal_code_per_country(country):
    assert ok_company(country=country, postal_code=POSTAL_OK[country]) == {}


@pytest.mark.parametrize(
    "country, postal_code",
    [
        ("DE", "1011"),
        ("DE", "101155"),
        ("DE", "１０１１５"),  # fullwidth digits
        ("AT", "10100"),
        ("CH", "800"),
        ("NL", "0123 AB"),
        ("NL", "1012"),
        ("PL", "00950"),
        ("US", "9410"),
        ("GB", "12345"),
        ("CA", "12345"),
        ("JP", "1000001x"),
        ("ES", "53001"),
        ("SE", "11 122"),
    ],
)
def test_bad_postal_codes(country, postal_code):
    assert ok_company(country=country, postal_code=postal_code) == {"company_postal_code": P.POSTAL_CODE}


@pytest.mark.parametrize(
    "country, postal_code",
    [("NL", "1012ab"), ("GB", "sw1a1aa"), ("US", "94105-1234"), ("JP", "1000001"), ("LU", "1111"), ("SE", "11122")],
)
def test_postal_code_variants_people_type(country, postal_code):
    assert ok_company(country=country, postal_code=postal_code) == {}


def test_postal_code_required_and_bounded():
    assert ok_company(postal_code=" ") == {"company_postal_code": P.REQUIRED}
    assert ok_company(postal_code="1" * 13) == {"company_postal_code": P.TOO_LONG}


def test_required_fields():
    problems = check_company(" ", "", "", "\t", "", None)
    assert problems == {
        "company_name": P.REQUIRED,
        "company_street": P.REQUIRED,
        "company_postal_code": P.REQUIRED,
        "company_city": P.REQUIRED,
        "company_country": P.REQUIRED,
    }


def test_text_length_after_nfc():
    assert ok_company(name="x" * 100, street="y" * 100, city="z" * 100) == {}
    assert ok_company(name="x" * 101, street="y" * 101, city="z" * 101) == {
        "company_name": P.TOO_LONG,
        "company_street": P.TOO_LONG,
        "company_city": P.TOO_LONG,
    }
    # 100 "ü" typed as u + combining diaeresis are 200 code points but 100 characters.
    assert ok_company(name=unicodedata.normalize("NFD", "ü" * 100)) == {}


def test_any_script():
    assert ok_company(name="株式会社テスト", city="Москва", street="Οδός Αθηνάς 5") == {}


@pytest.mark.parametrize("country", ["XX", "ZZ", "DEU", "Germany"])
def test_unknown_country(country):
    assert ok_company(country=country) == {"company_country": P.COUNTRY_UNKNOWN}


def test_country_code_case_is_ignored():
    assert ok_company(country="de") == {}


@pytest.mark.parametrize("country", sorted(VALID_VAT))
def test_valid_vat_per_country(country):
    assert vat_problem(country, VALID_VAT[country]) is None


@pytest.mark.parametrize("country, vat_id", MORE_VALID_VAT)
def test_more_valid_vat_ids(country, vat_id):
    assert vat_problem(country, vat_id) is None


@pytest.mark.parametrize("country", sorted(VALID_VAT))
def test_a_wrong_check_digit_is_caught(country):
    for wrong in mutate_check_digit(country, VALID_VAT[country]):
        assert vat_problem(country, wrong) == P.VAT_CHECKSUM, wrong


def test_every_eu_member_state_has_a_valid_example():
    assert set(EU_VALID_VAT) == vat.eu_countries()


@pytest.mark.parametrize("country", sorted(EU_VALID_VAT))
def test_a_valid_vat_id_of_every_eu_member_state(country):
    assert vat.check_vat(EU_VALID_VAT[country], country) is None
    assert vat.check_vat(EU_VALID_VAT[country], None) is None  # by its own prefix
    assert vat.is_eu(country)


@pytest.mark.parametrize("country", ["BG", "CY", "EE", "HR", "HU", "LT", "LV", "MT", "RO", "SI", "SK"])
def test_a_wrong_check_digit_in_the_member_states_not_offered_yet(country):
    # One wrong digit in the check position is enough here; every digit is tried for the offered ones.
    valid = EU_VALID_VAT[country]
    if country == "CY":  # the check character is the final letter
        wrong = valid[:-1] + "Q"
    else:
        pos = max(i for i, ch in enumerate(valid) if ch.isdigit())
        wrong = valid[:pos] + str((int(valid[pos]) + 1) % 10) + valid[pos + 1 :]
    assert vat.check_vat(wrong, country) == vat.CHECKSUM


@pytest.mark.parametrize("country", ["GB", "CH", "NO", "US", "JP", "AU", "CA", "XI", "", None])
def test_outside_the_eu(country):
    assert not vat.is_eu(country)


def test_is_eu_ignores_case():
    assert vat.is_eu("de") and vat.is_eu("GR")


@pytest.mark.parametrize(
    "country, vat_id",
    [
        ("NL", "NL000099998B58"),
        ("IE", "IE6433435E"),
        ("IE", "IE8D79739J"),
        ("IE", "IE6433435OB"),
        ("ES", "ES12345678A"),
        ("ES", "ESA28015866"),
        ("ES", "ESX1234567M"),
        ("GB", "GB123456783"),
        ("IT", "IT00743110158"),
        ("FR", "FRXX303265045"),  # accepted as "format only" before python-stdnum, which checks new-style keys
        ("FR", "FRK7399859413"),
        ("CZ", "CZ25123892"),  # format only before python-stdnum
    ],
)
def test_more_checksum_failures(country, vat_id):
    assert vat_problem(country, vat_id) == P.VAT_CHECKSUM


@pytest.mark.parametrize(
    "country, vat_id",
    [
        ("DE", "ATU13585627"),  # valid, but Austrian
        ("AT", "DE136695976"),
        ("GR", "GR094259216"),  # Greece uses EL
        ("DE", "EL094259216"),
        ("FR", "GB980780684"),
        ("CH", "DE136695976"),
        ("DE", "EE100931558"),  # valid, but Estonian
    ],
)
def test_prefix_must_match_the_country(country, vat_id):
    assert vat_problem(country, vat_id) == P.VAT_FORMAT


@pytest.mark.parametrize(
    "country, vat_id",
    [
        ("DE", "136695976"),  # no prefix
        ("DE", "DE13669597"),
        ("DE", "DE1366959761"),
        ("DE", "DE036695976"),
        ("AT", "AT13585627"),  # the U is part of it
        ("NL", "NL004495445A01"),
        ("BE", "BE2417497106"),
        ("IT", "IT0074311015"),
        ("SE", "SE123456789702"),
        ("CH", "CHE-107.787.577 VAT"),
        ("DE", "DE１３６６９５９７６"),  # fullwidth digits
        ("DE", "DE136/695/976"),
        ("FR", "FRIO303265045"),  # I and O are never used in the key
        ("CH", "CHE-107.787.577 MWS"),
        ("NO", "NO995525828 MVB"),
    ],
)
def test_vat_format(country, vat_id):
    assert vat_problem(country, vat_id) == P.VAT_FORMAT


def test_vat_is_optional():
    assert ok_company(vat_id="") == {}
    assert ok_company(vat_id="   ") == {}
    assert ok_company(vat_id=None) == {}


@pytest.mark.parametrize("country, tax_id", [("US", "12-3456789"), ("JP", "T1234567890123"), ("AU", "51 824 753 556")])
def test_countries_without_prefixed_vat_accept_a_plausible_tax_number(country, tax_id):
    assert vat_problem(country, tax_id) is None
    assert vat_problem(country, "12#45") == P.VAT_FORMAT


def test_unknown_country_checks_the_vat_against_its_own_prefix():
    assert ok_company(country="XX", vat_id="DE136695976") == {"company_country": P.COUNTRY_UNKNOWN}
    assert ok_company(country="XX", vat_id="DE136695977") == {
        "company_country": P.COUNTRY_UNKNOWN,
        "vat_id": P.VAT_CHECKSUM,
    }


def test_every_problem_is_reported_at_once():
    problems = check_company("", "x" * 101, "ABC", "Berlin", "DE", "DE136695977")
    assert problems == {
        "company_name": P.REQUIRED,
        "company_street": P.TOO_LONG,
        "company_postal_code": P.POSTAL_CODE,
        "vat_id": P.VAT_CHECKSUM,
    }


def test_every_offered_country_with_a_vat_number_is_checked():
    # What is offered and is not checked has no prefixed VAT ID (US, JP, AU, CA): a plausible tax number is enough.
    assert set(COUNTRIES) - vat.checked_countries() == {"US", "JP", "AU", "CA"}
    assert set(vat.NON_EU) <= set(COUNTRIES)


# -- what a company field may hold (issue 7, defect 9) -------------------------

CONTROL_SAMPLES = [
    "Muster\x00GmbH", "Muster\nGmbH", "Muster\r\nGmbH", "Muster\tGmbH", "Muster\x1b[31mGmbH",
    "Muster\x7fGmbH", "Muster\x85GmbH", "Muster\u2028GmbH", "Muster\u2029GmbH",
    "Muster \u202eHbmG", "\u2066Muster\u2069 GmbH", "Muster\ud800GmbH",
]


@pytest.mark.parametrize("value", CONTROL_SAMPLES)
@pytest.mark.parametrize("field", ["name", "street", "city"])
def test_text_fields_refuse_control_characters_and_line_breaks(field, value):
    assert ok_company(**{field: value}) == {f"company_{field}": P.CONTROL_CHARACTER}


@pytest.mark.parametrize(
    "value, problem",
    [("101\x0015", P.CONTROL_CHARACTER), ("10\n115", P.CONTROL_CHARACTER), ("10115\u202e", P.CONTROL_CHARACTER),
     ("10115\n", None)],  # the ends are stripped as before
)
def test_postal_code_refuses_control_characters_even_without_a_format(value, problem):
    # No format is known for an unknown country, so only this rule can catch it there.
    assert ok_company(country="XX", postal_code=value).get("company_postal_code") == problem
    assert ok_company(country="DE", postal_code=value).get("company_postal_code") == problem


def test_a_line_feed_inside_a_vat_id_is_refused_not_compacted_away():
    assert ok_company(vat_id="DE136695976") == {}
    assert ok_company(vat_id="DE136\n695976") == {"vat_id": P.CONTROL_CHARACTER}
    assert ok_company(vat_id="DE136\t695976") == {"vat_id": P.CONTROL_CHARACTER}
    assert ok_company(vat_id=" DE136695976\n") == {}  # the ends are stripped as before


@pytest.mark.parametrize(
    "value",
    ["=HYPERLINK(\"http://x\")", "+49 GmbH", "-Minus AG", "@Home Ltd", "Ali\u200cReza GmbH",
     "\u05e9\u05e8\u05d4 \u200fCohen", "Zoë & Söhne <b>", "\U00020000 KK"],
)
def test_everything_else_is_allowed(value):
    """Formula-looking values stay (the CSV export neutralises them), as do ZWNJ, RLM and astral characters."""
    assert ok_company(name=value, street=value, city=value) == {}
