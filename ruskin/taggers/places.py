"""Regions, cities and countries named in the text, matched on lemmas against the gazetteer.

Rules, in the order they are tried at each word:

* a name alias (official name, short form, abbreviation, colloquial name, city, country)
  whose tokens match the words' lemmas; the longest alias wins. An abbreviation (РФ, ПФО,
  СПб) matches only as written; a capitalised word of an alias needs a capitalised word
  in the text ("Курган", not "курган"), except the generic words of official names
  (республика, область, ...) listed in ``place_words.tsv``. A match made only of words
  slovnet tags as a person is not a place when it is part of a longer name ("Владимир
  Путин") or is a first name ("Владимир" alone, tagged PER).
* a region adjective directly followed by a government word of ``place_words.tsv``
  ("нижегородский губернатор", "самарские чиновники"): a REGION mention of the adjective
  alone. "Самарский университет" is not a mention: the university is not the region.

Found.key is the region key (for a CITY, the key of its region; Russia is a COUNTRY with
the key ``RU``); other countries get ``country:<name>``.
"""

from __future__ import annotations

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..nlp.morph import has_grammeme
from ..nlp.normal import normalize_phrase, restore_case
from ..places import Alias, PlaceIndex, Target, lemmas_of, normalize_lemma, place_index, place_morphology

__all__ = ["is_abbreviation", "is_person", "nominative_parts", "place_mentions", "word_lemmas", "word_nominative"]


def place_mentions(analysis: Analysis) -> list[Found]:
    """REGION, CITY and COUNTRY mentions, each with its gazetteer key and nominative form."""
    index = place_index()
    found: list[Found] = []
    for sentence in analysis.sentence_words:
        position = sentence.start
        while position < sentence.stop:
            mention = _name_at(analysis, index, position, sentence.stop) or _adjective_at(
                analysis, index, position, sentence.stop
            )
            found.extend([mention] if mention else [])
            position = mention.last + 1 if mention else position + 1
    return found


def word_lemmas(word: Word) -> frozenset[str]:
    """The lemma the analysis chose and every other lemma the word form may have."""
    return lemmas_of(word.text) | {normalize_lemma(word.lemma)}


def _name_at(analysis: Analysis, index: PlaceIndex, first: int, end: int) -> Found | None:
    candidates = {a for lemma in word_lemmas(analysis.words[first]) for a in index.names.get(lemma, ())}
    for alias in sorted(candidates, key=lambda a: -len(a.forms)):
        last = first + len(alias.forms) - 1
        if last < end and _matches(alias, analysis.words[first : last + 1], index):
            if not is_person(analysis, first, last):
                return _found(analysis, alias.target, first, last)
    return None


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


def is_abbreviation(form: str) -> bool:
    """Whether an alias token is an abbreviation (РФ, ПФО, СПб): as many capitals as not."""
    upper = sum(char.isupper() for char in form)
    return upper >= 2 and upper >= sum(char.islower() for char in form)


def _adjective_at(analysis: Analysis, index: PlaceIndex, first: int, end: int) -> Found | None:
    if first + 1 >= end:
        return None
    lemmas = word_lemmas(analysis.words[first])
    target = next((index.adjectives[lemma] for lemma in lemmas if lemma in index.adjectives), None)
    if target is None or not word_lemmas(analysis.words[first + 1]) & index.government:
        return None
    word = analysis.words[first]
    return Found(target.type, first, first, word.start, word.stop, word_nominative(word), key=target.key)


def word_nominative(word: Word) -> str:
    """One word in the nominative, keeping its number and gender: 'нижегородского' → 'нижегородский'."""
    if word.parse is None or word.parse.tag.POS not in ("ADJF", "PRTF", "NOUN") or "nomn" in word.parse.tag:
        return word.text
    inflected = word.parse.inflect({"nomn"})
    return restore_case(word.text, inflected.word) if inflected is not None else word.text


def _found(analysis: Analysis, target: Target, first: int, last: int) -> Found:
    words = analysis.words[first : last + 1]
    normal = nominative_parts(words, analysis.text)
    return Found(target.type, first, last, words[0].start, words[-1].stop, normal, key=target.key)


def nominative_parts(words: list[Word], text: str) -> str:
    """The phrase in the nominative, each part around a dash on its own ("ХМАО — Югре" → "ХМАО — Югра")."""
    parts: list[list[Word]] = [[]]
    for word in words:
        if normalize_lemma(word.text) == "—":
            parts.append([])
        else:
            parts[-1].append(word)
    parts = [part for part in parts if part]
    pieces = [normalize_phrase(parts[0], text)]
    for before, part in zip(parts, parts[1:]):
        normal = word_nominative(part[0]) if len(part) == 1 else normalize_phrase(part, text)
        pieces += [text[before[-1].stop : part[0].start], normal]
    return "".join(pieces)
