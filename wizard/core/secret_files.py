"""Small secret files in the data folder (the card fingerprint key, the desk keys): made once, atomically,
readable only by their user."""
from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path


def create_secret_file(path: Path, size: int, read_existing: Callable[[Path], bytes]) -> bytes:
    """`size` random bytes, written to `path` (0600); if another process made it first, its secret.

    Several processes may start at once, so creation is atomic: the secret is
    written to a private temporary file (O_CREAT|O_EXCL, 0600) and then
    hard-linked into place, which fails if another process got there first:
    nobody ever reads a half-written secret, and nobody overwrites the winner's
    (that one is read with `read_existing`). Raises OSError when it cannot be written.
    """
    secret = secrets.token_bytes(size)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secret)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return read_existing(path)
    finally:
        tmp.unlink(missing_ok=True)
    return secret


def keep_private(path: Path) -> None:
    """Back to 0600 if someone widened its mode: the promise is "readable only by its user"."""
    if os.name == "posix" and path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
