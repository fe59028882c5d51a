"""Reading corpus files: UTF-8 text, and the one reading of a text its offsets fit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import CorpusError

__all__ = ["fitting_text", "read_text"]


def read_text(file: Path) -> str:
    """The file's text exactly as stored (a UTF-8 byte-order mark dropped); ``CorpusError`` if unreadable."""
    try:
        with file.open(encoding="utf-8-sig", newline="") as stream:
            return stream.read()
    except (OSError, UnicodeDecodeError) as error:
        raise CorpusError(f"cannot read {file}: {error}") from None


def fitting_text(file: Path, fits: Callable[[str], bool]) -> str:
    """The text of ``file``, or of it with Windows line ends made ``\\n``, whichever the offsets fit.

    A corpus checked out with CRLF line ends keeps offsets counted over LF; ``CorpusError``
    if neither reading fits.
    """
    raw = read_text(file)
    for text in dict.fromkeys([raw, raw.replace("\r\n", "\n")]):
        if fits(text):
            return text
    raise CorpusError(f"the annotation offsets do not fit the text of {file}")
