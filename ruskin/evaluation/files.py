"""Reading corpus files: UTF-8 text, and the one reading of a text its offsets fit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import CorpusError

__all__ = ["corpus_files", "fitting_text", "read_text"]


def corpus_files(path: str | Path, pattern: str, corpus: str) -> list[Path]:
    """The files matching ``pattern`` in a corpus folder, sorted by name; ``CorpusError`` if none."""
    folder = Path(path)
    if not folder.is_dir():
        raise CorpusError(f"{corpus} folder not found: {folder}")
    files = sorted(folder.glob(pattern))
    if not files:
        raise CorpusError(f"no {corpus} {pattern.lstrip('*')} files in {folder}")
    return files


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
