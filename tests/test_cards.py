import os
import stat
import unicodedata
from datetime import date

import pytest

from wizard.core import cards
from wizard.core.cards import (
    BRAND_NAMES,
    CardError,
    CardProblem,
    check_cvc,
    check_expiry,
    check_holder,
    check_number,
    detect_brand,
    digits_of,
    fingerprint,
    fingerprint_key,
    group_number,
    mask,
    validate_card,
)
from wizard.core.paths import data_dir

TODAY = date(2026, 5, 17)
KEY = b"k" * 32

# Public test numbers, printed the way the card shows them.
TEST_CARDS = [
    ("4242 4242 4242 4242", "visa"),
    ("4222 2222 2222 2", "visa"),  # 13-digit Visa
    ("5555 5555 5555 4444", "mastercard"),
    ("2223 0031 2200 3222", "mastercard"),  # 2-series
    ("3782 822463 10005", "amex"),
    ("3714 496353 98431", "amex"),
    ("6011 1111 1111 1117", "discover"),
    ("3566 0020 2036 0505", "jcb"),
    ("3056 9300 0902 0004", "diners"),
    ("3622 720627 1667", "diners"),  # 14-digit Diners
]


def problem_of(call, *args):
    with pytest.raises(CardError) as raised:
        call(*args)
    return raised.value.problem


@pytest.mark.parametrize("printed, brand", TEST_CARDS)
def test_each_brand_is_accepted(printed, brand):
    assert check_number(printed) == (brand, printed.replace(" ", ""))


@pytest.mark.parametrize("printed, brand", TEST_CARDS)
def test_grouping_matches_the_printed_card(printed, brand):
    assert group_number(printed.replace(" ", "")) == printed


def test_dashes_and_spaces_are_allowed():
    assert digits_of(" 4242-4242 4242-4242 ") == "4242424242424242"


@pytest.mark.parametrize(
    "text",
    [
        "4242 4242 4242 424x",
        "４２４２４２４２４２４２４２４２",  # fullwidth digits: str.isdigit() says True
        "٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢",  # Arabic-Indic digits
        "4242\u00b2",  # superscript two, also isdigit()
        "4242.4242.4242.4242",
    ],
)
def test_anything_but_ascii_digits_is_refused(text):
    assert problem_of(digits_of, text) is CardProblem.NOT_DIGITS
    assert problem_of(check_number, text) is CardProblem.NOT_DIGITS


@pytest.mark.parametrize(
    "prefix, brand",
    [
        ("4", "visa"),
        ("51", "mastercard"),
        ("55", "mastercard"),
        ("2221", "mastercard"),
        ("2720", "mastercard"),
        ("34", "amex"),
        ("37", "amex"),
        ("6011", "discover"),
        ("644", "discover"),
        ("649", "discover"),
        ("65", "discover"),
        ("622126", "discover"),
        ("3528", "jcb"),
        ("3589", "jcb"),
        ("300", "diners"),
        ("305", "diners"),
        ("36", "diners"),
        ("38", "diners"),
        ("39", "diners"),
    ],
)
def test_brand_from_prefix(prefix, brand):
    assert detect_brand(prefix) == brand
    assert detect_brand(prefix + "0000") == brand


@pytest.mark.parametrize(
    "prefix",
    ["", "3", "5", "2", "50", "56", "2220", "2721", "35", "3527", "3590", "306", "6010", "643", "66", "1", "9"],
)
def test_unknown_or_not_yet_known_prefix(prefix):
    assert detect_brand(prefix) is None


def test_detect_brand_ignores_non_ascii_digits():
    assert detect_brand("４") is None  # int("４") == 4, so this needs its own guard


def test_unknown_brand_is_refused():
    assert problem_of(check_number, "9999 9999 9999 9995") is CardProblem.UNKNOWN_BRAND


@pytest.mark.parametrize(
    "number",
    [
        "",
        "4242 4242 4242 42",  # Visa 14
        "5555 5555 5555 444",  # MC 15
        "3782 822463 1000",  # Amex 14
        "3782 822463 100050",  # Amex 16
        "6011 1111 1111 111",  # Discover 15
        "3056 9300 0902 0",  # Diners 13
    ],
)
def test_wrong_length_is_refused(number):
    assert problem_of(check_number, number) is CardProblem.LENGTH


@pytest.mark.parametrize("number", ["4242 4242 4242 4241", "5555 5555 5555 4445", "3782 822463 10006"])
def test_luhn_is_checked(number):
    assert problem_of(check_number, number) is CardProblem.LUHN


