"""A desk id: the prefix of the desk's order numbers and the name of its key file."""
from __future__ import annotations

import re

# Letters, digits and "_" only, so an id is safe in an order number and as a file name.
DESK_PATTERN = re.compile(r"[A-Za-z0-9_]{1,20}")
DESK_RULE = "1-20 letters, digits or '_'"  # the pattern in words, for the messages that refuse an id


def is_desk_id(text: str | None) -> bool:
    return DESK_PATTERN.fullmatch(text or "") is not None
