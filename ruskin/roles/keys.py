"""The forms a word of running text may match in the post lists.

A word matches a list entry by its lemma, its text, the masculine nominative of a
participle or adjective ("исполняющего" → "исполняющий"), each also without an "экс-"
prefix, and, for a hyphenated noun, by a half that names a post ("художник-постановщик",
"рок-музыкант").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from pymorphy3.analyzer import Parse

from ..nlp.analysis import Word
from ..nlp.morph import shared_morphology
from .lexicon import norm, role_lexicon

__all__ = ["NOMINAL", "PREFIXES", "matches", "word_keys"]

NOMINAL = frozenset({"NOUN", "PROPN"})
PREFIXES = ("экс-",)


def word_keys(word: Word) -> frozenset[str]:
    """The forms a list entry may match: the lemma, the text, the masculine nominative of a
    participle ("исполняющего" → "исполняющий"), each also without an "экс-" prefix."""
    return _keys(word.text, word.lemma, word.pos, word.parse)


def matches(words: Sequence[Word], forms: Sequence[str]) -> bool:
    """Whether each word matches the list form in its place."""
    return all(form in word_keys(word) for word, form in zip(words, forms))


@lru_cache(maxsize=200_000)
def _keys(text: str, lemma: str, pos: str, parse: Parse | None) -> frozenset[str]:
    """``word_keys`` for one word form and analysis, computed once (it is asked for per candidate)."""
    keys = {norm(lemma), norm(text)}
    if parse is not None and parse.tag.POS in ("PRTF", "ADJF"):
        keys.add(norm(_masculine(text, parse)))
    keys |= {key[len(prefix) :] for key in keys for prefix in PREFIXES if key.startswith(prefix)}
    return frozenset(keys | _halves(lemma, pos))


def _halves(lemma: str, pos: str) -> set[str]:
    """The halves of a hyphenated noun's lemma that may name its post: both when the first half
    is a post ("художник-постановщик", "боксёр-тяжеловес"), the second when the first is no person
    ("рок-музыкант", "интернет-предприниматель"; not "женщина-космонавт")."""
    lemma = norm(lemma)
    if pos not in NOMINAL or lemma.count("-") != 1 or any(lemma.startswith(p) for p in PREFIXES):
        return set()
    first, second = lemma.split("-")
    if first in role_lexicon().heads:
        return {first, second}
    return set() if _person_noun(first) else {second}


def _person_noun(lemma: str) -> bool:
    """Whether a word is, first of all, an animate common noun ("женщина", "мужчина")."""
    parses = shared_morphology().parses(lemma)
    tag = parses[0].tag if parses else None
    return tag is not None and tag.POS == "NOUN" and "anim" in tag and not {"Name", "Surn", "Patr"} & tag.grammemes


def _masculine(text: str, parse: Parse) -> str:
    inflected = parse.inflect({"nomn", "sing", "masc"})
    return inflected.word if inflected is not None else text
