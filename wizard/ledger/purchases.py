"""Recording a purchase: one transaction, all of it or none of it."""
from __future__ import annotations

import json
import logging
import re
import uuid
from datetime import date

from wizard.core.catalog import INTERVALS
from wizard.core.desks import DESK_RULE, is_desk_id
from wizard.core.order import Purchase, Receipt  # defined in core; the ledger's API names them too
from wizard.ledger.chain import CHAIN_VERSION, GENESIS_HASH, order_hash, order_number
from wizard.ledger.errors import InvalidPurchase, LedgerError, LedgerProblem
from wizard.ledger.events import insert_event
from wizard.ledger.timestamps import time_ordered_uuid, utc_now
from wizard.ledger.keys import append_head, desk_key, ledger_id, order_mac

log = logging.getLogger(__name__)


def record_purchase(db, purchase: Purchase, *, cancelled=None) -> Receipt:
    """Write the order, its licenses, the subscription, the card and an event at once.

    `cancelled` (a callable, True once the person gave up waiting for another
    desk's lock) goes on to write_transaction. After the commit the desk's
    head file gets the new order; a failure there is logged, not raised: the
    purchase is already in the ledger.
    """
    # Imported here so the UI can build a Purchase without loading sqlite-utils.
    from wizard.ledger.connection import write_transaction

    check_purchase(purchase)
    # Read (or made) before the lock: no file work while other desks wait.
    key = desk_key(purchase.desk, create=True)
    with write_transaction(db, cancelled=cancelled):
        order = write_purchase(db, purchase, key)
        ledger = ledger_id(db)
    # Only here, after the commit succeeded: a head names nothing that is not in the file.
    return finish_purchase(ledger, order)


def write_purchase(db, purchase: Purchase, key: bytes) -> dict:
    """The purchase's rows, inside the caller's write transaction (checked with check_purchase before it).

    Returns the orders row as written; the caller commits, then calls finish_purchase.
    """
    _check_references(db, purchase)
    payment_method_id = _save_payment_method(db, purchase)
    order = _insert_order(db, purchase, payment_method_id, key)
    _insert_licenses(db, order["id"], purchase.licensed_user_ids)
    _upsert_subscription(db, purchase, order, payment_method_id)
    _assign_seats(db, purchase, order)
    _record_event(db, purchase, order)
    return order


def finish_purchase(ledger: str, order: dict) -> Receipt:
    """After the commit: the desk's head file gets the order; the Receipt."""
    _append_head(ledger, order)
    return Receipt(order_id=order["id"], number=order["number"], created_at=order["created_at"])


def _append_head(ledger: str, order: dict) -> None:
    try:
        append_head(ledger, order["desk"], order["seq"], order["hash"])
    except OSError as error:
        # verify then sees a head one order behind, which it accepts; losing the purchase would be worse.
        log.warning("Order %s is recorded, but the head file of desk %s could not be written (%s).",
                    order["number"], order["desk"], error.strerror or error)


def check_purchase(p: Purchase, *, unnamed_seats: bool = False) -> None:
    """Refuse a malformed purchase before the write lock is even taken.

    `unnamed_seats`: more seats than licensed users may be bought (a kiosk visitor names
    only some of the seats' holders: ledger/visitor_accounts.py); otherwise the licensed
    users are none or as many as the seats.
    """
    problems = []
    if not is_desk_id(p.desk):
        problems.append(f"desk {p.desk!r} must be {DESK_RULE}")
    if p.interval not in INTERVALS:
        problems.append(f"interval {p.interval!r} must be monthly or annual")
    if not (isinstance(p.currency, str) and re.fullmatch(r"[A-Z]{3}", p.currency)):
        problems.append(f"currency {p.currency!r} must be a 3-letter code")
    for name in ("seats", "unit_price_minor", "amount_due_minor"):
        value = getattr(p, name)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            problems.append(f"{name} must be a positive whole number, not {value!r}")
    ids = tuple(p.licensed_user_ids)
    if len(set(ids)) != len(ids):
        problems.append("a user is licensed twice")
    if unnamed_seats:
        if isinstance(p.seats, int) and len(ids) > p.seats:
            problems.append(f"seats ({p.seats}) must be at least the number of licensed users ({len(ids)})")
    elif ids and p.seats != len(ids):
        problems.append(f"seats ({p.seats}) must equal the number of licensed users ({len(ids)})")
    if (p.payment_method_id is None) == (p.new_card is None):
        problems.append("give either a saved payment method or a new card, not both or neither")
    if not isinstance(p.next_charge_date, date):
        problems.append("next_charge_date must be a date")
    for name in ("account_id", "hub", "tier", "language", "mode", "company_name", "company_country"):
        if not getattr(p, name):
            problems.append(f"{name} is empty")
    problems.extend(_charge_problems(p))
    if problems:
        raise InvalidPurchase("The purchase was not recorded: " + "; ".join(problems) + ".")


