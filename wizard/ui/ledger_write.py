"""A write to the ledger from a page's button: succeeded or not, never an escaping exception."""
from __future__ import annotations

import logging

log = logging.getLogger("wizard.ui")


def attempt(write, action: str) -> bool:
    """Run `write()`; on failure log why and return False (the ledger rolled it back).

    The ledger's sentence is English and names files: it goes to the log, and
    the page shows its own translated sentence instead.
    """
    from wizard.ledger import LedgerError

    try:
        write()
    except LedgerError as error:
        log.warning("%s refused by the ledger: %s", action, error)
        return False
    except Exception:  # noqa: BLE001 - any other refusal of the write (a trigger, a constraint)
        # The page must not silently ignore its button; the traceback goes to the log.
        log.exception("%s failed", action)
        return False
    return True
