"""Where the dates are: rules over the word codes of ``codes.py``, longest match first."""

from __future__ import annotations

import re
from collections.abc import Iterator

_YEAR = r"(?:y[gG]?)"
_TIME = r"(?:[dn]:[dn])"
_DAY_TAIL = rf"(?:{_YEAR}{_TIME}?|{_TIME}|hj?g)?"
_DAY = rf"(?:dm{_DAY_TAIL})"
_MONTH_TAIL = rf"(?:{_YEAR}|hj?g)"
"""A year after a day or a month: written, shifted ("июня прошлого года") or told before
("сентябре того же года")."""
_POINT = r"(?:d?m)?y[gG]?"
_LAST_POINT = r"(?:(?:d?m)?y[gG]|d?my|y(?![zZ]))"
"""The end of a dash range: "в 2020 году — 1500 рублей" is a year and a sum, not a range."""

CORES: dict[str, str] = {
    "day": _DAY,
    "day range": rf"(?:d[o\-i]d|D)m{_DAY_TAIL}",
    "day to day": rf"{_DAY}[o\-i]{_DAY}",
    "range": rf"(?:{_POINT}o|(?:d?m)y[gG]?i|y[gG]i){_POINT}|{_POINT}-{_LAST_POINT}",
    "weekday": rf"(?:hw|w)(?:,?-?{_DAY})?",
    "numeric": r"N[gG]?",
    "month": rf"m{_MONTH_TAIL}",
    "month range": rf"m[o\-i]m{_MONTH_TAIL}?",
    "season": rf"(?:S{_MONTH_TAIL}|hS)",
    "year": r"h?y[gG]",
    "bare year": r"(?<!M)y(?![zgGL])",
    "year range": r"Y[gG]?",
    "decade": r"C[gG]?",
    "century": r"(?:O?e)?Ru",
    "relative": rf"(?:r(?:,?{_DAY})?|hj?g(?:,?-?{_DAY})?)",
}
"""Date shapes without their preposition or part words; each may stand alone."""

PREFIXED: dict[str, str] = {
    "month": r"m",
    "relative unit": rf"hj?u(?:,?-?{_DAY})?",
}
"""Shapes that are dates only after a preposition or a part word ("в мае", "на этой
неделе"; "этот день" alone is seldom a date)."""

ALONE: dict[str, str] = {
    "month adjective": r"J",
    "length adjective": r"K",
    "year in a name": r"E",
    "recurring": r"V",
}
"""Words that are dates by themselves, never with a preposition: adjectives that NEREL
marks as dates ("майских", "пятилетний"), the year of "Сочи-2014", "ежегодно"."""

LENGTHS: dict[str, str] = {
    "length": r"(?:[Po]T?|vT|A)?(?:[dnq][o\-])?M*[dnq][gLu]A?",
    "length in words": r"(?:[Pov]|A)?(?:M*[gLu]A|M+[gLu])",
    "during": r"[Pv]T[dnq]?M*[gLu]",
    "one unit": r"[PA][gu]",
}
"""Lengths of time ("пять лет", "в течение года", "три года назад"), with their own
prepositions ("в 20 лет" is an age, not a length); never right after an age word."""

_PREFIX = r"(?:[Pv]T|[Povk]?(?:O?e)?)"
_RULES = (
    [re.compile(_PREFIX + core) for core in CORES.values()]
    + [re.compile(r"(?:[Povk](?:O?e)?|O?e)" + core) for core in PREFIXED.values()]
    + [re.compile(core) for core in ALONE.values()]
    + [re.compile(r"(?<!Z)" + core) for core in LENGTHS.values()]
)


def date_spans(codes: str) -> Iterator[tuple[int, int]]:
    """Half-open word ranges of dates in ``codes``, left to right, never overlapping."""
    position = 0
    while position < len(codes):
        stop = longest_match(codes, position)
        if stop > position:
            yield position, stop
            position = stop
        else:
            position += 1


def longest_match(codes: str, position: int) -> int:
    """Where the longest rule matching at ``position`` stops (``position`` if none does)."""
    stops = (match.end() for rule in _RULES if (match := rule.match(codes, position)))
    return max(stops, default=position)
