"""Text clean-up that keeps offsets.

The models read an *analysis view* of the text: the same length as the text the user
gave, so every offset found in the view points into the original. Scraped pages also
glue a headline to the body ("…регионовЗаместитель губернатора…"); those places are
returned as extra sentence breaks rather than by editing the text.

Names typed or scraped with tricks of their own are folded without moving an offset: a
Latin look-alike letter inside a Cyrillic word ("Пyтин" with a Latin y) is made its Cyrillic
twin in the view, and an invisible character inside a word ("Дми\u200dтрий") is a
``word_joins`` offset, where the segmenter glues the two halves back into one token.
"""

from __future__ import annotations

import re

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n") + "\x7f"
_TO_SPACE = str.maketrans({c: " " for c in _SPACES + _INVISIBLE + _CONTROLS if c != "\r"} | {"\r": "\n"})
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n"})
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # a (non-breaking) hyphen inside a word: "экс‑глава"

# A lower-case word of 4+ letters glued to a capitalised word: a headline run into the body.
_GLUED = re.compile(r"(?<=[а-яё]{4})(?=[А-ЯЁ][а-яё]{2})")
_LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_MIXED = re.compile(r"[а-яё][a-z]|[a-z][а-яё]", re.IGNORECASE)  # a Cyrillic letter next to a Latin one
_LETTERS = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_JOIN = re.compile(rf"(?<=[^\W\d_])[{_INVISIBLE}]+(?=[^\W\d_])")


def analysis_view(text: str) -> str:
    """The text with odd spaces, invisible and control characters and Unicode hyphens made
    plain and Latin look-alikes inside Cyrillic words made Cyrillic; same length."""
    return _fold_lookalikes(text.translate(_TO_SPACE).translate(_LINE_BREAKS).translate(_HYPHENS))


def word_joins(text: str) -> list[int]:
    """Offsets just past invisible characters that sit inside a word: the word goes on there."""
    return [match.end() for match in _JOIN.finditer(text)]


def _fold_lookalikes(view: str) -> str:
    """Cyrillic words with Latin look-alike letters in them, spelled in Cyrillic only."""
    if not _MIXED.search(view):
        return view
    parts, position = [], 0
    for match in _LETTERS.finditer(view):
        word = match.group()
        folded = word.translate(_LOOKALIKES)
        if folded != word and _CYRILLIC.search(word) and not _LATIN.search(folded):
            parts += [view[position : match.start()], folded]
            position = match.end()
    return "".join(parts) + view[position:] if parts else view


def glued_breaks(view: str) -> list[int]:
    """Offsets where a headline runs into the body without a space."""
    return [match.start() for match in _GLUED.finditer(view)]
