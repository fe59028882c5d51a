"""Score a Document's article records against record-level gold, category by category.

Every category matches gold and predicted items one to one (a largest matching), so
each gold item is matched at most once, and counts are summed over documents
(micro-averaged). The categories:

    persons          names (``matching.name_matches``)
    officials        holder's name and every key stem of the gold post in the title
    officials+place  and the gold region, when there is one, among the post's regions
    officials+status and the gold status (current, acting, former, future) among the post's
    regions          federal subjects and districts (``matching.region_matches``)
    agencies         government bodies (``matching.agency_matches``)
    events           every key stem in the event's name
    events+when      and the gold start date, when there is one
    events+who       and every gold participant among the event's participants
    dates            start and end
    quotes           the quote begins with the gold words
    quotes+speaker   and the speaker's name (None for an unnamed speaker)

A post predicted under several titles that are all right for one gold post counts once;
wrong ones count once per holder and title (``records_view`` pools them so).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .govnews import GoldEvent, GoldOfficial, GoldQuote, GovnewsDoc
from .matching import (
    agency_matches,
    date_matches,
    holds_keys,
    name_matches,
    quote_matches,
    region_matches,
)
from .records_view import ArticleRecords, PredictedEvent, PredictedOfficial, PredictedQuote
from .score import match_pairs

__all__ = ["CATEGORIES", "CategoryScore", "DocumentScore", "score_document", "total"]

G = TypeVar("G")
P = TypeVar("P")

CATEGORIES = (
    "persons",
    "officials",
    "officials+place",
    "officials+status",
    "regions",
    "agencies",
    "events",
    "events+when",
    "events+who",
    "dates",
    "quotes",
    "quotes+speaker",
)
"""The categories, in the order tables show them."""


@dataclass(frozen=True)
class CategoryScore:
    """Gold, predicted and correct counts, with what was missed and what was extra."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0
    missed: tuple[str, ...] = field(default=(), compare=False)
    extra: tuple[str, ...] = field(default=(), compare=False)

    def __add__(self, other: CategoryScore) -> CategoryScore:
        return CategoryScore(
            self.gold + other.gold, self.predicted + other.predicted, self.correct + other.correct
        )

    @property
    def precision(self) -> float:
        """Correct over predicted; 0 with nothing predicted."""
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Correct over gold; 0 with no gold."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def as_json(self) -> dict[str, Any]:
        """``{"gold", "predicted", "correct", "precision", "recall", "f1"}``."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


DocumentScore = dict[str, CategoryScore]
"""Scores of one document (or of many, summed), by category."""


def score_document(gold: GovnewsDoc, predicted: ArticleRecords) -> DocumentScore:
    """Every category's score for one document."""
    return {
        "persons": _score(gold.persons, predicted.persons, name_matches, str, str),
        "officials": _officials(gold.officials, predicted.officials, _official_named),
        "officials+place": _officials(gold.officials, predicted.officials, _official_placed),
        "officials+status": _officials(gold.officials, predicted.officials, _official_in_status),
        "regions": _score(gold.regions, predicted.regions, region_matches, str, str),
        "agencies": _score(
            gold.agencies, predicted.agencies, lambda g, p: agency_matches(g, *p), " | ".join, _agency_text
        ),
        "events": _score(gold.events, predicted.events, _event_named, _gold_event_text, _event_text),
        "events+when": _score(gold.events, predicted.events, _event_dated, _gold_event_text, _event_text),
        "events+who": _score(gold.events, predicted.events, _event_attended, _gold_event_text, _event_text),
        "dates": _score(gold.dates, predicted.dates, lambda g, p: _dates_match((g.start, g.end), p), str, str),
        "quotes": _score(gold.quotes, predicted.quotes, _quote_found, _gold_quote_text, _quote_text),
        "quotes+speaker": _score(gold.quotes, predicted.quotes, _quote_spoken, _gold_quote_text, _quote_text),
    }


def total(scores: Sequence[DocumentScore]) -> DocumentScore:
    """Counts summed over documents, per category (micro-average)."""
    return {category: sum((score[category] for score in scores), CategoryScore()) for category in CATEGORIES}


