"""The upgrade wizard: assembles the pages, branches between them, commits the purchase once."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizard

from wizard.core.catalog import Tier
from wizard.ui.session import Session
from wizard.ui.upgrade.fields import PageId


class UpgradeWizard(QWizard):
    def __init__(self, session: Session, parent=None, *, all_pages: bool = True) -> None:
        """`all_pages=False` builds only the first page; `add_remaining_pages()` adds the rest
        once it has been painted (the program's start), so the first page shows sooner."""
        super().__init__(parent)
        from wizard.ui.upgrade.pages.product import ProductPage

        self.session = session
        self.receipt = None  # the ledger's Receipt of the purchase just made
        self.lead_id = None
        self.restarting = False  # True inside start_over(): pages' cleanupPage then clears
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
        self.language_button = self.button(QWizard.WizardButton.CustomButton1)
        self.language_button.setObjectName("languageButton")
        self.customButtonClicked.connect(self._on_custom_button)
        self.setPage(PageId.PRODUCT, ProductPage(session, priced=all_pages))
        self.setStartId(PageId.PRODUCT)
        self.setMinimumSize(960, 680)
        self.retranslate()
        if all_pages:
            self.add_remaining_pages()

    def add_remaining_pages(self) -> None:
        if self.page(PageId.CURRENCY) is not None:
            return
        from wizard.ui.upgrade.pages.billing import BillingPage
        from wizard.ui.upgrade.pages.confirmation import ConfirmationPage
        from wizard.ui.upgrade.pages.contact_sales import ContactSalesPage, LeadSentPage
        from wizard.ui.upgrade.pages.currency import CurrencyPage
        from wizard.ui.upgrade.pages.licenses import LicensesPage
        from wizard.ui.upgrade.pages.payment import PaymentPage
        from wizard.ui.upgrade.pages.review import ReviewPage

        for page_id, page_class in (
            (PageId.CURRENCY, CurrencyPage),
            (PageId.BILLING, BillingPage),
            (PageId.LICENSES, LicensesPage),
            (PageId.PAYMENT, PaymentPage),
            (PageId.REVIEW, ReviewPage),
            (PageId.CONFIRMATION, ConfirmationPage),
            (PageId.CONTACT_SALES, ContactSalesPage),
            (PageId.LEAD_SENT, LeadSentPage),
        ):
            self.setPage(page_id, page_class(self.session))
        # Prices on the first page follow the currency chosen on the second.
        product = self.page(PageId.PRODUCT)
        self.page(PageId.CURRENCY).combo.valueChanged.connect(product.show_prices)
        product.show_prices()

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

    def quote(self):
        """The price of the current selection (pricing.quote), or None while incomplete."""
        from wizard.core.pricing import quote

        tier = self.tier()
        if tier is None or not tier.self_serve or not self.field("currency"):
            return None
        seats = len(self.field("licensed_users") or []) if tier.seat_based else 1
        return quote(
            self.session.catalog,
            self.field("hub"),
            self.field("tier"),
            self.field("currency"),
            self.field("interval") or "monthly",
            max(seats, tier.min_seats),
            today=self.session.today(),
        )

    # -- branching -------------------------------------------------------

    def nextId(self) -> int:
        current = self.currentId()
        tier = self.tier()
        if current == PageId.PRODUCT:
            if tier is not None and not tier.self_serve:
                return PageId.CONTACT_SALES
            return PageId.CURRENCY
        if current == PageId.BILLING:
            return PageId.LICENSES if tier is not None and tier.seat_based else PageId.PAYMENT
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

    def _on_custom_button(self, which: int) -> None:
        # The signal carries a plain int; PySide6's WizardButton is an Enum, never equal to an int.
        if which == QWizard.WizardButton.CustomButton1.value:
            from wizard.ui.kit.translations import other_language

            self.switch_language(other_language(self.session.language))

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
        from wizard.ui.kit.translations import NATIVE_NAMES, other_language

        self.language_button.setText(NATIVE_NAMES[other_language(self.session.language)])
        self.language_button.setToolTip(self.tr("Switch the language"))
        self.language_button.setAccessibleName(self.tr("Switch the language"))

    # -- the purchase ----------------------------------------------------

    def commit_purchase(self, cancelled=None):
        """Write the order to the ledger once. Raises LedgerError (nothing written) on failure.

        `cancelled`: see wizard.ledger.connection.write_transaction.
        """
        from wizard.ui.upgrade.purchase import build_purchase
        from wizard.ledger import record_purchase

        purchase = build_purchase(self)
        self.receipt = record_purchase(self.session.db, purchase, cancelled=cancelled)
        self.forget_card()
        return self.receipt

    def forget_card(self) -> None:
        """No card digit stays in a widget once it has served its purpose."""
        for name in ("card_number", "card_cvc"):
            self.setField(name, "")

    def start_over(self) -> None:
        """Back to the first page with a clean order (after a purchase or a lead)."""
        self.receipt = None
        self.lead_id = None
        self.forget_card()
        self.session.reload()
        # Pages keep their fields on Back (cleanupPage); during a restart they clear them.
        self.restarting = True
        try:
            self.restart()
        finally:
            self.restarting = False
