"""Text clean-up that keeps offsets.

The models read an *analysis view* of the text: the same length as the text the user
gave, so every offset found in the view points into the original. Scraped pages also
glue a headline to the body ("…регионовЗаместитель губернатора…"); those places are
returned as extra sentence breaks rather than by editing the text.
"""

from __future__ import annotations

import re

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n") + "\x7f"
_TO_SPACE = str.maketrans({c: " " for c in _SPACES + _INVISIBLE + _CONTROLS if c != "\r"} | {"\r": "\n"})
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n"})

# A lower-case word of 4+ letters glued to a capitalised word: a headline run into the body.
_GLUED = re.compile(r"(?<=[а-яё]{4})(?=[А-ЯЁ][а-яё]{2})")


def analysis_view(text: str) -> str:
    """The text with odd spaces, invisible and control characters made plain, same length."""
    return text.translate(_TO_SPACE).translate(_LINE_BREAKS)


def glued_breaks(view: str) -> list[int]:
    """Offsets where a headline runs into the body without a space."""
    return [match.start() for match in _GLUED.finditer(view)]
