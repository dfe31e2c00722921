"""Desk keys and head files: what the ledger file alone cannot vouch for.

Both live in the program's data folder, outside the ledger, so whoever can
rewrite the ledger file cannot also recompute a desk's keyed hashes (the key
is not in the file) or make its newest orders vanish unnoticed (the head file
remembers them):

    desk-keys/<desk>.key    32 random bytes, 0600, made on the desk's first purchase
    desk-keys/<desk>.heads  one line per committed purchase: <ledger_id> <seq> <hash>
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
from pathlib import Path

from wizard.core.desks import is_desk_id
from wizard.core.paths import fsync_path
from wizard.core.secret_files import create_secret_file, keep_private
from wizard.ledger.errors import LedgerError

KEYS_FOLDER = "desk-keys"
_KEY_BYTES = 32
_HEAD_LINE = re.compile(r"(\S+) ([0-9]{1,18}) ([0-9a-f]{64})")


def keys_dir(*, create: bool = False) -> Path:
    from wizard.core.paths import data_dir

    folder = data_dir() / KEYS_FOLDER
    if create:
        folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def desk_key(desk: str, *, create: bool = False) -> bytes | None:
    """The desk's secret; None when it has none (and `create` is false).

    Several processes of one desk may start at once: the key is written to a
    private temporary file and hard-linked into place, so nobody reads half a
    key and nobody overwrites the one that won.
    """
    if not is_desk_id(desk):  # a desk id is safe as a file name
        return None
    path = keys_dir(create=create) / f"{desk}.key"
    try:
        return _read_key(path)
    except FileNotFoundError:
        if not create:
            return None
    try:
        return create_secret_file(path, _KEY_BYTES, _read_key)
    except OSError as error:
        raise LedgerError(f"The key of desk {desk} cannot be created in {path.parent} ({error.strerror}).") from error


def _read_key(path: Path) -> bytes:
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as error:
        raise LedgerError(f"The desk key {path} cannot be read ({error.strerror}).") from error
    if len(key) != _KEY_BYTES:
        # A new key would make every earlier order of the desk look forged: say so instead.
        raise LedgerError(f"The desk key {path} is damaged ({len(key)} bytes instead of {_KEY_BYTES}).")
    keep_private(path)
    return key


def order_mac(key: bytes, order_hash: str) -> str:
    """The keyed hash stored in orders.mac: HMAC-SHA256 of the order's chain hash."""
    return hmac.new(key, order_hash.encode("ascii"), hashlib.sha256).hexdigest()


def mac_signer(key: bytes):
    """order_mac() for many hashes under one key: HMAC (RFC 2104) with the key's
    inner and outer pads hashed once, twice as fast as hmac.new() per order."""
    block = (hashlib.sha256(key).digest() if len(key) > 64 else key).ljust(64, b"\0")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in block))
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in block))

    def sign(order_hash: str) -> str:
        step = inner.copy()
        step.update(order_hash.encode("ascii"))
        final = outer.copy()
        final.update(step.digest())
        return final.hexdigest()

    return sign


def ledger_id(db) -> str:
    """This ledger file's identity (ledger_meta), which head lines are filed under."""
    row = db.execute("SELECT value FROM ledger_meta WHERE key = 'ledger_id'").fetchone()
    if row is None:
        raise LedgerError("The ledger has no ledger_id, so its desks' head files cannot be matched to it.")
    return row[0]


def append_head(ledger_id: str, desk: str, seq: int, hash: str) -> None:
    """Record a committed order as the desk's newest, durably (raises OSError)."""
    folder = keys_dir(create=True)
    path = folder / f"{desk}.heads"
    created = not path.exists()
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        line = f"{ledger_id} {seq} {hash}\n"
        if os.fstat(fd).st_size:
            os.lseek(fd, -1, os.SEEK_END)
            if os.read(fd, 1) != b"\n":
                line = "\n" + line  # a line torn by a crash stays apart from this one
        # One write() of one short line with O_APPEND: desks appending at once do not interleave.
        os.write(fd, line.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    if created and os.name == "posix":
        fsync_path(folder)


def head_lines() -> dict[str, dict[str, list[tuple[int, str]]]]:
    """Every head line of this data folder: ledger_id -> desk -> [(seq, hash), ...] as appended.

    A torn last line (a crash in mid-append) does not parse and is skipped.
    """
    found: dict[str, dict[str, list[tuple[int, str]]]] = {}
    folder = keys_dir()
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.heads")):
        desk = path.name[: -len(".heads")]
        if not is_desk_id(desk):
            continue
        try:
            text = path.read_text("ascii", errors="replace")
        except OSError as error:
            raise LedgerError(f"The head file {path} cannot be read ({error.strerror}).") from error
        for line in text.splitlines():
            match = _HEAD_LINE.fullmatch(line)
            if match:
                found.setdefault(match[1], {}).setdefault(desk, []).append((int(match[2]), match[3]))
    return found


def read_heads(ledger_id: str) -> dict[str, tuple[int, str]]:
    """desk -> newest (seq, hash) recorded for this ledger (for a number recorded twice, the first hash)."""
    newest: dict[str, tuple[int, str]] = {}
    for desk, lines in head_lines().get(ledger_id, {}).items():
        top = max(seq for seq, _ in lines)
        newest[desk] = next(line for line in lines if line[0] == top)
    return newest
