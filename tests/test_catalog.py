"""The catalog loader: the shipped file is valid, and each kind of bad file
is refused with one message naming the file, the place and the problem."""
from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest

from wizard.core.catalog import Catalog, CatalogError, Price
from wizard.core.catalog_loading import load_catalog
from wizard.core.paths import resource_path

SHIPPED = json.loads(resource_path("catalog.json").read_text(encoding="utf-8"))


def test_shipped_catalog_loads_with_the_product_shape():
    catalog = load_catalog()
    assert isinstance(catalog, Catalog)
    assert catalog.source == resource_path("catalog.json")
    assert "demo list prices" in catalog.note.lower()
    assert set(catalog.currencies) >= {"EUR", "USD", "GBP", "CHF", "JPY", "AUD"}
    assert [h.id for h in catalog.hubs] == ["marketing", "sales", "service"]
    for hub in catalog.hubs:
        assert [t.id for t in hub.tiers] == ["starter", "professional", "enterprise"]
        for tier in hub.tiers:
            assert set(tier.prices) == set(catalog.currencies)
            assert tier.name_in("de") and tier.name_in("en")
            assert tier.description_in("de") != tier.description_in("en")


def test_shipped_self_serve_and_seat_rules():
    catalog = load_catalog()
    self_serve = {(h.id, t.id) for h in catalog.hubs for t in h.tiers if t.self_serve}
    assert self_serve == {
        ("marketing", "starter"), ("marketing", "professional"),
        ("sales", "starter"), ("sales", "professional"), ("service", "professional"),
    }
    for hub in catalog.hubs:
        for tier in hub.tiers:
            assert tier.seat_based == (hub.id in ("sales", "service"))


def test_shipped_prices_are_per_market_not_a_conversion():
    catalog = load_catalog()
    tiers = [t for h in catalog.hubs for t in h.tiers]
    # An exchange-rate multiply would give every tier the same ratio to its EUR price.
    for code in catalog.currencies:
        if code == "EUR":
            continue
        ratios = {Decimal(t.prices[code].monthly) / t.prices["EUR"].monthly for t in tiers}
        assert len(ratios) > 1, code


def test_shipped_prices_keep_a_no_saving_tier_and_mostly_savings():
    catalog = load_catalog()
    pairs = [t.prices["EUR"] for h in catalog.hubs for t in h.tiers]
    assert any(p.annual == p.monthly for p in pairs)
    assert sum(p.annual < p.monthly for p in pairs) > len(pairs) // 2


def test_prices_become_minor_units(tmp_path):
    data = copy.deepcopy(SHIPPED)
    prices = data["hubs"][0]["tiers"][0]["prices"]
    prices["EUR"] = {"monthly": "1234.56", "annual": "1000"}
    prices["JPY"] = {"monthly": "2900", "annual": 2400}  # a JSON number is also accepted
    catalog = load_catalog(_write(tmp_path, data))
    tier = catalog.tier("marketing", "starter")
    assert tier.prices["EUR"] == Price(monthly=123456, annual=100000)
    assert tier.prices["JPY"] == Price(monthly=2900, annual=2400)
    assert isinstance(tier.prices["EUR"].monthly, int)


def test_lookup_by_id_and_unknown_ids():
    catalog = load_catalog()
    assert catalog.tier("service", "professional").id == "professional"
    assert catalog.hub("sales").name_in("en") == "Sales Hub"
    with pytest.raises(KeyError):
        catalog.hub("finance")
    with pytest.raises(KeyError):
        catalog.tier("sales", "premium")


