"""A Position as the posts the text states one by one, for the span-level corpora.

NEREL and factRuEval link a person to each mention of a post. A Position holds one
office with all its ROLE mentions (``mentions``) and every PERSON mention it is stated at
(``holders``); here it becomes one Position per ROLE mention again, each with the holder
mention stated in its sentence nearest to it (None when none is: a post that refers back;
each keeps the office's agency, region, organisation and place).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..records import Position
from .items import Span, distance, enclosing
from .lookup import RecordSpans

__all__ = ["stated_posts"]

_SUBJECT_PRONOUN = re.compile(r"(?<!\w)(?:[Оо]н|[Оо]на)(?!\w)")


def stated_posts(position: Position, records: RecordSpans, sentences: list[Span], text: str = "") -> Iterator[Position]:
    """One Position per ROLE mention of ``position``, with its own holder mention."""
    mentions = position.mentions or ((position.mention,) if position.mention else ())
    if len(mentions) <= 1:
        yield position
        return
    holders = [(holder, span) for holder in position.holders if (span := records.span(holder)) is not None]
    for mention in mentions:
        role = records.span(mention)
        holder = _holder_of(role, holders, sentences, text) if role is not None else None
        update: dict[str, object] = {"mention": mention, "mentions": (mention,), "holder": holder}
        yield position.model_copy(update=update)


def _holder_of(role: Span, holders: list[tuple[str, Span]], sentences: list[Span], text: str) -> str | None:
    """The holder mention nearest the post in its sentence; in a sentence whose subject before the
    post is "он"/"она" ("Он занимал пост президента ..."), the latest holder of the sentence before."""
    sentence = enclosing(role, sentences) or role
    near = [(distance(span, role), holder) for holder, span in holders if enclosing(span, sentences) == sentence]
    if near:
        return min(near)[1]
    if not _SUBJECT_PRONOUN.search(text[sentence[0] : role[0]]):
        return None
    before = [s for s in sentences if s[1] <= sentence[0]][-1:]
    earlier = [(span, holder) for holder, span in holders if before and before[0][0] <= span[0] and span[1] <= sentence[0]]
    return max(earlier)[1] if earlier else None
