"""Regions, cities and countries named in the text, matched on lemmas against the gazetteer.

Rules, in the order they are tried at each word:

* a name alias (official name, short form, abbreviation, colloquial name, city, country)
  whose tokens match the words' lemmas; the longest alias wins. An abbreviation (РФ, ПФО,
  СПб) matches only as written; a capitalised word of an alias needs a capitalised word
  in the text ("Курган", not "курган"), except the generic words of official names
  (республика, область, ...) listed in ``place_words.tsv``. A match made only of words
  slovnet tags as a person is not a place when it is part of a longer name ("Владимир
  Путин") or is a first name ("Владимир" alone, tagged PER).
  A city's name right after a division word ("штат Нью-Йорк", "штат Вашингтон") is the
  foreign state of that name when there is one.
* a region adjective directly followed by a government word of ``place_words.tsv``
  ("нижегородский губернатор", "самарские чиновники"): a REGION mention of the adjective
  alone. "Самарский университет" is not a mention: the university is not the region.
* a free adjective (a country's, a city's, a foreign state's, a Russian region's that is
  not a word of its official name) anywhere: "британской", "московского", "башкирские",
  "калифорнийского", each part of "российско-американских". Not before a nationality word
  ("французский язык") or a person outside government ("американский актёр"): NEREL calls
  those NATIONALITY, not the country.
* a capitalised word after a division word that the gazetteer does not know
  ("провинции Хорасан"): a REGION with the key ``place:<nominative>``.

Then abbreviations that may stand for more than one region ("РТ", "РБ") are resolved from
the places the text names (``region_abbreviations``).

Found.key is the region key (for a CITY, the key of its region; Russia is a COUNTRY with
the key ``RU``); other countries get ``country:<name>``.
"""

from __future__ import annotations

from ..found import Found
from ..records import MentionType
from ..nlp.analysis import Analysis, Word
from ..nlp.morph import has_grammeme
from ..gazetteers.place_index import Alias, PlaceIndex, place_index
from ..gazetteers.places import Target, place_morphology, world_key
from .place_adjectives import adjective_at, free_adjectives_at
from .place_forms import is_abbreviation, nominative_parts, word_lemmas, word_nominative
from .region_abbreviations import abbreviation_mentions

__all__ = ["is_abbreviation", "is_person", "nominative_parts", "place_mentions", "word_lemmas", "word_nominative"]


def place_mentions(analysis: Analysis) -> list[Found]:
    """REGION, CITY and COUNTRY mentions, each with its gazetteer key and nominative form."""
    index = place_index()
    found: list[Found] = []
    for sentence in analysis.sentence_words:
        position = sentence.start
        while position < sentence.stop:
            mentions = _mentions_at(analysis, index, position, sentence.stop)
            found.extend(mentions)
            position = mentions[-1].last + 1 if mentions else position + 1
    return found + abbreviation_mentions(analysis, found)


def _mentions_at(analysis: Analysis, index: PlaceIndex, first: int, end: int) -> list[Found]:
    """The place mentions that start at word ``first``: a name, an adjective or its parts."""
    mention = (
        _name_at(analysis, index, first, end)
        or adjective_at(analysis, index, first, end)
        or _unknown_place_at(analysis, index, first, end)
    )
    return [mention] if mention else free_adjectives_at(analysis, index, first)


def _name_at(analysis: Analysis, index: PlaceIndex, first: int, end: int) -> Found | None:
    candidates = {a for lemma in word_lemmas(analysis.words[first]) for a in index.names.get(lemma, ())}
    for alias in sorted(candidates, key=_precedence):
        last = first + len(alias.forms) - 1
        if last < end and _matches(alias, analysis.words[first : last + 1], index):
            if not is_person(analysis, first, last):
                target = _division_target(analysis, index, alias.target, first)
                return _found(analysis, target, first, last, alias.forms[0] if len(alias.forms) == 1 else None)
    return None


def _precedence(alias: Alias) -> tuple[int, bool, tuple[str, ...]]:
    """Longer aliases first, then Russia's and the countries' before foreign states and cities."""
    return -len(alias.forms), (alias.target.key or "").startswith("place:"), alias.forms


def _after_division(analysis: Analysis, index: PlaceIndex, first: int, role: str = "division") -> bool:
    """Whether the word before ``first`` is a word of ``role``: "штат", "провинции"; "городе", "селе"."""
    return first > 0 and bool(word_lemmas(analysis.words[first - 1]) & index.words.get(role, frozenset()))


def _division_target(analysis: Analysis, index: PlaceIndex, target: Target, first: int) -> Target:
    """A city's target, or the state of its name after a division word ("штат Вашингтон")."""
    if target.type == "CITY" and target.key in index.states and _after_division(analysis, index, first):
        return Target("REGION", target.key)
    return target


UNKNOWN_PLACES: tuple[tuple[str, MentionType], ...] = (("division", "REGION"), ("settlement", "CITY"))
"""The word before a name the gazetteer lacks, and what that name then is."""


def _unknown_place_at(analysis: Analysis, index: PlaceIndex, first: int, end: int) -> Found | None:
    """A capitalised name the gazetteer lacks after a division or settlement word."""
    kind = next((kind for role, kind in UNKNOWN_PLACES if _after_division(analysis, index, first, role)), None)
    if kind is None or not _is_name_word(analysis.words[first]) or is_person(analysis, first, first):
        return None
    last = first
    while last + 1 < end and _is_name_word(analysis.words[last + 1]) and not analysis.words[last + 1].ner.endswith("PER"):
        last += 1  # "поселка Сосновка Иван Кузнецов": the name stops where a person's begins
    normal = nominative_parts(analysis.words[first : last + 1], analysis.text)
    return _found(analysis, Target(kind, world_key(normal)), first, last)


NAME_POS = frozenset({"PROPN", "NOUN", "X"})
"""Parts of speech of a word that may be a name the gazetteer lacks."""


def _is_name_word(word: Word) -> bool:
    return word.text[:1].isupper() and word.pos in NAME_POS


def is_person(analysis: Analysis, first: int, last: int) -> bool:
    """Whether words ``first``..``last`` are a person: inside a longer PER span, or a first name tagged PER."""
    words = analysis.words
    if not all(word.ner.endswith("PER") for word in words[first : last + 1]):
        return False
    before = first > 0 and words[first - 1].ner.endswith("PER") and words[first].ner.startswith("I")
    after = last + 1 < len(words) and words[last + 1].ner.startswith("I-PER")
    return before or after or has_grammeme(place_morphology().parses(words[first].text), "Name")


def _matches(alias: Alias, words: list[Word], index: PlaceIndex) -> bool:
    return all(
        word_lemmas(word) & lemmas and _case_fits(form, word.text, lemmas, index)
        for form, lemmas, word in zip(alias.forms, alias.lemmas, words)
    )


def _case_fits(form: str, text: str, lemmas: frozenset[str], index: PlaceIndex) -> bool:
    if is_abbreviation(form):
        return text.replace("ё", "е") == form.replace("ё", "е")
    if form[:1].isupper() and not lemmas & index.generic:
        return text[:1].isupper()
    return True


def _found(analysis: Analysis, target: Target, first: int, last: int, name: str | None = None) -> Found:
    """A mention of words ``first``..``last``; a one-word alias is its own nominative."""
    words = analysis.words[first : last + 1]
    normal = name or nominative_parts(words, analysis.text)
    return Found(target.type, first, last, words[0].start, words[-1].stop, normal, key=target.key)
