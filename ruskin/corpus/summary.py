"""What a corpus keeps of one Document: its people, posts, places, bodies and events, without text.

A ``Summary`` is small (no text, tokens or mentions) and plain (frozen dataclasses that
pickle), so a corpus of many thousands of documents fits in memory and travels between
cluster workers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from ..record_types import DateValue, DocumentData, Event, Person, Region
from .positions import PostFact, post_facts

__all__ = ["EventEntry", "PersonEntry", "PlaceEntry", "Summary", "entry_places", "entry_seats", "source_of", "summarize"]


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """One Person of one document, with its posts there."""

    source: str
    id: str
    name: str
    last: str | None
    first: str | None
    middle: str | None
    seen: dt.date | None
    posts: tuple[PostFact, ...]


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A region, agency or initiative named in a document (fields that do not apply are None)."""

    name: str
    code: str | None = None
    kind: str | None = None
    district: str | None = None
    abbreviation: str | None = None
    level: str | None = None


@dataclass(frozen=True, slots=True)
class EventEntry:
    """One Event of one document, its participants as Person ids."""

    id: str
    name: str
    kind: str | None
    start: dt.date | None
    end: dt.date | None
    region_code: str | None
    region: str | None
    participants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    """Everything a corpus needs from one Document."""

    source: str
    seen: dt.date | None
    persons: tuple[PersonEntry, ...]
    regions: tuple[PlaceEntry, ...]
    agencies: tuple[PlaceEntry, ...]
    initiatives: tuple[PlaceEntry, ...]
    events: tuple[EventEntry, ...]


def entry_seats(entry: PersonEntry) -> set[str]:
    """Regions (code, or name) of the entry's current and acting regional posts."""
    return {f.region_code or f.region or "" for f in entry.posts if f.regional and f.status != "former"}


def entry_places(entry: PersonEntry) -> set[str]:
    """Regions (code, or name) of all the entry's regional posts, former ones too."""
    return {f.region_code or f.region or "" for f in entry.posts if f.regional}


def source_of(document: DocumentData) -> str:
    """The document's source; for one without, a name made from its text (the same text, the same name)."""
    if document.source is not None:
        return document.source
    return "sha1:" + hashlib.sha1(document.text.encode("utf-8")).hexdigest()[:16]


def summarize(document: DocumentData) -> Summary:
    """The corpus's view of one document."""
    source = source_of(document)
    seen = document.doc_date or latest_date(document.dates)
    facts = post_facts(document)
    persons = tuple(
        PersonEntry(source, p.id, p.name, *_name_of(p), seen, tuple(f for f in facts if f.person == p.id))
        for p in document.persons
    )
    regions = tuple(PlaceEntry(r.name, r.code, r.kind, r.federal_district) for r in document.regions)
    codes = {r.id: r.code for r in document.regions}
    agencies = tuple(
        PlaceEntry(a.name, codes.get(a.region or ""), abbreviation=a.abbreviation, level=a.level)
        for a in document.agencies
    )
    initiatives = tuple(PlaceEntry(i.name, kind=i.kind) for i in document.initiatives)
    events = tuple(_event(document, event, seen) for event in document.events)
    return Summary(source, seen, persons, regions, agencies, initiatives, events)


def _name_of(person: Person) -> tuple[str | None, str | None, str | None]:
    """Surname, first name and patronymic; read from ``name`` (first name first) when none is given."""
    if person.last or person.first:
        return person.last, person.first, person.middle
    words = person.name.split()
    if len(words) < 2:
        return None, words[0] if words else None, None
    return words[-1], words[0], " ".join(words[1:-1]) or None


def _event(document: DocumentData, event: Event, seen: dt.date | None) -> EventEntry:
    year = seen.year if seen else None
    start = iso_date(event.start, year) or seen
    region = _event_region(document, event)
    people = {p.id for p in document.persons}
    participants = tuple(p.person for p in event.participants if p.person in people)
    return EventEntry(
        event.id,
        event.name,
        event.kind,
        start,
        iso_date(event.end, year),
        region.code if region else None,
        region.name if region else None,
        participants,
    )


def _event_region(document: DocumentData, event: Event) -> Region | None:
    """The Region the event's place names; else the document's only federal subject, if it names one."""
    for region in document.regions:
        if event.location is not None and event.location in region.mentions:
            return region
    subjects = [r for r in document.regions if r.code and r.code.startswith("RU-")]
    return subjects[0] if len({r.code for r in subjects}) == 1 else None


def latest_date(dates: tuple[DateValue, ...]) -> dt.date | None:
    """The latest full date (day, month and year) among ``dates``, or None."""
    days = [iso_date(d.start) for d in dates if d.precision in ("day", "minute")]
    known = [day for day in days if day is not None]
    return max(known) if known else None


def iso_date(value: str | None, year: int | None = None) -> dt.date | None:
    """A date from ISO 8601 text, partial or not ('2019-06-19', '2019-06', '2019', '--06-19' with ``year``)."""
    if not value:
        return None
    if value.startswith("--"):
        value = f"{year:04d}{value[1:]}" if year else ""
    parts = value[:10].split("-")
    try:
        numbers = [int(part) for part in parts if part]
        if not numbers or numbers[0] < 1:
            return None
        return dt.date(numbers[0], *(numbers[1:3] + [1] * (3 - len(numbers))))
    except (ValueError, TypeError):
        return None
