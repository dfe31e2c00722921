"""Country names for the company form, in the display language."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCollator, QLocale

from wizard.core.company import COUNTRIES
from wizard.ui.kit.widgets import ValueComboBox, refill


@lru_cache(maxsize=None)
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) for the offered countries, named and sorted for `language`.

    Babel rather than QLocale: QLocale.territoryToString() only speaks English.
    Imported here, not at module level, so the first painted page does not pay for it.
    """
    from babel import Locale

    from wizard.core.money import LOCALES

    territories = Locale.parse(LOCALES.get(language, "en_US")).territories
    collator = QCollator(QLocale(language))  # "Österreich" sorts with the O's in German
    named = [(code, territories.get(code, code)) for code in COUNTRIES]
    return tuple(sorted(named, key=lambda item: collator.sortKey(item[1])))


def show_country_names(combo: ValueComboBox, language: str) -> None:
    """A country combo box's items named in `language`, the chosen country kept."""
    refill(combo, ((name, code) for code, name in country_names(language)), combo.value)