@pytest.mark.parametrize(
    "typed, shown",
    [
        ("", ""),
        ("4", "4"),
        ("4242", "4242"),
        ("42424", "4242 4"),
        ("4242 42", "4242 42"),
        ("42424242424242424242424", "4242 4242 4242 4242 424"),  # Visa max 19
        ("3782", "3782"),
        ("378282", "3782 82"),
        ("3782822463", "3782 822463"),
        ("37828224631", "3782 822463 1"),
        ("378282246310005999", "3782 822463 10005"),  # Amex max 15
        ("5555555555554444999", "5555 5555 5555 4444"),  # Mastercard max 16
        ("3622720627", "3622 720627"),
        ("3", "3"),
        ("999999999999999999999", "9999 9999 9999 9999 999"),  # unknown: 19
        ("4242-42", "4242 42"),
    ],
)
def test_grouping_while_typing(typed, shown):
    assert group_number(typed) == shown


def test_grouping_leaves_bad_text_alone_so_the_check_can_name_it():
    assert group_number("4242 ４") == "4242 ４"


@pytest.mark.parametrize("printed, brand", TEST_CARDS)
def test_grouping_is_stable(printed, brand):
    assert group_number(group_number(printed)) == group_number(printed)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12/30", (12, 2030)),
        ("05/26", (5, 2026)),  # the current month is still good
        ("5/26", (5, 2026)),
        (" 06 / 27 ", (6, 2027)),
        ("05/46", (5, 2046)),  # 20 years ahead is the limit
    ],
)
def test_expiry_accepted(text, expected):
    assert check_expiry(text, TODAY) == expected


@pytest.mark.parametrize("text", ["", "1230", "12-30", "13/30", "00/30", "12/2030", "ab/cd", "１２/３０", "06/46", "12/"])
def test_expiry_bad_format(text):
    assert problem_of(check_expiry, text, TODAY) is CardProblem.EXPIRY_FORMAT


@pytest.mark.parametrize("text", ["04/26", "12/25", "01/20"])
def test_expiry_in_the_past(text):
    assert problem_of(check_expiry, text, TODAY) is CardProblem.EXPIRED


def test_expiry_year_turns_the_century():
    assert check_expiry("03/05", date(2099, 1, 1)) == (3, 2105)


@pytest.mark.parametrize(
    "cvc, brand, ok",
    [
        ("123", "visa", True),
        ("1234", "visa", False),
        ("12", "visa", False),
        ("1234", "amex", True),
        ("123", "amex", False),
        ("123", "mastercard", True),
        (" 123 ", "jcb", True),
        ("12a", "visa", False),
        ("１２３", "visa", False),
        ("١٢٣", "visa", False),
        ("123", None, True),  # number not valid yet: either length
        ("1234", None, True),
        ("12", None, False),
    ],
)
def test_cvc(cvc, brand, ok):
    if ok:
        check_cvc(cvc, brand)
    else:
        assert problem_of(check_cvc, cvc, brand) is CardProblem.CVC


@pytest.mark.parametrize("holder", ["", "   ", "\t\n"])
def test_holder_required(holder):
    assert problem_of(check_holder, holder) is CardProblem.HOLDER_EMPTY


def test_holder_length():
    assert check_holder("x" * 100) == "x" * 100
    assert problem_of(check_holder, "x" * 101) is CardProblem.HOLDER_TOO_LONG


@pytest.mark.parametrize("holder", ["Анна Иванова", "山田 太郎", "Zoë Ångström", "محمد"])
def test_holder_in_any_script(holder):
    assert check_holder(f"  {holder} ") == holder


@pytest.mark.parametrize(
    "holder",
    ["Erika\x00Mustermann", "Erika\nMustermann", "Erika\r\nMustermann", "Erika\tMustermann",
     "Erika\x1b[2JMustermann", "Erika\x7fM", "Erika\x85M", "Erika\u2028Mustermann",
     "Erika \u202eMustermann", "\u2066Erika\u2069"],
)
def test_holder_refuses_control_characters_and_line_breaks(holder):
    """Issue 7, defect 9: no NUL, no control character, no line break in the holder."""
    assert problem_of(check_holder, holder) is CardProblem.HOLDER_CONTROL_CHARACTER


@pytest.mark.parametrize(
    "holder",
    ["=cmd|' /C calc'!A0", "+1 Erika", "-x", "@a", "Ali\u200cReza", "\U0001f468\u200d\U0001f4bb Dev",
     "\u05e9\u05e8\u05d4 \u200fCohen", "Zo\u00eb <b>&amp;</b> 'O\"Neil'", "\U00020000\U0001d400"],
)
def test_holder_keeps_everything_else_exactly(holder):
    """Formula-looking values, ZWJ/ZWNJ, RLM and astral characters are stored as typed."""
    assert check_holder(f" {holder}\n") == holder


def test_holder_is_nfc_normalised():
    decomposed = unicodedata.normalize("NFD", "Jürgen Müller")
    assert decomposed != "Jürgen Müller"
    assert check_holder(decomposed) == "Jürgen Müller"
    # 100 decomposed "é" are 200 code points but 100 characters: fine.
    assert check_holder("e\u0301" * 100) == "é" * 100


