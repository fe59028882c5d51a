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
from ..gazetteers.places import REGION_STAND_INS, normalize_lemma, regions
from ..roles.title import genitive

__all__ = ["RegionalBody", "body_head", "legislature_name", "listed_legislature_name", "region_legislatures", "regional_body", "regional_namesake", "stands_alone", "stood_in_body"]

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
    legislature = region_legislatures().get(entry.key) if _legislature(words[number : number + width]) else None
    regional = [w for w in before if normalize_lemma(w.lemma) in REGIONAL_ADJECTIVES]
    named = legislature is not None and bool(before) and _in_name(before, legislature)
    if not named and (any(w.pos not in QUALIFIERS for w in before) or len(regional) != len(before)):
        return None
    stand_in = bool(after) and normalize_lemma(after[-1].lemma) in REGION_STAND_INS and after[-1].case == "Gen"
    if not (stand_in or regional or named or (alone and not after)):
        return None
    complement = after[:-1] if stand_in else after
    if legislature is not None and not complement:
        return RegionalBody(legislature, entry.key)
    middle = analysis.text[complement[0].start : complement[-1].stop] if complement else ""
    name = " ".join(part for part in (canonical, middle, genitive(entry.name)) if part)
    return RegionalBody(name, entry.key)


def body_head(analysis: Analysis, mention: Found, places: Sequence[Found]) -> str | None:
    """The canonical head of a body named by its head and its region alone ("Кабмин Чувашии",
    "Кабинет министров республики", "Брянская облдума" → its head's canonical name), so that
    two wordings of one region's body are known as one; None for a body named with more."""
    words = analysis.words[mention.first : mention.last + 1]
    head = _head(words)
    if head is None:
        return None
    number, canonical, _, width = head
    if number and not _regional(words[:number]) and _region_at(places, mention.first, mention.first + number - 1) is None:
        return None
    first, last = mention.first + number + width, mention.last
    if first > last or (first == last and normalize_lemma(words[-1].lemma) in REGION_STAND_INS):
        return canonical
    return canonical if _region_at(places, first, last, any_place=True) is not None else None


def _regional(words: Sequence[Word]) -> bool:
    return all(normalize_lemma(w.lemma) in REGIONAL_ADJECTIVES for w in words)


def _region_at(places: Sequence[Found], first: int, last: int, any_place: bool = False) -> Found | None:
    """The place mention on exactly words ``first``..``last``: a REGION, or any place if asked."""
    return next(
        (p for p in places if p.first == first and p.last == last and (any_place or p.type == "REGION")), None
    )


def stood_in_body(analysis: Analysis, mention: Found, main_region: str | None) -> RegionalBody | None:
    """A body the gazetteer knows as federal, named with a word standing for the region ("Минфин
    республики" in an item about Мордовия): the main region's own body."""
    last = analysis.words[mention.last]
    if normalize_lemma(last.lemma) not in REGION_STAND_INS or last.case != "Gen":
        return None
    return regional_body(analysis, mention, main_region)


def regional_namesake(analysis: Analysis, mention: Found, main_region: str | None) -> RegionalBody | None:
    """A bare name a federal body shares with the main region's legislature ("Госсовет" in an
    item about Коми, whose legislature is the Государственный Совет Республики Коми)."""
    legislature = region_legislatures().get(main_region or "")
    words = analysis.words[mention.first : mention.last + 1]
    head = _head(words)
    if legislature is None or head is None or head[0] != 0 or head[3] != len(words):
        return None
    if not _legislature(words[: head[3]]) or not legislature.lower().startswith(head[1].lower()):
        return None
    return RegionalBody(legislature, main_region or "")


def legislature_name(analysis: Analysis, mention: Found, places: Sequence[Found]) -> str | None:
    """The official name of a region's legislature that a mention names by its head and the
    region alone ("Заксобрание ЯНАО" → "Законодательное Собрание Ямало-Ненецкого автономного
    округа"); None for any other body, or a city's duma."""
    words = analysis.words[mention.first : mention.last + 1]
    head = _head(words)
    if head is None:
        return None
    number, _, _, width = head
    if not _legislature(words[number : number + width]):
        return None
    after = _region_at(places, mention.first + number + width, mention.last, any_place=True)
    plain = body_head(analysis, mention, places) is not None  # head and region alone
    if plain and number:
        place = _region_at(places, mention.first, mention.first + number - 1)
    else:
        place = after  # or words of the official name before the head ("Верховный Хурал Тувы")
    name = region_legislatures().get(place.key or "") if place is not None and place.type == "REGION" else None
    return name if name is not None and (plain or _in_name(words[:number], name)) else None


def listed_legislature_name(analysis: Analysis, mention: Found) -> str | None:
    """The official name of a region's legislature listed with others under one head
    ("парламенты Адыгеи и Калмыкии"; ``taggers.agency_lists``), else None."""
    value = mention.value
    head, region = getattr(value, "head", None), getattr(value, "region", None)
    if head is None or region is None or not _legislature(analysis.words[head : head + 1]):
        return None
    return region_legislatures().get(region)


def _in_name(words: Sequence[Word], name: str) -> bool:
    """Whether every word is, by lemma, a word of the official name ("Верховный" of "Верховный Хурал ...")."""
    lemmas = {normalize_lemma(part) for part in name.lower().replace("(", " ").replace(")", " ").split()}
    return bool(words) and all(normalize_lemma(w.lemma) in lemmas for w in words)


@lru_cache(maxsize=1)
def region_legislatures() -> dict[str, str]:
    """Region key → the official name of its legislature (``region_legislatures.tsv``)."""
    return {row["region"]: row["name"] for row in load_table("region_legislatures")}


def _legislature(head: Sequence[Word]) -> bool:
    """Whether a head's words name a region's legislature."""
    return " ".join(normalize_lemma(w.lemma) for w in head) in _legislature_heads()


@lru_cache(maxsize=1)
def _legislature_heads() -> frozenset[str]:
    return frozenset(row["lemma"] for row in load_table("agency_context_heads") if row["legislature"] == "yes")


def stands_alone(analysis: Analysis, mention: Found) -> bool:
    """Whether the mention is a bare head that names a region's own body alone ("парламент",
    "правительство")."""
    head = _head(analysis.words[mention.first : mention.last + 1])
    return head is not None and head[2] and head[0] == 0 and head[3] == mention.last - mention.first + 1


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
