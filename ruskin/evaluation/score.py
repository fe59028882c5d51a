"""Precision, recall and F1 per label, by exact span and by overlap.

Matching is one-to-one within a document: each gold item is matched at most once and each
prediction at most once, as many pairs as possible (a maximum bipartite matching), so a
duplicated prediction counts once as right and once as wrong. With nothing predicted
precision is 0; with no gold, recall is 0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .factru import FactruOccupation
from .items import Entity, Occupation, Relation, overlaps

__all__ = ["Counts", "Table", "add", "match_count", "match_pairs", "micro", "score_entities", "score_occupations", "score_relations"]

G = TypeVar("G")
P = TypeVar("P")
T = TypeVar("T", Entity, Relation)
Table = dict[str, "Counts"]
"""Counts per label."""


@dataclass(frozen=True, slots=True)
class Counts:
    """Gold and predicted items of one label and how many matched, exactly and by overlap."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(mine + theirs for mine, theirs in zip(self.astuple(), other.astuple())))

    def astuple(self) -> tuple[int, int, int, int]:
        """``(gold, predicted, exact, overlap)``."""
        return (self.gold, self.predicted, self.exact, self.overlap)

    def prf(self, matched: int) -> tuple[float, float, float]:
        """Precision, recall and F1 for a number of matched pairs."""
        precision = matched / self.predicted if self.predicted else 0.0
        recall = matched / self.gold if self.gold else 0.0
        total = precision + recall
        return precision, recall, (2 * precision * recall / total if total else 0.0)


def match_count(gold: Sequence[G], predicted: Sequence[P], matches: Callable[[G, P], bool]) -> int:
    """The largest number of one-to-one (gold, predicted) pairs for which ``matches`` holds."""
    return len(match_pairs(gold, predicted, matches))


def match_pairs(gold: Sequence[G], predicted: Sequence[P], matches: Callable[[G, P], bool]) -> dict[int, int]:
    """A largest one-to-one matching: gold index -> predicted index, for which ``matches`` holds."""
    options = [[g for g, item in enumerate(gold) if matches(item, guess)] for guess in predicted]
    owner: dict[int, int] = {}

    def place(guess: int, seen: set[int]) -> bool:
        for g in options[guess]:
            if g not in seen:
                seen.add(g)
                if g not in owner or place(owner[g], seen):
                    owner[g] = guess
                    return True
        return False

    for guess in range(len(predicted)):
        place(guess, set())
    return owner


def score_entities(gold: Iterable[Entity], predicted: Iterable[Entity], labels: Iterable[str]) -> Table:
    """Counts per label for one document's entities."""
    return _by_label(list(gold), list(predicted), labels, lambda g, p: g.span == p.span, _entity_overlap)


def score_relations(gold: Iterable[Relation], predicted: Iterable[Relation], labels: Iterable[str]) -> Table:
    """Counts per label for one document's relations: both arguments exact, or both overlapping."""
    return _by_label(list(gold), list(predicted), labels, lambda g, p: g == p, _relation_overlap)


def score_occupations(gold: Iterable[FactruOccupation], predicted: Iterable[Occupation]) -> Counts:
    """Counts for one document's occupations: who and position both exact, or both overlapping."""
    gold, predicted = list(gold), list(predicted)
    exact = match_count(gold, predicted, lambda g, p: p.who in g.who and p.position in g.position)
    overlap = match_count(gold, predicted, _occupation_overlap)
    return Counts(len(gold), len(predicted), exact, overlap)


def add(total: Table, table: Table) -> Table:
    """Two tables summed label by label."""
    return {label: total.get(label, Counts()) + table.get(label, Counts()) for label in {**total, **table}}


def micro(table: Table) -> Counts:
    """All labels pooled."""
    return sum(table.values(), Counts())


def _by_label(
    gold: list[T],
    predicted: list[T],
    labels: Iterable[str],
    exact: Callable[[T, T], bool],
    overlap: Callable[[T, T], bool],
) -> Table:
    table = {}
    for label in labels:
        mine, guesses = [g for g in gold if g.type == label], [p for p in predicted if p.type == label]
        table[label] = Counts(
            len(mine), len(guesses), match_count(mine, guesses, exact), match_count(mine, guesses, overlap)
        )
    return table


def _entity_overlap(gold: Entity, guess: Entity) -> bool:
    return overlaps(gold.span, guess.span)


def _relation_overlap(gold: Relation, guess: Relation) -> bool:
    return overlaps(gold.head, guess.head) and overlaps(gold.tail, guess.tail)


def _occupation_overlap(gold: FactruOccupation, guess: Occupation) -> bool:
    return any(overlaps(who, guess.who) for who in gold.who) and any(
        overlaps(post, guess.position) for post in gold.position
    )
