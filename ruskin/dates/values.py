"""What a matched date says: its numbers, months, weekday and shifts, read word by word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .lexicon import lexicon

_ONE_UNIT = re.compile(r"[PA][gu]")
"""A unit with no number is one of it: "через год", "спустя неделю"."""
_ROMAN = {"I": 1, "V": 5, "X": 10, "Х": 10, "L": 50}


@dataclass(slots=True)
class Side:
    """One end of a date range (or the whole date); ``last_year`` closes a decade or century."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    last_year: int | None = None
    months: tuple[int, int] | None = None
    year_shift: int | None = None
    year_told: bool = False
    """The year is that of a date told before: "в мае того же года"."""


@dataclass(slots=True)
class Reading:
    """A date as read from its words, before the document date is applied."""

    sides: list[Side] = field(default_factory=lambda: [Side()])
    weekday: int | None = None
    shift: tuple[int, str] | None = None
    anaphoric: bool = False
    length: tuple[int | None, str] | None = None
    direction: int = 0


def read_date(texts: list[str], lemmas: list[str], codes: str, plural: Sequence[bool] = ()) -> Reading:
    """Read the words of one matched date; ``plural`` says which words are plural nouns."""
    reading = Reading()
    for index, code in enumerate(codes):
        if code in "o-i" and _has_date(reading.sides[-1]):
            reading.sides.append(Side())
        else:
            _read_word(reading, texts, lemmas, codes, index)
    _share_fields(reading.sides)
    _count_one(reading, codes, bool(plural) and plural[-1])
    return reading


def _count_one(reading: Reading, codes: str, plural: bool) -> None:
    if reading.length is not None and reading.length[0] is None and not plural and _ONE_UNIT.fullmatch(codes):
        reading.length = (1, reading.length[1])


def _has_date(side: Side) -> bool:
    return side.day is not None or side.month is not None or side.year is not None


def _read_word(reading: Reading, texts: list[str], lemmas: list[str], codes: str, index: int) -> None:
    code, text, lemma, side = codes[index], texts[index], lemmas[index], reading.sides[-1]
    table = lexicon()
    if code in "dnq" and codes[index + 1 : index + 2] in {"g", "L", "u"}:
        reading.length = (int(text) if text.isascii() and text.isdigit() else None, "")
    elif code == "d":
        _read_small_number(side, int(text), codes, index)
    elif code == "n" and index > 0 and codes[index - 1] == ":":
        side.minute = int(text)
    elif code == "y":
        side.year = int(text[:4])
    elif code == "E":
        side.year = int(text[-4:])
    elif code == "m":
        side.month = table.months[text.lower()]
    elif code == "S":
        side.months = table.seasons[text.lower()]
    elif code == "J":
        side.month = table.month_adjectives[lemma]
    elif code == "K":
        amount, unit = (table.kinds["length"].get(lemma) or table.kinds["length"][lemma.replace("ё", "е")]).split()
        reading.length = (int(amount), unit)
    elif code == "w":
        reading.weekday = table.weekdays[text.lower()]
    else:
        _read_other(reading, text, lemma, code, codes[index + 1 :].lstrip("j")[:1])


def _read_small_number(side: Side, value: int, codes: str, index: int) -> None:
    if codes[index + 1 : index + 2] == ":":
        side.hour = value
    elif index > 0 and codes[index - 1] == ":":
        side.minute = value
    else:
        side.day = value


def _read_other(reading: Reading, text: str, lemma: str, code: str, next_code: str) -> None:
    table = lexicon()
    side = reading.sides[-1]
    if code in "DY":
        _read_token_range(reading, text, code)
    elif code == "C":
        side.year, side.last_year = _decade(text)
    elif code == "N":
        side.day, side.month, side.year = _numeric(text)
    elif code == "R":
        century = _roman(text)
        side.year, side.last_year = century * 100 - 99, century * 100
    elif code in "ra":
        amount, unit = (table.kinds["word"].get(lemma) or table.kinds["anaphor"][lemma]).split()
        reading.shift, reading.anaphoric = (int(amount), unit), code == "a"
    elif code == "h":
        _read_shift(reading, table.kinds["shift"][lemma], next_code)
    elif code in "gGLu":
        _read_unit(reading, "year" if code in "gGL" else table.kinds["unit"][lemma])
    elif code == "A" or (code == "P" and table.kinds["opener"].get(text.lower()) == "after"):
        reading.direction = -1 if table.kinds["after"].get(lemma) == "-" else 1


def _read_unit(reading: Reading, unit: str) -> None:
    if reading.shift is not None and reading.shift[1] == "":
        reading.shift = (reading.shift[0], unit)
        reading.anaphoric = reading.anaphoric or unit == "day"
    elif reading.length is not None and reading.length[1] == "":
        reading.length = (reading.length[0], unit)
    elif reading.sides[-1].year is None and reading.shift is None:
        reading.length = (None, unit)


def _read_shift(reading: Reading, value: str, next_code: str) -> None:
    side, amount = reading.sides[-1], 0 if value == "=" else int(value)
    reading.anaphoric = reading.anaphoric or value == "="
    if next_code == "S" or (next_code == "g" and (side.month is not None or side.months is not None)):
        side.year_shift, side.year_told = (None, True) if value == "=" else (amount, False)
    else:
        reading.shift = (amount, "")


def _read_token_range(reading: Reading, text: str, code: str) -> None:
    first, last = text.replace("–", "-").replace("—", "-").replace("/", "-").split("-")
    if code == "D":
        reading.sides[-1].day = int(first)
        reading.sides.append(Side(day=int(last)))
        return
    reading.sides[-1].year = int(first)
    reading.sides.append(Side(year=int(first[: 4 - len(last)] + last)))


def _decade(text: str) -> tuple[int, int]:
    digits = text.split("-")[0]
    first = int(digits) if len(digits) == 4 else 1900 + int(digits)
    return first, first + 9


def _numeric(text: str) -> tuple[int, int, int]:
    if "-" in text:
        year, month, day = text.split("-")
        return int(day), int(month), int(year)
    day, month, year = text.replace("/", ".").split(".")
    return int(day), int(month), int(year) if len(year) == 4 else 2000 + int(year)


def _roman(text: str) -> int:
    values = [_ROMAN[char] for char in text]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def _share_fields(sides: list[Side]) -> None:
    """Fill what the first side leaves out from the last: 'с 19 по 21 июня 2019 года'."""
    first, last = sides[0], sides[-1]
    if len(sides) < 2:
        return
    if first.month is None and first.day is not None:
        first.month = last.month
    if first.year is None and first.month is not None:
        first.year, first.year_shift, first.year_told = last.year, last.year_shift, last.year_told
        if first.year is not None and last.month is not None and first.month > last.month:
            first.year -= 1  # "с 28 декабря по 3 января 2020" starts in 2019
