"""A time limit on a block of code: ``DocumentTimeoutError`` when it runs too long.

Batch workers run each document under one, so that a pathological document becomes an
error record instead of holding back the batch (output keeps input order, so one slow
document would hold back every line after it). The limit is a real-time timer (SIGALRM):
it interrupts Python code and blocking reads, but not one long call into C; it works in
the main thread of a process with SIGALRM (Linux, macOS) and is no limit elsewhere.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import DocumentTimeoutError

__all__ = ["deadline"]


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise ``DocumentTimeoutError`` in the block if it runs longer than ``seconds`` (None: no limit)."""
    if not seconds or not _can_time():
        yield
        return

    def expire(number: int, frame: FrameType | None) -> None:
        raise DocumentTimeoutError(f"took longer than the time limit of {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
