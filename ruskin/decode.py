"""Bytes to text for scraped Russian pages.

Order of trust: a byte-order mark, then BOM-less UTF-16 (NUL bytes on one side),
then strict UTF-8, then the better of cp1251 and koi8-r by a letter-frequency score.
Bytes that are not text raise ``BinaryInputError``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from itertools import islice

from ruskin.errors import BinaryInputError, InputTooLargeError

__all__ = ["Decoded", "decode_bytes", "looks_like_html"]

_SAMPLE = 4096
_SCORE_SAMPLE = 65536
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "gzip"),
    (b"\x7fELF", "ELF"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (old MS Office)"),
)
_CONTROLS = frozenset(chr(code) for code in range(32)) - frozenset("\t\n\f\r")
_NUL_SHARE = 0.01
_UTF16_NULS = 0.05  # BOM-less UTF-16 needs NULs in this share of its bytes
_CONTROL_SHARE = 0.05
_STRAY = 2  # this many NUL or control characters never make a text binary
# Russian lowercase letters, most frequent first; a letter scores by its rank.
_BY_FREQUENCY = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё"
_RANK = {letter: rank for rank, letter in enumerate(_BY_FREQUENCY)}
_TYPOGRAPHY = frozenset("«»—–№…„“”‘’\u00a0")
_HTML_START = re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|title|meta|link|script|style|div|span|p|br|hr|a|img|ul|ol|li"
    r"|table|tr|td|th|h[1-6]|section|article|header|footer|nav|main|form|b|i|strong|em)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_HTML_MIN_TAGS = 3


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the name of the encoding it was read in."""

    text: str
    encoding: str


def decode_bytes(data: bytes, *, max_bytes: int | None = None) -> Decoded:
    """Decode a scraped page to text, raising ``BinaryInputError`` for non-text bytes."""
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLargeError(f"input is {len(data)} bytes, over the limit of {max_bytes}")
    if not data:
        return Decoded("", "utf-8")
    _reject_signature(data)
    decoded = (
        _from_bom(data) or _from_utf16_guess(data) or _attempt(data, "utf-8") or _from_8bit(data)
    )
    _reject_controls(decoded.text[:_SAMPLE])
    return decoded


def looks_like_html(text: str) -> bool:
    """Tell whether a text is an HTML document rather than plain text with a stray '<'."""
    head = text[:1024].lstrip("\ufeff \t\r\n\f")
    if _HTML_START.match(head):
        return True
    tags = islice(_HTML_TAG.finditer(text), _HTML_MIN_TAGS)
    return sum(1 for _ in tags) >= _HTML_MIN_TAGS


def _attempt(data: bytes, encoding: str) -> Decoded | None:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return None


def _from_bom(data: bytes) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom) and (decoded := _attempt(data, encoding)):
            return decoded
    return None


def _from_utf16_guess(data: bytes) -> Decoded | None:
    """Read BOM-less UTF-16: the NUL halves of ASCII characters sit on one side only."""
    sample = data[:_SAMPLE]
    high, low = sample[0::2].count(0), sample[1::2].count(0)
    most = max(high, low)
    lopsided = min(high, low) * 10 <= most
    if len(data) % 2 or not lopsided or most <= _STRAY or most < len(sample) * _UTF16_NULS:
        return None
    return _attempt(data, "utf-16-be" if high > low else "utf-16-le")


def _from_8bit(data: bytes) -> Decoded:
    """Read cp1251 or koi8-r, whichever looks more Russian; a tie goes to cp1251."""
    sample = data[:_SCORE_SAMPLE]
    windows = _score(sample.decode("cp1251", errors="replace"))
    koi8 = _score(sample.decode("koi8-r"))
    encoding = "koi8-r" if koi8 > windows else "cp1251"
    return Decoded(data.decode(encoding, errors="replace"), encoding)


def _score(text: str) -> float:
    """Score how Russian a text looks: frequent letters up, odd symbols and 'пРИМЕР' down."""
    total, previous_lower = 0.0, False
    for char in text:
        rank = _RANK.get(char.lower())
        if rank is None:
            previous_lower = False
            if not char.isascii() and char not in _TYPOGRAPHY:
                total -= 1
            continue
        total += 1 - 2 * rank / len(_BY_FREQUENCY)
        if previous_lower and char.isupper():
            total -= 2
        previous_lower = char.islower()
    return total


def _reject_signature(data: bytes) -> None:
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(f"looks like binary data ({name} file signature)")


def _reject_controls(sample: str) -> None:
    if not sample:
        return
    nuls = sample.count("\x00")
    controls = sum(1 for char in sample if char in _CONTROLS)
    for count, limit, what in ((nuls, _NUL_SHARE, "NUL"), (controls, _CONTROL_SHARE, "control")):
        share = count / len(sample)
        if count > _STRAY and share > limit:
            raise BinaryInputError(
                f"looks like binary data ({what} characters in {share:.0%}"
                f" of the first {len(sample)} characters)"
            )
