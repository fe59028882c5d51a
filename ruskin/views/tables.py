"""A document's records as tables of names: the summary that both views of a Document show.

``record_tables`` resolves every id to a name. The Officials table has one row per person
and office (the same post mentioned five times is one row) and only people who hold a post;
people without one are listed apart when they are in the article, and left out when they
are only in the page's noise (a reader who comments is nobody's official).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..record_types import Agency, Event, Initiative, Person, Position, Region
from .keep import ARTICLE_ZONES

if TYPE_CHECKING:
    from ..records import Document

__all__ = ["Table", "officials", "record_tables"]


@dataclass(frozen=True)
class Table:
    """One section of a document's records: a title, column headers and rows of text."""

    title: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]


def _names(document: Document) -> dict[str, str]:
    """Id of every named record (person, agency, region, initiative, event) → its name."""
    named: list[Person | Agency | Region | Initiative | Event] = [
        *document.persons, *document.agencies, *document.regions, *document.initiatives, *document.events
    ]
    return {record.id: record.name for record in named}


def _dates(start: str | None, end: str | None) -> str:
    """``start – end``, or one date when the range is a single day."""
    if end and end != start:
        return f"{start or '?'} – {end}"
    return start or ""


def _office(position: Position) -> tuple[str, str, str]:
    """What makes two stated positions one office of one person: the person, the post and its status."""
    return position.person, " ".join(position.title.casefold().split()), position.status


def _seat(position: Position) -> tuple[str | None, ...]:
    """Where a post is held: a bare reference ("замполпреда") is the office stated with the same seat."""
    return position.person, position.agency, position.region, position.organization, position.place, position.status


def offices(positions: Iterable[Position]) -> list[list[Position]]:
    """Positions grouped by person and office, in order of first mention.

    A post stated with its holder is one office per title; a bare reference to a post
    (no holder stated where it is written) joins that person's stated office with the same
    seat (agency, region, organisation, place) and status, or else stands by its title.
    """
    positions = list(positions)
    groups: dict[tuple[str, str, str], list[Position]] = {}
    by_seat: dict[tuple[str | None, ...], tuple[str, str, str]] = {}
    for position in sorted(positions, key=_is_reference):  # stated ones first; sorted() keeps order
        key = by_seat.get(_seat(position), _office(position)) if _is_reference(position) else _office(position)
        by_seat.setdefault(_seat(position), key)
        groups.setdefault(key, []).append(position)
    order = {position.id: number for number, position in enumerate(positions)}
    return sorted(groups.values(), key=lambda group: min(order[p.id] for p in group))


def _is_reference(position: Position) -> bool:
    # getattr: a Position that no longer has ``holder`` (one record per office) is never a bare reference.
    return getattr(position, "holder", "") is None


def _first(values: Iterable[str | None]) -> str:
    return next((value for value in values if value), "")


def officials(document: Document, names: dict[str, str]) -> list[tuple[str, ...]]:
    """One row per person and office: name, post (and status), agency, region; persons in order."""
    order = {person.id: number for number, person in enumerate(document.persons)}
    groups = sorted(offices(document.positions), key=lambda group: order.get(group[0].person, len(order)))
    rows: list[tuple[str, ...]] = []
    for group in groups:
        first = group[0]
        agency, region = _first(p.agency for p in group), _first(p.region for p in group)
        status = "" if first.status == "current" else f" ({first.status})"
        rows.append((names.get(first.person, first.person), first.title + status,
                     names.get(agency, agency), names.get(region, region)))
    return rows


def _others(document: Document) -> list[tuple[str, ...]]:
    """People in the article who hold no post (commenters and the like are left out)."""
    holders = {position.person for position in document.positions}
    return [(p.name,) for p in document.persons if p.id not in holders and p.zone in ARTICLE_ZONES]


def _event_row(event: Event, document: Document, names: dict[str, str]) -> tuple[str, ...]:
    """Name, kind, place (the location mention, or every place of ``places``), dates and
    ``name (part)`` of each participant (``name (part, as губернатор)`` for one the text names
    only by the post); a background event's kind says so ("war (background)")."""
    places = {m.id: m.normal or m.text for m in document.mentions}
    titles = {p.id: p.title for p in document.positions}
    people = [f"{names.get(o, o)} (organizer)" for o in event.organizers]
    people += [
        f"{names.get(p.person, p.person)} ({p.part}" + (f", as {titles[p.position]})" if p.position in titles else ")")
        for p in event.participants
    ]
    named = [places.get(m, m) for m in event.places] or [places.get(event.location or "", event.location or "")]
    place = ", ".join(named)
    kind = f"{event.kind or ''} (background)".lstrip() if event.background else event.kind or ""
    return (event.name, kind, place, _dates(event.start, event.end), ", ".join(people))


def record_tables(document: Document) -> list[Table]:
    """The document's records as tables of names, ids resolved; empty sections left out."""
    names = _names(document)
    texts = {m.id: m.text for m in document.mentions}
    tables = [
        Table("Officials", ("person", "post", "agency", "region"), officials(document, names)),
        Table("Other people", ("person",), _others(document)),
        Table("Events", ("name", "kind", "place", "dates", "participants"),
              [_event_row(e, document, names) for e in document.events]),
        Table("Initiatives", ("name", "kind"), [(i.name, i.kind or "") for i in document.initiatives]),
        Table("Dates", ("text", "date", "precision"),
              [(texts.get(d.mention, d.mention), _dates(d.start, d.end), d.precision or "") for d in document.dates]),
        Table("Quotes", ("speaker", "quote"),
              [(names.get(q.speaker or "", q.speaker or ""), q.text) for q in document.quotes]),
    ]
    return [_trimmed(table) for table in tables if table.rows]


def _trimmed(table: Table) -> Table:
    """The table without the columns after the first that are empty in every row."""
    keep = [i for i in range(len(table.headers)) if i == 0 or any(row[i] for row in table.rows)]
    headers, *rows = [tuple(row[i] for i in keep) for row in [table.headers, *table.rows]]
    return Table(table.title, headers, rows)
