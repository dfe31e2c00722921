"""Times and time-ordered ids for the rows the ledger writes."""
from __future__ import annotations

import secrets
import time
import uuid
from datetime import datetime, timezone


def time_ordered_uuid() -> str:
    """A version 7 UUID: 48 bits of Unix milliseconds, then 74 random bits.

    New orders then land at the right-hand end of the orders and licenses
    B-trees instead of a random page, so a purchase's commit writes fewer pages.
    """
    millis = time.time_ns() // 1_000_000
    value = (millis & (2**48 - 1)) << 80 | secrets.randbits(80)
    value = value & ~(0xF << 76) | (0x7 << 76)      # version 7
    value = value & ~(0x3 << 62) | (0x2 << 62)      # RFC 4122 variant
    return str(uuid.UUID(int=value))


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
