"""The one placeholder style of translated strings: Qt's numbered %1, %2, ... (as QString::arg).

Linguist shows them and checks that a translation keeps them, and a translation
may put them in another order ("%1 %2" -> "%2 für %1"). Plurals keep Qt's own
"%n", which tr() fills from its count.
"""
from __future__ import annotations

import re

_NUMBERED = re.compile(r"%([1-9][0-9]?)")


def fill(text: str, *values: object) -> str:
    """`text` with %1 replaced by the first value, %2 by the second, ...

    All at once, not one after another: a value that itself contains "%2" (a
    name someone typed) is not filled in again. A number with no value stays as
    it is, as QString::arg leaves it.
    """

    def value_for(match: re.Match) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)

    return _NUMBERED.sub(value_for, text)
