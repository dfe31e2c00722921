"""The languages the program speaks: one list for the command line, the catalog and the translations."""
from __future__ import annotations

LANGUAGES = ("de", "en")
# The language switch names the language it switches to, in that language.
NATIVE_NAMES = {"de": "Deutsch", "en": "English"}


def other_language(language: str) -> str:
    """The language the switch goes to from `language` (there are two)."""
    return "en" if language == "de" else "de"
