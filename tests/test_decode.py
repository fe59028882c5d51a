"""Tests for ruskin.io.decode: encodings of Russian news text, binary input, HTML sniffing."""

from __future__ import annotations

import codecs
import gzip
import random

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ruskin.io.decode import Decoded, decode_bytes, looks_like_html
from ruskin.errors import BinaryInputError, InputError, InputTooLargeError

SENTENCES = [
    "Заместитель губернатора Нижегородской области Андрей Гнеушев принял участие"
    " в работе Третьего форума социальных инноваций регионов.",
    "Во вторник, 23 апреля, в Нижнем Новгороде заместитель полномочного представителя"
    " президента РФ в ПФО Алексей Кузьмицкий принял участие в открытии стратегической сессии.",
    "Губернатор Самарской области Дмитрий Азаров посетил Москву.",
]

# (how the bytes are made, the encoding name decode_bytes must report)
ENCODINGS = [
    (lambda text: text.encode("utf-8"), "utf-8"),
    (lambda text: text.encode("utf-8-sig"), "utf-8-sig"),
    (lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "utf-16"),
    (lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16"),
    (lambda text: text.encode("utf-16-le"), "utf-16-le"),
    (lambda text: text.encode("utf-16-be"), "utf-16-be"),
    (lambda text: codecs.BOM_UTF32_LE + text.encode("utf-32-le"), "utf-32"),
    (lambda text: codecs.BOM_UTF32_BE + text.encode("utf-32-be"), "utf-32"),
    (lambda text: text.encode("cp1251"), "cp1251"),
    (lambda text: text.encode("koi8-r"), "koi8-r"),
]
ENCODING_IDS = [
    "utf-8", "utf-8-sig", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be",
    "utf-32-le-bom", "utf-32-be-bom", "cp1251", "koi8-r",
]  # fmt: skip


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize(("encode", "encoding"), ENCODINGS, ids=ENCODING_IDS)
def test_sentence_round_trips(encode, encoding: str, text: str) -> None:
    assert decode_bytes(encode(text)) == Decoded(text, encoding)


@pytest.mark.parametrize("text", [sentence.upper() for sentence in SENTENCES])
@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_capitals_headline_round_trips(encoding: str, text: str) -> None:
    assert decode_bytes(text.encode(encoding)) == Decoded(text, encoding)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Газета «Коммерсантъ» — № 5, объём 12 полос.", "cp1251"),
        ("Съезд партии прошёл в четверг.\r\nЖители области обратились с жалобой.", "cp1251"),
        ("Съезд партии прошёл в четверг.\r\nЖители области обратились с жалобой.", "koi8-r"),
        ("Губернатор\tСамарской области\fДмитрий Азаров\n", "koi8-r"),
    ],
)
def test_eight_bit_text(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == Decoded(text, encoding)


_STRAY_TEXT = "Губернатор\x00 Самарской области\x07 Дмитрий Азаров посетил Москву."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", Decoded("", "utf-8")),
        (b"plain ASCII text", Decoded("plain ASCII text", "utf-8")),
        (codecs.BOM_UTF8, Decoded("", "utf-8-sig")),
        (_STRAY_TEXT.encode(), Decoded(_STRAY_TEXT, "utf-8")),
        (_STRAY_TEXT.encode("cp1251"), Decoded(_STRAY_TEXT, "cp1251")),
        (_STRAY_TEXT.encode("koi8-r"), Decoded(_STRAY_TEXT, "koi8-r")),
        (b"\x00", Decoded("\x00", "utf-8")),
    ],
)
def test_stray_and_edge_input(data: bytes, expected: Decoded) -> None:
    assert decode_bytes(data) == expected


_RANDOM = random.Random(0)
_SENTENCE = SENTENCES[0].encode()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + _RANDOM.randbytes(512), "PNG"),
        (gzip.compress(_SENTENCE), "gzip"),
        (_RANDOM.randbytes(4096), "control characters"),
        (_RANDOM.randbytes(300), "control characters"),
        (b"\xff\xd8\xff\xe0" + _RANDOM.randbytes(64), "JPEG"),
        (b"GIF89a" + _RANDOM.randbytes(64), "GIF"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00" + _SENTENCE, "ZIP"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(64), "ELF"),
        (b"\x00\x01\x00\x00" * 50, "NUL characters"),
        (_SENTENCE.replace(b" ", b"\x00"), "NUL characters"),
        (b"\x01\x02\x03\x04\x05", "control characters"),
    ],
    ids=["png", "gzip", "random-4k", "random-300", "jpeg", "gif", "pdf", "zip", "elf",
         "nul-pattern", "nul-spaces", "controls"],
)  # fmt: skip
def test_binary_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ValueError, match="looks like binary data") as caught:
        decode_bytes(data)
    assert isinstance(caught.value, BinaryInputError)
    assert isinstance(caught.value, InputError)
    assert reason in str(caught.value)


def test_size_limit() -> None:
    data = SENTENCES[2].encode()
    assert decode_bytes(data, max_bytes=len(data)).text == SENTENCES[2]
    with pytest.raises(InputTooLargeError, match="over the limit"):
        decode_bytes(data, max_bytes=len(data) - 1)


_TEXT_CHARS = st.characters(
    exclude_categories=("Cs",),
    exclude_characters=[chr(code) for code in range(32) if chr(code) not in "\t\n\f\r"],
)
_SIGNATURE_TEXTS = ("%PDF-", "GIF87a", "GIF89a")


@given(st.text(alphabet=_TEXT_CHARS))
def test_any_utf8_text_round_trips(text: str) -> None:
    assume(not text.startswith(_SIGNATURE_TEXTS))
    assert decode_bytes(text.encode("utf-8")).text == text.removeprefix("\ufeff")


@given(st.text(alphabet=_TEXT_CHARS), st.integers(min_value=0, max_value=1000))
def test_one_nul_and_bell_are_kept(text: str, where: int) -> None:
    assume(not text.startswith(_SIGNATURE_TEXTS) and not text.startswith("\ufeff"))
    where = min(where, len(text))
    dirty = text[:where] + "\x00" + text[where:] + "\x07"
    assert decode_bytes(dirty.encode("utf-8")) == Decoded(dirty, "utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>Текст</p></body></html>", True),
        ("\ufeff  \n<!doctype HTML>\n<title>Новости</title>", True),
        ('<html lang="ru">\n<p>Текст', True),
        ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', True),
        ("<div class='news'><p>Азаров посетил Москву.</p><br></div>", True),
        ("Губернатор посетил Москву<br>\nВо вторник<br>\nВ ПФО<br>", True),
        (SENTENCES[2], False),
        ("Если a < b и b > c, то a < c.", False),
        ('Тег "<p>" означает абзац.', False),
        ("Формула: x<y, y>z, <p> — переменная.", False),
        ("<Губернатор> посетил Москву.", False),
        ("htmlcode <htmlx>", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected
