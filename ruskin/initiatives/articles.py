"""References to parts of a law, read backwards from the law's name.

"п. «г» ч. 3 ст. 226 УК РФ", "части 2 статьи 187 Уголовного кодекса Киргизии",
"42-й статьи Конституции": each part is a word of ``law_parts.tsv`` with its number or
letter after it ("ст. 226", "пункта «в»", "пунктом д") or an ordinal before it ("шестой
статьей"). The part next to the law ranks as an article, a chapter, a section or a part;
each part further left ranks below the one after it, a comma between them allowed. Every
part starts a reference of its own, nested in the next: "ч. 3 ст. 226 УК РФ" holds
"ст. 226 УК РФ", which holds "УК РФ".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..gazetteers.gazetteer import load_table
from ..nlp.analysis import Word
from ..gazetteers.places import normalize_lemma

__all__ = ["reference_starts"]

_ORDINAL = re.compile(r"^\d+-?[а-я]{0,3}$")
_LETTER = re.compile(r"^[а-я]$")
_FIRST_RANK = 3


@cache
def _parts() -> dict[str, int]:
    return {row["word"]: int(row["rank"]) for row in load_table("law_parts")}


def reference_starts(words: Sequence[Word], first: int, begin: int) -> list[int]:
    """The first words of the references that end with the law starting at ``words[first]``, innermost first."""
    starts: list[int] = []
    rank = _FIRST_RANK + 100
    at = first
    while True:
        part = _part_before(words, at, begin)
        if part is None or part[1] >= rank or not starts and part[1] < _FIRST_RANK:
            return starts
        at, rank = part
        starts.append(at)
        at = at - 1 if at - 1 > begin and words[at - 1].text == "," else at


def _part_before(words: Sequence[Word], stop: int, begin: int) -> tuple[int, int] | None:
    """The first word and rank of a part that ends right before ``words[stop]``."""
    return _numbered(words, stop, begin) or _ordinal(words, stop, begin)


def _numbered(words: Sequence[Word], stop: int, begin: int) -> tuple[int, int] | None:
    label = _label_start(words, stop - 1, begin)
    if label is None:
        return None
    word = label - 2 if label - 2 >= begin and words[label - 1].text == "." else label - 1
    rank = _rank(words[word]) if word >= begin else None
    return (word, rank) if rank is not None else None


def _label_start(words: Sequence[Word], last: int, begin: int) -> int | None:
    """The first word of a part's number ("132", "229.1") or letter ("«б»", "д") ending at ``last``."""
    if last < begin:
        return None
    if words[last].text[:1].isdigit():
        return last
    quoted = last - 2 >= begin and words[last].text == "»" and words[last - 2].text == "«"
    if quoted and _LETTER.match(words[last - 1].text):
        return last - 2
    return last if _LETTER.match(words[last].text) and last - 1 >= begin and _rank(words[last - 1]) else None


def _ordinal(words: Sequence[Word], stop: int, begin: int) -> tuple[int, int] | None:
    if stop - 2 < begin:
        return None
    word, before = words[stop - 1], words[stop - 2]
    rank = _rank(word) if len(word.text) > 2 else None
    ordinal = _ORDINAL.match(before.text) or before.parse is not None and "Anum" in before.parse.tag
    return (stop - 2, rank) if rank is not None and ordinal else None


def _rank(word: Word) -> int | None:
    return _parts().get(word.text.lower()) or _parts().get(normalize_lemma(word.lemma))
