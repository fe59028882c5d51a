"""Where a document's records are mentioned: spans looked up by record or mention id."""

from __future__ import annotations

from ..records import Agency, Document, Event, Person, Region
from .items import Span

__all__ = ["RecordSpans"]


class RecordSpans:
    """The mention spans of every record in a document, looked up by record id."""

    def __init__(self, document: Document) -> None:
        self.spans = {mention.id: (mention.start, mention.stop) for mention in document.mentions}
        owners: tuple[Person | Agency | Region | Event, ...] = (
            *document.persons, *document.agencies, *document.regions, *document.events
        )
        self.mentions = {record.id: [self.spans[m] for m in record.mentions if m in self.spans] for record in owners}
        self.dates = [(d.start, d.end, self.spans[d.mention]) for d in document.dates if d.mention in self.spans]
        self.date_mentions = {d.id: self.spans[d.mention] for d in document.dates if d.mention in self.spans}
        named: dict[tuple[str, str], list[Span]] = {}
        for mention in document.mentions:
            named.setdefault((mention.type, mention.normal.lower()), []).append((mention.start, mention.stop))
        self.alike = {mention.id: named[(mention.type, mention.normal.lower())] for mention in document.mentions}

    def of(self, record_id: str | None) -> list[Span]:
        """Spans of the record's mentions (none for an unknown or missing id)."""
        return self.mentions.get(record_id or "", [])

    def date_of(self, date_id: str | None) -> list[Span]:
        """The span of a DateValue's mention (none for an unknown or missing id)."""
        span = self.date_mentions.get(date_id or "")
        return [span] if span is not None else []

    def dates_of(self, start: str | None, end: str | None) -> list[Span]:
        """Mentions of the dates that start at ``start`` (those that also end at ``end``, if any)."""
        starting = [(stop, span) for first, stop, span in self.dates if start is not None and first == start]
        return [span for stop, span in starting if stop == end] or [span for _, span in starting]

    def alike_spans(self, mention_id: str | None) -> list[Span]:
        """Spans of every mention naming the same thing as this one (same type and nominative)."""
        return self.alike.get(mention_id or "", [])

    def mention_spans(self, mention_id: str | None) -> list[Span]:
        """The span of one mention as a list: empty if the id names none."""
        span = self.span(mention_id)
        return [span] if span is not None else []

    def span(self, mention_id: str | None) -> Span | None:
        """The span of one mention, if the id names one."""
        return self.spans.get(mention_id or "")
