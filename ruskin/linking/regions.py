"""Region records from place mentions: one ``Region`` per gazetteer key.

REGION mentions, CITY mentions (a city is listed among its region's mentions) and the
COUNTRY mentions of Russia join the record of their key. Other countries
(``country:<name>``) and places outside Russia (``place:<name>``: foreign states and
cities, names after "штат"/"город" the gazetteer lacks) are not Russian regions and make
no record: they are mentions only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..found import Found
from ..gazetteers.places import RegionEntry, regions
from ..records import Region

__all__ = ["build_regions"]

PLACE_TYPES = frozenset({"REGION", "CITY", "COUNTRY"})


def build_regions(found: Iterable[Found], ids: Mapping[int, str], *, prefix: str = "r") -> list[Region]:
    """``Region`` records numbered ``r1``, ``r2``... in order of first mention.

    ``ids`` maps ``id(found)`` to the mention id, as ``build.py`` numbers mentions;
    a mention without an id (dropped by overlap resolution) is skipped.
    """
    table = regions()
    mentions: dict[str, list[str]] = {}
    for mention in sorted(found, key=lambda f: (f.start, -f.stop)):
        if mention.type in PLACE_TYPES and mention.key in table and id(mention) in ids:
            mentions.setdefault(mention.key, []).append(ids[id(mention)])
    return [
        region_record(f"{prefix}{number}", table[key], mention_ids)
        for number, (key, mention_ids) in enumerate(mentions.items(), 1)
    ]


def region_record(record_id: str, entry: RegionEntry, mention_ids: Iterable[str] = ()) -> Region:
    """The public record of one gazetteer region; its district is given by name."""
    district = regions().get(entry.federal_district or "")
    return Region(
        id=record_id,
        name=entry.name,
        code=entry.code,
        kind=entry.kind,
        federal_district=district.name if district is not None else None,
        mentions=tuple(mention_ids),
    )
