"""ruskin's logging: every module logs to ``logging.getLogger(__name__)`` under ``"ruskin"``.

As a library ruskin writes nothing itself (a ``NullHandler``, set up in ``ruskin/__init__``);
configure the ``"ruskin"`` logger to see what it does. The command line and its worker
processes send it to stderr as ``ruskin: message`` lines, with ``log_to_stderr``.
"""

from __future__ import annotations

import logging
import sys

__all__ = ["LOGGER", "log_to_stderr"]

LOGGER = "ruskin"
"""The name of the logger above every ruskin module's logger."""


class _Stderr(logging.Handler):
    """Writes to whatever ``sys.stderr`` is when a record comes (tests and tools replace it)."""

    def emit(self, record: logging.LogRecord) -> None:
        """Print one formatted record to stderr."""
        try:
            print(self.format(record), file=sys.stderr)
        except Exception:
            self.handleError(record)


_handler = _Stderr()
_handler.setFormatter(logging.Formatter("ruskin: %(message)s"))


def log_to_stderr(level: int = logging.WARNING) -> None:
    """Send ruskin's records of ``level`` and above to stderr; once, however often it is called."""
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level)
    if _handler not in logger.handlers:
        logger.addHandler(_handler)
