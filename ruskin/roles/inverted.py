"""Posts named before their holder with a dash or a verb between.

* a dash: "Министр обороны — Ицунори Онодэра.", "(режиссёр — Дмитрий Бертман)": the post
  opens its sentence, clause or bracket and the name follows the dash;
* a copula: "а министром обороны станет Лиам Фокс", "Начальником управления назначен
  генерал-лейтенант Андрей Третьяк": a post in the instrumental that opens its sentence or
  clause, a verb, then the name in the nominative.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis, Word
from .agree import lead_word
from .extent import DASHES

__all__ = ["copula_holder", "dash_holder"]

OPENING = frozenset({",", "(", ":", ";", "а", "и", "но"})
COPULA_WINDOW = 5
PASSING = frozenset({"VERB", "AUX", "ADJ", "NOUN", "NUM", "ADV", "PUNCT"})


def opens_clause(analysis: Analysis, post: Found) -> bool:
    """Whether the post is the first word of its sentence or follows a comma, bracket or conjunction."""
    index = post.first - 1
    word = analysis.words[index] if index >= 0 else None
    return word is None or word.sentence != analysis.words[post.first].sentence or word.lemma in OPENING


def dash_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """"Министр обороны — Ицунори Онодэра.": a post that opens its clause, a dash, then a name."""
    dash = post.last + 1
    if dash >= len(analysis.words) or analysis.words[dash].text not in DASHES:
        return None
    person = next((p for p in people if p.first == dash + 1), None)
    if person is None or analysis.words[person.first].sentence != analysis.words[post.first].sentence:
        return None
    if opens_clause(analysis, post):
        return person
    nominative = lead_word(analysis, post).case == "Nom" and analysis.words[person.first].case in (None, "Nom")
    return person if nominative else None


def copula_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """"министром обороны станет Лиам Фокс": an opening post in the instrumental, a verb, a name."""
    if lead_word(analysis, post).case != "Ins" or not opens_clause(analysis, post):
        return None
    person = next((p for p in people if p.first > post.last), None)
    if person is None or person.first - post.last - 1 > COPULA_WINDOW:
        return None
    between = analysis.words[post.last + 1 : person.first]
    named = analysis.words[person.first]
    same = named.sentence == analysis.words[post.first].sentence
    return person if _verb_only(between) and named.case == "Nom" and same else None


def _verb_only(words: Sequence[Word]) -> bool:
    """A verb and nothing but words that may describe the name between post and name."""
    verb = any(w.pos in ("VERB", "AUX") for w in words)
    return verb and all(w.pos in PASSING and w.text not in (".", "—") for w in words)
