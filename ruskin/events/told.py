"""Who only tells of an event, and takes no part in it by being named near it.

The source of "по словам X" ("По словам его коллеги Ивана Сомова, выставка открылась в
срок"), "по мнению X", ... (the nouns of ``speech_sources.tsv``), a post between allowed. (One
who says that the event happened, "X подчеркнул, что выставка ...", is more often one who was
there, and stays.)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..found import Found
from ..gazetteers.gazetteer import load_table
from ..nlp.analysis import Analysis

__all__ = ["only_tells"]

_SOURCE_REACH = 4


@cache
def _source_nouns() -> frozenset[str]:
    return frozenset(row["word"].replace("ё", "е") for row in load_table("speech_sources"))


def only_tells(analysis: Analysis, around: Sequence[Found], who: Found) -> bool:
    """Whether "по" and a source noun come up to two words before the person or the post before
    them ("по словам его коллеги X"): ``who`` only tells of the event."""
    first = who.first
    post = next((f for f in around if f.type == "ROLE" and f.last == first - 1), None)
    first = post.first if post is not None else first
    words = analysis.words[max(first - _SOURCE_REACH, 0) : first]
    pairs = zip(words, words[1:])
    return any(w.lemma == "по" and n.lemma.replace("ё", "е") in _source_nouns() for w, n in pairs)
