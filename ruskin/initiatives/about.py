"""What an act is about: "о <noun phrase>" and its complements.

"закон о полиции", "закон о введении временного запрета на вывоз лесоматериалов",
"закон о слежке за абонентами": after "о" a run of nouns and adjectives in the
prepositional or genitive case, then prepositional phrases of ``law_about_prepositions.tsv``
each with its noun group and genitives. The phrase stops at a person's name ("указ о
награждении режиссёра Эмира Кустурицы" is about "награждении").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..gazetteers.gazetteer import load_table
from ..nlp.analysis import Word

__all__ = ["about_end"]

_NOMINAL = frozenset({"ADJ", "NOUN", "PROPN"})
_MAX_PHRASES = 2



@cache
def _prepositions() -> frozenset[str]:
    return frozenset(row["lemma"] for row in load_table("law_about_prepositions"))


def about_end(words: Sequence[Word], at: int, end: int) -> int | None:
    """The last word of "о ..." starting at ``words[at]``, or None."""
    if at + 1 >= end or words[at].lemma not in ("о", "об"):
        return None
    last = _nominals(words, at + 1, end, ("Loc", "Gen"))
    if last is None:
        return None
    for _ in range(_MAX_PHRASES):
        following = _phrase(words, last + 1, end)
        if following is None:
            break
        last = following
    return last


def _phrase(words: Sequence[Word], at: int, end: int) -> int | None:
    if at + 1 >= end or words[at].lemma not in _prepositions():
        return None
    return _nominals(words, at + 1, end, None)


def _nominals(words: Sequence[Word], at: int, end: int, cases: tuple[str | None, ...] | None) -> int | None:
    """The last of a run of nouns and adjectives from ``at``; the first sets the case when ``cases`` is None."""
    last = None
    index = at
    while index < end and _fits(words[index], cases):
        cases = cases or (words[index].case, "Gen")
        last = index
        index += 1
    return last


def _fits(word: Word, cases: tuple[str | None, ...] | None) -> bool:
    if word.pos not in _NOMINAL or word.ner.endswith("PER"):
        return False
    return cases is None or word.case in cases
