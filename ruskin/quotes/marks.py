"""Quotation marks paired within a paragraph: «…», „…“, “…” and straight "…".

Quotes nest («… „…“ …», or "… "Театральная" …"); only the outermost pairs are
returned, since a quote inside a quote is part of it. A paragraph is a line: a mark
left open at the end of a line is dropped, except one that opens the text's last line: an
excerpt that stops inside a quote (``cut_off_quote``).
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
    opens = before in _BEFORE_OPENING and not after.isspace()
    if opens and not (stack and stack[-1][0] == _STRAIGHT and before == _STRAIGHT):
        return "open"
    return _STRAIGHT if stack and stack[-1][0] == _STRAIGHT else "stray"


def cut_off_quote(text: str) -> tuple[int, int] | None:
    """(offset of the opening mark, end of the text) of a quote that opens the last line and is
    never closed: the text stops inside it."""
    stop = len(text.rstrip())
    start = text.rfind("\n", 0, stop) + 1
    while start < stop and text[start].isspace():
        start += 1
    if start >= stop or text[start] not in _OPENERS and text[start] != _STRAIGHT:
        return None
    if any(opened == start for opened, _ in _pairs(text, start, stop)):
        return None
    return start, stop
