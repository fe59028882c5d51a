"""Keep only some page zones of a Document: the article body without the page's noise.

``keep_zones(document, {"title", "body"})`` returns a copy whose sentences, tokens,
mentions and records all lie in those zones, with links kept consistent: a record's
mention ids lose the dropped mentions, a record left without mentions goes (an agency
that never had one stays while a kept Position names it), and links
to records that went are cleared (a Position's agency, a Quote's speaker) or the
record goes too (a Position whose person went, a DateValue whose mention went).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection
from typing import TYPE_CHECKING

from ..errors import InputTypeError
from ..nlp.zones import ZONES
from ..record_types import Event, Participant, Position, Quote, Sentence, Token, Zone

if TYPE_CHECKING:
    from ..records import Document

__all__ = ["ARTICLE_ZONES", "keep_zones"]

ARTICLE_ZONES: frozenset[Zone] = frozenset({"title", "body"})
"""The zones of the article itself; everything else is page noise."""


def keep_zones(document: Document, zones: Collection[str] | str = ARTICLE_ZONES) -> Document:
    """A copy of ``document`` with only what lies in ``zones`` ("title", "body", ...; or one zone)."""
    zones = zone_set(zones)
    sentences = tuple(s for s in document.sentences if s.zone in zones)
    mentions = tuple(m for m in document.mentions if m.zone in zones)
    kept = {m.id for m in mentions}
    persons = _with_mentions(document.persons, kept)
    regions = _with_mentions(document.regions, kept)
    agencies = _with_mentions(document.agencies, kept) + _implied(document, zones)
    initiatives = _with_mentions(document.initiatives, kept)
    records = {r.id for group in (persons, regions, agencies, initiatives) for r in group}
    positions = tuple(_position(p, records, kept) for p in document.positions if _keeps_position(p, zones, records))
    events = _events(document.events, zones, kept, records)
    dates = tuple(d for d in document.dates if d.zone in zones and d.mention in kept)
    quotes = tuple(_quote(q, records) for q in document.quotes if q.zone in zones)
    return document.model_copy(
        update={
            "sentences": sentences,
            "tokens": _tokens_in(document.tokens, sentences),
            "mentions": mentions,
            "persons": persons,
            "regions": regions,
            "agencies": agencies,
            "initiatives": initiatives,
            "positions": positions,
            "events": events,
            "dates": dates,
            "quotes": quotes,
        }
    )


def zone_set(zones: Collection[str] | str) -> frozenset[str]:
    """The zones asked for, one name or several; ``InputTypeError`` or ``ValueError`` naming the known ones."""
    if isinstance(zones, str):
        zones = [zones]
    if not isinstance(zones, Collection) or not all(isinstance(zone, str) for zone in zones):
        raise InputTypeError(f"zones are names such as 'body' or {{'title', 'body'}}, got {zones!r:.80}")
    unknown = set(zones) - set(ZONES)
    if unknown:
        raise ValueError(f"unknown zones: {sorted(unknown)}; the zones are {', '.join(ZONES)}")
    return frozenset(zones)


def _with_mentions(records: tuple, kept: set[str]) -> tuple:  # type: ignore[type-arg]
    """Records that keep at least one mention, each with only its kept mention ids."""
    trimmed = (r.model_copy(update={"mentions": tuple(m for m in r.mentions if m in kept)}) for r in records)
    return tuple(r for r in trimmed if r.mentions)


def _implied(document: Document, zones: Collection[str]) -> tuple:  # type: ignore[type-arg]
    """Agencies with no mention (a ministry a post implies) that a kept Position names."""
    named = {p.agency for p in document.positions if p.zone in zones}
    return tuple(a for a in document.agencies if not a.mentions and a.id in named)


def _keeps_position(position: Position, zones: Collection[str], records: set[str]) -> bool:
    return position.zone in zones and position.person in records


def _position(position: Position, records: set[str], kept: set[str]) -> Position:
    return position.model_copy(
        update={
            "agency": position.agency if position.agency in records else None,
            "region": position.region if position.region in records else None,
            "mention": position.mention if position.mention in kept else None,
            "mentions": tuple(m for m in position.mentions if m in kept),
            "holders": tuple(m for m in position.holders if m in kept),
            "holder": position.holder if position.holder in kept else None,
        }
    )


def _events(events: tuple[Event, ...], zones: Collection[str], kept: set[str], records: set[str]) -> tuple[Event, ...]:
    chosen = [e for e in events if e.zone in zones and (not e.mentions or any(m in kept for m in e.mentions))]
    ids = {e.id for e in chosen}
    return tuple(_event(e, kept, records, ids) for e in chosen)


def _event(event: Event, kept: set[str], records: set[str], events: set[str]) -> Event:
    participants: tuple[Participant, ...] = tuple(p for p in event.participants if p.person in records)
    return event.model_copy(
        update={
            "mentions": tuple(m for m in event.mentions if m in kept),
            "location": event.location if event.location in kept else None,
            "places": tuple(p for p in event.places if p in kept),
            "organizers": tuple(o for o in event.organizers if o in records),
            "participants": participants,
            "part_of": event.part_of if event.part_of in events else None,
        }
    )


def _quote(quote: Quote, records: set[str]) -> Quote:
    return quote if quote.speaker in records or quote.speaker is None else quote.model_copy(update={"speaker": None})


def _tokens_in(tokens: tuple[Token, ...], sentences: tuple[Sentence, ...]) -> tuple[Token, ...]:
    starts = [s.start for s in sentences]

    def inside(token: Token) -> bool:
        number = bisect_right(starts, token.start) - 1
        return number >= 0 and token.start < sentences[number].stop

    return tuple(t for t in tokens if inside(t))
