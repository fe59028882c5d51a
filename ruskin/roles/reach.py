"""Ends of a post that lie in other taggers' mentions: a person the post is held for, and an
organisation after a preposition the post takes.

* "советником Медведева", "заместителя Мюллера Джона Пистоля": a post held for a person
  (``role_person_heads.tsv``) ends with that person's name in the genitive right after its head,
  when the post itself is not in the genitive or the holder's name follows;
* "представитель России в ООН": a post that takes "в" or "при" (``roles.tsv``) ends with the
  abbreviated name of an international body after it ("в ООН", "при ОПЕК"; not "в Совете
  Безопасности", which NEREL leaves out).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..found import Found
from ..nlp.analysis import Analysis
from .extent import Extent
from .lexicon import lemma_set

__all__ = ["through_named", "through_principal"]

BODY_PREPOSITIONS = frozenset({"в", "при"})


def through_principal(analysis: Analysis, extent: Extent, persons: Sequence[Found]) -> Extent:
    """The post grown over the name of the person it is held for, if one follows it."""
    if " ".join(extent.head.words) not in _person_heads() or extent.last != extent.head_last:
        return extent
    person = next((p for p in persons if p.first == extent.last + 1), None)
    if person is None or analysis.words[person.first].case != "Gen":
        return extent
    holder_next = any(p.first == person.last + 1 for p in persons)
    if analysis.words[extent.head_last].case == "Gen" and not holder_next:
        return extent
    return replace(extent, last=person.last)


def through_named(analysis: Analysis, extent: Extent, named: Sequence[Found], stop: int) -> Extent:
    """The post grown over "в"/"при" and the abbreviation of a body after it, for a post that takes them."""
    preposition = extent.last + 1
    if preposition + 1 >= stop or analysis.words[preposition].pos != "ADP":
        return extent
    if analysis.words[preposition].lemma not in extent.head.preps & BODY_PREPOSITIONS:
        return extent
    mention = next((m for m in named if m.first == preposition + 1 == m.last and m.last < stop), None)
    if mention is None or not analysis.words[mention.first].text.isupper():
        return extent
    return replace(extent, last=mention.last)


def _person_heads() -> frozenset[str]:
    """Heads of ``role_person_heads.tsv``, their words joined by spaces."""
    return lemma_set("role_person_heads")
