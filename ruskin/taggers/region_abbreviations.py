"""Regions named by an abbreviation that may stand for more than one ("РТ", "РБ", "ЧР").

``data/region_abbreviations.tsv`` lists such abbreviations with the regions each may
mean. One written as is (case and all) is a REGION mention when it can mean one region
only, or when exactly one of the regions it may mean is named elsewhere in the text (in
full, by a city, by an unambiguous abbreviation); otherwise it is left open: no mention,
rather than a guess. A mention's value is ``ABBREVIATION`` so that later stages can say a
seat came from an abbreviation.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..found import Found
from ..gazetteers.gazetteer import load_table, split_values
from ..nlp.analysis import Analysis
from ..gazetteers.places import regions

__all__ = ["ABBREVIATION", "abbreviation_mentions", "region_abbreviations"]

ABBREVIATION = "abbreviation"
"""The value of a REGION mention made from an abbreviation of this table."""

LONGEST = 4
"""Most words an abbreviation spans ("РС(Я)" is four tokens)."""


@lru_cache(maxsize=1)
def region_abbreviations() -> dict[str, tuple[str, ...]]:
    """Abbreviation as written -> the region keys it may stand for."""
    return {row["abbreviation"]: tuple(split_values(row["keys"])) for row in load_table("region_abbreviations")}


def abbreviation_mentions(analysis: Analysis, places: Sequence[Found]) -> list[Found]:
    """REGION mentions of the abbreviations that can be resolved, outside the ``places`` found."""
    named = {place.key for place in places if place.type in ("REGION", "CITY") and place.key}
    taken = {n for place in places for n in range(place.first, place.last + 1)}
    found = []
    for first in range(len(analysis.words)):
        if first in taken:
            continue
        match = _abbreviation_at(analysis, first)
        if match is None:
            continue
        last, keys = match
        key = _resolved(keys, named)
        if key is not None:
            found.append(_mention(analysis, first, last, key))
    return found


def _abbreviation_at(analysis: Analysis, first: int) -> tuple[int, tuple[str, ...]] | None:
    """The longest abbreviation starting at word ``first``: its last word and its regions."""
    words, table = analysis.words, region_abbreviations()
    if not words[first].text[:1].isupper():
        return None
    for last in range(min(first + LONGEST, len(words)) - 1, first - 1, -1):
        text = analysis.text[words[first].start : words[last].stop]
        if text in table and _whole_word(analysis, first, last):
            return last, table[text]
    return None


def _whole_word(analysis: Analysis, first: int, last: int) -> bool:
    """The words are not glued to letters before or after them ("РТ" in "РТС" is no match)."""
    text, words = analysis.text, analysis.words
    before = text[words[first].start - 1] if words[first].start > 0 else " "
    after = text[words[last].stop] if words[last].stop < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _resolved(keys: tuple[str, ...], named: set[str]) -> str | None:
    if len(keys) == 1:
        return keys[0]
    chosen = [key for key in keys if key in named]
    return chosen[0] if len(chosen) == 1 else None


def _mention(analysis: Analysis, first: int, last: int, key: str) -> Found:
    words = analysis.words
    return Found("REGION", first, last, words[first].start, words[last].stop, regions()[key].name, key=key, value=ABBREVIATION)
