"""Bytes to text for scraped Russian pages.

Order of trust: a byte-order mark, then BOM-less UTF-16 (NUL bytes on one side), then the
charset a page declares (``ruskin.io.charsets``) if the bytes fit it, then strict UTF-8, then
UTF-8 with a few broken bytes replaced (a warning says how many), then a guess: the better
of cp1251 and koi8-r by a letter-frequency score. When that guess is weak (letters that
Russian text does not use), charset-normalizer proposes the plausible Cyrillic encodings
(cp866, iso-8859-5, mac-cyrillic too) and the same score picks among them; a guess that
stays weak comes with a low-confidence warning. Bytes that are not text raise
``BinaryInputError``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from itertools import islice

from ruskin.io.charsets import CYRILLIC, candidates, declared_charset
from ruskin.errors import BinaryInputError, InputTooLargeError

__all__ = ["Decoded", "check_head", "decode_bytes", "looks_like_html"]

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
_BROKEN_UTF8_SHARE = 0.05  # UTF-8 with at most this share of broken characters stays UTF-8
_ODD_SHARE = 0.01  # a guess with more odd characters among its non-ASCII ones is weak
_HEAD_NULS = 0.6  # a head with more NUL bytes is binary (UTF-16 text has at most half)


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the name of the encoding it was read in, and what was doubtful about it."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, *, max_bytes: int | None = None) -> Decoded:
    """Decode a scraped page to text, raising ``BinaryInputError`` for non-text bytes."""
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLargeError(f"input is {len(data)} bytes, over the limit of {max_bytes}")
    if not data:
        return Decoded("", "utf-8")
    _reject_signature(data)
    decoded = (
        _from_bom(data)
        or _from_utf16_guess(data)
        or _from_declared(data)
        or _attempt(data, "utf-8")
        or _from_broken_utf8(data)
        or _from_8bit(data)
    )
    _reject_controls(decoded.text[:_SAMPLE])
    return decoded


def check_head(head: bytes) -> None:
    """Refuse the first bytes of a stream that cannot start a text (``BinaryInputError``).

    Lets a reader stop at once on ``/dev/zero`` or an image instead of reading it whole.
    """
    _reject_signature(head)
    if not head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) and head.count(0) > len(head) * _HEAD_NULS:
        raise BinaryInputError(f"looks like binary data (NUL bytes in {head.count(0) / len(head):.0%} of the first {len(head)} bytes)")


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


def _from_declared(data: bytes) -> Decoded | None:
    """The charset the page declares, if its bytes decode in it; UTF-8 bytes stay UTF-8.

    A page saved again as UTF-8 often keeps its old ``<meta charset=windows-1251>``: bytes
    that are valid UTF-8 with non-ASCII characters are read as UTF-8, with a warning.
    """
    declared = declared_charset(data)
    if declared is None:
        return None
    if declared != "utf-8" and not data.isascii() and (utf8 := _attempt(data, "utf-8")):
        return Decoded(utf8.text, "utf-8", (f"the page declares {declared}, but its bytes are UTF-8; read as UTF-8",))
    decoded = _attempt(data, declared)
    if decoded is None:
        return None
    return Decoded(decoded.text, declared)


def _from_broken_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bytes that are not: the broken bytes become U+FFFD, with a warning."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\xef\xbf\xbd".encode("latin-1"))
    good = sum(1 for char in text if ord(char) > 0x7F) - broken
    if broken <= 0 or good < broken or broken > (good + broken) * _BROKEN_UTF8_SHARE:
        return None
    return Decoded(text, "utf-8", (f"{broken} byte sequence(s) that are not UTF-8 replaced with U+FFFD",))


def _from_8bit(data: bytes) -> Decoded:
    """Read cp1251 or koi8-r, whichever looks more Russian; a tie goes to cp1251.

    When the winner still has odd characters, the detector's plausible Cyrillic encodings
    compete too; a winner that keeps odd characters comes with a low-confidence warning.
    """
    sample = data[:_SCORE_SAMPLE]
    encoding, odd = _best(sample, CYRILLIC[:2])
    warnings: tuple[str, ...] = ()
    if odd > _ODD_SHARE:
        encoding, odd = _best(sample, (encoding, *candidates(sample)))
        warnings = (f"encoding guessed as {encoding} (neither cp1251 nor koi8-r fits the bytes)",)
    if odd > _ODD_SHARE:
        warnings = (f"encoding guessed as {encoding} with low confidence ({odd:.0%} of non-ASCII characters are unusual)",)
    return Decoded(data.decode(encoding, errors="replace"), encoding, warnings)


def _best(sample: bytes, encodings: tuple[str, ...]) -> tuple[str, float]:
    """The encoding (first of equals) that reads ``sample`` as the most Russian text, and its odd share."""
    scored = []
    for encoding in dict.fromkeys(encodings):
        text = sample.decode(encoding, errors="replace")
        scored.append((_score(text), -_odd_share(text), encoding))
    score, odd, encoding = max(scored, key=lambda item: item[:2])
    return encoding, -odd


def _odd_share(text: str) -> float:
    """Share of the non-ASCII characters that are neither Russian letters nor typography."""
    wide = [char for char in text if not char.isascii()]
    odd = sum(1 for char in wide if char.lower() not in _RANK and char not in _TYPOGRAPHY)
    return odd / len(wide) if wide else 0.0


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
