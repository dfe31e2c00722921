"""An order's receipt data, read from the ledger: the orders row, its licensed users, its card (brand
and last four only), with the seller of the catalog's tax section. No Qt.
"""
from __future__ import annotations

import datetime as dt

from wizard.core.catalog import product_name
from wizard.core.receipt import MONTHS, Party, ReceiptData, ReceiptLine, zero_vat_reason
from wizard.ledger.errors import LedgerError


def seller_of(catalog) -> Party:
    """The seller every receipt names: the catalog's `tax.seller` (a demo company, not a real one)."""
    seller = catalog.tax.seller
    return Party(name=seller.name, street=seller.street, postal_code=seller.postal_code,
                 city=seller.city, country=seller.country, vat_id=seller.vat_id)


def receipt_data(db, number: str, catalog=None) -> ReceiptData:
    """The receipt of order `number`; LedgerError with one sentence when the ledger has no such order.

    `catalog` names the product in the order's language and the seller (the shipped catalog when None).
    """
    if catalog is None:
        from wizard.core.catalog_loading import load_catalog

        catalog = load_catalog()
    row = next(iter(db.query(
        """SELECT o.*, pm.brand AS payment_brand, pm.last4 AS payment_last4
           FROM orders AS o LEFT JOIN payment_methods AS pm ON pm.id = o.payment_method_id
           WHERE o.number = ?""", [number])), None)
    if row is None:
        raise LedgerError(f"There is no order {number} in this ledger.")
    names = [r["name"] for r in db.query(
        """SELECT u.name FROM order_licenses AS ol JOIN users AS u ON u.id = ol.user_id
           WHERE ol.order_id = ? ORDER BY u.is_you DESC, u.name COLLATE NOCASE, u.id""", [row["id"]])]
    language = row["language"]
    months = MONTHS[row["interval"]]
    product = product_name(catalog, row["hub"], row["tier"], language)
    line = ReceiptLine(product=product, seats=int(row["seats"]), unit_price_minor=int(row["unit_price_minor"]),
                       months=months, amount_minor=int(row["seats"]) * int(row["unit_price_minor"]) * months)
    buyer = Party(name=row["company_name"], street=row["company_street"], postal_code=row["company_postal_code"],
                  city=row["company_city"], country=row["company_country"], vat_id=row["vat_id"] or "")
    seller = seller_of(catalog)
    common = dict(
        number=row["number"], language=language, currency=row["currency"], seller=seller, buyer=buyer,
        created_at=dt.datetime.fromisoformat(row["created_at"]).astimezone(dt.timezone.utc), lines=(line,),
        card_brand=row["payment_brand"] or "", card_last4=row["payment_last4"] or "", interval=row["interval"],
        next_charge_date=dt.date.fromisoformat(row["next_charge_date"]), licensed_user_names=tuple(names),
    )
    if not _has_charges(row):  # written before the charges were recorded: the line is the total
        return ReceiptData(**common, subtotal_minor=line.amount_minor, total_minor=int(row["amount_due_minor"]))
    net, credit, rate = int(row["net_minor"]), int(row["credit_minor"] or 0), row["vat_rate_bp"]
    return ReceiptData(
        **common, subtotal_minor=net - credit, total_minor=int(row["amount_due_minor"]), credit_minor=credit,
        vat_rate_bp=rate, vat_minor=row["vat_minor"], zero_vat_reason=zero_vat_reason(rate, seller, buyer),
        refund_minor=int(row["refund_minor"] or 0), refund_currency=row["refund_currency"] or "",
    )


def _has_charges(row) -> bool:
    """The order's hash covers its charges (chain version 2, chain.py): only then are they the purchase's."""
    return (row.get("chain_version") or 1) >= 2 and row.get("net_minor") is not None
