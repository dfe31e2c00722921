"""VAT for a business buyer, by the company's country. Plain Python, no Qt.

Prices are net. The rule (issue 10, "VAT, for a business buyer"), with the
seller and its rates from the catalog's `tax` section:

| buyer                                          | rate              | reason          |
| ---------------------------------------------- | ----------------- | --------------- |
| in the seller's country                        | the seller's rate | DOMESTIC        |
| in another EU country, with a valid VAT ID     | 0 %               | REVERSE_CHARGE  |
| in another EU country, without a valid VAT ID  | the seller's rate | EU_NO_VAT_ID    |
| outside the EU                                 | 0 %, no VAT       | OUTSIDE_EU      |

"Valid" is what can be checked offline (`vat.check_vat`: format and check
digits for the company's country); whether the number is registered needs
VIES, which is online. Rates are basis points (1900 = 19 %). ROUNDING: the VAT
amount is rounded to the nearest minor unit, an exact half up, as invoices
usually do: the integer form (2 * net * rate_bp + 10000) // 20000. Texts
(the reverse-charge note, "not taxable in Germany") belong to the UI, which
chooses them by `reason`.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from wizard.core import vat
from wizard.core.catalog import TaxTable

BP_PER_WHOLE = 10_000  # basis points in 100 %


class VatReason(Enum):
    DOMESTIC = "domestic"
    REVERSE_CHARGE = "reverse_charge"
    EU_NO_VAT_ID = "eu_no_vat_id"
    OUTSIDE_EU = "outside_eu"


@dataclass(frozen=True)
class Vat:
    net_minor: int
    rate_bp: int
    vat_minor: int
    reason: VatReason

    @property
    def total_minor(self) -> int:
        return self.net_minor + self.vat_minor


def has_valid_vat_id(vat_id: str | None, country: str) -> bool:
    """A VAT ID was given and passes the offline check for `country`."""
    return bool(vat_id and vat_id.strip()) and vat.check_vat(vat_id, country) is None


def vat_rule(
    seller_country: str, seller_rate_bp: int, buyer_country: str, buyer_vat_id_valid: bool
) -> tuple[int, VatReason]:
    """(rate in basis points, reason) for a business buyer; see the module's table."""
    if not buyer_country:
        raise ValueError("the buyer's country is needed for VAT")
    buyer = buyer_country.upper()
    if buyer == seller_country.upper():
        return seller_rate_bp, VatReason.DOMESTIC
    if not vat.is_eu(buyer):
        return 0, VatReason.OUTSIDE_EU
    if buyer_vat_id_valid:
        return 0, VatReason.REVERSE_CHARGE
    return seller_rate_bp, VatReason.EU_NO_VAT_ID


def vat_amount(net_minor: int, rate_bp: int) -> int:
    """net x rate, rounded to the nearest minor unit, an exact half up."""
    if not isinstance(net_minor, int) or isinstance(net_minor, bool) or net_minor < 0:
        raise ValueError(f"the net amount must be a whole number of minor units, at least 0, not {net_minor!r}")
    if not isinstance(rate_bp, int) or isinstance(rate_bp, bool) or not 0 <= rate_bp <= BP_PER_WHOLE:
        raise ValueError(f"the rate must be 0 to {BP_PER_WHOLE} basis points, not {rate_bp!r}")
    return (2 * net_minor * rate_bp + BP_PER_WHOLE) // (2 * BP_PER_WHOLE)


def vat_for(net_minor: int, *, tax: TaxTable, buyer_country: str, buyer_vat_id: str | None) -> Vat:
    """The VAT on a net amount for a company in `buyer_country` with `buyer_vat_id` (may be empty)."""
    country = tax.seller.country
    valid = bool(buyer_country) and has_valid_vat_id(buyer_vat_id, buyer_country.upper())
    rate, reason = vat_rule(country, tax.seller_rate_bp, buyer_country, valid)
    return Vat(net_minor=net_minor, rate_bp=rate, vat_minor=vat_amount(net_minor, rate), reason=reason)
