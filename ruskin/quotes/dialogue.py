"""Dialogue paragraphs: a line that opens with a dash and a capital letter.

"— Это важно, — сказал губернатор. — Мы продолжим." is two stretches of speech with one
attribution; a dash paragraph without an attribution is speech only after a colon that
introduces it ("Губернатор сказал:" on the line before). Lists ("- развитие …;") have
neither and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..nlp.analysis import Analysis, Word
from .attribution import DASHES, ENDS, Attribution, Speech, attribution_after, attribution_before, same_line

__all__ = ["dialogue_speeches"]


def dialogue_speeches(analysis: Analysis) -> Iterator[Speech]:
    """Speech in the dash paragraphs of the text, in text order."""
    for first, last in _dash_paragraphs(analysis):
        yield from _dialogue_line(analysis, first, last)


def _dash_paragraphs(analysis: Analysis) -> Iterator[tuple[int, int]]:
    """(first, last) word of each line that opens with a dash and a capital letter."""
    words = analysis.words
    for first in range(len(words) - 1):
        starts_line = first == 0 or not same_line(analysis, first - 1, first)
        if starts_line and words[first].text in DASHES and words[first + 1].text[:1].isupper():
            last = first
            while last + 1 < len(words) and same_line(analysis, last, last + 1):
                last += 1
            yield first, last


def _dialogue_line(analysis: Analysis, first: int, last: int) -> Iterator[Speech]:
    words = analysis.words
    for end in range(first + 1, last):
        attribution = attribution_after(analysis, end - 1) if words[end].text in ENDS else None
        if attribution is not None:
            yield Speech(words[first + 1].start, _speech_stop(words, end), attribution)
            yield from _continuation(analysis, attribution, last)
            return
    colon = attribution_before(analysis, first)
    if colon is not None:
        yield Speech(words[first + 1].start, words[last].stop, colon)


def _speech_stop(words: list[Word], end: int) -> int:
    return words[end - 1].stop if words[end].text in {",", "."} else words[end].stop


def _continuation(analysis: Analysis, attribution: Attribution, last: int) -> Iterator[Speech]:
    words = analysis.words
    dash = attribution.last + 2
    if dash + 1 <= last and words[attribution.last + 1].text in {".", ","} and words[dash].text in DASHES:
        yield Speech(words[dash + 1].start, words[last].stop, attribution)
