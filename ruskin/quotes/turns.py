"""Turns of an interview or a transcript: a line that opens with a name and a colon.

"Путин: Какие вопросы вы хотели бы обсудить сегодня?" is speech by Путин: the rest
of the line, when it opens with a capital letter and has a few words. The name is read as
one when the tagger marks it, here or where the same word appears elsewhere in the text. A line already read
as a quote («…» after the colon) is left to ``layout``, whose speech wins where both overlap.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..nlp.analysis import Analysis
from .attribution import Speech, named_line, names_person, person_words, same_line

__all__ = ["turn_speeches"]

MIN_WORDS = 3
MAX_NAME = 4


def turn_speeches(analysis: Analysis) -> Iterator[Speech]:
    """Speech in the lines that open with a name and a colon, in text order."""
    words = analysis.words
    known = person_words(analysis)
    for first, word in enumerate(words):
        if first > 0 and same_line(analysis, first - 1, first) or not word.text[:1].isupper():
            continue
        colon = next((i for i in range(first + 1, min(first + MAX_NAME + 1, len(words))) if words[i].text == ":"), None)
        if colon is None or not all(names_person(analysis, i, known) for i in range(first, colon)):
            continue
        attribution = named_line(analysis, first, colon - 1, known)
        last = _line_end(analysis, colon)
        if attribution is not None and _speech_like(analysis, colon + 1, last):
            yield Speech(words[colon + 1].start, words[last].stop, attribution)


def _line_end(analysis: Analysis, at: int) -> int:
    last = at
    while last + 1 < len(analysis.words) and same_line(analysis, last, last + 1):
        last += 1
    return last


def _speech_like(analysis: Analysis, first: int, last: int) -> bool:
    words = analysis.words[first : last + 1]
    return sum(w.text[:1].isalnum() for w in words) >= MIN_WORDS and words[0].text[:1].isupper()
