"""Very long texts: processed in windows, merged into one Document, tokens left out.

A text longer than ``Pipeline.window`` characters (a 20 MB dump, a page with no line
breaks) is cut at line breaks (or spaces) into windows that the pipeline processes one by
one; their Documents are merged with offsets shifted and ids renumbered. People, regions,
agencies and initiatives with the same name in several windows become one record.
Tokens are left out (``Document.tokens_omitted``) so that memory stays bounded: a
Token record costs about a kilobyte, and a 20 MB text has millions of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .compact import share_fields_sets
from ..records import Document, Event, Participant, Position, Quote

_BREAK = re.compile(r"\n|\s")


def windows(text: str, size: int) -> Iterator[tuple[int, int]]:
    """``(start, stop)`` windows of at most ``size`` characters, cut after a line break or space."""
    start = 0
    while start < len(text):
        stop = min(start + size, len(text))
        if stop < len(text):
            stop = _cut_point(text, start, stop)
        yield start, stop
        start = stop


def _cut_point(text: str, start: int, stop: int) -> int:
    newline = text.rfind("\n", start + 1, stop)
    if newline > start + (stop - start) // 2:
        return newline + 1
    space = max(text.rfind(" ", start + 1, stop), text.rfind("\t", start + 1, stop))
    return space + 1 if space > start else stop


@dataclass
class _Merger:
    """Accumulates windows' records under new ids."""

    counters: dict[str, int] = field(default_factory=dict)
    by_name: dict[tuple[str, str], str] = field(default_factory=dict)
    parts: dict[str, list] = field(default_factory=dict)  # type: ignore[type-arg]
    place: dict[str, int] = field(default_factory=dict)  # record id → index in its kind's list

    def new_id(self, prefix: str) -> str:
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}{self.counters[prefix]}"


def merge_windows(text: str, parts: Iterable[tuple[int, Document]], base: Document) -> Document:
    """One Document over ``text`` from the Documents of its windows (``(offset, document)``), read once."""
    merger = _Merger()
    for offset, part in parts:
        _merge_part(merger, offset, part)
    collected = {kind: tuple(records) for kind, records in merger.parts.items()}
    return base.model_copy(update={"text": text, "tokens": (), "tokens_omitted": True, **collected})


def _merge_part(merger: _Merger, offset: int, part: Document) -> None:
    ids: dict[str, str] = {}
    _add(merger, "sentences", [s.model_copy(update=_shift(s, offset)) for s in part.sentences])
    for mention in part.mentions:
        ids[mention.id] = merger.new_id("m")
        _add(merger, "mentions", [mention.model_copy(update={"id": ids[mention.id], **_shift(mention, offset)})])
    for kind, prefix in (("persons", "p"), ("regions", "r"), ("agencies", "a"), ("initiatives", "i")):
        _merge_named(merger, kind, prefix, getattr(part, kind), ids)
    for kind, prefix in (("dates", "d"), ("positions", "pos"), ("events", "e"), ("quotes", "q")):
        for record in getattr(part, kind):
            ids[record.id] = merger.new_id(prefix)
    _add(merger, "dates", [d.model_copy(update={"id": ids[d.id], "mention": ids[d.mention]}) for d in part.dates])
    _add(merger, "positions", [_position(p, ids) for p in part.positions])
    _add(merger, "events", [_event(e, ids) for e in part.events])
    _add(merger, "quotes", [_quote(q, ids, offset) for q in part.quotes])


def _merge_named(merger: _Merger, kind: str, prefix: str, records: tuple, ids: dict[str, str]) -> None:  # type: ignore[type-arg]
    for record in records:
        key = (kind, getattr(record, "name", record.id))
        mentions = tuple(ids[m] for m in record.mentions)
        if key in merger.by_name:
            ids[record.id] = merger.by_name[key]
            _extend_mentions(merger, kind, ids[record.id], mentions)
            continue
        ids[record.id] = merger.by_name[key] = merger.new_id(prefix)
        update: dict[str, object] = {"id": ids[record.id], "mentions": mentions}
        if kind == "agencies" and record.region is not None:
            update["region"] = ids.get(record.region)
        merger.place[ids[record.id]] = len(merger.parts.get(kind, []))
        _add(merger, kind, [record.model_copy(update=update)])


def _extend_mentions(merger: _Merger, kind: str, record_id: str, mentions: tuple[str, ...]) -> None:
    records, index = merger.parts[kind], merger.place[record_id]
    records[index] = records[index].model_copy(update={"mentions": records[index].mentions + mentions})


def _add(merger: _Merger, kind: str, records: list) -> None:  # type: ignore[type-arg]
    share_fields_sets(records)
    merger.parts.setdefault(kind, []).extend(records)


def _shift(record: object, offset: int) -> dict[str, int]:
    return {"start": record.start + offset, "stop": record.stop + offset}  # type: ignore[attr-defined]


def _map(ids: dict[str, str]) -> Callable[[str | None], str | None]:
    return lambda value: ids.get(value, value) if value is not None else None


def _position(position: Position, ids: dict[str, str]) -> Position:
    to = _map(ids)
    fields = ("person", "holder", "agency", "region", "organization", "place", "mention")
    lists = {f: tuple(ids.get(m, m) for m in getattr(position, f)) for f in ("holders", "mentions")}
    return position.model_copy(update={"id": ids[position.id], **{f: to(getattr(position, f)) for f in fields}, **lists})


def _event(event: Event, ids: dict[str, str]) -> Event:
    to = _map(ids)
    return event.model_copy(
        update={
            "id": ids[event.id],
            "location": to(event.location),
            "date": to(event.date),
            "part_of": to(event.part_of),
            "organizers": tuple(ids.get(o, o) for o in event.organizers),
            "participants": tuple(
                Participant(person=ids.get(p.person, p.person), part=p.part, position=to(p.position))
                for p in event.participants
            ),
            "mentions": tuple(ids[m] for m in event.mentions),
        }
    )


def _quote(quote: Quote, ids: dict[str, str], offset: int) -> Quote:
    return quote.model_copy(update={"id": ids[quote.id], "speaker": _map(ids)(quote.speaker), **_shift(quote, offset)})
