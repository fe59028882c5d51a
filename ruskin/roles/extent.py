"""Where a post begins and ends around its head word.

A post is modifiers ("первый", "врио", "и. о.", "театральный"; see ``modifiers``), a head from ``roles.tsv`` and complements
that make it specific: words in the genitive ("губернатора Нижегородской области"),
abbreviations ("РФ", "ФСО"), a name in quotes after a genitive noun, "по" with the dative
("по внутренней политике"), "при" with the locative ("комитета при прокуратуре"), and a place after a preposition the head takes ("в ПФО"),
and a name in Latin letters ("главный редактор Time", "Yahoo!"). A hyphenated noun is a head when a half
of it is ("художник-постановщик", "рок-музыкант").
The genitive phrase takes participles ("председателя правящей партии"), ordinals ("начальника
75-го отдела") and a number after "№"; ``tails`` adds a see after a church title ("митрополит
Ленинградский и Новгородский") and a place's name after "штата", "города" ("губернатор штата Юта").
It stops at a person's name, a verb, punctuation, a rank, party member, time or origin said of
the holder (``tails``), and at a conjunction, comma or dash that does not continue a genitive
phrase ("губернатор и вице-губернатор" is two posts; "губернатора области и | бывшего президента
Грузии" names a second post; "Глава Абакана, | столицы Хакасии" is an apposition).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..found import Found
from ..nlp.analysis import Analysis, Word
from .case_runs import CASE_RUNS, case_run, form_cases
from .keys import NOMINAL, PREFIXES, matches, word_keys
from .lexicon import Head, norm, role_lexicon
from .modifiers import modifiers_before
from .tails import complement_preps, place_name_end, stops_complement, title_end

__all__ = ["Extent", "complement_end", "head_at", "post_extent", "prefix_width", "word_keys"]

GENITIVE = frozenset({"Gen", "Par"})
ATTRIBUTES = frozenset({"ADJ", "DET", "NUM"})
PLACES = frozenset({"REGION", "CITY", "COUNTRY"})
OPENING = frozenset({"«", '"', "„", "“"})
CLOSING = frozenset({"»", '"', "“", "”"})
DASHES = frozenset({"-", "–", "—"})
PARTNER_RUNS = {"с": ("с", "Ins"), "со": ("с", "Ins"), "за": ("за", "Ins"), "о": ("о", "Loc"), "об": ("о", "Loc")}
_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&-]+[а-яё]{0,3}$")
_LATIN = re.compile(r"^[A-Z][A-Za-z0-9&.-]*!?$")
_ORDINAL = re.compile(r"^\d+-[а-яё]{1,3}$")
_LATIN_WORD = re.compile(r"^[A-Za-z0-9&][A-Za-z0-9&.-]*$")


@dataclass(frozen=True, slots=True)
class Extent:
    """A post: words ``first``..``last``, its head's words and the status its modifiers give."""

    first: int
    head_first: int
    head_last: int
    last: int
    head: Head
    status: str
    acting_words: int


def head_at(analysis: Analysis, index: int, stop: int) -> tuple[Head, int] | None:
    """The longest head starting at word ``index`` and the index of its last word."""
    word = analysis.words[index]
    if word.ner.endswith("PER") or word.pos not in NOMINAL | ATTRIBUTES | {"X"}:
        return None
    heads = role_lexicon().heads
    for head in sorted((h for key in _ordered_keys(word) for h in heads.get(key, ())), key=lambda h: -len(h.words)):
        last = index + len(head.words) - 1
        if last < stop and matches(analysis.words[index : last + 1], head.words):
            if not _attributive(analysis, last, stop):
                return head, last
    return None


def _ordered_keys(word: Word) -> list[str]:
    """``word_keys`` in a fixed order, the whole lemma first: the same head wins in every process."""
    lemma = norm(word.lemma)
    return sorted(word_keys(word), key=lambda key: (key != lemma, key))


