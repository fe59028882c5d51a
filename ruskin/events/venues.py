"""Words between a preposition and the place an event is held in (``event_place_words.tsv``).

A common noun of the place's kind may stand between "в"/"на" and the place's name, and so may
the place's adjectives: "родился в селе Малиновка" is held in Малиновка as "родился в Малиновке"
would be, and "концерт в лондонском Альберт-холле" in the Альберт-холл.
"""

from __future__ import annotations

from functools import cache

from ..gazetteers.gazetteer import load_table
from ..gazetteers.places import normalize_lemma
from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..taggers.venues import VENUE

__all__ = ["institutions", "is_venue", "place_kinds", "word_before_name"]

_MODIFIERS = 3


@cache
def place_kinds() -> frozenset[str]:
    """Lemmas of the place-kind nouns of ``event_place_words.tsv`` ("провинция", "село")."""
    return frozenset(normalize_lemma(row["word"]) for row in load_table("event_place_words") if row["role"] == "kind")


def word_before_name(analysis: Analysis, first: int) -> int:
    """The index of the word before a place's name starting at ``first``, a place-kind noun and
    adjectives right before the name skipped ("в японской префектуре | Хоккайдо", "в лондонском | Альберт-холле")."""
    before = first - 1
    if before > 0 and normalize_lemma(analysis.words[before].lemma) in place_kinds():
        before -= 1
    while before > 0 and first - before <= _MODIFIERS and _adjective(analysis.words[before]):
        before -= 1
    return before


def _adjective(word: Word) -> bool:
    """A lower-case adjective, as a place's adjective is written ("лондонском"), not a name taken for one."""
    return word.pos == "ADJ" and word.text[:1].islower()


def is_venue(place: Found, analysis: Analysis) -> bool:
    """Whether a place mention is a venue's (``taggers.venues``): "Ваганьковском кладбище", or an
    organisation housed in a building of its own ("областной филармонии")."""
    if place.type == "LOCATION" and place.value == VENUE:
        return True
    return place.type == "ORGANIZATION" and _institution(analysis, place)


@cache
def institutions() -> frozenset[str]:
    """Lemmas of the institution nouns of ``event_place_words.tsv`` ("театр", "филармония")."""
    return frozenset(normalize_lemma(row["word"]) for row in load_table("event_place_words") if row["role"] == "institution")


def _institution(analysis: Analysis, organization: Found) -> bool:
    head = next((w for w in analysis.words[organization.first : organization.last + 1] if w.pos == "NOUN"), None)
    return head is not None and normalize_lemma(head.lemma) in institutions()
