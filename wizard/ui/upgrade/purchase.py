"""Turns the wizard's fields into the ledger's Purchase (the one place that knows both)."""
from __future__ import annotations

from dataclasses import asdict


def build_purchase(wizard):
    from wizard.core.cards import fingerprint_key, validate_card
    from wizard.ledger import NewCard, Purchase

    session = wizard.session
    tier = wizard.tier()
    licensed = tuple(wizard.field("licensed_users") or ()) if tier.seat_based else ()
    quote = wizard.quote()
    new_card = None
    method = wizard.field("payment_method")
    if method == "new":
        details, problems = validate_card(
            wizard.field("card_number"),
            wizard.field("card_expiry"),
            wizard.field("card_cvc"),
            wizard.field("card_holder"),
            today=session.today(),
            key=fingerprint_key(),
        )
        if problems:
            raise ValueError("the card was changed after it was checked")
        # CardDetails carries exactly what the ledger may keep; the number and CVC stay behind.
        new_card = NewCard(**asdict(details), shared_with_admins=bool(wizard.field("share_card")))
    return Purchase(
        account_id=session.account_id,
        desk=session.desk,
        hub=quote.hub,
        tier=quote.tier,
        interval=quote.interval,
        currency=quote.currency,
        seats=quote.seats,
        unit_price_minor=quote.unit_price_minor,
        amount_due_minor=quote.amount_due_minor,
        next_charge_date=quote.next_charge_date,
        language=session.language,
        mode=session.mode,
        licensed_user_ids=licensed,
        payment_method_id=None if method == "new" else method,
        new_card=new_card,
        company_name=wizard.field("company_name").strip(),
        company_street=wizard.field("company_street").strip(),
        company_postal_code=wizard.field("company_postal_code").strip(),
        company_city=wizard.field("company_city").strip(),
        company_country=wizard.field("company_country"),
        vat_id=(wizard.field("vat_id") or "").strip(),
        share_saved_method=None if method == "new" else bool(wizard.field("share_card")),
    )
