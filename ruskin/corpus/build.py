"""Corpus records from summaries: people with their posts over time, regions, agencies, initiatives, events."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TypeVar

from .names import normal_word
from .people import Cluster
from .positions import PostFact
from .records import CorpusAgency, CorpusEvent, CorpusInitiative, CorpusPerson, CorpusRegion, PersonRef, Tenure
from .summary import PersonEntry, Summary

__all__ = ["agencies", "events", "initiatives", "person", "regions"]


def person(cluster: Cluster) -> CorpusPerson:
    """The corpus person of a cluster: its fullest name, every mention, its posts earliest first."""
    fullest = _fullest(cluster.entries)
    seen = [e.seen for e in cluster.entries if e.seen]
    return CorpusPerson(
        key=cluster.key,
        name=fullest.name,
        last=fullest.last,
        first=fullest.first,
        middle=fullest.middle,
        mentions=tuple(sorted({PersonRef(source=e.source, person=e.id) for e in cluster.entries}, key=_ref_order)),
        positions=_tenures(cluster.key, cluster.entries),
        first_seen=min(seen, default=None),
        last_seen=max(seen, default=None),
    )


def _ref_order(ref: PersonRef) -> tuple[str, int, str]:
    digits = "".join(ch for ch in ref.person if ch.isdigit())
    return ref.source, int(digits or 0), ref.person


def _fullest(entries: list[PersonEntry]) -> PersonEntry:
    counts = Counter(e.name for e in entries)

    def fullness(e: PersonEntry) -> tuple[int, int, int, int, int, str]:
        return (
            bool(e.last),
            len((e.first or "").rstrip(".")) > 1,
            len((e.middle or "").rstrip(".")) > 1,
            bool(e.middle),
            counts[e.name],
            e.name,
        )

    return max(entries, key=fullness)


def _tenures(key: str, entries: list[PersonEntry]) -> tuple[Tenure, ...]:
    seen: dict[tuple[str, str, str, str], list[tuple[PersonEntry, PostFact]]] = defaultdict(list)
    for entry in entries:
        for fact in entry.posts:
            office = (normal_word(fact.title), fact.region_code or fact.region or "", fact.agency or "", fact.status)
            seen[office].append((entry, fact))
    tenures = [_tenure(key, sightings) for sightings in seen.values()]
    return tuple(sorted(tenures, key=lambda t: (t.first_seen or dt.date.max, t.title, t.region or "", t.status)))


def _tenure(key: str, sightings: list[tuple[PersonEntry, PostFact]]) -> Tenure:
    titles = Counter(fact.title for _, fact in sightings)
    fact = sightings[0][1]
    dates = [entry.seen for entry, _ in sightings if entry.seen]
    return Tenure(
        person=key,
        title=min(titles, key=lambda t: (-titles[t], t)),
        region_code=fact.region_code,
        region=fact.region,
        agency=fact.agency,
        status=fact.status,
        first_seen=min(dates, default=None),
        last_seen=max(dates, default=None),
        sources=tuple(sorted({entry.source for entry, _ in sightings})),
    )


def regions(summaries: Iterable[Summary]) -> tuple[CorpusRegion, ...]:
    """Regions by ISO code (by name where there is none), with the documents naming them."""
    return _with_sources(
        (
            place.code or place.name,
            CorpusRegion(
                key=place.code or place.name, code=place.code, name=place.name, kind=place.kind,
                federal_district=place.district,
            ),
            summary.source,
        )
        for summary in summaries
        for place in summary.regions
    )  # fmt: skip


def agencies(summaries: Iterable[Summary]) -> tuple[CorpusAgency, ...]:
    """Agencies by canonical name, with the documents naming them."""
    return _with_sources(
        (
            normal_word(place.name),
            CorpusAgency(
                key=normal_word(place.name), name=place.name, abbreviation=place.abbreviation, level=place.level,
                region_code=place.code,
            ),
            summary.source,
        )
        for summary in summaries
        for place in summary.agencies
    )  # fmt: skip


def initiatives(summaries: Iterable[Summary]) -> tuple[CorpusInitiative, ...]:
    """Initiatives by name, with the documents naming them."""
    return _with_sources(
        (normal_word(place.name), CorpusInitiative(key=normal_word(place.name), name=place.name, kind=place.kind), summary.source)
        for summary in summaries
        for place in summary.initiatives
    )


Keyed = TypeVar("Keyed", CorpusRegion, CorpusAgency, CorpusInitiative)


def _with_sources(items: Iterable[tuple[str, Keyed, str]]) -> tuple[Keyed, ...]:
    """One record per key (the first seen), with every source that names it, in key order."""
    found: dict[str, tuple[Keyed, set[str]]] = {}
    for key, record, source in items:
        found.setdefault(key, (record, set()))[1].add(source)
    return tuple(r.model_copy(update={"sources": tuple(sorted(s))}) for _, (r, s) in sorted(found.items()))


def events(summaries: Iterable[Summary], keys: dict[tuple[str, str], str]) -> tuple[CorpusEvent, ...]:
    """Every event, its participants as people keys (``keys`` maps (source, person id) to a key)."""
    found = [
        CorpusEvent(
            key=f"{summary.source}#{event.id}",
            source=summary.source,
            id=event.id,
            name=event.name,
            kind=event.kind,
            start=event.start,
            end=event.end,
            region_code=event.region_code,
            region=event.region,
            participants=tuple(dict.fromkeys(keys[(summary.source, p)] for p in event.participants)),
        )
        for summary in summaries
        for event in summary.events
    ]
    return tuple(sorted(found, key=lambda e: (e.start or dt.date.max, e.source, e.id)))
