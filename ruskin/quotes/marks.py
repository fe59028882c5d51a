"""Quotation marks paired within a paragraph: «…», „…“, “…” and straight "…".

Quotes nest («… „…“ …», or "… "Театральная" …"); only the outermost pairs are
returned, since a quote inside a quote is part of it. A paragraph is a line: a mark
left open at the end of a line is dropped, except one opened on the text's last line: an
excerpt that stops inside a quote (``cut_off_quote``). A straight quote opens after a space or
a bracket, or glued to the full stop before it when a capital follows ('."Олег Иванович').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["cut_off_quote", "quoted_spans"]

_LINE = re.compile(r"[^\n]+")
_OPENERS = {"«": "»", "„": "“", "“": "”"}
_CLOSERS = {"»", "“", "”"}
_STRAIGHT = '"'
_BEFORE_OPENING = " \t([{«„“/—–-"
_SENTENCE_ENDS = ".!?…"


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(offset of the opening mark, offset of the closing mark) of each outermost quote."""
    return [span for line in _LINE.finditer(text) for span in _pairs(text, line.start(), line.end())]


def _pairs(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    stack: list[tuple[str, int]] = []
    for offset in range(start, stop):
        char = text[offset]
        if char == _STRAIGHT:
            char = _straight_role(text, offset, start, stack)
        if stack and char == _closing(stack[-1][0]):
            mark, opened = stack.pop()
            if not stack:
                yield opened, offset
        elif char in _OPENERS or char == "open":
            stack.append((text[offset], offset))


def _closing(opening: str) -> str:
    return _OPENERS.get(opening, _STRAIGHT)


def _straight_role(text: str, offset: int, line_start: int, stack: list[tuple[str, int]]) -> str:
    """Whether a straight quote opens ("open") or closes ('"') a quote, from its neighbours."""
    before = text[offset - 1] if offset > line_start else " "
    after = text[offset + 1] if offset + 1 < len(text) else " "
    opens = before in _BEFORE_OPENING and not after.isspace() or _glued(before, after, stack)
    if opens and not (stack and stack[-1][0] == _STRAIGHT and before == _STRAIGHT):
        return "open"
    return _STRAIGHT if stack and stack[-1][0] == _STRAIGHT else "stray"


def _glued(before: str, after: str, stack: list[tuple[str, int]]) -> bool:
    """A quote that opens right after the full stop of the sentence before, no space between, its
    first letter a capital ('Петровым."Олег Иванович, ...'), when no straight quote is open."""
    return before in _SENTENCE_ENDS and after.isupper() and not any(mark == _STRAIGHT for mark, _ in stack)


def cut_off_quote(text: str) -> tuple[int, int] | None:
    """(offset of the opening mark, end of the text) of a quote that opens on the last line and is
    never closed: the text stops inside it ('область "замыкает рейтинг' at the end of an excerpt)."""
    stop = len(text.rstrip())
    line = text.rfind("\n", 0, stop) + 1
    closed = list(_pairs(text, line, stop))
    for start in range(line, stop):
        if text[start] not in _OPENERS and text[start] != _STRAIGHT:
            continue
        if any(opened <= start <= shut for opened, shut in closed):
            continue
        if text[start] == _STRAIGHT and _straight_role(text, start, line, []) != "open":
            continue
        return start, stop
    return None