def _write(tmp_path: Path, data, name="catalog.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _refused(tmp_path, change) -> CatalogError:
    data = copy.deepcopy(SHIPPED)
    change(data)
    path = _write(tmp_path, data, "bad-catalog.json")
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    assert str(info.value).startswith(f"{path}: ")
    return info.value


def _set(*keys_and_value):
    *keys, last, value = keys_and_value

    def change(data):
        node = data
        for key in keys:
            node = node[key]
        node[last] = value

    return change


def _delete(*keys):
    *keys, last = keys

    def change(data):
        node = data
        for key in keys:
            node = node[key]
        del node[last]

    return change


T = ("hubs", 1, "tiers", 0)  # sales starter: hubs[1].tiers[0]


@pytest.mark.parametrize(
    "change, where, what",
    [
        (_set(*T, "prices", "EUR", "annual", "-5.00"), "hubs[1].tiers[0].prices.EUR.annual", "negative"),
        (_set(*T, "prices", "EUR", "annual", "19.999"), "hubs[1].tiers[0].prices.EUR.annual", "fraction of the smallest unit"),
        (_set(*T, "prices", "JPY", "monthly", "2400.5"), "hubs[1].tiers[0].prices.JPY.monthly", "JPY prices need whole number"),
        (_set(*T, "prices", "EUR", "monthly", "twenty"), "hubs[1].tiers[0].prices.EUR.monthly", "not a decimal number"),
        (_set(*T, "prices", "EUR", "monthly", "NaN"), "hubs[1].tiers[0].prices.EUR.monthly", "not a decimal number"),
        (_set(*T, "prices", "EUR", "monthly", True), "hubs[1].tiers[0].prices.EUR.monthly", "decimal string"),
        (_delete(*T, "prices", "GBP"), "hubs[1].tiers[0].prices.GBP", "every currency"),
        (_delete(*T, "prices", "GBP", "annual"), "hubs[1].tiers[0].prices.GBP", 'missing field "annual"'),
        (_set(*T, "prices", "SEK", {"monthly": "1", "annual": "1"}), "hubs[1].tiers[0].prices.SEK", "not in the catalog's"),
        (_set("currencies", 2, "XYZ"), "currencies[2]", '"XYZ" is not an ISO 4217 currency code'),
        (_set("currencies", 2, "EUR"), "currencies[2]", "listed twice"),
        (_set("currencies", 0, 978), "currencies[0]", "must be a currency code string"),
        (_set(*T, "intervals", 1, "weekly"), "hubs[1].tiers[0].intervals[1]", '"weekly" is not a billing interval'),
        (_set(*T, "intervals", []), "hubs[1].tiers[0].intervals", "must not be empty"),
        (_set(*T, "intervals", "monthly"), "hubs[1].tiers[0].intervals", "must be a list"),
        (_set(*T, "min_seats", 0), "hubs[1].tiers[0].min_seats", "at least 1"),
        (_set(*T, "min_seats", "3"), "hubs[1].tiers[0].min_seats", "whole number"),
        (_set("hubs", 0, "tiers", 0, "min_seats", 5), "hubs[0].tiers[0].min_seats", "not seat-based"),
        (_set(*T, "seat_based", "yes"), "hubs[1].tiers[0].seat_based", "true or false"),
        (_delete(*T, "self_serve"), "hubs[1].tiers[0]", 'missing field "self_serve"'),
        (_set(*T, "id", "professional"), "hubs[1].tiers[1].id", 'duplicate tier id "professional"'),
        (_set("hubs", 2, "id", "marketing"), "hubs[2].id", 'duplicate hub id "marketing"'),
        (_delete(*T, "name", "de"), "hubs[1].tiers[0].name", 'missing field "de"'),
        (_delete("hubs", 2, "name", "en"), "hubs[2].name", 'missing field "en"'),
        (_set(*T, "description", "de", ""), "hubs[1].tiers[0].description.de", "must not be empty"),
        (_set("hubs", 1, "tiers", ["starter"]), "hubs[1].tiers[0]", "must be an object"),
        (_delete("note"), "top level", 'missing field "note"'),
        (_delete("tax"), "top level", 'missing field "tax"'),
        (_set("tax", []), "tax", "must be an object"),
        (_delete("tax", "seller", "city"), "tax.seller", 'missing field "city"'),
        (_set("tax", "seller", "name", ""), "tax.seller.name", "must not be empty"),
        (_set("tax", "seller", "country", "XX"), "tax.seller.country", '"XX" is not one of the countries'),
        (_set("tax", "seller", "country", "FR"), "tax.rates_bp", 'missing the rate of the seller\'s country "FR"'),
        (_set("tax", "rates_bp", "DE", "19"), "tax.rates_bp.DE", "whole number"),
        (_set("tax", "rates_bp", "DE", 19.0), "tax.rates_bp.DE", "whole number"),
        (_set("tax", "rates_bp", "DE", -1), "tax.rates_bp.DE", "at least 0"),
        (_set("tax", "rates_bp", "DE", 10_001), "tax.rates_bp.DE", "at most 10000"),
        (_set("tax", "rates_bp", "de", 1900), "tax.rates_bp.de", '"de" is not one of the countries'),
    ],
)
def test_bad_catalog_names_file_place_and_problem(tmp_path, change, where, what):
    error = _refused(tmp_path, change)
    assert error.where == where
    assert what in error.what
    assert str(error) == f"{error.file}: {where}: {error.what}"


def test_example_message_from_the_architecture(tmp_path):
    error = _refused(tmp_path, _set(*T, "prices", "EUR", "annual", "1.005"))
    assert str(error).endswith(
        "bad-catalog.json: hubs[1].tiers[0].prices.EUR.annual: "
        "price 1.005 has a fraction of the smallest unit: EUR prices need at most 2 decimal places"
    )


def test_not_json(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"note": "x",\n  "currencies": [EUR]}', encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    assert str(info.value).startswith(f"{path}: line 2, column ")
    assert "not valid JSON" in str(info.value)


def test_top_level_not_an_object(tmp_path):
    with pytest.raises(CatalogError, match=r": top level: must be an object, not a list$"):
        load_catalog(_write(tmp_path, [1, 2]))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(CatalogError, match=r"nowhere\.json: no such file$"):
        load_catalog(tmp_path / "nowhere.json")
    with pytest.raises(CatalogError, match=r"is a folder"):
        load_catalog(tmp_path)


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"note": "Preisliste für Übungen"}'.encode("latin-1"))
    with pytest.raises(CatalogError, match=r"latin1\.json: is not UTF-8 text$"):
        load_catalog(path)


