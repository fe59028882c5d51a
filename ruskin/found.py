"""What the taggers find before records are built: spans over the analysed words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .nlp.names import NameParts
from .records import MentionType


@dataclass(frozen=True, slots=True)
class Found:
    """A mention candidate: words ``first``..``last`` (inclusive) of one type.

    ``name`` holds a person's name parts; ``key`` the gazetteer entry a mention resolves
    to (a region, agency or initiative); ``value`` a tagger's own payload (a date's value).
    """

    type: MentionType
    first: int
    last: int
    start: int
    stop: int
    normal: str
    name: NameParts | None = None
    key: str | None = None
    value: Any = None
