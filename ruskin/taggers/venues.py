"""Venues: a building or site named with its noun (``event_place_words.tsv``, role 'venue').

A venue noun takes the place's adjective or capitalised adjectives before it, and the
adjectives between ("на Ваганьковском кладбище", "в казанском аэропорту", "в Омском
драматическом театре") or a place or capitalised name right after
it ("в аэропорту Казани", "на стадионе Динамо"); with neither it names no venue ("в зале").
The venue is a LOCATION mention; the place inside it stays a mention of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..found import Found
from ..gazetteers.gazetteer import load_table
from ..gazetteers.places import normalize_lemma
from ..nlp.analysis import Analysis, Word
from ..nlp.normal import normalize_phrase

__all__ = ["VENUE", "venue_mentions", "venue_nouns"]

VENUE = "venue"
"""The ``value`` of a venue's LOCATION mention."""
_PLACES = frozenset({"REGION", "CITY", "COUNTRY", "LOCATION"})
_ADJECTIVES = 3
_NAME_WORDS = 3


@cache
def venue_nouns() -> frozenset[str]:
    """Lemmas of the venue nouns of ``event_place_words.tsv`` ("кладбище", "аэропорт")."""
    return frozenset(normalize_lemma(row["word"]) for row in load_table("event_place_words") if row["role"] == "venue")


def venue_mentions(analysis: Analysis, named: Sequence[Found]) -> list[Found]:
    """LOCATION mentions of the venues named in the text."""
    starts = {f.first: f for f in named if f.type in _PLACES}
    ends = {f.last: f for f in named if f.type in _PLACES}
    found = []
    for word in analysis.words:
        if word.pos == "NOUN" and normalize_lemma(word.lemma) in venue_nouns():
            first, last = _before(analysis, word, ends), _after(analysis, word, starts)
            if (first, last) != (word.index, word.index):
                words = analysis.words[first : last + 1]
                found.append(Found("LOCATION", first, last, words[0].start, words[-1].stop,
                                   normalize_phrase(words, analysis.text), value=VENUE))  # fmt: skip
    return found


def _before(analysis: Analysis, noun: Word, ends: dict[int, Found]) -> int:
    """The first word of the adjectives before the noun that a place's or a capitalised one opens
    ("на Ваганьковском кладбище", "в Омском драматическом театре"); the noun if none does."""
    first = noun.index
    index = noun.index
    while noun.index - index < _ADJECTIVES and index > 0 and _same_sentence(analysis, index - 1, noun):
        word = analysis.words[index - 1]
        if word.pos != "ADJ":
            break
        index -= 1
        if word.text[:1].isupper() or index in ends:
            first = index
    return first


def _after(analysis: Analysis, noun: Word, starts: dict[int, Found]) -> int:
    """The last word of the place or name right after the noun."""
    following = noun.index + 1
    if following in starts:
        return starts[following].last
    last = noun.index
    while last - noun.index < _NAME_WORDS and last + 1 < len(analysis.words) and _name_word(analysis, last + 1, noun):
        last += 1
    return last


def _name_word(analysis: Analysis, index: int, noun: Word) -> bool:
    word = analysis.words[index]
    return _same_sentence(analysis, index, noun) and word.text[:1].isupper() and not word.ner.endswith("PER")


def _same_sentence(analysis: Analysis, index: int, noun: Word) -> bool:
    return analysis.words[index].sentence == noun.sentence
