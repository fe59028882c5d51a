"""INITIATIVE mentions: national projects, programmes, decrees, laws, standards and ratings.

Tried at each word, in this order:

* a descriptor of ``initiative_words.tsv`` and what it needs after it: nothing
  ("национальных проектов", "государственных программах"), a quoted name ("проекта
  «Повышение реального дохода граждан ...»"), or for an act its author, date and number
  ("Указа Президента Российской Федерации от 7 мая 2018 г. № 204"), a quoted title or
  "о ..." ("закон о полиции"). A quoted name that is a known initiative ("национальный
  проект «Демография»") resolves to it.
* an alias of ``initiatives.tsv`` whose row is marked bare ("Национальной социальной
  инициативы", "УК РФ"); the longest alias wins.

``Found.key`` is the canonical name of a known initiative; ``Found.value`` an
``InitiativeCue`` with the kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..events.acts import act_end
from ..events.initiatives import initiative_descriptors, known_initiatives
from ..events.spans import quoted_end
from ..found import Found
from ..nlp.analysis import Analysis
from ..nlp.normal import normalize_phrase

__all__ = ["InitiativeCue", "initiative_mentions"]


@dataclass(frozen=True, slots=True)
class InitiativeCue:
    """The kind of initiative a mention names."""

    kind: str


def initiative_mentions(analysis: Analysis) -> list[Found]:
    """INITIATIVE mentions in text order, with the kind and, when known, the canonical name."""
    found: list[Found] = []
    for sentence in analysis.sentence_words:
        position = sentence.start
        while position < sentence.stop:
            mention = _described(analysis, position, sentence.stop) or _known(analysis, position, sentence.stop)
            found.extend([mention] if mention else [])
            position = mention.last + 1 if mention else position + 1
    return found


def _described(analysis: Analysis, position: int, end: int) -> Found | None:
    words = analysis.words
    phrase = initiative_descriptors().match(words, position, end)
    if phrase is None:
        return None
    head = position + len(phrase.lemmas) - 1
    closing = quoted_end(words, head + 1, end)
    if "act" in phrase.options:
        last = act_end(words, head, end)
    else:
        last = closing if closing is not None else (None if "quote" in phrase.options else head)
    if last is None:
        return None
    known = _quoted_known(analysis, head + 2, closing) if closing is not None and last == closing else None
    return _found(analysis, position, last, known, phrase.label)


def _quoted_known(analysis: Analysis, first: int, closing: int) -> str | None:
    index, rows = known_initiatives()
    phrase = index.match(analysis.words, first, closing)
    if phrase is None or first + len(phrase.lemmas) != closing:
        return None
    return rows[phrase.label].name


def _known(analysis: Analysis, position: int, end: int) -> Found | None:
    index, rows = known_initiatives()
    phrase = index.match(analysis.words, position, end)
    if phrase is None or not rows[phrase.label].bare:
        return None
    row = rows[phrase.label]
    return _found(analysis, position, position + len(phrase.lemmas) - 1, row.name, row.kind)


def _found(analysis: Analysis, first: int, last: int, key: str | None, kind: str) -> Found:
    words = analysis.words[first : last + 1]
    normal = normalize_phrase(words, analysis.text)
    return Found("INITIATIVE", first, last, words[0].start, words[-1].stop, normal, key=key, value=InitiativeCue(kind))
