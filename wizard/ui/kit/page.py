"""The base of every page: access to the session, retranslation on language change, and the restart hook."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizardPage

from wizard.ui.session import Session


class Page(QWizardPage):
    """Subclasses build their widgets in __init__, then call `self.retranslate()` at its end.

    `retranslate()` sets every text the page shows (title, subtitle, labels,
    tooltips, placeholders, accessible names, button texts, visible error
    messages) and is run again on every language switch.

    What was entered on a page is forgotten by `forget()`: the wizard calls it
    on every page when it starts over (after a purchase or a lead). Going Back
    (`cleanupPage`) forgets too, as QWizard does, unless the page sets
    `keeps_entries_on_back`: then Back keeps what was entered and only a
    restart forgets it. A page never needs to ask its wizard which one it is.
    """

    #: True: Back keeps what was entered on this page; only `forget()` clears it.
    keeps_entries_on_back = False

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session

    def retranslate(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def set_heading(self, title: str, subtitle: str) -> None:
        """The page's title and the sentence under it (QWizard's header)."""
        self.setTitle(title)
        self.setSubTitle(subtitle)

    def current_order(self):
        """The order as the wizard's fields stand (core.order.Order), or None while there is none yet
        (incomplete, or the page is still being built and has no wizard)."""
        wizard = self.wizard()
        return wizard.order() if wizard is not None else None

    def isComplete(self) -> bool:
        return super().isComplete() and self.gate_allows()

    def isComplete(self) -> bool:
        """What QWizard asks before it enables Next or Commit: the page's own answer
        (`entries_complete`, which pages override) and training's gate."""
        return self.entries_complete() and self.gate_allows()

    def entries_complete(self) -> bool:
        """Is what was entered here enough to go on? By default QWizard's mandatory fields."""
        return super().isComplete()

    def gate_allows(self) -> bool:
        """False while training's "Let me try" holds this page: the wizard's optional `training_gate`
        (a callable given the page; set by the training window) says whether its step is done."""
        wizard = self.wizard()
        gate = getattr(wizard, "training_gate", None) if wizard is not None else None
        return gate is None or bool(gate(self))

    def forget(self) -> None:
        """Forget everything entered here. By default QWizardPage's reset of the page's fields
        to their values at registration; pages with more state extend it."""
        super().cleanupPage()

    def cleanupPage(self) -> None:
        """Going Back from this page (and QWizard's own restart)."""
        if not self.keeps_entries_on_back:
            self.forget()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def language(self) -> str:
        return self.session.language
