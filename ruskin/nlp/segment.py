"""razdel adapter: sentences and tokens with offsets into the text.

A line break always ends a sentence (scraped pages put headlines, captions and comments
on lines of their own), and so does every extra break from the clean-up stage. Very
long "sentences" (lists, tables, text without punctuation) are cut into pieces of
``MAX_TOKENS`` tokens so that the models' memory stays bounded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from razdel import sentenize, tokenize

MAX_TOKENS = 200

_BLOCK = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Piece:
    """A token: ``text[start:stop]``."""

    start: int
    stop: int
    text: str


@dataclass(frozen=True, slots=True)
class Segmented:
    """A sentence span with its tokens."""

    start: int
    stop: int
    tokens: tuple[Piece, ...]


def segment(view: str, breaks: Sequence[int] = (), joins: Sequence[int] = ()) -> list[Segmented]:
    """Sentences with their tokens, splitting at line breaks and at ``breaks`` too.

    A token that starts at a ``joins`` offset (just past an invisible character inside a
    word) is glued to the one before: one token over both spans, its text without the gap.
    """
    sentences: list[Segmented] = []
    joined = frozenset(joins)
    for start, stop in _blocks(view, breaks):
        for sentence in sentenize(view[start:stop]):
            tokens = [
                Piece(start + sentence.start + t.start, start + sentence.start + t.stop, t.text)
                for t in tokenize(sentence.text)
            ]
            sentences.extend(_cut(_glued(tokens, joined) if joined else tokens))
    return sentences


def _glued(tokens: list[Piece], joins: frozenset[int]) -> list[Piece]:
    glued: list[Piece] = []
    for token in tokens:
        if glued and token.start in joins and glued[-1].stop < token.start:
            last = glued.pop()
            token = Piece(last.start, token.stop, last.text + token.text)
        glued.append(token)
    return glued


def _blocks(view: str, breaks: Sequence[int]) -> Iterator[tuple[int, int]]:
    cuts = sorted(breaks)
    for line in _BLOCK.finditer(view):
        start, stop = line.span()
        for cut in cuts[bisect_right(cuts, start) : bisect_right(cuts, stop - 1)]:
            yield start, cut
            start = cut
        yield start, stop


def _cut(tokens: list[Piece]) -> Iterator[Segmented]:
    for begin in range(0, len(tokens), MAX_TOKENS):
        piece = tuple(tokens[begin : begin + MAX_TOKENS])
        yield Segmented(piece[0].start, piece[-1].stop, piece)