def post_extent(
    analysis: Analysis, index: int, stop: int, places: Mapping[int, Found], sentence_start: int
) -> Extent | None:
    """The post whose head starts at word ``index``, or ``None`` if no head starts there."""
    match = head_at(analysis, index, stop)
    if match is None:
        return None
    head, head_last = match
    first, status, acting = modifiers_before(analysis, index, head, sentence_start, places)
    if any(norm(analysis.words[index].text).startswith(p) for p in PREFIXES):
        status = "former"
    last = complement_end(analysis, head, head_last, stop, places)
    return Extent(first, index, head_last, last, head, status, acting)


def prefix_width(word: Word) -> int:
    """Characters of an "экс-" prefix that a mention leaves out ("экс-губернатор" → "губернатор")."""
    return next((len(p) for p in PREFIXES if norm(word.text).startswith(p)), 0)


def _attributive(analysis: Analysis, last: int, stop: int) -> bool:
    """An adjective head followed by its noun ("военный округ", "рабочая группа") is no post; a name
    after it is the holder ("Папа Римский Бенедикт XVI")."""
    word = analysis.words[last]
    if word.pos != "ADJ" or last + 1 >= stop or (word.parse is not None and word.parse.tag.POS == "NOUN"):
        return False
    after = analysis.words[last + 1]
    return after.pos in NOMINAL | ATTRIBUTES and after.case == word.case and not after.ner.endswith("PER")


def complement_end(analysis: Analysis, head: Head, last: int, stop: int, places: Mapping[int, Found]) -> int:
    """The last word of the post whose head ends at ``last``."""
    preps = set(head.preps)
    end = title_end(analysis, head, last, stop)
    index = end + 1
    while index < stop:
        step = _step(analysis, index, stop, end, preps, places)
        if step is None:
            break
        index, closes = step
        end = index - 1 if closes else end
        if (inner := head_at(analysis, index - 1, stop)) is not None:
            preps |= inner[0].preps
        preps |= complement_preps(analysis.words[index - 1])
    return end


def _step(
    analysis: Analysis, index: int, stop: int, end: int, preps: set[str], places: Mapping[int, Found]
) -> tuple[int, bool] | None:
    """The next index and whether the word just taken may end the post, or ``None`` to stop."""
    word = analysis.words[index]
    if word.ner.endswith("PER") or stops_complement(word):
        return None
    if _genitive(word) or _abbreviation(word) or _instrumental(analysis, index, end, preps):
        return index + 1, word.pos in NOMINAL or _abbreviation(word)
    if end == index - 1 and (name := place_name_end(analysis, index, stop)) is not None:
        return name + 1, True
    if word.text == "№" and end == index - 1 and index + 1 < stop and analysis.words[index + 1].pos == "NUM":
        return index + 2, True
    if _latin(word) and end == index - 1:
        return _latin_run(analysis, index, stop) + 1, True
    if word.text in OPENING and end == index - 1:
        close = _closing(analysis, index, stop)
        return (close + 1, True) if close is not None else None
    if _joins_phrase(analysis, index, end) and _continues(analysis, index + 1, stop):
        return index + 1, False
    return _prepositional(analysis, index, stop, end, preps, places)


def _latin(word: Word) -> bool:
    """A capitalised word in Latin letters: an organisation's name ("Samsung", "General Motors")."""
    return bool(_LATIN.match(word.text)) and not word.ner.endswith("PER")


def _latin_run(analysis: Analysis, index: int, stop: int) -> int:
    """The last word of a run of Latin words starting at ``index``."""
    while index + 1 < stop and _latin_word(analysis.words[index + 1]):
        index += 1
    return index


def _latin_word(word: Word) -> bool:
    return bool(_LATIN_WORD.match(word.text)) and not word.ner.endswith("PER")


