"""Documents as pandas DataFrames: one flat frame per record kind, joined by ids.

pandas is an optional extra (``pip install "ruskin[pandas]"``); it is imported only
when a frame is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from .errors import MissingExtraError
from .records import Agency, DateValue, Document, Event, Initiative, Mention, Person, Position, Quote, Region

__all__ = ["KINDS", "columns", "document_frames", "to_frames"]

# Frame name → the record model whose fields give its columns.
KINDS: dict[str, type[BaseModel]] = {
    "mentions": Mention,
    "persons": Person,
    "positions": Position,
    "regions": Region,
    "agencies": Agency,
    "initiatives": Initiative,
    "events": Event,
    "dates": DateValue,
    "quotes": Quote,
}

# Tuple fields of ids, flattened to one comma-joined string column.
JOINED = {"mentions": "mention_ids", "organizers": "organizer_ids", "holders": "holder_ids"}

PARTICIPANTS = ("source", "event", "person", "part", "position")


def _pandas() -> Any:
    """The pandas module, or ``MissingExtraError`` saying how to install it."""
    try:
        import pandas
    except ImportError as error:
        raise MissingExtraError('pandas is needed for to_frames(): pip install "ruskin[pandas]"') from error
    return pandas


def columns(kind: str) -> tuple[str, ...]:
    """The columns of one frame, ``source`` first."""
    if kind == "participants":
        return PARTICIPANTS
    fields = [JOINED.get(name, name) for name in KINDS[kind].model_fields if name != "participants"]
    return ("source", *fields)


def _row(source: str | int, record: BaseModel) -> dict[str, Any]:
    """One record as a flat row: tuples of ids joined with commas, participants left out."""
    row: dict[str, Any] = {"source": source}
    for name, value in record:
        if name in JOINED:
            row[JOINED[name]] = ",".join(value)
        elif name != "participants":
            row[name] = value
    return row


def _rows(source: str | int, document: Document) -> dict[str, list[dict[str, Any]]]:
    """Rows of every frame for one document."""
    rows = {kind: [_row(source, record) for record in getattr(document, kind)] for kind in KINDS}
    rows["participants"] = [
        {"source": source, "event": event.id, "person": p.person, "part": p.part, "position": p.position}
        for event in document.events
        for p in event.participants
    ]
    return rows


def to_frames(documents: Iterable[Document]) -> dict[str, Any]:
    """One DataFrame per record kind over many documents, rows in document order.

    Frames and their columns (``source`` is the document's source, or its index in
    ``documents`` when the source is None; ids are unique within a source)::

        mentions      source, id, type, start, stop, text, normal, zone
        persons       source, id, name, last, first, middle, mention_ids, zone
        positions     source, id, person, holder, holder_ids, title, agency, region, municipality, seat_basis, organization, place, status, mention, mention_ids, zone
        regions       source, id, name, code, kind, federal_district, mention_ids, zone
        agencies      source, id, name, abbreviation, level, region, mention_ids, zone
        initiatives   source, id, name, kind, mention_ids, zone
        events        source, id, name, kind, location, start, end, date, organizer_ids, part_of, mention_ids, zone
        dates         source, id, start, end, precision, relative, duration, weekday_conflict, mention, zone
        quotes        source, id, speaker, text, start, stop, zone
        participants  source, event, person, part, position   (one row per participant of an event;
                      position: the Position id when the text names only the post)

    ``mention_ids``, ``holder_ids`` and ``organizer_ids`` are ids joined with commas ("" for none);
    ``positions.person``, ``positions.agency``, ``participants.person`` and the like
    hold ids to join on, together with ``source``. Needs ``pip install "ruskin[pandas]"``.
    """
    pandas = _pandas()
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in [*KINDS, "participants"]}
    for index, document in enumerate(documents):
        source = index if document.source is None else document.source
        for kind, kind_rows in _rows(source, document).items():
            rows[kind] += kind_rows
    return {kind: pandas.DataFrame(kind_rows, columns=list(columns(kind))) for kind, kind_rows in rows.items()}


def document_frames(document: Document) -> dict[str, Any]:
    """One DataFrame per record kind for one document; see ``to_frames`` for the columns."""
    return to_frames([document])
