"""Add a credit card, or replace a saved one: the wizard's card form, its checks, and the sharing box.

The number and the security code live in the form's line edits only while
the dialog is open: however it closes (saved, cancelled, Escape, the window's
close button) they are emptied, undo history included, before it goes. What
is saved is what validate_card makes of them (CardDetails: brand, last four,
expiry, holder, keyed fingerprint), handed to the `save` callback.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from wizard.core.account import PaymentMethod
from wizard.core.cards import CARD_FIELDS, CardDetails
from wizard.ui.components.card_form import CardForm
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.problems import card_problem_text, payment_method_problem_text
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.widgets import error_label, show_error

SECRET_INPUTS = ("card_number", "card_cvc")


class CardDialog(Retranslating, QDialog):
    """`save(details, shared)` writes the card and returns None, or the problem that stopped it
    (a LedgerProblem or PaymentMethodProblem): then the dialog stays open and says why."""

    def __init__(self, session, save: Callable[[CardDetails, bool], object], *,
                 replacing: PaymentMethod | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._save = save
        self.replacing = replacing
        self.problem = None  # why the last save failed, kept to say it again after a language switch
        self.setObjectName("cardDialog")
        self.intro = QLabel(objectName="cardDialogIntro", wordWrap=True)
        self.card = CardForm(session)
        self.inputs = self.card.inputs
        self.share = QCheckBox(objectName="shareCard")
        self.share.setChecked(replacing.shared_with_admins if replacing else False)
        self.error = error_label("cardDialogError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveCardButton")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.card)
        layout.addWidget(self.share)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.card.rows.edited.connect(self._show_problems)
        self.card.rows.fieldLeft.connect(self._show_problems)
        self.setMinimumWidth(480)
        self.retranslate()

    # -- texts -------------------------------------------------------------

    def retranslate(self) -> None:
        if self.replacing is None:
            self.setWindowTitle(self.tr("Add a credit card"))
            self.intro.setText(self.tr(
                "Enter the card's details. The account keeps its brand, last four digits, expiry date and name; "
                "the full number and the security code are not stored."))
        else:
            masked = self.replacing.masked
            self.setWindowTitle(fill(self.tr("Replace %1"), masked))
            self.intro.setText(fill(self.tr(
                "Enter the new card. The subscriptions paid with %1 are paid with the new card from now on, "
                "and %1 is removed."), masked))
        self.share.setText(self.tr("Share this credit card with other admins"))
        self.save_button.setText(self.tr("Save card"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_problems()

    def _show_problems(self) -> None:
        self.card.rows.show_problems(self.card.problems())
        show_error(self.error, payment_method_problem_text(self.problem) if self.problem is not None else "")

    # -- saving ------------------------------------------------------------

    def submit(self) -> None:
        """Check every field; when all is well, save the card and close."""
        from wizard.core.cards import fingerprint_key, validate_card

        self.card.rows.touched.update(CARD_FIELDS)  # every problem shows now, also of fields never entered
        self.problem = None
        problems = self.card.problems()
        if not problems:
            text = {name: widget.text() for name, widget in self.inputs.items()}
            details, found = validate_card(text["card_number"], text["card_expiry"], text["card_cvc"],
                                           text["card_holder"], today=self.session.today(), key=fingerprint_key())
            problems = {name: card_problem_text(problem) for name, problem in found.items()}
        if problems:
            self._show_problems()
            first = next(name for name in CARD_FIELDS if name in problems)
            self.inputs[first].setFocus()
            return
        self.problem = self._save(details, self.share.isChecked())
        if self.problem is None:
            self.accept()
        else:
            self._show_problems()

    def done(self, result: int) -> None:
        # accept(), reject(), Escape and the close button all end here.
        self.forget_card()
        super().done(result)

    def forget_card(self) -> None:
        """No digit of the number or the security code stays in a widget (setText also drops the undo history)."""
        for name in SECRET_INPUTS:
            self.inputs[name].setText("")
