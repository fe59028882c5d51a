"""The ministry a minister's post implies, as an Agency record even where the text names none.

"министр экономического развития РФ" belongs to Минэкономразвития России (the gazetteer's
body of that name), "министр спорта" in an item about the Калининград region to the
Министерство спорта Калининградской области. A Position with no agency whose head (or the
post it is deputy to) is "министр", with the words after it naming the field, gets the
ministry: an existing Agency record of the same name, the federal body of the gazetteer
whose name or short name it is (for a post in Russia as a whole), or a new regional body
named after the post's region. New records have no mentions; ``level`` says federal or
regional.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..gazetteers.agencies import agencies, agency_aliases
from ..found import Found
from ..gazetteers.places import REGION_STAND_INS, normalize_lemma
from ..nlp.analysis import Analysis, Word
from ..records import Agency, Position, Region
from ..roles.title import genitive

__all__ = ["implied_agencies"]

MINISTER = "министр"
STOPS = frozenset({"PUNCT", "CCONJ", "PROPN"})


def implied_agencies(
    analysis: Analysis,
    positions: Sequence[Position],
    agency_records: Sequence[Agency],
    regions: Sequence[Region],
    posts: dict[str, Found],
    places: Sequence[Found],
) -> tuple[tuple[Position, ...], tuple[Agency, ...]]:
    """Positions with the ministries their posts imply, and the Agency records that are new."""
    by_name = {record.name.lower(): record for record in agency_records}
    region_of = {region.id: region for region in regions}
    new: list[Agency] = []
    result = []
    for position in positions:
        post = posts.get(position.mention or "")
        region = region_of.get(position.region or "")
        named = _ministry(analysis, post, region, places) if post is not None and position.agency is None else None
        if named is None:
            result.append(position)
            continue
        name, level = named
        record = by_name.get(name.lower())
        if record is None:
            record = Agency(
                id=f"a{len(agency_records) + len(new) + 1}", name=name, level=level,  # type: ignore[arg-type]
                region=region.id if region is not None and level == "regional" else None,
            )  # fmt: skip
            new.append(record)
            by_name[name.lower()] = record
        result.append(position.model_copy(update={"agency": record.id}))
    return tuple(result), tuple(new)


def _ministry(analysis: Analysis, post: Found, region: Region | None, places: Sequence[Found]) -> tuple[str, str] | None:
    """The ministry's name and level, or None when the post is no minister's or has no place."""
    field = _field(analysis, post, places)
    if field is None or region is None:
        return None
    if region.kind == "country":
        entry = agencies().get(_federal_names().get(f"министерство {field}".lower(), ""))
        return (entry.name, "federal") if entry is not None else None
    if region.kind == "federal district":
        return None
    return f"Министерство {field} {genitive(region.name)}", "regional"


def _field(analysis: Analysis, post: Found, places: Sequence[Found]) -> str | None:
    """The words after "министр" that name the ministry's field, up to a place, a word for the region
    or the post's end."""
    words = analysis.words
    head = max((n for n in range(post.first, post.last + 1) if words[n].lemma == MINISTER), default=None)
    if head is None:
        return None
    stop = min([p.first for p in places if head < p.first <= post.last] + [post.last + 1])
    field = [n for n in range(head + 1, stop)]
    if not field or any(words[n].pos in STOPS and words[n].text not in (",", "и") for n in field):
        return None
    while field and (words[field[-1]].pos in ("ADP", "PUNCT", "CCONJ") or _stands_for_region(words[field[-1]])):
        field.pop()
    return analysis.text[words[field[0]].start : words[field[-1]].stop] if field else None


def _stands_for_region(word: Word) -> bool:
    """A word for the post's region ("республики", "области") closing the post: the region names
    the ministry, not its field ("министр здравоохранения республики")."""
    return normalize_lemma(word.lemma) in REGION_STAND_INS


@lru_cache(maxsize=1)
def _federal_names() -> dict[str, str]:
    """Lower-case names and short names of the gazetteer's ministries -> their keys."""
    ministries = {key for key, entry in agencies().items() if entry.kind == "ministry"}
    return {alias.lower(): key for alias, key in agency_aliases() if key in ministries}