def _score(
    gold: Sequence[G],
    predicted: Sequence[P],
    matches: Callable[[G, P], bool],
    gold_text: Callable[[G], str],
    predicted_text: Callable[[P], str],
) -> CategoryScore:
    pairs = match_pairs(gold, predicted, matches)
    taken = set(pairs.values())
    return CategoryScore(
        gold=len(gold),
        predicted=len(predicted),
        correct=len(pairs),
        missed=tuple(gold_text(item) for g, item in enumerate(gold) if g not in pairs),
        extra=tuple(predicted_text(item) for p, item in enumerate(predicted) if p not in taken),
    )


def _officials(
    gold: Sequence[GoldOfficial], predicted: Sequence[PredictedOfficial],
    matches: Callable[[GoldOfficial, PredictedOfficial], bool],
) -> CategoryScore:
    """Right titles beyond the one matched to a gold post are not counted; wrong ones are."""
    pairs = match_pairs(gold, predicted, matches)
    taken = set(pairs.values())
    wrong = [item for p, item in enumerate(predicted) if p not in taken and not any(matches(g, item) for g in gold)]
    return CategoryScore(
        gold=len(gold),
        predicted=len(pairs) + len(wrong),
        correct=len(pairs),
        missed=tuple(_gold_official_text(item) for g, item in enumerate(gold) if g not in pairs),
        extra=tuple(_official_text(item) for item in wrong),
    )


def _official_named(gold: GoldOfficial, guess: PredictedOfficial) -> bool:
    return name_matches(gold.person, guess.person) and holds_keys(gold.keys, guess.title)


def _official_placed(gold: GoldOfficial, guess: PredictedOfficial) -> bool:
    if not _official_named(gold, guess):
        return False
    return gold.region is None or any(region_matches(gold.region, region) for region in guess.regions)


def _official_in_status(gold: GoldOfficial, guess: PredictedOfficial) -> bool:
    return _official_named(gold, guess) and gold.status in guess.statuses


def _event_named(gold: GoldEvent, guess: PredictedEvent) -> bool:
    return holds_keys(gold.keys, guess.name)


def _event_dated(gold: GoldEvent, guess: PredictedEvent) -> bool:
    return _event_named(gold, guess) and (gold.start is None or date_matches(gold.start, guess.start))


def _event_attended(gold: GoldEvent, guess: PredictedEvent) -> bool:
    return _event_named(gold, guess) and all(
        any(name_matches(person, other) for other in guess.participants) for person in gold.participants
    )


def _dates_match(gold: tuple[str | None, str | None], guess: tuple[str, str | None]) -> bool:
    return date_matches(gold[0], guess[0]) and date_matches(gold[1], guess[1])


def _quote_found(gold: GoldQuote, guess: PredictedQuote) -> bool:
    return quote_matches(gold.starts, guess.text)


def _quote_spoken(gold: GoldQuote, guess: PredictedQuote) -> bool:
    if not _quote_found(gold, guess):
        return False
    if gold.speaker is None or guess.speaker is None:
        return gold.speaker is guess.speaker
    return name_matches(gold.speaker, guess.speaker)


def _gold_official_text(item: GoldOfficial) -> str:
    return f"{item.person}: {item.post} [{', '.join(item.keys)}]" + (f" @ {item.region}" if item.region else "")


def _official_text(item: PredictedOfficial) -> str:
    return f"{item.person}: {item.title}" + (f" @ {', '.join(item.regions)}" if item.regions else "")


def _agency_text(item: tuple[str, str | None]) -> str:
    return item[0] + (f" ({item[1]})" if item[1] else "")


def _gold_event_text(item: GoldEvent) -> str:
    return f"[{', '.join(item.keys)}] {item.start or '-'} {', '.join(item.participants)}"


def _event_text(item: PredictedEvent) -> str:
    return f"{item.name} {item.start or '-'} {', '.join(item.participants)}"


def _gold_quote_text(item: GoldQuote) -> str:
    return f"{item.speaker or '?'}: {item.starts}"


def _quote_text(item: PredictedQuote) -> str:
    return f"{item.speaker or '?'}: {item.text[:60]}"
