"""Ids handed out while a Document is built, for linkers to refer to other records.

``build.py`` numbers the mentions first, then builds records kind by kind in a fixed
order (persons, regions, agencies, positions, initiatives, dates, events, quotes); after
each kind it records here which mention belongs to which record, so later linkers can
point at records by id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .found import Found


@dataclass
class RecordIds:
    """Mention ids and the record each mention belongs to, keyed by ``id(found)``."""

    mentions: dict[int, str] = field(default_factory=dict)
    records: dict[str, dict[int, str]] = field(default_factory=dict)

    def mention(self, found: Found) -> str:
        """The mention id ("m3") of a kept mention."""
        return self.mentions[id(found)]

    def record(self, kind: str, found: Found) -> str | None:
        """The id of the ``kind`` record ("persons", "regions", "agencies", ...) a mention belongs to."""
        return self.records.get(kind, {}).get(id(found))

    def assign(self, kind: str, record_id: str, mentions: Iterable[Found]) -> None:
        """Note that these mentions belong to record ``record_id`` of ``kind``."""
        table = self.records.setdefault(kind, {})
        for found in mentions:
            table[id(found)] = record_id
