"""Documents as pandas DataFrames: one flat frame per record kind, joined by ids.

pandas is an optional extra (``pip install "ruskin[pandas]"``); it is imported only
when a frame is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeGuard

from pydantic import BaseModel

from ..errors import InputTypeError, MissingExtraError
from ..record_types import (
    Agency,
    DateValue,
    DocumentData,
    ErrorRecord,
    Event,
    Initiative,
    Mention,
    Person,
    Position,
    Quote,
    Region,
)

if TYPE_CHECKING:
    from ..corpus import Corpus
    from ..records import Document

__all__ = ["KINDS", "columns", "document_frames", "frame_rows", "item_rows", "items_corpus", "named_items", "to_frames"]

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
JOINED = {"mentions": "mention_ids", "organizers": "organizer_ids", "holders": "holder_ids", "places": "place_ids"}

PARTICIPANTS = ("source", "event", "person", "part", "position", "person_key")

# Columns after a record's fields: keys into the corpus tables (ruskin.corpus.tables).
KEYS = {"persons": ("person_key",), "positions": ("person_key", "region_code")}

DOCUMENTS = ("source", "doc_date", "encoding", "chars", "tokens_omitted", "error")


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
    if kind == "documents":
        return DOCUMENTS
    if kind in ("people", "tenures"):
        from ..corpus.tables import PEOPLE, TENURES

        return PEOPLE if kind == "people" else TENURES
    fields = [JOINED.get(name, name) for name in KINDS[kind].model_fields if name != "participants"]
    return ("source", *fields, *KEYS.get(kind, ()))


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


def to_frames(documents: Iterable[Document | ErrorRecord] | Document) -> dict[str, Any]:
    """One DataFrame per record kind over many documents (or one), rows in document order.

    Frames and their columns (``source`` is the document's source, or its index in
    ``documents`` when the source is None; ids are unique within a source)::

        documents     source, doc_date, encoding, chars, tokens_omitted, error
        mentions      source, id, type, start, stop, text, normal, zone
        persons       source, id, name, last, first, middle, mention_ids, zone, person_key
        positions     source, id, person, holder, holder_ids, title, agency, region, municipality, seat_basis, organization, place, status, kind, mention, mention_ids, zone, person_key, region_code
        regions       source, id, name, code, kind, federal_district, mention_ids, zone
        agencies      source, id, name, abbreviation, level, region, mention_ids, zone
        initiatives   source, id, name, kind, mention_ids, zone
        events        source, id, name, kind, location, place_ids, start, end, date, organizer_ids, part_of, background, mention_ids, zone
        dates         source, id, start, end, precision, relative, duration, weekday_conflict, invalid, mention, zone
        quotes        source, id, speaker, text, start, stop, zone
        participants  source, event, person, part, position, person_key   (one row per participant of an
                      event; position: the Position id when the text names only the post)
        people        person_key, name, last, first, middle, documents, mentions, posts, first_seen, last_seen
        tenures       person_key, title, region_code, region, agency, status, first_seen, last_seen, documents

    ``documents`` has a row for every item, an ``ErrorRecord`` too (with its ``error``; the
    other frames have no rows for it). ``people`` are the people across documents of
    ``ruskin.Corpus`` and ``tenures`` their posts over time; ``person_key`` joins them to
    ``persons``, ``positions`` and ``participants``. ``mention_ids``, ``holder_ids``, ``organizer_ids`` and ``place_ids``
    are ids joined with commas ("" for none); ``positions.person``, ``positions.agency``,
    ``participants.person`` and the like hold ids to join on, together with ``source``.
    Needs ``pip install "ruskin[pandas]"``.
    """
    pandas = _pandas()
    rows = frame_rows(_items(documents))
    return {kind: pandas.DataFrame(kind_rows, columns=list(columns(kind))) for kind, kind_rows in rows.items()}


def _items(documents: Iterable[Document | ErrorRecord] | Document) -> Iterator[Document | ErrorRecord]:
    """The items one by one (one Document is a list of one); ``InputTypeError`` for anything else."""
    if _is_document(documents):
        yield documents
        return
    if isinstance(documents, (str, bytes)) or not isinstance(documents, Iterable):
        raise InputTypeError(f"to_frames takes Documents (a list, or one), got {type(documents).__name__}")
    for document in documents:
        if not (_is_document(document) or isinstance(document, ErrorRecord)):
            raise InputTypeError(f"to_frames takes Documents, got a {type(document).__name__} among them")
        yield document


def _is_document(value: object) -> TypeGuard[Document]:
    """True for a Document, known here by the ``DocumentData`` every Document is (the views
    work on a Document's data and do not import ``ruskin.records``, which imports them)."""
    return isinstance(value, DocumentData)


def frame_rows(items: Iterable[Document | ErrorRecord]) -> dict[str, list[dict[str, Any]]]:
    """The rows of every frame of ``to_frames``, by frame name."""
    from ..corpus.tables import people_rows, tenure_rows

    named = list(named_items(items))
    corpus = items_corpus(named)
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in DOCUMENT_FRAMES}
    seen: set[str | int] = set()
    for source, item in named:
        for kind, kind_rows in item_rows(corpus, source, item, keyed=source not in seen).items():
            rows[kind] += kind_rows
        seen.add(source)
    rows["people"], rows["tenures"] = people_rows(corpus), tenure_rows(corpus)
    return rows


DOCUMENT_FRAMES = ("documents", *KINDS, "participants")
"""The frames with rows per document; ``people`` and ``tenures`` are the corpus's."""


def named_items(items: Iterable[Document | ErrorRecord]) -> Iterator[tuple[str | int, Document | ErrorRecord]]:
    """Each item with its name in the frames: its source, or its index when it has none."""
    for index, item in enumerate(items):
        yield (index if item.source is None else item.source), item


def items_corpus(named: Iterable[tuple[str | int, Document | ErrorRecord]]) -> Corpus:
    """The Corpus of the Documents among ``named`` items, each under its name in the frames."""
    from ..corpus import Corpus

    return Corpus(_with_source(str(source), item) for source, item in named if _is_document(item))


def item_rows(
    corpus: Corpus, source: str | int, item: Document | ErrorRecord, *, keyed: bool = True
) -> dict[str, list[dict[str, Any]]]:
    """The rows of one item in the per-document frames, with keys into ``corpus`` (None when not
    ``keyed``: a later document with the source of an earlier one, which the corpus does not hold)."""
    if isinstance(item, ErrorRecord):
        return {"documents": [_document_row(source, item)]}
    from ..corpus.tables import key_columns

    rows = _rows(source, item)
    key_columns(corpus if keyed else None, str(source), item, rows)
    return {"documents": [_document_row(source, item)], **rows}


def _with_source(source: str, document: Document) -> Document:
    return document if document.source == source else document.model_copy(update={"source": source})


def _document_row(source: str | int, item: Document | ErrorRecord) -> dict[str, Any]:
    if isinstance(item, ErrorRecord):
        return {"source": source, "doc_date": None, "encoding": None, "chars": None, "tokens_omitted": None,
                "error": item.error}
    return {
        "source": source,
        "doc_date": item.doc_date,
        "encoding": item.encoding,
        "chars": len(item.text),
        "tokens_omitted": item.tokens_omitted,
        "error": None,
    }


def document_frames(document: Document) -> dict[str, Any]:
    """One DataFrame per record kind for one document; see ``to_frames`` for the columns."""
    return to_frames([document])
