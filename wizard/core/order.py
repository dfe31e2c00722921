"""The order: what was chosen (Selection), what it costs (Order), what is recorded (Purchase -> Receipt).

Plain Python, no Qt. The wizard reads its fields into a Selection in one place
(`UpgradeWizard.order()`) and prices it here; the pages, the commit and whatever
grades, prints or wipes an order later read that Order instead of the fields.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from wizard.core.account import Subscription
from wizard.core.cards import CardDetails
from wizard.core.catalog import Catalog, Hub, Tier
from wizard.core.charges import Charges, charges_for
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
    # Seats bought without naming every holder (a kiosk visitor's stepper): at least as many as the
    # licensed users. 0: as many seats as licensed users, the account's users being known.
    seats: int = 0
    # (name, e-mail) of the seats' holders named for an account still to be made (a kiosk visitor's new
    # account), the visitor first; they get user ids only as the account is recorded.
    seat_holders: tuple[tuple[str, str], ...] = ()


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
    amount_due_minor: int  # what is charged today: total_minor
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
    # The charges (core/charges.py); None for a purchase made without them (tests, older callers):
    # then net = total = amount_due_minor, no credit, and no VAT recorded.
    net_minor: int | None = None
    credit_minor: int = 0
    vat_rate_bp: int | None = None
    vat_minor: int | None = None
    total_minor: int | None = None
    # The current plan's unused part, refunded in its own (other) currency, not netted.
    refund_minor: int = 0
    refund_currency: str = ""


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
    seats: int  # seats of a seat-based tier (see price()), else 1 (the whole account)
    current: Subscription | None = None  # the paid plan in this hub the order replaces
    charges: Charges | None = None  # with the quote: net, credit, VAT and total

    @property
    def is_upgrade(self) -> bool:
        """The order replaces a paid plan the account holds in this hub."""
        return self.current is not None

    @property
    def is_downgrade(self) -> bool:
        """A lower tier than the current plan's: not self-serve, it leads to contact sales."""
        return is_downgrade(self.hub, self.tier.id, self.current)

    @property
    def payable(self) -> bool:
        """Everything is known and something is due today: the order can be completed here.

        Nothing due (the credit covers the new charge: the same plan again, or
        fewer seats) is a change a renewal makes, not a purchase.
        """
        return self.charges is not None and bool(self.charges.total_minor)

    @property
    def licensed_user_ids(self) -> tuple[str, ...]:
        return self.selection.licensed_user_ids

    def licensed_names(self, users) -> tuple[str, ...]:
        """Who holds the seats, by name: the licensed users among `users` (the account's, core.account.User),
        or the holders named for an account still to be made; () for a tier not licensed per user."""
        if not self.tier.seat_based:
            return ()
        if self.licensed_user_ids:
            names = {user.id: user.name for user in users}
            return tuple(names.get(user_id, user_id) for user_id in self.licensed_user_ids)
        return tuple(name for name, _email in self.selection.seat_holders if name)

    @property
    def pays_with_new_card(self) -> bool:
        return self.selection.payment_method == NEW_CARD

    def product_name(self, language: str) -> str:
        """ "Sales Hub Professional" in `language`."""
        return f"{self.hub.name_in(language)} {self.tier.name_in(language)}"

    def purchase(
        self, *, account_id: str, desk: str, mode: str, language: str, card: CardDetails | None,
        licensed_user_ids: tuple[str, ...] | None = None,
    ) -> Purchase:
        """The Purchase to record; `card` is the new card's details (None for a saved method).

        `licensed_user_ids`: who holds the seats when they are known only now (a kiosk visitor's
        new account: its users get their ids as it is recorded); None: the selection's.

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
        if self.charges is None or self.charges.total_minor is None:
            raise ValueError("the VAT is not known: the company's country is missing")
        if not self.charges.total_minor:
            raise ValueError("nothing is due today: this change is not a purchase")
        if self.pays_with_new_card:
            if card is None:
                raise ValueError("a new card was chosen, but no card details were given")
            if (card.brand, card.last4) != (chosen.card_brand, chosen.card_last4):
                raise ValueError("the card was changed after the order was made")
        elif card is not None:
            raise ValueError("a saved payment method was chosen, so no new card details belong here")
        q, company, c = self.quote, chosen.company, self.charges
        return Purchase(
            account_id=account_id, desk=desk, language=language, mode=mode,
            hub=q.hub, tier=q.tier, interval=q.interval, currency=q.currency, seats=q.seats,
            unit_price_minor=q.unit_price_minor, amount_due_minor=c.total_minor,
            net_minor=c.net_minor, credit_minor=c.credit_minor, vat_rate_bp=c.vat_rate_bp, vat_minor=c.vat_minor,
            total_minor=c.total_minor, refund_minor=c.refund_minor, refund_currency=c.refund_currency,
            next_charge_date=q.next_charge_date,
            licensed_user_ids=self.licensed_user_ids if licensed_user_ids is None else tuple(licensed_user_ids),
            payment_method_id=None if self.pays_with_new_card else chosen.payment_method,
            new_card=card, share_card=chosen.share_card,
            company_name=company.name, company_street=company.street, company_postal_code=company.postal_code,
            company_city=company.city, company_country=company.country, vat_id=company.vat_id,
        )


def is_downgrade(hub: Hub, tier_id: str, current: Subscription | None) -> bool:
    """`tier_id` ranks below the current plan's tier (the catalog lists a hub's tiers from the lowest)."""
    if current is None:
        return False
    ranks = [t.id for t in hub.tiers]
    return current.tier in ranks and ranks.index(tier_id) < ranks.index(current.tier)


def price(
    selection: Selection, catalog: Catalog, *, today: date, current: Subscription | None = None
) -> Order | None:
    """The selection priced, or None while it is incomplete.

    `current`: the account's plan in the selection's hub, if any; a paid one is
    credited (core/charges.py), and a tier below it is sold through sales.
    Incomplete: no hub or tier yet; for a tier bought here, no currency yet, an
    interval the tier does not offer (until the billing page has picked one),
    or fewer seats than the tier needs (at least one). The seats are the licensed
    users, or `selection.seats` when it is set (no fewer than them). A contact-sales
    tier gives an Order without a quote. An unknown hub, tier or currency is a
    mistake of the caller: KeyError or ValueError, as the catalog and pricing.quote say.
    """
    if not selection.hub or not selection.tier:
        return None
    hub = catalog.hub(selection.hub)
    tier = hub.tier(selection.tier)
    if current is not None and (current.hub != hub.id or current.unit_price_minor <= 0):
        current = None  # only a paid plan in this hub is replaced and credited
    if not tier.seat_based:
        # Users ticked for a seat-based tier chosen earlier do not belong to this order.
        selection = replace(selection, licensed_user_ids=())
    if not tier.seat_based:
        seats = 1
    elif selection.seats:
        seats = max(selection.seats, len(selection.licensed_user_ids))
    else:
        seats = len(selection.licensed_user_ids)
    if not tier.self_serve or is_downgrade(hub, tier.id, current):
        return Order(selection=selection, hub=hub, tier=tier, quote=None, seats=seats, current=current)
    if not selection.currency or selection.interval not in tier.intervals or seats < max(1, tier.min_seats):
        return None
    priced = quote(catalog, hub.id, tier.id, selection.currency, selection.interval, seats, today=today)
    company = selection.company
    charged = charges_for(
        net_minor=priced.amount_due_minor, currency=priced.currency, current=current, today=today, tax=catalog.tax,
        buyer_country=company.country if company else "", buyer_vat_id=company.vat_id if company else "",
    )
    return Order(selection=selection, hub=hub, tier=tier, quote=priced, seats=priced.seats, current=current,
                 charges=charged)
