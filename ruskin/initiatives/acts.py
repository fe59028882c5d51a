"""The parts of an act's name after its descriptor word (decree, resolution, law, treaty).

"Указа Президента Российской Федерации от 7 мая 2018 г. № 204 «О национальных целях ...»":
the author (a word of ``initiative_authors.tsv`` in the genitive with its genitive
complements, a person's name excluded), then "от <date>", then "№ <number>", then a
quoted title or "о <noun phrase>" with its complements ("закон о введении моратория на
выплату долга России"). An act needs at least one of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..events.initiatives import initiative_authors
from ..events.spans import quoted_end
from ..nlp.analysis import Word
from ..gazetteers.places import normalize_lemma
from .about import about_end

__all__ = ["Act", "act_parts"]

_NUMBER_SIGNS = frozenset({"№", "N", "N°"})
_YEAR_WORDS = frozenset({"г", "год", "года", "г."})
_MAX_DATE = 6
_MAX_TITLE = 60


@dataclass(frozen=True, slots=True)
class Act:
    """Where an act's name ends; its quoted title's quotes, and the last word before the title."""

    last: int
    title: tuple[int, int] | None = None
    before_title: int | None = None


def act_parts(words: Sequence[Word], head: int, end: int) -> Act | None:
    """The act named after its descriptor ``words[head]``, or None if nothing names it."""
    last = _author(words, head + 1, end) or head
    last = _dated(words, last + 1, end) or last
    last = _numbered(words, last + 1, end) or last
    closing = quoted_end(words, last + 1, end, longest=_MAX_TITLE)  # titles of acts run long
    if closing is not None:
        return Act(closing, (last + 1, closing), last)
    about = about_end(words, last + 1, end)
    last = about or last
    return Act(last) if last > head else None


def _author(words: Sequence[Word], at: int, end: int) -> int | None:
    if at >= end or normalize_lemma(words[at].lemma) not in initiative_authors() or words[at].case != "Gen":
        return None
    last = at
    while last + 1 < end and words[last + 1].case == "Gen" and words[last + 1].pos in ("ADJ", "PROPN", "NOUN"):
        if words[last + 1].ner.endswith("PER"):
            break
        last += 1
    return last


def _dated(words: Sequence[Word], at: int, end: int) -> int | None:
    if at >= end or words[at].lemma != "от":
        return None
    for index in range(at + 1, min(end, at + 1 + _MAX_DATE)):
        if words[index].text.lower() in _YEAR_WORDS or normalize_lemma(words[index].lemma) == "год":
            numbered = index + 2 < end and words[index + 1].text == "." and words[index + 2].text in _NUMBER_SIGNS
            return index + 1 if numbered else index
    return None


def _numbered(words: Sequence[Word], at: int, end: int) -> int | None:
    if at + 1 >= end or words[at].text not in _NUMBER_SIGNS or not words[at + 1].text[:1].isdigit():
        return None
    last = at + 1
    while last + 2 < end and words[last + 1].text == "-" and words[last + 2].text.isalpha():
        last += 2
    return last
