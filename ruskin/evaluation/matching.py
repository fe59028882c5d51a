"""The matching rules of record-level evaluation (``ruskin evaluate govnews``).

Each rule compares one gold value with one predicted value, as strings; nothing here
knows about documents or counting. Words are compared lower case with ё as е, and
mostly on their first five letters, so that case forms and spelling variants of one name
agree ("Калиматов" and "Калиматова", "Республика Татарстан" and "Татарстан").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteers.gazetteer import load_table, split_values

__all__ = [
    "agency_matches",
    "date_matches",
    "holds_keys",
    "name_matches",
    "name_words",
    "office_synonyms",
    "quote_matches",
    "region_matches",
]

PREFIX = 5
"""Letters of a word that are compared."""

SHORTEST_CONTAINED_AGENCY = 8
"""Letters the contained name of an agency must have to count as a match."""

_WORD = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*\.?|\d+")
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)$")
_INITIAL = re.compile(r"^[^\W\d_]\.?$")
_DAY = re.compile(r"(?:\d{4}|-)-\d\d-\d\d")


def folded(text: str) -> str:
    """Lower case, ё as е."""
    return text.lower().replace("ё", "е")


def words(text: str) -> list[str]:
    """The words of ``text`` (hyphenated words whole, an initial with its dot; a full stop after
    a longer word ends the sentence, not the word), folded."""
    return [word if len(word.rstrip(".")) == 1 else word.rstrip(".") for word in _WORD.findall(folded(text))]


def name_words(name: str) -> list[str]:
    """A person's name as words, the patronymic dropped (only in names of three words or more)."""
    found = words(name)
    if len(found) < 3:
        return found
    return [word for word in found if not _PATRONYMIC.search(word)] or found


def name_matches(gold: str, predicted: str) -> bool:
    """Names of one person: every word of the shorter is in the longer, its longest word whole.

    Words agree on their first five letters; an initial ("А.") agrees with a word it
    begins. The longest word of the shorter name must agree on its letters, not as an
    initial, so "А." alone names nobody.
    """
    first, second = name_words(gold), name_words(predicted)
    if not first or not second:
        return False
    shorter, longer = sorted((first, second), key=lambda name: (len(name), sum(map(len, name))))
    if not all(any(_word_agrees(word, other) for other in longer) for word in shorter):
        return False
    longest = max(shorter, key=lambda word: len(word.rstrip(".")))
    return any(_prefix(longest) == _prefix(other) for other in longer if not _INITIAL.match(longest))


def _word_agrees(word: str, other: str) -> bool:
    if _INITIAL.match(word):
        return other.startswith(word.rstrip("."))
    if _INITIAL.match(other):
        return word.startswith(other.rstrip("."))
    return _prefix(word) == _prefix(other)


def _prefix(word: str) -> str:
    return word.rstrip(".")[:PREFIX]


@lru_cache(maxsize=1)
def office_synonyms() -> dict[str, tuple[str, ...]]:
    """Key stem -> stems that name the same office (``data/eval_office_synonyms.tsv``)."""
    return {row["stem"]: tuple(split_values(row["synonyms"])) for row in load_table("eval_office_synonyms")}


def holds_keys(keys: tuple[str, ...], name: str) -> bool:
    """Every key stem (or a synonym of it) is in ``name`` ("пред" is in "зампред", "полпред")."""
    text = folded(name)
    return all(any(stem in text for stem in (key, *office_synonyms().get(key, ()))) for key in map(folded, keys))


def region_matches(gold: str, predicted: str) -> bool:
    """Names of one region: the words of one (first five letters) are all among the other's."""
    first, second = {_prefix(w) for w in words(gold)}, {_prefix(w) for w in words(predicted)}
    return bool(first and second) and (first <= second or second <= first)


def agency_matches(forms: tuple[str, ...], name: str, abbreviation: str | None) -> bool:
    """A gold body (several acceptable forms) and a predicted one.

    A form equals the predicted name or abbreviation; or the words of one (first five
    letters), in order, contain the other's, the contained one having at least 8 letters.
    """
    predicted = [folded(text) for text in (name, abbreviation) if text]
    return any(_form_matches(folded(form), predicted) for form in forms)


def _form_matches(form: str, predicted: list[str]) -> bool:
    if form in predicted:
        return True
    return any(_contains_in_order(form, other) or _contains_in_order(other, form) for other in predicted)


def _contains_in_order(outer: str, inner: str) -> bool:
    inner_words = words(inner)
    if sum(len(word.rstrip(".")) for word in inner_words) < SHORTEST_CONTAINED_AGENCY:
        return False
    remaining = iter(_prefix(word) for word in words(outer))
    return all(_prefix(word) in remaining for word in inner_words)


def date_matches(gold: str | None, predicted: str | None) -> bool:
    """ISO dates of one day: equal, or equal on month and day when either has no year."""
    if gold is None or predicted is None:
        return gold is predicted
    gold, predicted = gold[:10], predicted[:10]
    if gold.startswith("--") or predicted.startswith("--"):
        day = _month_and_day(gold)
        return day is not None and day == _month_and_day(predicted)
    return gold == predicted


def _month_and_day(value: str) -> str | None:
    """``"06-19"`` of ``"2019-06-19"`` or ``"--06-19"``; None for a value without a day."""
    return value[-5:] if _DAY.fullmatch(value) else None


def quote_matches(starts: str, text: str) -> bool:
    """The predicted quote begins with the gold words (punctuation and case aside)."""
    expected = words(starts)
    return bool(expected) and words(text)[: len(expected)] == expected
