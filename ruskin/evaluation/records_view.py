"""A Document's article records as plain values, the way record-level gold states them.

Only what lies in the article counts (zones title and body). Names stand in for ids:
a Position becomes (holder's name, title, region's name), an Event (name, dates, the
names of its participants; background events, a war or a biography's birth, are no news the
gold lists), a Quote (text, speaker's name). Regions are the federal
subjects and districts the text names (Russia itself and regions only implied by a city
are left out), agencies the bodies it names. Dates are calendar dates written with
digits: a day and month, or a year (a resolved "сегодня" or a month alone is no gold date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Document, Mention
from ..views.keep import ARTICLE_ZONES

__all__ = ["ArticleRecords", "PredictedEvent", "PredictedOfficial", "PredictedQuote", "article_records"]

_CALENDAR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?|--\d\d-\d\d")


@dataclass(frozen=True, slots=True)
class PredictedOfficial:
    """A post with its holder: the holder's name, the title, the regions of its mentions and
    its statuses (current, acting, former)."""

    person: str
    title: str
    regions: tuple[str, ...]
    statuses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    """An event: its name, first and last day, and its participants' names."""

    name: str
    start: str | None
    end: str | None
    participants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PredictedQuote:
    """Direct speech and the name of its speaker (None when there is none)."""

    text: str
    speaker: str | None


@dataclass(frozen=True, slots=True)
class ArticleRecords:
    """What one Document says in its article, category by category."""

    persons: tuple[str, ...]
    officials: tuple[PredictedOfficial, ...]
    regions: tuple[str, ...]
    agencies: tuple[tuple[str, str | None], ...]
    events: tuple[PredictedEvent, ...]
    dates: tuple[tuple[str, str | None], ...]
    quotes: tuple[PredictedQuote, ...]


def article_records(document: Document) -> ArticleRecords:
    """The article's records of ``document`` as names and values."""
    names = {person.id: person.name for person in document.persons}
    return ArticleRecords(
        persons=tuple(p.name for p in document.persons if p.zone in ARTICLE_ZONES),
        officials=_officials(document, names),
        regions=tuple(
            r.name for r in document.regions if r.zone in ARTICLE_ZONES and r.mentions and r.kind != "country"
        ),
        agencies=tuple((a.name, a.abbreviation) for a in document.agencies if a.zone in ARTICLE_ZONES and a.mentions),
        events=tuple(
            PredictedEvent(e.name, e.start, e.end, tuple(names[p.person] for p in e.participants if p.person in names))
            for e in document.events
            if e.zone in ARTICLE_ZONES and not e.background
        ),
        dates=_dates(document),
        quotes=tuple(
            PredictedQuote(q.text, names.get(q.speaker) if q.speaker else None)
            for q in document.quotes
            if q.zone in ARTICLE_ZONES
        ),
    )


def _officials(document: Document, names: dict[str, str]) -> tuple[PredictedOfficial, ...]:
    """One entry per holder and title (case aside); its regions and statuses pooled over its Positions."""
    regions = {region.id: region.name for region in document.regions}
    pooled: dict[tuple[str, str], list[str]] = {}
    titles: dict[tuple[str, str], str] = {}
    statuses: dict[tuple[str, str], list[str]] = {}
    for position in document.positions:
        if position.zone not in ARTICLE_ZONES or position.person not in names or position.kind != "post":
            continue
        key = (names[position.person], position.title.lower())
        titles.setdefault(key, position.title)
        found = pooled.setdefault(key, [])
        if position.region in regions and regions[position.region] not in found:
            found.append(regions[position.region])
        if position.status not in (held := statuses.setdefault(key, [])):
            held.append(position.status)
    return tuple(
        PredictedOfficial(key[0], titles[key], tuple(found), tuple(statuses[key])) for key, found in pooled.items()
    )


def _dates(document: Document) -> tuple[tuple[str, str | None], ...]:
    mentions: dict[str, Mention] = {mention.id: mention for mention in document.mentions}
    found = []
    for date in document.dates:
        mention = mentions.get(date.mention)
        if date.zone not in ARTICLE_ZONES or date.start is None or mention is None:
            continue
        if _CALENDAR.fullmatch(date.start[:10]) and any(ch.isdigit() for ch in mention.text):
            found.append((date.start[:10], date.end[:10] if date.end else None))
    return tuple(found)
