"""One Document as one JSON line: whole, or compact (``tokens=False``, ``--no-tokens``).

Compact JSON leaves out the tokens, every field at its default value (``zone: "body"``,
``null``, empty lists) and each mention's ``text``, which is ``document.text[start:stop]``.
Reading it with ``Document.model_validate_json`` gives the same Document back, its
mention texts filled in, with ``tokens_omitted`` set: on news text that is about 4 bytes
out per byte in, against 17 with tokens. (The JSON Schema describes whole lines: against it a
compact line lacks the mentions' ``text``.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..records import Document

__all__ = ["document_json", "with_mention_texts", "without_tokens"]


def without_tokens(document: Document) -> Document:
    """The document with its tokens left out (``tokens_omitted`` set)."""
    if not document.tokens and document.tokens_omitted:
        return document
    return document.model_copy(update={"tokens": (), "tokens_omitted": True})


def document_json(document: Document, *, tokens: bool = True) -> str:
    """The document as one line of JSON; compact, without tokens, when ``tokens`` is False."""
    if tokens:
        return document.model_dump_json()
    return without_tokens(document).model_dump_json(
        exclude={"tokens": True, "mentions": {"__all__": {"text"}}}, exclude_defaults=True
    )


def with_mention_texts(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (a Document as a dict) with the ``text`` of each mention that lacks one filled in."""
    text = data["text"]
    mentions = data["mentions"]
    if not any(isinstance(m, dict) and "text" not in m for m in mentions):
        return data
    filled = [_with_text(m, text) if isinstance(m, dict) and "text" not in m else m for m in mentions]
    return {**data, "mentions": filled}


def _with_text(mention: dict[str, Any], text: str) -> dict[str, Any]:
    start, stop = mention.get("start"), mention.get("stop")
    if not isinstance(start, int) or not isinstance(stop, int):
        return mention  # validation reports the missing offsets
    return {**mention, "text": text[start:stop]}
