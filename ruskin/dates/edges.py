"""The edges of a matched date: words and characters the grammar takes that NEREL leaves out.

- "после" before a length: "после [десяти лет] службы", "после [почти месяца] переговоров";
- the word before the hyphen of "Сочи-[2014]", "ЧМ-[2018]";
- a comma glued to a year by the tokenizer: "([1961], 1967)".
"""

from __future__ import annotations

import re

from ..nlp.analysis import Word

_LENGTH_AFTER = re.compile(r"P(?:M*[dnq]|M+)[gLu]")
_YEAR_DIGITS = 4


def first_word(words: list[Word], codes: str, first: int, stop: int) -> int:
    """The first word of the date matched at ``first``..``stop - 1`` of a sentence."""
    opener = words[first].text.lower()
    if opener == "после" and _LENGTH_AFTER.fullmatch(codes[first:stop]):
        return first + 1
    return first


def char_bounds(words: list[Word], codes: str) -> tuple[int, int]:
    """Start and stop in the text of the date made of ``words`` with ``codes``."""
    start, stop = words[0].start, words[-1].stop
    if codes[0] == "E":
        start = stop - _YEAR_DIGITS
    if words[-1].text.endswith(",") and len(words[-1].text) > 1:
        stop -= 1
    return start, stop
