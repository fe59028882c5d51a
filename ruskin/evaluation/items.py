"""What gold corpora and predictions are made of: typed spans, relations, occupations.

Every span is a half-open ``(start, stop)`` pair of character offsets into the document's
text, the same convention as ``ruskin.records``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

Span = tuple[int, int]
"""``(start, stop)``: half-open character offsets."""


@dataclass(frozen=True, slots=True)
class Entity:
    """A typed span: ``PERSON 0 14``."""

    type: str
    start: int
    stop: int

    @property
    def span(self) -> Span:
        """``(start, stop)``."""
        return (self.start, self.stop)


@dataclass(frozen=True, slots=True)
class Relation:
    """A directed relation from the ``head`` span to the ``tail`` span."""

    type: str
    head: Span
    tail: Span


@dataclass(frozen=True, slots=True)
class Occupation:
    """A predicted post: who holds it, the post's span and where, if known."""

    who: Span
    position: Span
    where: Span | None = None


@dataclass(frozen=True, slots=True)
class Prediction:
    """Everything ruskin predicts for one document, in the evaluation's terms."""

    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    occupations: tuple[Occupation, ...] = ()


def overlaps(first: Span, second: Span) -> bool:
    """True when the two spans share at least one character."""
    return first[0] < second[1] and second[0] < first[1]


def distance(first: Span, second: Span) -> int:
    """Characters between two spans; 0 when they touch, overlap or nest."""
    return max(first[0] - second[1], second[0] - first[1], 0)


def nearest(spans: Iterable[Span], anchor: Span) -> Span | None:
    """The span closest to ``anchor`` (the earlier one on a tie); None if there are none."""
    return min(spans, key=lambda span: (distance(span, anchor), span), default=None)


def enclosing(span: Span, sentences: Iterable[Span]) -> Span | None:
    """The sentence span that ``span`` starts in; None if it starts in none."""
    return next((sentence for sentence in sentences if sentence[0] <= span[0] < sentence[1]), None)


def closest_pair(firsts: Iterable[Span], seconds: Iterable[Span]) -> tuple[Span, Span] | None:
    """The pair, one span from each side, that lies closest together; None if a side is empty."""
    pairs = [(first, second) for first in firsts for second in seconds]
    return min(pairs, key=lambda pair: (distance(*pair), pair), default=None)
