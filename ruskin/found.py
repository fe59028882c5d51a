"""What the taggers find before records are built: spans over the analysed words."""

from __future__ import annotations

from dataclasses import dataclass

from .nlp.names import NameParts
from .records import MentionType


@dataclass(frozen=True, slots=True)
class Found:
    """A mention candidate: words ``first``..``last`` (inclusive) of one type."""

    type: MentionType
    first: int
    last: int
    start: int
    stop: int
    normal: str
    name: NameParts | None = None
