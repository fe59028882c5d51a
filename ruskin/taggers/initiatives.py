"""INITIATIVE mentions: national projects, programmes, decrees, laws, treaties, standards and ratings.

Tried at each word, the one reaching further winning (a known name when as far):

* a descriptor of ``initiative_words.tsv`` and what it needs after it: nothing
  ("национальных проектов", "государственных программах"), a quoted name ("проекта
  «Повышение реального дохода граждан ...»"), or for an act its author, date and number
  ("Указа Президента Российской Федерации от 7 мая 2018 г. № 204"), a quoted title or
  "о ..." ("закон о полиции"). A quoted name that is a known initiative ("национальный
  проект «Демография»") resolves to it. An act's quoted title is the mention ("закон «О
  полиции»" names "О полиции"), with the act up to its number when it has one ("ФЗ N 244").
* an alias of ``initiatives.tsv`` whose row is marked bare ("Национальной социальной
  инициативы", "УК", "договор о СНВ"); the longest alias wins. A law's jurisdiction
  joins it, the alias staying a mention of its own ("УК РФ" holds "УК"); a foreign one
  makes it another law ("Конституции США").

References to a law's parts make mentions that hold it ("ч. 3 ст. 226 УК РФ", "ст. 226
УК РФ"; see ``ruskin.initiatives.articles``).

``Found.key`` is the canonical name of a known initiative; ``Found.value`` an
``InitiativeCue`` with the kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..events.initiatives import initiative_descriptors, known_initiatives
from ..events.spans import quoted_end
from ..found import Found
from ..initiatives.acts import act_parts
from ..initiatives.articles import reference_starts
from ..initiatives.jurisdiction import jurisdiction_after
from ..nlp.analysis import Analysis
from ..nlp.normal import normalize_phrase

__all__ = ["LAW_KINDS", "InitiativeCue", "initiative_mentions"]

LAW_KINDS = frozenset({"law", "decree", "treaty"})
"""Kinds of initiative that are legal acts: parts of them can be referred to."""


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
            mentions = _reaching(_known(analysis, position, sentence.stop), _described(analysis, position, sentence.stop))
            found.extend(mentions)
            found.extend(_references(analysis, mentions, sentence.start))
            position = max((m.last for m in mentions), default=position) + 1
    return sorted(found, key=lambda f: (f.start, -f.stop))


def _reaching(known: list[Found], described: list[Found]) -> list[Found]:
    """Of a known name and a descriptor's phrase at one word, the one reaching further; the name if as far."""
    reach = max((m.last for m in known), default=-1)
    return known if known and reach >= max((m.last for m in described), default=-1) else described


def _described(analysis: Analysis, position: int, end: int) -> list[Found]:
    words = analysis.words
    phrase = initiative_descriptors().match(words, position, end)
    if phrase is None:
        return []
    head = position + len(phrase.lemmas) - 1
    if "act" in phrase.options:
        return _act(analysis, position, head, end, phrase.label)
    closing = quoted_end(words, head + 1, end)
    last = closing if closing is not None else (None if "quote" in phrase.options else head)
    if last is None:
        return []
    known = _quoted_known(analysis, head + 2, closing) if closing is not None else None
    return [_found(analysis, position, last, known, phrase.label)]


def _act(analysis: Analysis, first: int, head: int, end: int, kind: str) -> list[Found]:
    act = act_parts(analysis.words, head, end)
    if act is None:
        return []
    if act.title is None:
        return [_found(analysis, first, act.last, None, kind)]
    opening, closing = act.title
    known = _quoted_known(analysis, opening + 1, closing)
    title = _found(analysis, opening + 1, closing - 1, known, kind, named_from=first)
    if act.before_title is None or act.before_title == head:
        return [title]
    return [_found(analysis, first, act.before_title, None, kind), title]


def _quoted_known(analysis: Analysis, first: int, closing: int) -> str | None:
    index, rows = known_initiatives()
    phrase = index.match(analysis.words, first, closing)
    if phrase is None or first + len(phrase.lemmas) != closing:
        return None
    return rows[phrase.label].name


def _known(analysis: Analysis, position: int, end: int) -> list[Found]:
    index, rows = known_initiatives()
    phrase = index.match(analysis.words, position, end)
    if phrase is None or not rows[phrase.label].bare or not _cased(analysis, position, phrase.options):
        return []
    row = rows[phrase.label]
    last = position + len(phrase.lemmas) - 1
    alias = _found(analysis, position, last, row.name, row.kind)
    where = jurisdiction_after(analysis.words, last + 1, end) if row.kind in LAW_KINDS else None
    if where is None:
        return [alias]
    key = row.name if where.russian else None
    inner = alias if where.russian else _found(analysis, position, last, None, row.kind)
    return [_found(analysis, position, where.last, key, row.kind), inner]


def _cased(analysis: Analysis, position: int, options: frozenset[str]) -> bool:
    """Whether the words an alias writes in capitals ("УК") are so written in the text ("Пак Чхан Ук" is a name)."""
    capitals = (int(option.removeprefix("upper:")) for option in options if option.startswith("upper:"))
    return all(analysis.words[position + offset].text.isupper() for offset in capitals)


def _references(analysis: Analysis, mentions: list[Found], begin: int) -> list[Found]:
    laws = [m for m in mentions if m.value.kind in LAW_KINDS]
    if not laws:
        return []
    outer = max(laws, key=lambda m: (m.last - m.first, -m.first))
    first = min(m.first for m in laws)
    starts = reference_starts(analysis.words, first, begin)
    return [_found(analysis, start, outer.last, None, outer.value.kind) for start in starts]


def _found(analysis: Analysis, first: int, last: int, key: str | None, kind: str, named_from: int | None = None) -> Found:
    """A mention of words ``first``..``last``; its name runs from ``named_from`` when given (the act of a title)."""
    words = analysis.words[first : last + 1]
    named = analysis.words[named_from : last + 2] if named_from is not None else words
    normal = normalize_phrase(named, analysis.text)
    return Found("INITIATIVE", first, last, words[0].start, words[-1].stop, normal, key=key, value=InitiativeCue(kind))
