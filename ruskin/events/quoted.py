"""The event a quote belongs to: its speaker speaks at that event.

A quote in the article belongs to the event mentioned last before it, in its own sentence
or the three before ("Губернатор провёл совещание. ... «Мы завершим ремонт к осени», —
сказал он."), or else to the first event named later in its own sentence ("«…», — сказал
он на совещании").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence

from ..found import Found
from ..records import Quote
from ..nlp.analysis import Analysis
from .groups import is_article
from .links import sentence_of

__all__ = ["quote_speakers"]

_BEFORE_SENTENCES = 3


def quote_speakers(
    analysis: Analysis, found: Sequence[Found], groups: Sequence[Sequence[Found]], ids: Sequence[str], quotes: Sequence[Quote]
) -> Iterator[tuple[str, str]]:
    """(event id, speaker's Person id) for each quote with a speaker that belongs to an event."""
    owner = {id(m): record_id for record_id, group in zip(ids, groups) for m in group}
    events = sorted((f for f in found if f.type == "EVENT" and is_article(analysis, f)), key=lambda f: f.start)
    starts = [s for s, _ in analysis.sentences]
    for quote in quotes:
        if quote.speaker is None or quote.zone not in ("title", "body"):
            continue
        mention = _event_of(analysis, events, bisect_right(starts, quote.start) - 1, quote)
        if mention is not None:
            yield owner[id(mention)], quote.speaker


def _event_of(analysis: Analysis, events: list[Found], sentence: int, quote: Quote) -> Found | None:
    before = [m for m in events if m.stop <= quote.start and sentence - sentence_of(analysis, m) <= _BEFORE_SENTENCES]
    if before:
        return before[-1]
    return next((m for m in events if m.start >= quote.stop and sentence_of(analysis, m) == sentence), None)
