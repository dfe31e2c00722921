"""The presenter's jumps: to a section of the account window or a step of the wizard, with a sensible order.

A step of the wizard is reached the way a person reaches it: the wizard the
account window opens (`shell.open_upgrade`), the fields each earlier page
needs, then Next, so every page's `initializePage` runs and the order panel,
the review's snapshot and the funnel events are what a real visit makes. What
the presenter already chose is kept where it leads to the step; only what is
missing, or leads elsewhere (a tier without the licenses step, a contact-sales
tier on the way to the review), is replaced by the demo order (`demo_choice`).

Nothing here is written to the ledger: the confirmation (it needs a purchase)
and "Request sent" (it needs a lead) are no jump targets.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication, QWidget

from wizard.core.order import is_downgrade
from wizard.ui.shell.window import SECTIONS
from wizard.ui.upgrade.fields import PageId, default_currency

CONTEXT = "Presenter"  # the translation context of the targets' labels


@dataclass(frozen=True)
class Target:
    kind: str  # "section" (the account window's) or "step" (the wizard's)
    name: str  # the section's name (shell.window.SECTIONS) or the step's PageId name in lower case
    label: str  # English source, translated in CONTEXT

    @property
    def page_id(self) -> PageId | None:
        return PageId[self.name.upper()] if self.kind == "step" else None


SECTION_TARGETS = (
    Target("section", "home", QT_TRANSLATE_NOOP("Presenter", "Home")),
    Target("section", "products", QT_TRANSLATE_NOOP("Presenter", "Products & Add-ons")),
    Target("section", "users", QT_TRANSLATE_NOOP("Presenter", "Users & Teams")),
    Target("section", "billing", QT_TRANSLATE_NOOP("Presenter", "Account & Billing")),
)
STEP_TARGETS = (
    Target("step", "product", QT_TRANSLATE_NOOP("Presenter", "Product")),
    Target("step", "currency", QT_TRANSLATE_NOOP("Presenter", "Currency")),
    Target("step", "billing", QT_TRANSLATE_NOOP("Presenter", "Billing interval")),
    Target("step", "licenses", QT_TRANSLATE_NOOP("Presenter", "User licenses")),
    Target("step", "payment", QT_TRANSLATE_NOOP("Presenter", "Payment")),
    Target("step", "review", QT_TRANSLATE_NOOP("Presenter", "Review order")),
    Target("step", "contact_sales", QT_TRANSLATE_NOOP("Presenter", "Contact sales")),
)
TARGETS = SECTION_TARGETS + STEP_TARGETS
if tuple(t.name for t in SECTION_TARGETS) != SECTIONS:  # pragma: no cover - a section added without its jump
    raise ImportError("the presenter's SECTION_TARGETS differ from the account window's SECTIONS")


def target(name: str) -> Target:
    """The target called `name`: a section ("home", ...) or "step:<page>" ("step:review")."""
    kind, _, rest = name.rpartition(":")
    for candidate in TARGETS:
        if candidate.name == rest and candidate.kind == (kind or "section"):
            return candidate
    raise ValueError(f"unknown jump target {name!r}")


# A purchase that passes every step (a seat-based tier has the licenses step) and is an upgrade of the
# demo account's Sales Starter plan; the others when the catalog or the account's plans rule it out.
PURCHASE_TIERS = (("sales", "professional"), ("service", "professional"), ("marketing", "professional"),
                  ("sales", "starter"), ("marketing", "starter"))
LEAD_TIERS = (("sales", "enterprise"), ("marketing", "enterprise"), ("service", "enterprise"))


@dataclass(frozen=True)
class Choice:
    """The demo order a jump fills in where the presenter has chosen nothing that leads to the step."""

    hub: str
    tier: str
    currency: str
    interval: str
    licensed_users: tuple[str, ...]
    payment_method: str  # a saved card's id; "" when the account has none that is valid


def _tier_or_none(catalog, hub: str, tier: str):
    try:
        return catalog.tier(hub, tier)
    except KeyError:
        return None


def _buyable(session, hub: str, tier_id: str) -> bool:
    tier = _tier_or_none(session.catalog, hub, tier_id)
    if tier is None or not tier.self_serve:
        return False
    current = session.subscriptions.get(hub)
    if current is not None and current.tier == tier_id:
        return False  # the same plan again has nothing due
    paid = current if current is not None and current.unit_price_minor > 0 else None
    return not is_downgrade(session.catalog.hub(hub), tier_id, paid)


def seat_holders(session, hub: str, minimum: int = 1) -> tuple[str, ...]:
    """The users holding a seat in `hub` now ("you" when nobody does), topped up to `minimum` in list order."""
    users = session.users
    chosen = [u.id for u in users if u.holds_seat_in(hub)] or [u.id for u in users if u.is_you][:1]
    chosen += [u.id for u in users if u.id not in chosen][: max(0, minimum - len(chosen))]
    return tuple(chosen)


def demo_choice(session) -> Choice:
    """Sales Hub Professional (else the first buyable of PURCHASE_TIERS), in the account's currency, monthly,
    the hub's current seat holders, the first saved card that has not expired."""
    catalog = session.catalog
    hub, tier_id = next(((h, t) for h, t in PURCHASE_TIERS if _buyable(session, h, t)), PURCHASE_TIERS[0])
    tier = _tier_or_none(catalog, hub, tier_id)
    account = session.account
    currency = account.currency if account is not None and account.currency in catalog.currencies else ""
    interval = "monthly" if tier is None or "monthly" in tier.intervals else tier.intervals[0]
    today = session.today()
    card = next((m.id for m in session.payment_methods if not m.expired(today)), "")
    minimum = tier.min_seats if tier is not None and tier.seat_based else 1
    return Choice(hub=hub, tier=tier_id, currency=currency or default_currency(session), interval=interval,
                  licensed_users=seat_holders(session, hub, minimum), payment_method=card)


