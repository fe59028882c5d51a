"""Charset evidence other than the bytes' own statistics: declared charsets and a detector.

Two sources of help for ``ruskin.io.decode`` when its own Cyrillic guess is not enough:

* the charset a page declares (``<meta charset>``, ``http-equiv`` Content-Type, an XML
  declaration), read from the first bytes as ASCII, before anything is decoded;
* charset-normalizer, a maintained detector, asked only when the fast guess is weak
  (``candidates``); its plausible decodings are ranked by ruskin's Russian letter score.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["CYRILLIC", "candidates", "declared_charset"]

CYRILLIC = ("cp1251", "koi8-r", "cp866", "iso-8859-5", "mac-cyrillic")
"""The single-byte Cyrillic encodings ruskin reads, the two common ones first."""

_HEAD = 4096
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
# Names a page may declare that Python spells otherwise or that mean another codec in practice.
_ALIASES = {"x-mac-cyrillic": "mac-cyrillic", "windows-1251": "cp1251", "x-cp1251": "cp1251", "ibm866": "cp866"}


def declared_charset(data: bytes) -> str | None:
    """The codec a page declares in its first bytes, by its canonical Python name; None if none or unknown."""
    match = _DECLARED.search(data[:_HEAD])
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        return codecs.lookup(_ALIASES.get(name, name)).name
    except LookupError:
        return None


def candidates(sample: bytes) -> list[str]:
    """The Cyrillic encodings charset-normalizer finds plausible for ``sample`` (may be empty)."""
    from charset_normalizer import from_bytes  # the detector is imported only when needed

    matches = from_bytes(sample, cp_isolation=[codecs.lookup(name).name for name in CYRILLIC])
    return [codecs.lookup(match.encoding).name for match in matches]