# -- numbers and sizes are bounded at load (issue 7, defect 8) -----------------

def _raw(tmp_path, text: str, name="bad-catalog.json") -> CatalogError:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    assert str(info.value).startswith(f"{path}: ")
    return info.value


def _shipped_text_with(old: str, new: str) -> str:
    """The shipped file's text with one JSON fragment replaced (to place raw numbers)."""
    text = json.dumps(SHIPPED, ensure_ascii=False)
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


EUR_MONTHLY = "hubs[0].tiers[0].prices.EUR.monthly"  # the first "monthly" in the file


@pytest.mark.parametrize(
    "number, what",
    [
        ("1" * 4301, "too large"),  # beyond Python's int-string limit: ValueError in json
        ("1" * 30, "too large"),
        ("123456789012345678901234567890.5", "too large"),  # 30 digits: InvalidOperation in pricing
        ("1e999999999", "too large"),
        ("0", "more than 0"),
        ("0.00", "more than 0"),
        ("-0", "more than 0"),
    ],
)
def test_a_price_written_as_a_json_number_is_bounded(tmp_path, number, what):
    error = _raw(tmp_path, _shipped_text_with('"monthly": "18.00"', f'"monthly": {number}'))
    assert error.where == EUR_MONTHLY
    assert what in error.what
    assert len(str(error)) < 300  # the 4,301 digits are not repeated back


@pytest.mark.parametrize(
    "price, what",
    [
        ("0", "more than 0"),
        ("0.00", "more than 0"),
        ("92233720368547758.08", "too large"),  # 2**63 cents: overflowed SQLite's INTEGER at commit
        ("10000000.01", "too large"),  # one cent above MAX_PRICE_MINOR
        ("123456789012345678901234567890", "too large"),
        ("1" * 5000, "too large"),
    ],
)
def test_a_price_string_is_positive_and_below_the_maximum(tmp_path, price, what):
    error = _refused(tmp_path, _set(*T, "prices", "EUR", "monthly", price))
    assert error.where == "hubs[1].tiers[0].prices.EUR.monthly"
    assert what in error.what
    assert len(str(error)) < 300


def test_the_maximum_price_itself_is_accepted(tmp_path):
    from wizard.core.catalog import MAX_PRICE_MINOR

    data = copy.deepcopy(SHIPPED)
    data["hubs"][1]["tiers"][0]["prices"]["EUR"]["monthly"] = "10000000.00"
    data["hubs"][1]["tiers"][0]["prices"]["JPY"]["monthly"] = str(MAX_PRICE_MINOR)
    tier = load_catalog(_write(tmp_path, data)).tier("sales", "starter")
    assert tier.prices["EUR"].monthly == MAX_PRICE_MINOR == 10**9
    assert tier.prices["JPY"].monthly == MAX_PRICE_MINOR
    # Even the largest price times the most seats for a year stays far from 2**63.
    from wizard.core.catalog import MAX_MIN_SEATS

    assert MAX_PRICE_MINOR * MAX_MIN_SEATS * 12 * 1000 < 2**63


