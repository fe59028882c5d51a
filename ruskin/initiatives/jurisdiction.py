"""The jurisdiction after a code or a constitution: "УК РФ", "Конституции США", "Уголовного
кодекса Республики Беларусь", "Избирательного кодекса города Москвы".

A jurisdiction starts with a word of ``law_jurisdictions.tsv`` or a capitalised place name
(a proper noun or a location for the NER) in the genitive; capitalised words in the
genitive continue it ("Российской Федерации", "Кыргызской Республики"), and after a word
such as "республика" or "штат" one capitalised name in any case ("Республики Беларусь").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..gazetteers.gazetteer import load_table
from ..nlp.analysis import Word
from ..gazetteers.places import normalize_lemma

__all__ = ["Jurisdiction", "jurisdiction_after"]

_MAX_WORDS = 3


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    """Where a jurisdiction's words end, and whether it is Russia."""

    last: int
    russian: bool


@cache
def _jurisdiction_words() -> dict[str, bool]:
    return {normalize_lemma(row["lemma"]): row["russian"] == "yes" for row in load_table("law_jurisdictions")}


def jurisdiction_after(words: Sequence[Word], at: int, end: int) -> Jurisdiction | None:
    """The jurisdiction that starts at ``words[at]``, if one does."""
    if at >= end or not _starts(words[at]):
        return None
    russian = _jurisdiction_words().get(normalize_lemma(words[at].lemma), False)
    last = at
    while last + 1 < min(end, at + _MAX_WORDS) and _continues(words[last], words[last + 1]):
        last += 1
    return Jurisdiction(last, russian)


def _starts(word: Word) -> bool:
    if word.case not in ("Gen", None):
        return False
    if normalize_lemma(word.lemma) in _jurisdiction_words():
        return True
    return word.text[:1].isupper() and not word.ner.endswith("PER") and (word.pos == "PROPN" or word.ner.endswith("LOC"))


def _continues(previous: Word, word: Word) -> bool:
    if not word.text[:1].isupper() or word.pos not in ("PROPN", "NOUN", "ADJ"):
        return False
    if word.ner.endswith("PER"):
        return False
    return word.case in ("Gen", None) or normalize_lemma(previous.lemma) in _jurisdiction_words()
