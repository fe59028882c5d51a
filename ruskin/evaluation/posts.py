"""A Position as the posts the text states one by one, for the span-level corpora.

NEREL and factRuEval link a person to each mention of a post. A Position holds one
office with all its ROLE mentions (``mentions``) and every PERSON mention it is stated at
(``holders``); here it becomes one Position per ROLE mention again, each with the holder
mention stated in its sentence nearest to it (None when none is: a post that refers back;
each keeps the office's agency, region, organisation and place).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..records import Position
from .items import Span, distance, enclosing
from .lookup import RecordSpans

__all__ = ["stated_posts"]


def stated_posts(position: Position, records: RecordSpans, sentences: list[Span]) -> Iterator[Position]:
    """One Position per ROLE mention of ``position``, with its own holder mention."""
    mentions = position.mentions or ((position.mention,) if position.mention else ())
    if len(mentions) <= 1:
        yield position
        return
    holders = [(holder, span) for holder in position.holders if (span := records.span(holder)) is not None]
    for mention in mentions:
        role = records.span(mention)
        holder = _holder_of(role, holders, sentences) if role is not None else None
        update: dict[str, object] = {"mention": mention, "mentions": (mention,), "holder": holder}
        yield position.model_copy(update=update)


def _holder_of(role: Span, holders: list[tuple[str, Span]], sentences: list[Span]) -> str | None:
    sentence = enclosing(role, sentences) or role
    near = [(distance(span, role), holder) for holder, span in holders if enclosing(span, sentences) == sentence]
    return min(near)[1] if near else None
