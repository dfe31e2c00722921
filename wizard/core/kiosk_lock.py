"""The kiosk's exit PIN: a salted scrypt hash and the wrong-try count in one small file (no Qt).

Only the salt and the hash are kept, never the PIN. The count of wrong tries
and the end of a lockout live in the same file and are read on every call, so
ending the program (pulling the plug) does not give a guesser five new tries.
A file that cannot be read or makes no sense counts as "no PIN": the kiosk
then refuses to start instead of starting with an exit nobody can open.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MAX_TRIES = 5
LOCKOUT_SECONDS = 15 * 60
PIN_PATTERN = re.compile(r"[0-9]{4,8}")
# scrypt's cost: about 16 MB and a few tens of milliseconds a try, on top of the lockout.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
_MAX_FILE_BYTES = 64 * 1024  # the file holds a few short fields; anything larger is not ours
_HEX = re.compile(r"[0-9a-f]+")


class PinError(ValueError):
    """A PIN that cannot be used; str() is one sentence."""


@dataclass(frozen=True)
class Attempt:
    ok: bool
    tries_left: int
    locked_until: float | None  # epoch seconds


@dataclass(frozen=True)
class _State:
    salt: bytes
    hash: bytes
    wrong_tries: int = 0
    locked_until: float | None = None


def check_pin(pin: str) -> str:
    """`pin` when it is 4 to 8 digits (0-9 only), else PinError."""
    if not isinstance(pin, str) or PIN_PATTERN.fullmatch(pin) is None:
        raise PinError("The PIN must be 4 to 8 digits.")
    return pin


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=HASH_BYTES
    )


def write_private_json(path: Path, data: dict) -> None:
    """Write `data` as JSON to `path` atomically (a private temporary file, then os.replace), mode 0600.

    Readers see the old file or the new one, never half of one. OSError when it cannot be written.
    """
    from wizard.core.paths import fsync_path

    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    if os.name == "posix":
        fsync_path(path.parent)


def pin_record(salt: bytes, digest: bytes) -> dict:
    """The PIN's part of the file (and of an exported kiosk config)."""
    return {"salt": salt.hex(), "hash": digest.hex()}


def parse_pin_record(value) -> tuple[bytes, bytes] | None:
    """(salt, hash) from a pin_record(), or None when it is not one."""
    if not isinstance(value, dict) or set(value) != {"salt", "hash"}:
        return None
    salt, digest = value["salt"], value["hash"]
    if not (isinstance(salt, str) and len(salt) == 2 * SALT_BYTES and _HEX.fullmatch(salt)):
        return None
    if not (isinstance(digest, str) and len(digest) == 2 * HASH_BYTES and _HEX.fullmatch(digest)):
        return None
    return bytes.fromhex(salt), bytes.fromhex(digest)


class ExitLock:
    """The exit PIN of one data folder's kiosk, and its lockout after MAX_TRIES wrong tries."""

    def __init__(self, path: Path | None = None, *, clock: Callable[[], float] = time.time):
        if path is None:
            from wizard.core.paths import data_dir

            path = data_dir() / "kiosk.json"
        self.path = Path(path)
        self.clock = clock

    # -- the file ---------------------------------------------------------------

    def _read(self) -> _State | None:
        """The stored state; None when there is no file or it cannot be used."""
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(_MAX_FILE_BYTES + 1)
            if len(raw) > _MAX_FILE_BYTES:
                return None
            data = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            return None
        if not isinstance(data, dict) or set(data) != {"pin", "wrong_tries", "locked_until"}:
            return None
        pin = parse_pin_record(data["pin"])
        tries, until = data["wrong_tries"], data["locked_until"]
        if pin is None or type(tries) is not int or not 0 <= tries < MAX_TRIES:
            return None
        if until is not None and (type(until) not in (int, float) or not math.isfinite(until)):
            return None
        return _State(pin[0], pin[1], tries, None if until is None else float(until))

    def _write(self, state: _State) -> None:
        write_private_json(self.path, {
            "pin": pin_record(state.salt, state.hash),
            "wrong_tries": state.wrong_tries,
            "locked_until": state.locked_until,
        })

    def _current(self) -> _State | None:
        """The stored state, with a lockout that has run out treated as over."""
        state = self._read()
        if state is not None and state.locked_until is not None and self.clock() >= state.locked_until:
            return _State(state.salt, state.hash)
        return state

    # -- the API ----------------------------------------------------------------

    def has_pin(self) -> bool:
        return self._read() is not None

    def set_pin(self, pin: str) -> None:
        """Keep a new PIN (its salt and scrypt hash); the wrong-try count and any lockout start afresh."""
        check_pin(pin)
        salt = secrets.token_bytes(SALT_BYTES)
        self._write(_State(salt, _hash(pin, salt)))

    def locked_until(self) -> float | None:
        state = self._current()
        return None if state is None else state.locked_until

    def try_pin(self, pin: str) -> Attempt:
        """Check `pin`; the MAX_TRIES-th wrong one in a row locks the exit for LOCKOUT_SECONDS.

        Without a usable PIN file nothing opens the exit. OSError when a wrong
        try cannot be written down (then it must not be given again for free).
        """
        state = self._current()
        if state is None:
            return Attempt(False, 0, None)
        if state.locked_until is not None:
            return Attempt(False, 0, state.locked_until)
        right = isinstance(pin, str) and PIN_PATTERN.fullmatch(pin) is not None
        # compare_digest: the time taken does not tell how much of the hash matched.
        right = right and hmac.compare_digest(_hash(pin, state.salt), state.hash)
        if right:
            if state.wrong_tries or self._read() != state:
                try:
                    self._write(_State(state.salt, state.hash))
                except OSError:
                    pass  # the exit opens anyway; the count resets with the next right PIN
            return Attempt(True, MAX_TRIES, None)
        tries = state.wrong_tries + 1
        if tries >= MAX_TRIES:
            until = self.clock() + LOCKOUT_SECONDS
            self._write(_State(state.salt, state.hash, 0, until))
            return Attempt(False, 0, until)
        self._write(_State(state.salt, state.hash, tries, None))
        return Attempt(False, MAX_TRIES - tries, None)

    # -- carrying the PIN to another desk (kiosk config export/import) ------------

    def exported_pin(self) -> dict | None:
        """The PIN's salt and hash as a pin_record(), or None without a usable PIN."""
        state = self._read()
        return None if state is None else pin_record(state.salt, state.hash)

    def import_pin(self, record: dict) -> None:
        """Take over a PIN from exported_pin(); ValueError when `record` is not one."""
        parsed = parse_pin_record(record)
        if parsed is None:
            raise ValueError("not a PIN record")
        self._write(_State(*parsed))