@pytest.mark.parametrize(
    "value, what",
    [(10001, "at most 10000"), (10**40, "at most 10000"), ("1" * 4301, "too large")],
)
def test_min_seats_is_bounded(tmp_path, value, what):
    if isinstance(value, str):  # a raw JSON number too long for int()
        text = _shipped_text_with('"min_seats": 1', f'"min_seats": {value}')
        error = _raw(tmp_path, text)
        assert error.where == "hubs[0].tiers[0].min_seats"
    else:
        error = _refused(tmp_path, _set(*T, "min_seats", value))
        assert error.where == "hubs[1].tiers[0].min_seats"
    assert what in error.what


def test_a_huge_number_where_none_is_read_is_harmless(tmp_path):
    catalog = load_catalog(_write_raw(tmp_path, _shipped_text_with('"note": ', f'"remark": {"9" * 5000}, "note": ')))
    assert catalog.hubs


def _write_raw(tmp_path, text):
    path = tmp_path / "catalog.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_nesting_100000_deep_names_the_place(tmp_path, opening):
    error = _raw(tmp_path, '{"note": "x",\n "hubs": ' + opening * 100_000)
    assert "nested" in error.what
    assert error.where.startswith("line 2, column ")


@pytest.mark.parametrize(
    "change, where, what",
    [
        (_set(*T, "name", "en", "x" * 101), "hubs[1].tiers[0].name.en", "at most 100 characters"),
        (_set(*T, "description", "de", "x" * 1001), "hubs[1].tiers[0].description.de", "at most 1000 characters"),
        (_set("note", "x" * 1001), "note", "at most 1000 characters"),
        (_set(*T, "id", "x" * 65), "hubs[1].tiers[0].id", "at most 64 characters"),
        (_set(*T, "name", "en", "Sales\nStarter"), "hubs[1].tiers[0].name.en", "control character"),
        (_set(*T, "id", "star\u202eter"), "hubs[1].tiers[0].id", "control character"),
        (_set("currencies", 1, "U" * 10000), "currencies[1]", "is not an ISO 4217 currency code"),
        (_set(*T, "intervals", 0, "w" * 10000), "hubs[1].tiers[0].intervals[0]", "is not a billing interval"),
    ],
)
def test_strings_have_a_sane_length_and_no_control_characters(tmp_path, change, where, what):
    error = _refused(tmp_path, change)
    assert error.where == where
    assert what in error.what
    assert len(str(error)) < 300


def test_control_characters_from_the_file_are_not_echoed_raw(tmp_path):
    error = _refused(tmp_path, _set("currencies", 1, "\x1b[2J"))
    assert "\x1b" not in str(error)
    assert "\\u001b" in str(error)


def test_an_unpaired_surrogate_escape_is_refused(tmp_path):
    error = _raw(tmp_path, _shipped_text_with('"Sales Hub"', '"Sales \\ud800Hub"'))
    assert error.where == "hubs[1].name.en"
    assert str(error).encode("utf-8")  # printable: the surrogate is shown escaped


def test_a_file_far_too_large_is_refused_before_parsing(tmp_path):
    from wizard.core.catalog import MAX_FILE_BYTES

    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(CatalogError, match=r"huge\.json: is larger than"):
        load_catalog(path)


@pytest.mark.parametrize(
    "text",
    ['{"note": ' + "1" * 4301 + "}", '{"note": "x", "hubs": ' + "[" * 100_000],
)
def test_the_command_line_exits_2_with_one_line(tmp_path, text):
    """The issue's two tracebacks (exit 1) become one sentence and exit 2."""
    import os
    import subprocess
    import sys

    bad = tmp_path / "catalog.json"
    bad.write_text(text, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UPGRADE_WIZARD_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, str(root / "main.py"), "--catalog", str(bad)],
        cwd=root, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(bad) in result.stderr


def test_a_price_below_one_minor_unit_as_a_json_number_is_refused(tmp_path):
    """Found by hypothesis: 1e-999999999 underflowed to exactly 0 minor units and loaded as a price of 0."""
    data = copy.deepcopy(SHIPPED)
    data["hubs"][1]["tiers"][0]["prices"]["EUR"]["monthly"] = "PLACEHOLDER"
    path = _write_raw(tmp_path, json.dumps(data).replace('"PLACEHOLDER"', "1e-999999999"))
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    assert info.value.where == "hubs[1].tiers[0].prices.EUR.monthly"
    assert "fraction of the smallest unit" in info.value.what