def _instrumental(analysis: Analysis, index: int, end: int, preps: set[str]) -> bool:
    """A complement in the instrumental, for heads that take one ("командующий войсками")."""
    word = analysis.words[index]
    if "ins" not in preps or word.case != "Ins" or word.pos not in NOMINAL | ATTRIBUTES:
        return False
    return end == index - 1 or analysis.words[index - 1].case == "Ins"


def _genitive(word: Word) -> bool:
    """A noun, adjective or participle in the genitive ("правящей партии"), or an adjective the
    tagger left without a case that any of its forms may be in ("организационно-инспекторского
    управления", "контрольно-счетной палаты" written with "е" for "ё"); of
    numbers, only an ordinal ("75-го отдела")."""
    if word.text[:1].isdigit() and not _ORDINAL.match(word.text):
        return False
    if word.case in GENITIVE:
        return word.pos in NOMINAL | ATTRIBUTES or _participle(word)
    return word.case is None and word.pos == "ADJ" and "gent" in form_cases(word.text)


def _participle(word: Word) -> bool:
    return word.pos == "VERB" and word.feats.get("VerbForm") == "Part"


def _abbreviation(word: Word) -> bool:
    return bool(_ABBREVIATION.match(word.text)) and word.pos in NOMINAL | {"X"}


def _joins_phrase(analysis: Analysis, index: int, end: int) -> bool:
    """"и", a comma or a dash right after the post so far, but not a comma or dash between a name
    and a common noun, which is an apposition ("Глава Абакана, | столицы Хакасии")."""
    word = analysis.words[index]
    if end != index - 1 or not (word.lemma in {"и", ","} or word.text in DASHES):
        return False
    apposed = index + 1 < len(analysis.words) and analysis.words[index + 1].text[:1].islower()
    named = analysis.words[end].text[:1].isupper() or analysis.words[end].text in CLOSING
    return word.lemma == "и" or not (named and apposed)


def _continues(analysis: Analysis, index: int, stop: int) -> bool:
    """Whether a genitive phrase goes on after "и" or a comma ("труда, занятости и ...")."""
    if index >= stop:
        return False
    word = analysis.words[index]
    return _genitive(word) and not word.ner.endswith("PER") and not _names_post(analysis, index, stop)


def _names_post(analysis: Analysis, index: int, stop: int) -> bool:
    """Whether the genitive phrase at ``index`` names another post, maybe after its attributes
    ("губернатора области и | бывшего президента Грузии")."""
    while index < stop and analysis.words[index].pos not in NOMINAL and _genitive(analysis.words[index]):
        if head_at(analysis, index, stop) is not None:
            return True
        index += 1
    return index < stop and head_at(analysis, index, stop) is not None


def _closing(analysis: Analysis, index: int, stop: int) -> int | None:
    for close in range(index + 1, min(stop, index + 12)):
        if analysis.words[close].text in CLOSING:
            return close if close > index + 1 else None
    return None


def _prepositional(
    analysis: Analysis, index: int, stop: int, end: int, preps: set[str], places: Mapping[int, Found]
) -> tuple[int, bool] | None:
    """ "по" with the dative, a preposition of the head or of a noun in the complement followed by a
    place, or a phrase after a noun that takes it: "с" or "за" with the instrumental ("по связям с
    общественностью", "по надзору за соблюдением сроков"), "о" with the locative ("законов о
    федеральной безопасности")."""
    word = analysis.words[index]
    if word.pos != "ADP" or end != index - 1 or index + 1 >= stop:
        return None
    place = places.get(index + 1)
    if word.lemma in preps and place is not None:
        return place.last + 1, True
    if word.lemma in CASE_RUNS:
        return case_run(analysis, index + 1, stop, CASE_RUNS[word.lemma])
    if word.lemma in PARTNER_RUNS and PARTNER_RUNS[word.lemma][0] in preps:
        return case_run(analysis, index + 1, stop, PARTNER_RUNS[word.lemma][1])
    return None
