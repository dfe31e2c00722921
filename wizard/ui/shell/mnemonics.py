"""Texts for buttons and menus, where Qt reads "&" as the mark of a shortcut letter."""
from __future__ import annotations


def escaped(text: str) -> str:
    """`text` as it should show: "Products & Add-ons" stays "Products & Add-ons" (not "Products _Add-ons").

    For texts with no shortcut letter of their own: translations, names from the ledger.
    """
    return text.replace("&", "&&")
