"""The upgrade wizard: assembles the pages, branches between them, commits the purchase once."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWizard

from wizard.core.catalog import Tier
from wizard.ui.kit.language_button import LanguageButton, language_button_text
from wizard.ui.session import Session
from wizard.ui.upgrade.fields import SECRET_FIELDS, PageId

if TYPE_CHECKING:  # the order module is loaded after the first paint
    from wizard.core.order import Order


# The pages beside which the order panel shows: from the currency step to the review. Not the product
# page (nothing priced yet), not contact sales (no price), not the confirmation (it says what was charged;
# a panel still saying "Due today" there would be wrong).
PANEL_PAGES = frozenset({PageId.CURRENCY, PageId.BILLING, PageId.LICENSES, PageId.PAYMENT, PageId.REVIEW})


REMAINING_PAGES = (PageId.CURRENCY, PageId.BILLING, PageId.LICENSES, PageId.PAYMENT, PageId.REVIEW,
                   PageId.CONFIRMATION, PageId.CONTACT_SALES, PageId.LEAD_SENT)  # after the product page


def _page_class(page_id: PageId):
    """The page class of `page_id` after the product page, imported when first needed (after the first paint)."""
    from wizard.ui.upgrade.pages import billing, confirmation, contact_sales, currency, licenses, payment, review

    return {
        PageId.CURRENCY: currency.CurrencyPage, PageId.BILLING: billing.BillingPage,
        PageId.LICENSES: licenses.LicensesPage, PageId.PAYMENT: payment.PaymentPage,
        PageId.REVIEW: review.ReviewPage, PageId.CONFIRMATION: confirmation.ConfirmationPage,
        PageId.CONTACT_SALES: contact_sales.ContactSalesPage, PageId.LEAD_SENT: contact_sales.LeadSentPage,
    }[page_id]


class UpgradeWizard(QWizard):
    # A field of the order changed (product, currency, interval, licensed users): order() may differ.
    orderChanged = Signal()

    def __init__(self, session: Session, parent=None, *, all_pages: bool = True) -> None:
        """`all_pages=False` builds only the first page; `add_remaining_pages()` adds the rest
        once it has been painted (the program's start), so the first page shows sooner."""
        super().__init__(parent)
        from wizard.ui.upgrade.pages.product import ProductPage

        self.session = session
        self.receipt = None  # the ledger's Receipt of the purchase just made
        self.purchased_order = None  # the Order that receipt is for
        self.lead_id = None
        self.setObjectName("upgradeWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # After a purchase or a sent request there is nothing left to cancel.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CommitButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        self.language_button = LanguageButton(session)
        self.setButton(QWizard.WizardButton.CustomButton1, self.language_button)
        self.setPage(PageId.PRODUCT, ProductPage(session, priced=all_pages))
        self.setStartId(PageId.PRODUCT)
        self.setMinimumSize(960, 680)
        # QWizard turns its updates off and on around every page change; with Qt's own background fill that
        # repaints the whole window twice (measured: two paint passes per Next/Back, ~2.5 ms of a ~9 ms
        # switch). paintEvent fills the same background itself, in one pass (the screen's pixels are equal).
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.order_panel = None  # components.order_panel.OrderPanel, built with the remaining pages
        self.currentIdChanged.connect(self._show_order)
        self.orderChanged.connect(self._show_order)
        self.retranslate()
        if all_pages:
            self.add_remaining_pages()
        self.step_tracker = None
        if session.mode.records_funnel:  # every wizard: the account window's, --demo/--training, each kiosk visit
            from wizard.ui.kit.step_tracker import StepTracker

            self.step_tracker = StepTracker(self, session, {page_id: page_id.name.lower() for page_id in PageId})

    def add_remaining_pages(self) -> None:
        for step in self.remaining_page_steps():
            step()

    def remaining_page_steps(self) -> list:
        """`add_remaining_pages()` as steps of a page each, then the wiring: the kiosk prepares a visit's
        wizard between events with them (all eight at once block input for over 100 ms). Each step does
        nothing when its part is there already, so any mix of steps and add_remaining_pages() completes."""
        return [partial(self._add_page, page_id) for page_id in REMAINING_PAGES] + [self._connect_remaining_pages]

    def _add_page(self, page_id: PageId) -> None:
        if self.page(page_id) is None:
            self.setPage(page_id, _page_class(page_id)(self.session))

    def _connect_remaining_pages(self) -> None:
        if self.order_panel is not None:
            return
        for page_id in REMAINING_PAGES:
            self._add_page(page_id)
        # Prices on the first page follow the currency chosen on the second.
        product = self.page(PageId.PRODUCT)
        self.page(PageId.CURRENCY).combo.valueChanged.connect(product.show_prices)
        product.show_prices()
        from wizard.ui.components.order_panel import OrderPanel  # it loads the order module: after the first paint

        self.order_panel = OrderPanel(self.session)
        self.order_panel.hide()
        self.setSideWidget(self.order_panel)
        # The order panel follows every field the order is priced from.
        payment = self.page(PageId.PAYMENT)
        for changed in (
            product.hubChanged, product.tierChanged, self.page(PageId.CURRENCY).combo.valueChanged,
            self.page(PageId.BILLING).intervalChanged, self.page(PageId.LICENSES).licensedUsersChanged,
            self.page(PageId.LICENSES).seatsChanged, self.page(PageId.LICENSES).seatUsersChanged,
            # The company's country and VAT ID decide the VAT.
            payment.country.valueChanged, payment.inputs["vat_id"].textChanged,
        ):
            changed.connect(self.orderChanged)

    def _show_order(self) -> None:
        """The order panel beside the pages of PANEL_PAGES, showing order() as it stands."""
        if self.order_panel is None:
            return
        shown = self.currentId() in PANEL_PAGES
        if shown:
            self.order_panel.show_order(self.order())
        self.order_panel.setVisible(shown)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().brush(self.backgroundRole()))
        painter.end()
        super().paintEvent(event)

    def refresh(self) -> None:
        """Called once the account has been read from the ledger (after the first paint)."""
        self.add_remaining_pages()
        self.page(PageId.PRODUCT).refresh()

    # -- what was chosen -------------------------------------------------

    def tier(self) -> Tier | None:
        hub, tier = self.field("hub"), self.field("tier")
        if not hub or not tier:
            return None
        return self.session.catalog.tier(hub, tier)

    def order(self) -> Order | None:
        """The fields as a priced order (None while incomplete: see wizard.core.order.price).

        The one place that reads the choice out of the fields: the pages, the
        commit and the licenses total all read this Order.
        """
        from wizard.core.order import Company, Selection, price

        def text(name: str) -> str:
            return (self.field(name) or "").strip()

        method = text("payment_method")
        brand, last4 = self._masked_card(method)
        visitor = self.session.mode.account_per_visit
        selection = Selection(
            hub=text("hub"),
            tier=text("tier"),
            currency=text("currency"),
            interval=text("interval") or "monthly",
            licensed_user_ids=tuple(self.field("licensed_users") or ()),
            # A visitor with an account of their own to come buys seats, naming whom they like.
            seats=int(self.field("seats") or 0) if visitor else 0,
            seat_holders=tuple((str(name), str(email)) for name, email in self.field("seat_users") or ())
            if visitor else (),
            payment_method=method,
            share_card=bool(self.field("share_card")),
            card_brand=brand,
            card_last4=last4,
            company=Company(
                name=text("company_name"),
                street=text("company_street"),
                postal_code=text("company_postal_code"),
                city=text("company_city"),
                country=text("company_country"),
                vat_id=text("vat_id"),
            ),
        )
        current = self.session.subscriptions.get(selection.hub)  # a paid plan there is credited
        return price(selection, self.session.catalog, today=self.session.today(), current=current)

    def _masked_card(self, method: str) -> tuple[str, str]:
        """(brand, last four) of the chosen card; ("", "") while there is none to show."""
        from wizard.core import cards
        from wizard.core.order import NEW_CARD

        if method == NEW_CARD:
            try:
                brand, digits = cards.check_number(self.field("card_number") or "")
            except cards.CardError:
                return "", ""
            return brand, digits[-4:]  # the digits go no further than this line
        saved = next((m for m in self.session.payment_methods if m.id == method), None)
        return (saved.brand, saved.last4) if saved else ("", "")

    # -- branching -------------------------------------------------------

    def _is_downgrade(self, tier: Tier) -> bool:
        """A tier below the account's current plan in its hub: sold through sales, as a non-self-serve tier."""
        from wizard.core.order import is_downgrade

        hub = self.field("hub")
        current = self.session.subscriptions.get(hub)
        paid = current if current is not None and current.unit_price_minor > 0 else None  # as price() reads it
        return is_downgrade(self.session.catalog.hub(hub), tier.id, paid)

    def nextId(self) -> int:
        current = self.currentId()
        tier = self.tier()
        if current == PageId.PRODUCT:
            if tier is not None and (not tier.self_serve or self._is_downgrade(tier)):
                return PageId.CONTACT_SALES
            return PageId.CURRENCY
        if current == PageId.BILLING:
            # A visitor always passes the licenses step: it asks who they are (the new account's admin).
            shown = tier is not None and (tier.seat_based or self.session.mode.account_per_visit)
            return PageId.LICENSES if shown else PageId.PAYMENT
        following = {
            PageId.CURRENCY: PageId.BILLING,
            PageId.LICENSES: PageId.PAYMENT,
            PageId.PAYMENT: PageId.REVIEW,
            PageId.REVIEW: PageId.CONFIRMATION,
            PageId.CONTACT_SALES: PageId.LEAD_SENT,
        }
        return following.get(current, -1)

    # -- language --------------------------------------------------------

    def switch_language(self, language: str) -> None:
        from wizard.ui.kit.translations import switch_session_language

        switch_session_language(self.session, language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Products & Add-ons"))
        # Set explicitly: QWizard keeps the texts it chose at construction.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        # The button says its own text, but QWizard puts back the text it knows on every page change.
        self.setButtonText(QWizard.WizardButton.CustomButton1, language_button_text(self.session.language))

    # -- the purchase ----------------------------------------------------

    def commit_purchase(self, order: Order, cancelled=None):
        """Write `order` (the one the review page showed) to the ledger once.

        Raises LedgerError (nothing written) on failure, ValueError when the
        order cannot be bought as shown: a new card that no longer passes its
        checks, or another card than the one shown. CardDeclined when a new
        card is one of core.declines' test cards: then only a `payment_declined`
        event is written (no card, no order) and the CVC field is emptied, as a
        real checkout asks for it again. `cancelled`: see
        wizard.ledger.connection.write_transaction.
        """
        from wizard.ledger import record_purchase

        session = self.session
        card = self._new_card_details() if order.pays_with_new_card else None
        if card is not None:
            self._decline_test_card(cancelled)  # before anything of the purchase is written
        if session.mode.account_per_visit:
            self.receipt = self._commit_visitor_purchase(order, card, cancelled)
        else:
            purchase = order.purchase(
                account_id=session.account_id, desk=session.desk, mode=session.mode.order_mark,
                language=session.language, card=card,
            )
            self.receipt = record_purchase(session.db, purchase, cancelled=cancelled)
        self.purchased_order = order
        self.forget_card()
        return self.receipt

    def _commit_visitor_purchase(self, order: Order, card, cancelled):
        """A visitor's purchase: their company becomes a new account (they its admin), then the session's.

        The named users hold the seats; seats beyond them are bought unassigned
        (ledger/visitor_accounts.py). Account and purchase are written together or not at all.
        """
        from wizard.core.account import Account
        from wizard.ledger import record_visitor_purchase, visitor_account

        session = self.session
        company = order.selection.company
        if company is None:
            raise ValueError("the company's details are missing")
        account = visitor_account(company, order.quote.currency, order.selection.seat_holders)
        licensed = account.user_ids if order.tier.seat_based else ()
        purchase = order.purchase(
            account_id=account.id, desk=session.desk, mode=session.mode.order_mark, language=session.language,
            card=card, licensed_user_ids=licensed,
        )
        receipt = record_visitor_purchase(session.db, account, purchase, cancelled=cancelled)
        # The confirmation (and whatever follows in this visit) reads the new account like any other.
        session.account = Account(
            id=account.id, name=purchase.company_name, country=purchase.company_country,
            street=purchase.company_street, postal_code=purchase.company_postal_code, city=purchase.company_city,
            vat_id=purchase.vat_id, currency=account.currency,
        )
        session.reload()
        return receipt

    def _decline_test_card(self, cancelled) -> None:
        """Raise CardDeclined (after recording why) when the typed card is a declining test card."""
        from wizard.core.declines import CardDeclined, decline_reason
        from wizard.ledger.declines import record_decline

        reason = decline_reason(self.field("card_number") or "")  # the digits go no further than this call
        if reason is None:
            return
        session = self.session
        record_decline(session.db, account_id=session.account_id or None, reason=reason, desk=session.desk,
                       mode=session.mode.order_mark, cancelled=cancelled)
        self.setField("card_cvc", "")
        raise CardDeclined(reason)

    def _new_card_details(self):
        """The typed card as the ledger may keep it (CardDetails: no number, no CVC)."""
        from wizard.core.cards import fingerprint_key, validate_card

        details, problems = validate_card(
            *(self.field(name) or "" for name in ("card_number", "card_expiry", "card_cvc", "card_holder")),
            today=self.session.today(),
            key=fingerprint_key(),
        )
        if problems:
            # The payment page let only a valid card through: it was changed since.
            raise ValueError("the card was changed after it was checked")
        return details

    def forget_card(self) -> None:
        """No card digit stays in a widget once it has served its purpose."""
        for name in SECRET_FIELDS:
            self.setField(name, "")

    def start_over(self) -> None:
        """Back to the first page with a clean order (after a purchase or a lead)."""
        self.receipt = None
        self.purchased_order = None
        self.lead_id = None
        self.forget_card()
        self.session.reload()
        # Back keeps what was entered on most pages; a restart forgets it on every page.
        for page_id in self.pageIds():
            self.page(page_id).forget()
        self.restart()
