"""A region's own body named without the region, in a news item about that region.

"правительство республики", "региональное Министерство культуры", "Кабмин",
"облдума": when the article has a main region (``main_region``), such a body is that
region's, and its name is given whole: "Правительство Кабардино-Балкарской Республики",
"Министерство культуры Алтайского края". A body qualifies when its head is in
``agency_context_heads.tsv``, it names no place and no other body of the gazetteer, and it
either ends in a word that stands for a region ("республики", "региона", "области",
"края", "округа"), or carries a regional adjective ("региональный", "областной", "краевой",
"республиканский", "окружной"), or is a bare head that the list allows alone
("правительство", "парламент").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..found import Found
from ..gazetteers.gazetteer import load_table
from ..nlp.analysis import Analysis, Word
from ..gazetteers.places import normalize_lemma, regions
from ..roles.title import genitive

__all__ = ["RegionalBody", "body_head", "regional_body"]

STAND_INS = frozenset({"республика", "регион", "область", "край", "округ", "субъект"})
REGIONAL_ADJECTIVES = frozenset({"региональный", "областной", "краевой", "республиканский", "окружной"})
QUALIFIERS = frozenset({"ADJ", "DET"})


@dataclass(frozen=True, slots=True)
class RegionalBody:
    """A body's whole name and the gazetteer key of its region."""

    name: str
    region: str


def regional_body(analysis: Analysis, mention: Found, main_region: str | None) -> RegionalBody | None:
    """The body of the main region a mention names without the region, if it names one."""
    entry = regions().get(main_region or "")
    if entry is None or entry.kind in ("country", "federal district"):
        return None
    words = analysis.words[mention.first : mention.last + 1]
    head = _head(words)
    if head is None:
        return None
    number, canonical, alone, width = head
    before, after = words[:number], words[number + width :]
    regional = [w for w in before if normalize_lemma(w.lemma) in REGIONAL_ADJECTIVES]
    if any(w.pos not in QUALIFIERS for w in before) or len(regional) != len(before):
        return None
    stand_in = bool(after) and normalize_lemma(after[-1].lemma) in STAND_INS and after[-1].case == "Gen"
    if not (stand_in or regional or (alone and not after)):
        return None
    complement = after[:-1] if stand_in else after
    middle = analysis.text[complement[0].start : complement[-1].stop] if complement else ""
    name = " ".join(part for part in (canonical, middle, genitive(entry.name)) if part)
    return RegionalBody(name, entry.key)


def body_head(analysis: Analysis, mention: Found, places: Sequence[Found]) -> str | None:
    """The canonical head of a body named by its head and its region alone ("Кабмин Чувашии",
    "Кабинет министров республики" → "Кабинет министров"), so that two wordings of one
    region's body are known as one; None for a body named with more than that."""
    words = analysis.words[mention.first : mention.last + 1]
    head = _head(words)
    if head is None:
        return None
    number, canonical, _, width = head
    if any(normalize_lemma(w.lemma) not in REGIONAL_ADJECTIVES for w in words[:number]):
        return None
    first, last = mention.first + number + width, mention.last
    if first > last:
        return canonical
    if first == last and normalize_lemma(words[-1].lemma) in STAND_INS:
        return canonical
    return canonical if any(p.first == first and p.last == last for p in places) else None


def _head(words: Sequence[Word]) -> tuple[int, str, bool, int] | None:
    """Where the body's head starts, its canonical form, whether it may stand alone, its width."""
    for number, word in enumerate(words):
        for lemma, (name, alone) in _heads().items():
            parts = lemma.split(" ")
            if [normalize_lemma(w.lemma) for w in words[number : number + len(parts)]] == parts:
                return number, name, alone, len(parts)
        if word.pos in ("NOUN", "PROPN"):
            return None
    return None


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, bool]]:
    rows = load_table("agency_context_heads")
    ordered = sorted(rows, key=lambda row: -len(row["lemma"].split(" ")))
    return {row["lemma"]: (row["name"], row["alone"] == "yes") for row in ordered}
