"""Standard output for the `ledger` commands, whose reader may leave early.

`ledger verify | head -1`: head exits after one line and the next write to the
pipe fails (Python ignores SIGPIPE, so it raises BrokenPipeError, even from the
first print). The Python docs' note on SIGPIPE (signal module) advises pointing
stdout at /dev/null then. Doing that inside write() lets the command run to its
end, so its exit status (verify's 0 or 1) still tells the truth.
"""
from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator


class _ReaderMayLeave:
    """Wraps sys.stdout: once the reader is gone, the rest goes to /dev/null."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._to_devnull()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._to_devnull()

    def _to_devnull(self) -> None:
        # Output still buffered is flushed again later, now into /dev/null:
        # dropping it is the point, and no second BrokenPipeError can follow.
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, self._stream.fileno())
        finally:
            os.close(devnull)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextlib.contextmanager
def stdout_reader_may_leave() -> Iterator[None]:
    """Inside: writes to sys.stdout never raise BrokenPipeError; flushed on the way out."""
    stream = sys.stdout
    guard = _ReaderMayLeave(stream)
    sys.stdout = guard
    try:
        yield
    finally:
        sys.stdout = stream
        # Flushed here, not at exit, where a closed pipe would print
        # "Exception ignored ... BrokenPipeError" and exit 120.
        guard.flush()
