"""The words before a post's head that belong to it or give its status.

* Modifiers of ``role_modifiers.tsv`` give the status ("бывший", "врио") and, when their
  ``span`` says so, belong to the mention ("генеральный директор"); one with ``heads`` belongs
  only before those heads ("первый заместитель", but "первый президент" is "президент").
* Attributes of ``role_attributes.tsv`` name the post's field or level ("театральный критик",
  "муниципальный депутат") and belong to it when they agree with the head.
* A place adjective that the place taggers found belongs to a head of
  ``role_place_heads.tsv`` ("британский премьер", "нижегородский губернатор"), not to an
  occupation ("российский актёр" is "актёр").

A word that gives a status without belonging to the mention ends the walk ("бывший").
"""

from __future__ import annotations

from collections.abc import Mapping

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..nlp.morph import shared_morphology
from .keys import matches, word_keys
from .lexicon import Head, Modifier, norm, role_lexicon

__all__ = ["agrees", "modifiers_before"]


def modifiers_before(
    analysis: Analysis, index: int, head: Head, sentence_start: int, places: Mapping[int, Found]
) -> tuple[int, str, int]:
    """First word of the post whose head starts at ``index``, its status and how many words of
    "и. о." it begins with."""
    first, status, acting = index, "current", 0
    while (modifier := _before(analysis, first, index, head, sentence_start, places)) is not None:
        width = len(modifier.words)
        if modifier.status != "current":
            status = modifier.status
        if not (modifier.span and _belongs(analysis, modifier, first - 1, index, head)):
            break
        first -= width
        acting = width if modifier.status == "acting" else acting
    return first, status, acting


def agrees(word: Word, head: Word) -> bool:
    """Whether an adjective agrees with its noun: the same case and number in context, or forms
    that may share one ("северокорейского лидера", which the tagger may read as Gen and Acc)."""
    number, head_number = word.feats.get("Number"), head.feats.get("Number")
    if word.case == head.case and (number is None or head_number is None or number == head_number):
        return True
    return bool(_case_numbers(word.text) & _case_numbers(head.text))


def _case_numbers(text: str) -> frozenset[tuple[str, str]]:
    """Every (case, number) pair a word form may have."""
    parses = shared_morphology().parses(text.lower())
    return frozenset((str(p.tag.case), str(p.tag.number)) for p in parses if p.tag.case is not None)


def _before(
    analysis: Analysis, index: int, head_first: int, head: Head, sentence_start: int, places: Mapping[int, Found]
) -> Modifier | None:
    """The modifier, attribute or place adjective that ends right before word ``index``."""
    if index <= sentence_start:
        return None
    listed = _listed_before(analysis, index, sentence_start)
    if listed is not None:
        return listed
    return _place_adjective(analysis, index - 1, head_first, head, places)


def _listed_before(analysis: Analysis, index: int, sentence_start: int) -> Modifier | None:
    """The longest listed modifier or attribute whose last word is word ``index - 1``."""
    words = analysis.words
    table = role_lexicon().modifiers
    candidates = [m for key in word_keys(words[index - 1]) for m in table.get(key, ())]
    for modifier in sorted(candidates, key=lambda m: -len(m.words)):
        begin = index - len(modifier.words)
        if begin >= sentence_start and matches(words[begin:index], modifier.words):
            return modifier
    return None


def _belongs(analysis: Analysis, modifier: Modifier, last: int, head_first: int, head: Head) -> bool:
    """Whether a modifier ending at word ``last`` is part of the post's mention, given its head."""
    if modifier.heads and not any(_head_lemma(head).startswith(start) for start in modifier.heads):
        return False
    return not modifier.agree or agrees(analysis.words[last], analysis.words[head_first])


def _head_lemma(head: Head) -> str:
    return " ".join(head.words)


def _place_adjective(
    analysis: Analysis, index: int, head_first: int, head: Head, places: Mapping[int, Found]
) -> Modifier | None:
    """Word ``index`` as an attribute, if it is a whole place adjective before a head that takes one."""
    word, place = analysis.words[index], places.get(index)
    if place is None or word.pos != "ADJ" or (place.start, place.stop) != (word.start, word.stop):
        return None
    if not {_head_lemma(head), *head.chain} & role_lexicon().place_heads:
        return None
    return Modifier((norm(word.lemma),), "current", True, agree=True)

