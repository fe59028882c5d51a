"""Matches that are not dates: ages, shares, and a unit after the wrong preposition.

NEREL marks an age as AGE, not DATE, so a matched length that is an age is dropped: "в 20
лет", "Ивану 65 лет", "(31 год)", "пятилетний сын", "им по 40 лет". The grammar
(``grammar.py``) already leaves out a length right after an age word ("в возрасте 50 лет",
"ему 24 года"); these checks look at the words around a match. A unit with no number is a
date only after "через", "спустя", "на", "за" ("через год", "на днях"), not in "со дня
рождения"; a count of seasons is a date only with a preposition ("в течение двух сезонов").
"""

from __future__ import annotations

import re

from ..nlp.analysis import Word

_BARE_LENGTH = re.compile(r"M*[dnq][gL]")
"""A length with no preposition: "56 лет", "почти 14 лет", "три года"."""

_ONE_UNIT = re.compile(r"[PA][gu]")
_UNIT_OPENERS = frozenset({"через", "спустя", "на", "за"})
_BARE_UNITS = re.compile(r"M*[dnq]?u")
"""A count of sports seasons with no preposition ("провёл в клубе два сезона") is not a date."""

_SHARE = re.compile(r"oM*[dnq][gL]")
"""Ages or shares after "по": "им по 40 лет", "каждому по 20 лет", "по три года за эпизод"."""

_SKIPPED = frozenset({"ADV", "AUX", "PART"})
"""Words between a person and their age: "ему было тогда 30 лет", "которой сейчас 40 лет"."""

_CLOSERS = frozenset({",", ".", ")", ";", ""})


def is_not_date(words: list[Word], codes: str, first: int, stop: int) -> bool:
    """True if the matched words ``first``..``stop - 1`` of a sentence are not a date."""
    span = codes[first:stop]
    if _ONE_UNIT.fullmatch(span):
        return words[first].text.lower() not in _UNIT_OPENERS
    if _BARE_UNITS.fullmatch(span) and words[stop - 1].lemma == "сезон":
        return True
    return is_age(words, codes, first, stop)


def is_age(words: list[Word], codes: str, first: int, stop: int) -> bool:
    """True if the matched words ``first``..``stop - 1`` of a sentence are someone's age."""
    span = codes[first:stop]
    if span == "K":
        return _of_person(words, stop)
    if _SHARE.fullmatch(span) and words[first].text.lower() == "по":
        return True
    if not _BARE_LENGTH.fullmatch(span):
        return _of_life(words, stop)
    return (
        _after_in(codes, first)
        or _after_person(words, codes, first)
        or _in_brackets(codes, first, stop)
        or _after_named(words, codes, first, stop)
        or _after_number_list(codes, first)
    )


def _after_in(codes: str, first: int) -> bool:
    """ "в 20 лет", "в 22 года": an age; "на срок в один год" keeps its words."""
    return first > 0 and codes[first - 1] == "v" and codes[first] in "dn"


def _after_person(words: list[Word], codes: str, first: int) -> bool:
    """ "Ивану 65 лет", "его жене 30 лет", "ему исполнилось уже 70 лет"."""
    index = first - 1
    while index >= 0 and index >= first - 3 and (words[index].pos in _SKIPPED or codes[index] in "ZM"):
        if codes[index] == "Z" and words[index].pos == "PRON":
            return True
        index -= 1
    return index >= 0 and _is_dative_person(words[index])


def _is_dative_person(word: Word) -> bool:
    animate = word.feats.get("Animacy") == "Anim" or word.ner.endswith("PER")
    return word.feats.get("Case") == "Dat" and word.pos in {"NOUN", "PROPN", "PRON"} and animate


def _in_brackets(codes: str, first: int, stop: int) -> bool:
    """ "Иван Сидоров (31 год)"."""
    return first > 0 and codes[first - 1] == "(" and codes[stop : stop + 1] in {")", ",", "n", "d"}


def _after_named(words: list[Word], codes: str, first: int, stop: int) -> bool:
    """ "Иван Сидоров, 49 лет, задержан", "Анна Петрова — 33 года, учитель"."""
    if first < 2 or codes[first - 1] not in ",-" or codes[stop : stop + 1] not in _CLOSERS:
        return False
    before = words[first - 2]
    return before.ner.endswith("PER") or codes[first - 2] == ")"


def _after_number_list(codes: str, first: int) -> bool:
    """ "им было 25, 30 и 41 год", "в 60 и 65 лет": a list of ages."""
    return first > 1 and codes[first - 1] in "i," and codes[first - 2] in "dn"


def _of_life(words: list[Word], stop: int) -> bool:
    """ "на 90-м году жизни"."""
    return stop < len(words) and words[stop].lemma == "жизнь"


def _of_person(words: list[Word], stop: int) -> bool:
    """ "пятилетнего мальчика", "женат на сорокалетней": an adjective of age, not of a term."""
    noun = next((word for word in words[stop : stop + 3] if word.pos != "ADJ"), None)
    if noun is None or noun.pos not in {"NOUN", "PROPN"}:
        return True
    return noun.feats.get("Animacy") == "Anim"
