"""One letter per word, saying what part a word can play in a date.

The grammar (``grammar.py``) is a set of regular expressions over these letters, so a
match always starts and stops on word boundaries.

====  ============================================================
code  word
====  ============================================================
P     a preposition that opens a date: с, на, за, от, через, ...; v в, во
o     по, до: opens a date or closes a range
k     к: opens a date but not a length of time
j     же ("в тот же день")
Z     a word that makes a length an age (возраст, исполниться, ему)
T     течение, протяжение (after в, на)
d     a number 1-31 written in digits
n     another number of one to three digits
y     a year: four digits, 1000-2100; also "1999-м", "1998-го", and "1961," (a comma glued on)
E     a year glued to a word by a hyphen: "Сочи-2014", "ЧМ-2018" (the year alone is the date)
V     a word of a recurring time: ежегодно
D     a range of days in one token: 19–21
Y     a range of years in one token: 2019–2024, 2002/03
C     a decade: 1990-х, 90-е
N     a numeric date: 14.03.2025, 2025-03-14, 24/06/2016
q     an amount in words: пять, несколько
m     a month; S a season; J an adjective of a month (майский)
K     an adjective of a length of time (пятилетний)
g     год, года, году; G г, гг; L лет
u     another calendar unit: месяц, неделя, век, день, сутки
w     a weekday
r     a relative word (вчера); a an anaphoric one (накануне, not as a preposition)
h     a shifting adjective (прошлый, этот, следующий)
e     a part of a period (начало, конец, квартал); O an ordinal (первый)
M     a word before a length of time (более, почти, последний); A after it (назад)
R     a Roman numeral
i     и, или
z     another noun or adjective
,     a comma; - a dash; : a colon; . a full stop; ( ) brackets
x     anything else
====  ============================================================
"""

from __future__ import annotations

import re

from ..nlp.analysis import Word
from .lexicon import Lexicon, lexicon

DASHES = frozenset({"-", "–", "—", "‒", "―"})

_SHAPES = [
    ("D", re.compile(r"(?:[1-9]|[12]\d|3[01])[-–—](?:[1-9]|[12]\d|3[01])")),
    ("Y", re.compile(r"(?:1\d|20)\d\d(?:[-–—](?:1\d|20)\d\d|/\d\d)")),
    ("C", re.compile(r"(?:1\d\d0|\d0)-(?:х|е|ые|ых|м|ми|го)")),
    ("N", re.compile(r"(?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|1[0-2])\1(?:1\d|20)\d\d|(?:1\d|20)\d\d-[01]\d-[0-3]\d")),
    ("R", re.compile(r"[IVXLХ]+")),
    ("y", re.compile(r"(?:1\d|20)\d\d(?:гг?|-(?:м|го|й|му|ом)|,)")),
    ("E", re.compile(r"[^\W\d_]+[-–](?:1\d|20)\d\d")),
]
_LEMMA_CODES = (
    ("r", "word"), ("h", "shift"), ("u", "unit"), ("e", "part"), ("O", "ordinal"),
    ("T", "during"), ("A", "after"), ("M", "approx"), ("M", "every"), ("q", "quantity"), ("Z", "age"),
    ("V", "recurring"),
)
_FORM_CODES = (("P", "opener"), ("v", "in"), ("o", "closer"), ("k", "by"), ("i", "and"), ("j", "particle"))


def word_codes(words: list[Word], text: str) -> str:
    """The code letters of ``words``, one per word; ``text`` is the text they index."""
    table = lexicon()
    return "".join(_glued_code(word, text) or word_code(word, table) for word in words)


def _glued_code(word: Word, text: str) -> str | None:
    """``x`` for a number glued to a URL or a code ('/2016/', '2016-04-06-25-АИ')."""
    before, after = text[word.start - 1 : word.start], text[word.stop : word.stop + 1]
    glued = any(char in "/_=&?#@" or (char.isascii() and char.isalnum()) for char in before + after)
    return "x" if glued and _is_number(word.text[:1]) else None


def word_code(word: Word, table: Lexicon) -> str:
    """The code letter of one word."""
    text = word.text.lower()
    if _is_number(text):
        return _number_code(text)
    shape = _shape_code(word.text)
    if shape:
        return shape
    return _symbol_code(text) or _word_code(word, text, table)


def _number_code(text: str) -> str:
    if len(text) > 4:  # never part of a date (and int() refuses over 4,300 digits)
        return "x"
    value = int(text)
    if len(text) == 4 and 1000 <= value <= 2100:
        return "y"
    if len(text) <= 2 and 1 <= value <= 31:
        return "d"
    return "n" if len(text) <= 3 else "x"


def _shape_code(text: str) -> str | None:
    return next((code for code, shape in _SHAPES if shape.fullmatch(text)), None)


def _symbol_code(text: str) -> str | None:
    if text in DASHES:
        return "-"
    return text if text in {",", ":", ".", "(", ")"} else None


def _word_code(word: Word, text: str, table: Lexicon) -> str:
    if text in table.months:
        return "m"
    if text in table.seasons:
        return "S"
    if text in table.weekdays:
        return "w"
    if word.lemma in table.month_adjectives and not word.ner.endswith(("LOC", "ORG")):
        return "J"
    if word.lemma.replace("ё", "е") in table.kinds["length"] or word.lemma in table.kinds["length"]:
        return "K"
    if text == "лет":
        return "L"
    if text in {"г", "гг"}:
        return "G"
    if word.lemma == "год":
        return "g"
    return _function_code(text, table) or _lemma_code(word, table)


def _function_code(text: str, table: Lexicon) -> str | None:
    return next((code for code, kind in _FORM_CODES if text in table.kinds[kind]), None)


def _lemma_code(word: Word, table: Lexicon) -> str:
    if word.lemma in table.kinds["anaphor"]:
        return "a" if word.pos != "ADP" else "x"
    code = next((code for code, kind in _LEMMA_CODES if word.lemma in table.kinds[kind]), None)
    if code:
        return code
    if word.pos == "NUM" and word.text.isalpha():
        return "q"
    if word.pos == "PRON" and word.feats.get("Case") == "Dat":
        return "Z"
    return "z" if word.pos in {"NOUN", "PROPN", "ADJ"} else "x"


def _is_number(text: str) -> bool:
    """ASCII digits only: "²" and "٣" are digits to Python but not numbers in a date."""
    return text.isascii() and text.isdigit()