def _whole(value, *, none: bool = False) -> bool:
    """A whole number of at least 0 (or None, when `none`)."""
    if value is None:
        return none
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _charge_problems(p: Purchase) -> list[str]:
    """The charges add up: net - credit + VAT = total = amount_due_minor (core/charges.py)."""
    problems = []
    if p.net_minor is None:
        # A purchase made without charges (tests, older callers): nothing else of them may be set.
        if p.credit_minor or p.vat_rate_bp is not None or p.vat_minor is not None or p.total_minor is not None:
            problems.append("credit, VAT or total given without net_minor")
    else:
        for name, none in (("net_minor", False), ("credit_minor", False), ("vat_rate_bp", True),
                           ("vat_minor", True), ("total_minor", True)):
            if not _whole(getattr(p, name), none=none):
                problems.append(f"{name} must be a whole number of at least 0, not {getattr(p, name)!r}")
        if problems:
            return problems
        if (p.vat_rate_bp is None) != (p.vat_minor is None):
            problems.append("give both vat_rate_bp and vat_minor, or neither")
        elif p.vat_rate_bp is not None and p.vat_rate_bp > 10_000:
            problems.append(f"vat_rate_bp ({p.vat_rate_bp}) must be at most 10000 (100 %)")
        if p.credit_minor > p.net_minor:
            problems.append(f"credit_minor ({p.credit_minor}) must not exceed net_minor ({p.net_minor})")
        if p.total_minor is not None and p.total_minor != p.amount_due_minor:
            problems.append(f"amount_due_minor ({p.amount_due_minor}) must equal total_minor ({p.total_minor})")
        if p.vat_minor is not None and p.total_minor is not None \
                and p.net_minor - p.credit_minor + p.vat_minor != p.total_minor:
            problems.append(f"net_minor - credit_minor + vat_minor ({p.net_minor} - {p.credit_minor} + "
                            f"{p.vat_minor}) must equal total_minor ({p.total_minor})")
    if not _whole(p.refund_minor):
        problems.append(f"refund_minor must be a whole number of at least 0, not {p.refund_minor!r}")
    elif p.refund_minor and not (isinstance(p.refund_currency, str) and re.fullmatch(r"[A-Z]{3}", p.refund_currency)):
        problems.append(f"refund_currency {p.refund_currency!r} must be a 3-letter code when something is refunded")
    elif not p.refund_minor and p.refund_currency:
        problems.append(f"refund_currency {p.refund_currency!r} given, but nothing is refunded")
    return problems


def charge_values(p: Purchase) -> dict:
    """The orders row's charge columns of a checked purchase (without charges: net = total = amount due)."""
    if p.net_minor is None:
        net, credit, rate, vat, total = p.amount_due_minor, 0, None, None, p.amount_due_minor
    else:
        net, credit, rate, vat = p.net_minor, p.credit_minor, p.vat_rate_bp, p.vat_minor
        total = p.amount_due_minor if p.total_minor is None else p.total_minor
    return {"net_minor": net, "credit_minor": credit, "vat_rate_bp": rate, "vat_minor": vat, "total_minor": total,
            "refund_minor": p.refund_minor, "refund_currency": p.refund_currency if p.refund_minor else "",
            "chain_version": CHAIN_VERSION}


def _check_references(db, p: Purchase) -> None:
    if db.execute("SELECT 1 FROM accounts WHERE id = ?", [p.account_id]).fetchone() is None:
        raise InvalidPurchase(f"The purchase was not recorded: account {p.account_id!r} is unknown.")
    strangers = [
        row[0]
        for row in db.execute(
            # A primary-key look-up per licensed user: NOT IN (SELECT id ... WHERE account_id = ?) would
            # first gather every user of the account (5,000 in a big one) on each purchase.
            "SELECT value FROM json_each(?) WHERE NOT EXISTS"
            " (SELECT 1 FROM users WHERE id = json_each.value AND account_id = ?)",
            [json.dumps(list(p.licensed_user_ids)), p.account_id],
        )
    ]
    if strangers:
        raise InvalidPurchase(
            f"The purchase was not recorded: {', '.join(map(repr, strangers))} is not a user of this account."
        )
    if p.payment_method_id is not None:
        found = db.execute(
            "SELECT 1 FROM payment_methods WHERE id = ? AND account_id = ? AND removed_at IS NULL",
            [p.payment_method_id, p.account_id],
        ).fetchone()
        if found is None:
            raise InvalidPurchase("The purchase was not recorded: the saved payment method is not this account's.")


def _save_payment_method(db, p: Purchase) -> str:
    if p.new_card is None:
        _set_sharing(db, p.payment_method_id, p.share_card)
        return p.payment_method_id
    card = p.new_card
    # The same card entered again (same keyed fingerprint) is the same payment
    # method: refresh its expiry and holder (and sharing) instead of duplicating it.
    existing = db.execute(
        "SELECT id FROM payment_methods WHERE account_id = ? AND fingerprint = ?", [p.account_id, card.fingerprint]
    ).fetchone()
    values = [card.brand, card.last4, card.exp_month, card.exp_year, card.holder]
    if existing:
        db.execute(
            # A card removed earlier and typed again is back on file (removed_at cleared).
            "UPDATE payment_methods SET brand = ?, last4 = ?, exp_month = ?, exp_year = ?, holder = ?,"
            " removed_at = NULL WHERE id = ?",
            [*values, existing[0]],
        )
        _set_sharing(db, existing[0], p.share_card)
        return existing[0]
    method_id = str(uuid.uuid4())
    db.execute(
        "INSERT INTO payment_methods (id, account_id, fingerprint, brand, last4, exp_month, exp_year, holder,"
        " shared_with_admins, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [method_id, p.account_id, card.fingerprint, *values, int(bool(p.share_card)), utc_now()],
    )
    return method_id


def _set_sharing(db, method_id: str, share: bool | None) -> None:
    """The purchase's "share with other admins" box for a saved method; None leaves it as it is."""
    if share is not None:
        db.execute(
            "UPDATE payment_methods SET shared_with_admins = ? WHERE id = ? AND shared_with_admins != ?",
            [int(share), method_id, int(share)],
        )


