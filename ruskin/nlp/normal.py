"""Put mentions in the nominative: "Нижегородской области" → "Нижегородская область".

A Russian noun phrase here is modifiers, a head noun, then complements in their own
case ("Агентством стратегических инициатив"). The head and the modifiers that agree
with it go to the nominative, keeping the head's number and gender; complements stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .analysis import Word

HEAD_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_POS = frozenset({"ADJ", "DET", "NUM"})
# An abbreviation with a case ending: "ЦУРа", "МФЦ-шного" is rare enough to ignore.
_INFLECTED_ABBREVIATION = re.compile(r"^([А-ЯЁ]{2,})[а-яё]{1,3}$")


def normalize_phrase(words: Sequence[Word], text: str) -> str:
    """The phrase that ``words`` span, with its head in the nominative.

    ``text`` gives the original characters between the words, which are kept.
    """
    head = _head_index(words)
    if head is None or words[head].case in (None, "Nom"):
        return _join(words, [w.text for w in words], text)
    number = "plur" if words[head].feats.get("Number") == "Plur" else "sing"
    gender = _gender(words[head])
    forms = [
        _nominative(word, number, gender) if i <= head else word.text
        for i, word in enumerate(words)
    ]
    return _join(words, forms, text)


def _head_index(words: Sequence[Word]) -> int | None:
    for index, word in enumerate(words):
        if word.pos in HEAD_POS:
            return index
        if word.pos not in MODIFIER_POS:
            return None
    return None


def _gender(head: Word) -> str | None:
    if _INFLECTED_ABBREVIATION.match(head.text):
        return "masc"
    return head.parse.tag.gender if head.parse is not None else None


def _nominative(word: Word, number: str, gender: str | None) -> str:
    abbreviation = _INFLECTED_ABBREVIATION.match(word.text)
    if abbreviation:
        return abbreviation.group(1)
    parse = word.parse
    if parse is None or word.text.isupper() and len(word.text) > 1:
        return word.text
    target = {"nomn", number}
    if number == "sing" and gender and parse.tag.POS in ("ADJF", "PRTF", "NUMR"):
        target.add(gender)
    inflected = parse.inflect(target) or parse.inflect({"nomn"})
    return restore_case(word.text, inflected.word) if inflected is not None else word.text


def _join(words: Sequence[Word], forms: list[str], text: str) -> str:
    """Join word forms with the original characters between the words."""
    pieces: list[str] = []
    previous = words[0].start if words else 0
    for word, form in zip(words, forms):
        pieces.append(text[previous : word.start])
        pieces.append(form)
        previous = word.stop
    return "".join(pieces)


def restore_case(original: str, form: str) -> str:
    """``form`` written with the capitalisation of ``original``: upper, title or lower."""
    if original.isupper() and len(original) > 1:
        return form.upper()
    if original[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))
    return form
