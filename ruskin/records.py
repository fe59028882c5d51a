"""The records ruskin returns: frozen pydantic models linked by id.

Offsets everywhere are ``start``/``stop``: half-open character offsets into
``Document.text``, the text the user gave (after HTML conversion, when the input was
HTML). Records refer to each other by ``id`` (``"m3"``, ``"p1"``, ``"r2"``), never by
nested copies, so a ``Document`` serialises to JSON and back exactly.

The types are defined in ``ruskin.record_types``; ``Document`` is defined here, on top of
the views it shows itself through (``to_html``, ``print``, ``to_frames``, ``keep_zones``),
which work on a Document's data without importing this module.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from .record_types import (
    Agency,
    DateValue,
    DocumentData,
    ErrorRecord,
    Event,
    Initiative,
    Mention,
    MentionType,
    Participant,
    ParticipantPart,
    Person,
    Position,
    Quote,
    Region,
    PostKind,
    SeatBasis,
    Sentence,
    Token,
    Zone,
)
from .views import display, frames, keep, notebook

__all__ = [
    "Agency",
    "DateValue",
    "Document",
    "ErrorRecord",
    "Event",
    "Initiative",
    "Mention",
    "MentionType",
    "Participant",
    "ParticipantPart",
    "Person",
    "Position",
    "Quote",
    "Region",
    "PostKind",
    "SeatBasis",
    "Sentence",
    "Token",
    "Zone",
]


class Document(DocumentData):
    """Everything ruskin found in one text."""

    def to_html(self) -> str:
        """Self-contained HTML: tables of records, then the text with mentions highlighted.

        Page zones are marked (``data-zone``); comments, links and navigation are greyed
        and collapsed. Jupyter shows a Document this way.
        """
        return notebook.document_html(self)

    def _repr_html_(self) -> str:
        """What Jupyter shows: ``to_html()``."""
        return self.to_html()

    def print(self) -> None:
        """Print the mentions and record tables as plain text, for a terminal."""
        print(display.document_text(self))

    def to_frames(self) -> dict[str, Any]:
        """One pandas DataFrame per record kind, joined by ids (needs ``ruskin[pandas]``)."""
        return frames.document_frames(self)

    def keep_zones(self, zones: Collection[str] | str = ("title", "body")) -> Document:
        """A copy with only the mentions and records in these page zones (the article, by default).

        ``zones`` is a collection of zone names or one name: ``keep_zones("body")``.
        """
        return keep.keep_zones(self, zones)

    def __repr__(self) -> str:
        """One line: the source, the date, the length of the text and how many records of each kind."""
        counts = [f"{len(getattr(self, kind))} {kind}" for kind in _COUNTED if getattr(self, kind)]
        head = [f"source={self.source!r}"] + ([f"doc_date={self.doc_date.isoformat()}"] if self.doc_date else [])
        return f"Document({', '.join([*head, f'{len(self.text):,} chars', *counts])})"

    __str__ = __repr__

    def get(self, record_id: str) -> Record | None:
        """The record with this id, of any kind ('m3', 'p1', 'pos2', 'r1', 'e1', ...), or None."""
        for kind in _IDENTIFIED:
            for record in getattr(self, kind):
                if record.id == record_id:
                    return record  # type: ignore[no-any-return]
        return None

    def mention(self, mention_id: str) -> Mention:
        """The mention with this id; ``KeyError`` if there is none."""
        for mention in self.mentions:
            if mention.id == mention_id:
                return mention
        raise KeyError(mention_id)


Record = Mention | Person | Position | Region | Agency | Initiative | Event | DateValue | Quote
"""A record with an id, as ``Document.get`` returns it."""

_IDENTIFIED = ("mentions", "persons", "positions", "regions", "agencies", "initiatives", "events", "dates", "quotes")
"""The fields of a Document whose records have ids."""

_COUNTED = ("sentences", *_IDENTIFIED)
"""The fields of a Document that its repr counts."""
