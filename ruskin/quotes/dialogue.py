"""Dialogue paragraphs: a line that opens with a dash and a capital letter.

"— Это важно, — сказал губернатор. — Мы продолжим." is two stretches of speech with one
attribution; a dash paragraph without an attribution is speech only after a colon that
introduces it ("Губернатор сказал:" on the line before). Lists ("- развитие …;") have
neither and are left alone. A paragraph with no marks and no opening dash is speech when an
attribution with a verb of saying closes it ("Задач много. Впереди большая работа, — сказал
Иван Петров.").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..nlp.analysis import Analysis, Word
from .attribution import (
    DASHES,
    ENDS,
    MARKS,
    Attribution,
    Speech,
    attribution_after,
    attribution_before,
    is_speech_verb,
    same_line,
)

__all__ = ["dialogue_speeches"]

MIN_SPEECH_WORDS = 4
"""Words a paragraph of speech without marks has at least before its attribution."""


def dialogue_speeches(analysis: Analysis) -> Iterator[Speech]:
    """Speech in the dash paragraphs of the text, and in paragraphs of speech without marks that
    end with their attribution, in text order."""
    for first, last in _dash_paragraphs(analysis):
        yield from _dialogue_line(analysis, first, last)
    for first, last in _lines(analysis):
        speech = _bare_paragraph(analysis, first, last)
        if speech is not None:
            yield speech


def _lines(analysis: Analysis) -> Iterator[tuple[int, int]]:
    """(first, last) word of each line."""
    words = analysis.words
    first = 0
    for index in range(1, len(words) + 1):
        if index == len(words) or not same_line(analysis, index - 1, index):
            yield first, index - 1
            first = index


def _bare_paragraph(analysis: Analysis, first: int, last: int) -> Speech | None:
    """A paragraph of speech set off by no marks or dash, its attribution closing it: "Задач много.
    Впереди большая работа, — сказал Иван Петров."."""
    words = analysis.words
    if words[first].text in DASHES or not words[first].text[:1].isupper():
        return None
    if any(word.text in MARKS for word in words[first : last + 1]):
        return None
    for end in range(last - 1, first + MIN_SPEECH_WORDS - 1, -1):
        if words[end].text in ENDS and words[end + 1].text in DASHES:
            attribution = attribution_after(analysis, end - 1)
            closes = attribution is not None and attribution.last >= last - 1 and is_speech_verb(words[attribution.verb])
            return Speech(words[first].start, _speech_stop(words, end), attribution) if closes else None
    return None


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
