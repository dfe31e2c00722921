"""A new credit card: name on card, number (grouped as printed, with its brand), expiry, security code.

The checks are the domain's (`wizard.core.cards`); the form shows a problem
once the person has left the field, in the words of `kit.problems`. Number and
CVC stay in their QLineEdits: nothing here copies them anywhere else. Each
input's objectName is its field name (CARD_FIELDS).
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from wizard.core import cards
from wizard.ui.components.card_inputs import CardNumberEdit, ExpiryEdit
from wizard.ui.kit.form_rows import FormRows
from wizard.ui.kit.problems import card_problem_text, required_text
from wizard.ui.kit.retranslating import Retranslating


class CardForm(Retranslating, QWidget):
    """The card's rows without a frame of their own: it sits inside another box (the payment method's).

    `rows` says when a field was edited or left; `problems()` what is wrong now.
    """

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("newCard")
        self.holder = QLineEdit()
        self.holder.setMaxLength(cards.HOLDER_MAX + 20)  # room to say "too long" rather than cut it
        self.card_number = CardNumberEdit()
        self.expiry = ExpiryEdit()
        self.cvc = QLineEdit()
        self.cvc.setEchoMode(QLineEdit.EchoMode.Password)
        self.cvc.setMaxLength(4)
        self.brand = QLabel(objectName="cardBrand")
        # Wide enough for the longest brand, so the field does not jump while typing.
        self.brand.setMinimumWidth(self.brand.fontMetrics().horizontalAdvance("American Express") + 8)
        self.rows = FormRows(self)
        self.rows.grid.setContentsMargins(0, 0, 0, 0)
        widgets = {"card_holder": self.holder, "card_number": self.card_number, "card_expiry": self.expiry,
                   "card_cvc": self.cvc}
        for name in cards.CARD_FIELDS:
            self.rows.add(name, widgets[name], beside=self.brand if name == "card_number" else None)
        self.inputs, self.labels, self.errors = self.rows.inputs, self.rows.labels, self.rows.errors
        self.card_number.textChanged.connect(self._show_brand)
        self.retranslate()

    def _show_brand(self) -> None:
        brand = self.card_number.brand()
        self.brand.setText(cards.BRAND_NAMES.get(brand, "") if brand else "")

    def problems(self) -> dict[str, str]:
        """{field: sentence} for every field that is not acceptable right now."""
        text = {name: widget.text() for name, widget in self.inputs.items()}
        # The brand as far as it can be told, so an Amex's CVC is asked for 4 digits.
        brand = self.card_number.brand()
        checks = (
            ("card_number", lambda: cards.check_number(text["card_number"])),
            ("card_expiry", lambda: cards.check_expiry(text["card_expiry"], self.session.today())),
            ("card_cvc", lambda: cards.check_cvc(text["card_cvc"], brand)),
            ("card_holder", lambda: cards.check_holder(text["card_holder"])),
        )
        found: dict[str, str] = {}
        for name, check in checks:
            if name != "card_holder" and not text[name].strip():
                found[name] = required_text()
                continue
            try:
                check()
            except cards.CardError as error:
                found[name] = card_problem_text(error.problem, brand)
        return found

    def clear(self) -> None:
        for widget in self.inputs.values():
            widget.clear()
        self.rows.forget_touched()

    def retranslate(self) -> None:
        self.rows.set_label_texts(
            {
                "card_holder": self.tr("Name on card"),
                "card_number": self.tr("Card number"),
                "card_expiry": self.tr("Expiry date"),
                "card_cvc": self.tr("Security code"),
            }
        )
        self.card_number.setPlaceholderText("1234 1234 1234 1234")
        self.expiry.setPlaceholderText(self.tr("MM/YY"))
        self.cvc.setPlaceholderText(self.tr("CVC"))
        self.cvc.setToolTip(self.tr("The 3 digits on the back of the card; 4 digits on the front for American Express."))
        self.brand.setAccessibleName(self.tr("Card brand"))
