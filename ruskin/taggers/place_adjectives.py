"""Place adjectives: "нижегородский губернатор", "британской", each part of "российско-американских".

A region adjective that is a word of its official name is a mention only before a
government word (``adjective_at``); every other place adjective is a mention wherever it
stands (``free_adjectives_at``), except before a nationality word or a person outside
government ("французский язык", "американский актёр").
"""

from __future__ import annotations

from functools import lru_cache

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..nlp.normal import restore_case
from ..gazetteers.place_index import PlaceIndex
from ..gazetteers.places import lemmas_of, normalize_lemma, place_morphology
from .place_forms import word_lemmas, word_nominative

__all__ = ["adjective_at", "free_adjectives_at"]


def adjective_at(analysis: Analysis, index: PlaceIndex, first: int, end: int) -> Found | None:
    """A region adjective at word ``first`` directly followed by a government word."""
    if first + 1 >= end:
        return None
    lemmas = word_lemmas(analysis.words[first])
    target = next((index.adjectives[lemma] for lemma in lemmas if lemma in index.adjectives), None)
    if target is None or not word_lemmas(analysis.words[first + 1]) & index.government:
        return None
    word = analysis.words[first]
    return Found(target.type, first, first, word.start, word.stop, word_nominative(word), key=target.key)


def free_adjectives_at(analysis: Analysis, index: PlaceIndex, first: int) -> list[Found]:
    """Place adjectives in word ``first``: the word itself, or each part of a compound
    ("российско-американских" → "российско", "американских"), unless a nationality follows."""
    word = analysis.words[first]
    if word.ner.endswith("PER") or _nationality_follows(analysis, index, first):
        return []
    whole = _part_found(word, first, word.start, word.stop, index)
    if whole is not None:
        return [whole]
    parts = [_part_found(word, first, start, stop, index) for start, stop in _adjective_parts(word)]
    return [f for f in parts if f is not None] if len(parts) > 1 and all(parts) else []


def _adjective_parts(word: Word) -> list[tuple[int, int]]:
    """Character spans of a word's dash-joined parts; the whole word when it has none."""
    spans, start = [], word.start
    for piece in word.text.split("-"):
        spans.append((start, start + len(piece)))
        start += len(piece) + 1
    return spans


def _part_found(word: Word, first: int, start: int, stop: int, index: PlaceIndex) -> Found | None:
    text = word.text[start - word.start : stop - word.start]
    last_part = stop == word.stop
    lemmas = _adjective_lemmas(word, text) if last_part else lemmas_of(text[:-1] + "ий") if text.endswith("о") else frozenset()
    target = next((index.free[lemma] for lemma in sorted(lemmas) if lemma in index.free), None)
    if target is None:
        return None
    normal = word_nominative(word) if start == word.start and last_part else text if not last_part else _nominative(text)
    return Found(target.type, first, first, start, stop, normal, key=target.key)


def _adjective_lemmas(word: Word, text: str) -> frozenset[str]:
    """The adjective lemmas of a word form (or of the last part of a compound)."""
    return _form_adjective_lemmas(text, word.pos, word.lemma)


@lru_cache(maxsize=50_000)
def _form_adjective_lemmas(text: str, pos: str, lemma: str) -> frozenset[str]:
    parses = place_morphology().parses(text)
    lemmas = {normalize_lemma(p.normal_form) for p in parses if p.tag.POS in ("ADJF", "ADJS")}
    return frozenset(lemmas) if lemmas or pos != "ADJ" else frozenset({normalize_lemma(lemma)})


def _nominative(form: str) -> str:
    parse = next((p for p in place_morphology().parses(form) if p.tag.POS == "ADJF"), None)
    inflected = parse.inflect({"nomn"}) if parse is not None and "nomn" not in parse.tag else None
    return restore_case(form, inflected.word) if inflected is not None else form


def _nationality_follows(analysis: Analysis, index: PlaceIndex, first: int) -> bool:
    """Whether the next word makes the adjective a people or a language ("язык", "актёр")."""
    if first + 1 >= len(analysis.words) or analysis.words[first + 1].sentence != analysis.words[first].sentence:
        return False
    after = analysis.words[first + 1]
    if after.ner.endswith("PER"):
        return False  # "Папа римский Франциск"
    lemmas = word_lemmas(after)
    if lemmas & index.words.get("nationality", frozenset()):
        return True
    person = after.parse is not None and after.parse.tag.POS == "NOUN" and "anim" in after.parse.tag
    return person and not lemmas & (index.government | index.words.get("state", frozenset()))