def _insert_order(db, p: Purchase, payment_method_id: str, key: bytes) -> dict:
    # Read the desk's last order only now, inside the write lock: no other
    # process can take the same number or link to the same previous hash.
    last = db.execute(
        "SELECT seq, hash, mac FROM orders WHERE desk = ? ORDER BY seq DESC LIMIT 1", [p.desk]
    ).fetchone()
    if last and last[2] is not None and order_mac(key, last[1]) != last[2]:
        # Another key wrote this desk's chain (a second data folder using the same desk id, or a lost
        # key): going on would make verify call all earlier orders forged.
        raise LedgerError(
            f"The purchase was not recorded: desk {p.desk}'s orders in this ledger were written with another "
            "key than the one in this program's data folder (is the desk id used by another installation?).",
            LedgerProblem.DESK_KEY,
        )
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    order = {
        "id": time_ordered_uuid(), "number": order_number(p.desk, seq), "desk": p.desk, "seq": seq,
        "created_at": utc_now(), "account_id": p.account_id, "hub": p.hub, "tier": p.tier,
        "interval": p.interval, "currency": p.currency, "seats": p.seats,
        "unit_price_minor": p.unit_price_minor, "amount_due_minor": p.amount_due_minor,
        "next_charge_date": p.next_charge_date.isoformat(), "language": p.language, "mode": p.mode,
        "payment_method_id": payment_method_id, "company_name": p.company_name,
        "company_street": p.company_street, "company_postal_code": p.company_postal_code,
        "company_city": p.company_city, "company_country": p.company_country, "vat_id": p.vat_id or "",
        **charge_values(p),
    }
    order["prev_hash"] = prev_hash
    order["hash"] = order_hash(prev_hash, order, p.licensed_user_ids)
    order["mac"] = order_mac(key, order["hash"])
    columns = ", ".join(order)
    db.execute(f"INSERT INTO orders ({columns}) VALUES ({', '.join('?' * len(order))})", list(order.values()))
    return order


def _insert_licenses(db, order_id: str, user_ids: tuple[str, ...]) -> None:
    db.conn.executemany(
        "INSERT INTO order_licenses (order_id, user_id) VALUES (?, ?)", [(order_id, u) for u in user_ids]
    )


def _upsert_subscription(db, p: Purchase, order: dict, payment_method_id: str) -> None:
    db.execute(
        """INSERT INTO subscriptions (account_id, hub, tier, interval, currency, seats, unit_price_minor,
               next_charge_date, payment_method_id, order_id, updated_at)
           VALUES (:account_id, :hub, :tier, :interval, :currency, :seats, :unit_price_minor,
               :next_charge_date, :payment_method_id, :id, :created_at)
           ON CONFLICT (account_id, hub) DO UPDATE SET tier = excluded.tier, interval = excluded.interval,
               currency = excluded.currency, seats = excluded.seats,
               unit_price_minor = excluded.unit_price_minor, next_charge_date = excluded.next_charge_date,
               payment_method_id = excluded.payment_method_id, order_id = excluded.order_id,
               updated_at = excluded.updated_at""",
        {**order, "payment_method_id": payment_method_id},
    )


def _assign_seats(db, p: Purchase, order: dict) -> None:
    """A seat-based purchase names everyone who holds the hub from now on.

    Users who already held a seat keep their row (and its assigned_at: since
    when they hold it); only seats that change are written.
    """
    if not p.licensed_user_ids:
        return
    holders = json.dumps(list(p.licensed_user_ids))
    db.execute(
        "DELETE FROM user_licenses WHERE account_id = ? AND hub = ? AND user_id NOT IN (SELECT value FROM json_each(?))",
        [p.account_id, p.hub, holders],
    )
    db.execute(
        """INSERT INTO user_licenses (account_id, user_id, hub, order_id, assigned_at)
           SELECT ?, value, ?, ?, ? FROM json_each(?) WHERE true
           ON CONFLICT (account_id, user_id, hub) DO NOTHING""",
        [p.account_id, p.hub, order["id"], order["created_at"], holders],
    )


def _record_event(db, p: Purchase, order: dict) -> None:
    # What was charged, never the card: the card is in payment_methods, as brand and last four.
    detail = {"number": order["number"], "hub": p.hub, "tier": p.tier, "seats": p.seats,
              "amount_due_minor": p.amount_due_minor, "currency": p.currency,
              "total_minor": order["total_minor"], "credit_minor": order["credit_minor"],
              "vat_rate_bp": order["vat_rate_bp"], "vat_minor": order["vat_minor"]}
    if order["refund_minor"]:
        detail.update(refund_minor=order["refund_minor"], refund_currency=order["refund_currency"])
    insert_event(db, kind="purchase", desk=p.desk, account_id=p.account_id, order_id=order["id"],
                 detail=detail, created_at=order["created_at"])