def lead_tier(session) -> tuple[str, str]:
    """A contact-sales tier for the contact-sales step (Sales Hub Enterprise in the shipped catalog)."""
    for hub, tier_id in LEAD_TIERS:
        tier = _tier_or_none(session.catalog, hub, tier_id)
        if tier is not None and not tier.self_serve:
            return hub, tier_id
    for hub in session.catalog.hubs:
        for tier in hub.tiers:
            if not tier.self_serve:
                return hub.id, tier.id
    raise LookupError("the catalog has no contact-sales tier")


class JumpFailed(RuntimeError):
    """A step could not be reached (a page that stays incomplete with the demo order)."""


def jump(shell, where: Target) -> QWidget:
    """Show `where` in the account window `shell` (its wizard for a step) and return the section or page."""
    wizard = open_wizard(shell)
    if wizard is None and shell.upgrade_wizard is not None and shell.upgrade_wizard.isVisible():
        shell.upgrade_wizard.close()  # on its confirmation or "Request sent": that visit is over
    if where.kind == "section":
        if wizard is not None:
            wizard.reject()  # the wizard is left as a visitor leaves it (an abandon in the funnel)
        section = shell.open_section(where.name)
        shell.raise_()
        shell.activateWindow()
        QApplication.processEvents()
        return section
    if wizard is None:
        choice = demo_choice(shell.session)
        wizard = shell.open_upgrade(hub=choice.hub, tier=choice.tier, users=list(choice.licensed_users))
    go_to_step(wizard, where.page_id)
    wizard.raise_()
    wizard.activateWindow()
    return wizard.currentPage()


def open_wizard(shell):
    """The wizard the account window shows, or None (none open, or it was closed or finished)."""
    wizard = getattr(shell, "upgrade_wizard", None)
    if wizard is None or not wizard.isVisible() or wizard.receipt is not None or wizard.lead_id is not None:
        return None
    return wizard


def go_to_step(wizard, want: PageId) -> None:
    """Back to `want` when the wizard passed it, else from the first page forwards, filling in on the way."""
    if want in wizard.visitedIds():
        while wizard.currentId() != want:
            wizard.back()
        QApplication.processEvents()
        return
    while wizard.currentId() != PageId.PRODUCT and wizard.visitedIds():
        wizard.back()
    choice = demo_choice(wizard.session)
    for _ in range(len(PageId)):
        current = wizard.currentId()
        if current == want:
            QApplication.processEvents()
            return
        _fill(wizard, PageId(current), want, choice)
        wizard.next()
        QApplication.processEvents()
        if wizard.currentId() == current:
            break
    raise JumpFailed(f"stuck on {PageId(wizard.currentId()).name.lower()} on the way to {want.name.lower()}")


def _leads_to(wizard, want: PageId) -> bool:
    """The product page's choice leads to `want` (the licenses step needs a seat-based tier)."""
    tier = wizard.tier()
    if tier is None:
        return False
    to_sales = wizard.nextId() == PageId.CONTACT_SALES
    if want == PageId.CONTACT_SALES:
        return to_sales
    return not to_sales and (want != PageId.LICENSES or tier.seat_based)


def _fill(wizard, page_id: PageId, want: PageId, choice: Choice) -> None:
    """What `page_id` needs to go on towards `want`, where the presenter has not chosen it."""
    session = wizard.session
    page = wizard.page(page_id)
    if page_id == PageId.PRODUCT and not _leads_to(wizard, want):
        hub, tier = lead_tier(session) if want == PageId.CONTACT_SALES else (choice.hub, choice.tier)
        wizard.setField("hub", hub)
        wizard.setField("tier", tier)
        if want != PageId.CONTACT_SALES:
            wizard.setField("licensed_users", list(choice.licensed_users))
    elif page_id == PageId.CURRENCY and not wizard.field("currency"):
        wizard.setField("currency", choice.currency)
    elif page_id == PageId.BILLING and not wizard.field("interval"):
        wizard.setField("interval", choice.interval)
    elif page_id == PageId.LICENSES and not page.isComplete():
        tier = wizard.tier()
        wizard.setField("licensed_users", list(seat_holders(session, wizard.field("hub"), tier.min_seats)))
    elif page_id == PageId.PAYMENT and not wizard.field("payment_method") and choice.payment_method:
        wizard.setField("payment_method", choice.payment_method)
    QApplication.processEvents()
