"""Word-level forms shared by the place, agency and post taggers: lemmas, nominatives, abbreviations."""

from __future__ import annotations

from functools import lru_cache

from ..nlp.analysis import Word
from ..nlp.normal import normalize_phrase, restore_case
from ..gazetteers.places import lemmas_of, normalize_lemma

__all__ = ["is_abbreviation", "nominative_parts", "word_lemmas", "word_nominative"]


def word_lemmas(word: Word) -> frozenset[str]:
    """The lemma the analysis chose and every other lemma the word form may have."""
    return _form_lemmas(word.text, word.lemma)


@lru_cache(maxsize=50_000)
def _form_lemmas(text: str, lemma: str) -> frozenset[str]:
    """``word_lemmas`` for one form and chosen lemma, computed once (the taggers ask per candidate)."""
    return lemmas_of(text) | {normalize_lemma(lemma)}


def is_abbreviation(form: str) -> bool:
    """Whether an alias token is an abbreviation (РФ, ПФО, СПб): as many capitals as not."""
    upper = sum(char.isupper() for char in form)
    return upper >= 2 and upper >= sum(char.islower() for char in form)


def word_nominative(word: Word) -> str:
    """One word in the nominative, keeping its number and gender: 'нижегородского' → 'нижегородский'."""
    if word.parse is None or word.parse.tag.POS not in ("ADJF", "PRTF", "NOUN") or "nomn" in word.parse.tag:
        return word.text
    inflected = word.parse.inflect({"nomn"})
    return restore_case(word.text, inflected.word) if inflected is not None else word.text


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
