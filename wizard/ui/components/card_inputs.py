"""Line edits for a card: the number grouped as printed while typing, and the MM/YY expiry.

They only reshape what the person typed; the checks (and the words for their
problems) stay in `wizard.core.cards` and the payment page. The text lives in the
QLineEdit and nowhere else.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from wizard.core.cards import CardError, detect_brand, digits_of, group_number

_SEPARATORS = " -/"


def _position_after(text: str, significant: int) -> int:
    """The cursor position in `text` just after its `significant`-th non-separator character."""
    if significant <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(text):
        if ch not in _SEPARATORS:
            seen += 1
            if seen == significant:
                return i + 1
    return len(text)


def _reshape(edit: QLineEdit, text: str, new: str) -> None:
    """Replace the text, keeping the cursor after the same typed character."""
    if new == text:
        return
    significant = sum(1 for ch in text[: edit.cursorPosition()] if ch not in _SEPARATORS)
    edit.setText(new)
    edit.setCursorPosition(_position_after(new, significant))


class CardNumberEdit(QLineEdit):
    """Regroups on every edit: "4242424242424242" shows as "4242 4242 4242 4242", Amex 4-6-5."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # 19 digits and their spaces, with room for a few stray characters the
        # check can then name (group_number leaves non-digit text as typed).
        self.setMaxLength(28)
        self.textEdited.connect(lambda text: _reshape(self, text, group_number(text)))

    def brand(self) -> str | None:
        try:
            return detect_brand(digits_of(self.text()))
        except CardError:
            return None


class ExpiryEdit(QLineEdit):
    """Adds the slash once month digits are followed by year digits: "0829" -> "08/29"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMaxLength(7)  # "08 / 29" is accepted by the check too
        self.textEdited.connect(lambda text: _reshape(self, text, self._with_slash(text)))

    @staticmethod
    def _with_slash(text: str) -> str:
        # Only plain ASCII digit runs are reshaped; anything else is left for the check to name.
        if 3 <= len(text) <= 4 and text.isascii() and text.isdigit():
            return f"{text[:2]}/{text[2:]}"
        return text
