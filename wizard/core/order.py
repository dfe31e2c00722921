"""The order: what was chosen (Selection), what it costs (Order), what is recorded (Purchase -> Receipt).

Plain Python, no Qt. The wizard reads its fields into a Selection in one place
(`UpgradeWizard.order()`) and prices it here; the pages, the commit and whatever
grades, prints or wipes an order later read that Order instead of the fields.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from wizard.core.cards import CardDetails
from wizard.core.catalog import Catalog, Hub, Tier
from wizard.core.pricing import Quote, quote

# The payment method of a card typed on the payment page; any other value is a saved method's id.
NEW_CARD = "new"


@dataclass(frozen=True)
class Company:
    """The company the order is billed to, as entered (stripped of outer spaces; "" where left empty)."""

    name: str
    street: str
    postal_code: str
    city: str
    country: str  # ISO 3166 code, e.g. "DE"
    vat_id: str


@dataclass(frozen=True)
class Selection:
    """Everything chosen for one order, not yet priced. Empty strings: not chosen yet."""

    hub: str = ""
    tier: str = ""
    currency: str = ""
    interval: str = "monthly"
    licensed_user_ids: tuple[str, ...] = ()  # in the account's user order
    payment_method: str = ""  # a saved method's id, NEW_CARD, or "" while none is chosen
    share_card: bool = False  # "Share this credit card with other admins", for a new or a saved card
    # The card the order is paid with as it may be shown: brand id and last four digits
    # (of the new card as typed, or of the saved method). Never the number itself.
    card_brand: str = ""
    card_last4: str = ""
    company: Company | None = None  # None until the company's details are read


@dataclass(frozen=True)
class Purchase:
    """One purchase as the ledger records it (the orders row, its licenses, the card to save).

    No card number and no CVC: a new card arrives as the CardDetails the payment
    page's fields were turned into.
    """

    account_id: str
    desk: str
    hub: str
    tier: str
    interval: str
    currency: str
    seats: int
    unit_price_minor: int
    amount_due_minor: int
    next_charge_date: date
    language: str
    mode: str
    licensed_user_ids: tuple[str, ...]
    payment_method_id: str | None  # a saved method, or None with new_card
    new_card: CardDetails | None
    company_name: str
    company_street: str
    company_postal_code: str
    company_city: str
    company_country: str
    vat_id: str
    # Share the card with the account's other admins. None leaves a saved method's
    # sharing as it is (and a card saved for the first time unshared).
    share_card: bool | None = None


@dataclass(frozen=True)
class Receipt:
    """What the ledger answers for a recorded purchase."""

    order_id: str
    number: str  # "D01-000042": the desk and its gap-free sequence
    created_at: str


@dataclass(frozen=True)
class Order:
    """A selection priced against the catalog: what every page shows and the commit records."""

    selection: Selection
    hub: Hub
    tier: Tier
    quote: Quote | None  # None for a contact-sales tier: it is sold through a lead, not bought here
    seats: int  # licensed users for a seat-based tier, else 1 (the whole account)

    @property
    def licensed_user_ids(self) -> tuple[str, ...]:
        return self.selection.licensed_user_ids

    @property
    def pays_with_new_card(self) -> bool:
        return self.selection.payment_method == NEW_CARD

    def product_name(self, language: str) -> str:
        """ "Sales Hub Professional" in `language`."""
        return f"{self.hub.name_in(language)} {self.tier.name_in(language)}"

    def purchase(
        self, *, account_id: str, desk: str, mode: str, language: str, card: CardDetails | None
    ) -> Purchase:
        """The Purchase to record; `card` is the new card's details (None for a saved method).

        ValueError with a sentence when the order cannot be bought as it stands,
        among them a card other than the one the order was shown with: a changed
        card is refused, never recorded unseen.
        """
        chosen = self.selection
        if self.quote is None:
            raise ValueError(f"{chosen.hub} {chosen.tier} is sold through sales, not bought here")
        if not chosen.payment_method:
            raise ValueError("no payment method was chosen")
        if chosen.company is None:
            raise ValueError("the company's details are missing")
        if self.pays_with_new_card:
            if card is None:
                raise ValueError("a new card was chosen, but no card details were given")
            if (card.brand, card.last4) != (chosen.card_brand, chosen.card_last4):
                raise ValueError("the card was changed after the order was made")
        elif card is not None:
            raise ValueError("a saved payment method was chosen, so no new card details belong here")
        q, company = self.quote, chosen.company
        return Purchase(
            account_id=account_id, desk=desk, language=language, mode=mode,
            hub=q.hub, tier=q.tier, interval=q.interval, currency=q.currency, seats=q.seats,
            unit_price_minor=q.unit_price_minor, amount_due_minor=q.amount_due_minor,
            next_charge_date=q.next_charge_date, licensed_user_ids=self.licensed_user_ids,
            payment_method_id=None if self.pays_with_new_card else chosen.payment_method,
            new_card=card, share_card=chosen.share_card,
            company_name=company.name, company_street=company.street, company_postal_code=company.postal_code,
            company_city=company.city, company_country=company.country, vat_id=company.vat_id,
        )


def price(selection: Selection, catalog: Catalog, *, today: date) -> Order | None:
    """The selection priced, or None while it is incomplete.

    Incomplete: no hub or tier yet; for a tier bought here, no currency yet, an
    interval the tier does not offer (until the billing page has picked one),
    or fewer licensed users than the tier needs (at least one). A contact-sales
    tier gives an Order without a quote. An unknown hub, tier or currency is a
    mistake of the caller: KeyError or ValueError, as the catalog and pricing.quote say.
    """
    if not selection.hub or not selection.tier:
        return None
    hub = catalog.hub(selection.hub)
    tier = hub.tier(selection.tier)
    if not tier.seat_based:
        # Users ticked for a seat-based tier chosen earlier do not belong to this order.
        selection = replace(selection, licensed_user_ids=())
    seats = len(selection.licensed_user_ids) if tier.seat_based else 1
    if not tier.self_serve:
        return Order(selection=selection, hub=hub, tier=tier, quote=None, seats=seats)
    if not selection.currency or selection.interval not in tier.intervals or seats < max(1, tier.min_seats):
        return None
    priced = quote(catalog, hub.id, tier.id, selection.currency, selection.interval, seats, today=today)
    return Order(selection=selection, hub=hub, tier=tier, quote=priced, seats=priced.seats)
