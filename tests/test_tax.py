"""VAT for a business buyer (core/tax.py): the rules table, the rounding, and the catalog's tax section."""
from __future__ import annotations

import dataclasses

import pytest

from wizard.core.catalog import Seller, TaxTable
from wizard.core.catalog_loading import load_catalog
from wizard.core.tax import Vat, VatReason, has_valid_vat_id, vat_amount, vat_for, vat_rule

DE_SELLER = TaxTable(
    seller=Seller(name="Demo GmbH", street="Musterstraße 1", postal_code="10115", city="Berlin", country="DE"),
    rates_bp={"DE": 1900},
)
VALID_FR = "FR40303265045"
BAD_FR = "FR41303265045"  # a wrong check digit


@pytest.mark.parametrize(
    "country, vat_id, rate_bp, vat_minor, reason",
    [
        ("DE", "DE136695976", 1900, 1_900, VatReason.DOMESTIC),
        ("DE", "", 1900, 1_900, VatReason.DOMESTIC),  # the seller's country pays its rate, VAT ID or not
        ("FR", VALID_FR, 0, 0, VatReason.REVERSE_CHARGE),
        ("FR", "FR 40 303 265 045", 0, 0, VatReason.REVERSE_CHARGE),  # typed with spaces
        ("FR", "", 1900, 1_900, VatReason.EU_NO_VAT_ID),
        ("FR", None, 1900, 1_900, VatReason.EU_NO_VAT_ID),
        ("FR", BAD_FR, 1900, 1_900, VatReason.EU_NO_VAT_ID),
        ("FR", "DE136695976", 1900, 1_900, VatReason.EU_NO_VAT_ID),  # another country's ID
        ("AT", "ATU13585627", 0, 0, VatReason.REVERSE_CHARGE),
        ("CH", "CHE-116.281.710 MWST", 0, 0, VatReason.OUTSIDE_EU),
        ("CH", "", 0, 0, VatReason.OUTSIDE_EU),
        ("US", "12-3456789", 0, 0, VatReason.OUTSIDE_EU),
        ("GB", "", 0, 0, VatReason.OUTSIDE_EU),  # not in the EU since 2020
        ("NO", "", 0, 0, VatReason.OUTSIDE_EU),
    ],
)
def test_the_rules_table(country, vat_id, rate_bp, vat_minor, reason):
    vat = vat_for(10_000, tax=DE_SELLER, buyer_country=country, buyer_vat_id=vat_id)
    assert vat == Vat(net_minor=10_000, rate_bp=rate_bp, vat_minor=vat_minor, reason=reason)
    assert vat.total_minor == 10_000 + vat_minor


def test_the_rule_itself_takes_the_sellers_country_and_rate():
    assert vat_rule("AT", 2000, "AT", False) == (2000, VatReason.DOMESTIC)
    assert vat_rule("AT", 2000, "DE", True) == (0, VatReason.REVERSE_CHARGE)
    assert vat_rule("AT", 2000, "DE", False) == (2000, VatReason.EU_NO_VAT_ID)
    assert vat_rule("AT", 2000, "JP", True) == (0, VatReason.OUTSIDE_EU)
    assert vat_rule("DE", 1900, "fr", True) == (0, VatReason.REVERSE_CHARGE)  # lower case codes too
    with pytest.raises(ValueError, match="country"):
        vat_rule("DE", 1900, "", False)


def test_valid_vat_id_is_the_offline_check_for_the_buyers_country():
    assert has_valid_vat_id(VALID_FR, "FR")
    assert not has_valid_vat_id(BAD_FR, "FR")
    assert not has_valid_vat_id("   ", "FR")
    assert not has_valid_vat_id(None, "FR")
    assert not has_valid_vat_id(VALID_FR, "DE")


@pytest.mark.parametrize(
    "net, rate, expected",
    [
        (10_000, 1900, 1_900),
        (1, 1900, 0),  # 0.19 -> 0
        (50, 1900, 10),  # 9.5 -> 10: an exact half rounds up
        (150, 700, 11),  # 10.5 -> 11
        (149, 700, 10),  # 10.43 -> 10
        (7_623, 1900, 1_448),  # 1448.37 -> 1448
        (0, 1900, 0),
        (2_900, 1000, 290),  # JPY: whole yen
        (12_345, 0, 0),
        (10**9 * 10_000 * 12, 1900, 10**9 * 10_000 * 12 * 19 // 100),  # the catalog's largest order, exactly
    ],
)
def test_vat_rounding_to_the_nearest_minor_unit_half_up(net, rate, expected):
    assert vat_amount(net, rate) == expected


def test_bad_amounts_and_rates_are_refused():
    for net in (-1, 1.5, True):
        with pytest.raises(ValueError, match="net amount"):
            vat_amount(net, 1900)
    for rate in (-1, 10_001, 19.0):
        with pytest.raises(ValueError, match="rate"):
            vat_amount(100, rate)


def test_the_result_is_frozen():
    vat = vat_for(100, tax=DE_SELLER, buyer_country="DE", buyer_vat_id="")
    with pytest.raises(dataclasses.FrozenInstanceError):
        vat.rate_bp = 0


def test_the_shipped_catalog_has_the_german_demo_seller_at_19_percent():
    tax = load_catalog().tax
    assert tax.seller.country == "DE" and tax.seller_rate_bp == 1900
    assert all((tax.seller.name, tax.seller.street, tax.seller.postal_code, tax.seller.city))
    assert vat_for(30_000, tax=tax, buyer_country="DE", buyer_vat_id="").vat_minor == 5_700