def test_validate_card_ok():
    details, problems = validate_card(
        "4242 4242 4242 4242", "12/30", "123", " Erika Mustermann ", today=TODAY, key=KEY
    )
    assert problems == {}
    assert details == cards.CardDetails(
        brand="visa",
        last4="4242",
        exp_month=12,
        exp_year=2030,
        holder="Erika Mustermann",
        fingerprint=fingerprint("4242424242424242", KEY),
    )
    # Nothing in the result carries the full number or the CVC.
    assert "4242424242424242" not in repr(details)
    assert "123" not in repr(details).replace(details.fingerprint, "")


def test_validate_card_reports_every_field():
    details, problems = validate_card("4242 4242 4242 4241", "13/30", "12", " ", today=TODAY, key=KEY)
    assert details is None
    assert problems == {
        "card_number": CardProblem.LUHN,
        "card_expiry": CardProblem.EXPIRY_FORMAT,
        "card_cvc": CardProblem.CVC,
        "card_holder": CardProblem.HOLDER_EMPTY,
    }


def test_validate_card_uses_the_brand_for_the_cvc():
    _, problems = validate_card("3782 822463 10005", "12/30", "123", "A", today=TODAY, key=KEY)
    assert problems == {"card_cvc": CardProblem.CVC}
    details, problems = validate_card("3782 822463 10005", "12/30", "1234", "A", today=TODAY, key=KEY)
    assert problems == {} and details.brand == "amex" and details.last4 == "0005"


def test_card_error_message_never_holds_the_number():
    with pytest.raises(CardError) as raised:
        check_number("4242 4242 4242 4241")
    assert "4242" not in str(raised.value)


@pytest.mark.parametrize(
    "brand, shown",
    [("visa", "Visa •••• 4242"), ("amex", "American Express •••• 0005"), ("mastercard", "Mastercard •••• 4444")],
)
def test_mask(brand, shown):
    assert mask(brand, shown[-4:]) == shown


def test_every_brand_has_a_name():
    assert set(BRAND_NAMES) == set(cards.LENGTHS)


def test_fingerprint_is_stable_per_key_and_differs_across_keys():
    a = fingerprint("4242424242424242", KEY)
    assert a == fingerprint("4242 4242 4242 4242", KEY)
    assert a.startswith("s1:") and len(a) == 67 and int(a[3:], 16) >= 0
    assert a != fingerprint("4242424242424242", b"x" * 32)
    assert a != fingerprint("5555555555554444", KEY)
    assert "4242" not in a


def test_fingerprint_is_scrypt_salted_with_the_key_not_a_fast_hmac():
    """Issue 7, defect 10: HMAC-SHA256 ran at ~549,000 guesses/s with the key at hand."""
    import hashlib
    import hmac

    a = fingerprint("3782 822463 10005", KEY)
    assert a != hmac.new(KEY, b"378282246310005", hashlib.sha256).hexdigest()
    expected = hashlib.scrypt(
        b"378282246310005", salt=KEY, n=cards.SCRYPT_N, r=cards.SCRYPT_R, p=cards.SCRYPT_P,
        maxmem=64 * 2**20, dklen=32,
    )
    assert a == "s1:" + expected.hex()
    # Memory-hard enough: at least scrypt's interactive setting (16 MiB per guess).
    assert 128 * cards.SCRYPT_N * cards.SCRYPT_R * cards.SCRYPT_P >= 16 * 2**20


def test_fingerprint_key_is_private_and_reused():
    key = fingerprint_key()
    path = data_dir() / "card-fingerprint.key"
    assert len(key) == 32
    assert path.read_bytes() == key
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert fingerprint_key() == key
    assert [p.name for p in data_dir().iterdir()] == ["card-fingerprint.key"]  # no temp file left


def test_fingerprint_key_differs_per_data_folder(tmp_path, monkeypatch):
    first = fingerprint_key()
    monkeypatch.setenv("UPGRADE_WIZARD_DATA_DIR", str(tmp_path / "other"))
    assert fingerprint_key() != first


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_fingerprint_key_permissions_are_tightened():
    fingerprint_key()
    path = data_dir() / "card-fingerprint.key"
    path.chmod(0o644)
    fingerprint_key()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_damaged_key_file_is_not_silently_replaced():
    path = data_dir() / "card-fingerprint.key"
    path.write_bytes(b"short")
    with pytest.raises(ValueError):
        fingerprint_key()
    assert path.read_bytes() == b"short"


def test_lost_race_uses_the_winners_key(monkeypatch):
    """Another process creates the key between our read and our link."""
    winner = b"w" * 32
    real_link = os.link

    def link_after_winner(src, dst):
        with open(dst, "xb") as handle:
            handle.write(winner)
        return real_link(src, dst)

    monkeypatch.setattr(os, "link", link_after_winner)  # as core.secret_files calls it
    assert fingerprint_key() == winner
    assert [p.name for p in data_dir().iterdir()] == ["card-fingerprint.key"]
