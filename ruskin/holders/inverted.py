"""Posts named before their holder with a dash or a verb between.

* a dash: "Министр обороны — Ицунори Онодэра.", "(режиссёр — Дмитрий Бертман)": the post
  opens its sentence, clause or bracket and the name follows the dash; or the name after the
  dash stands in the post's case ("поздравили нового главу поселения — Марину Котову");
* a copula: "а министром транспорта станет Эндрю Маршалл", "Начальником управления назначен
  генерал-лейтенант Андрей Третьяк": a post in the instrumental (or opening with an
  indeclinable "врио") that opens its sentence or clause, a verb, then the name in the nominative;
* a verb left out: "Заместителем губернатора останется Иван Сомов, директором департамента —
  Олег Рыбин": a post in the instrumental that opens its clause, a dash, a name in the nominative
  (before the name that ends the clause before it can take the post: ``elided_holder``);
* a pronoun standing for the post: "назначен новый глава ведомства, им стал Иван Сомов".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis, Word
from .agree import cases_agree, indeclinable, lead_word
from ..roles.extent import DASHES

__all__ = ["copula_holder", "dash_holder", "elided_holder", "pronoun_copula_holder"]

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
    head, name = lead_word(analysis, post), analysis.words[person.first]
    nominative = head.case == "Nom" and name.case in (None, "Nom")
    apposed = head.case not in (None, "Nom") and cases_agree(head, name)  # "нового главу поселения — Марину Котову"
    return person if nominative or apposed else None


def elided_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """"..., директором департамента — Олег Рыбин": a post in the instrumental that opens its
    clause, its verb left out, then a dash and the name in the nominative."""
    if lead_word(analysis, post).case != "Ins" or not opens_clause(analysis, post):
        return None
    person = dash_holder(analysis, post, people)
    return person if person is not None and analysis.words[person.first].case in (None, "Nom") else None


def copula_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """"министром транспорта станет Эндрю Маршалл": an opening post in the instrumental, a verb, a name."""
    indeclinable_opening = _indeclinable_opening(analysis, post)
    if not (lead_word(analysis, post).case == "Ins" or indeclinable_opening):
        return None
    if not (opens_clause(analysis, post) or (indeclinable_opening and _after_adverbials(analysis, post))):
        return None
    person = next((p for p in people if p.first > post.last), None)
    if person is None or person.first - post.last - 1 > COPULA_WINDOW:
        return None
    between = analysis.words[post.last + 1 : person.first]
    named = analysis.words[person.first]
    same = named.sentence == analysis.words[post.first].sentence
    return person if _verb_only(between) and named.case == "Nom" and same else None


def pronoun_copula_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """"назначен новый глава ведомства, им стал Иван Сомов": a comma after the post, "им"/"ею"
    standing for it, a verb, and a name in the nominative a few words on."""
    words = analysis.words
    comma, pronoun = post.last + 1, post.last + 2
    if pronoun + 1 >= len(words) or words[comma].text != "," or not _standing_for_post(words[pronoun]):
        return None
    if words[pronoun + 1].pos not in ("VERB", "AUX"):
        return None
    person = next((p for p in people if pronoun + 1 < p.first <= pronoun + 1 + COPULA_WINDOW), None)
    if person is None or words[person.first].case not in (None, "Nom") or words[person.first].sentence != words[post.first].sentence:
        return None
    between = words[pronoun + 2 : person.first]
    return person if all(w.pos != "PUNCT" for w in between) else None


def _standing_for_post(word: Word) -> bool:
    """"им" or "ею"/"ей": a pronoun in the instrumental, as a post's stand-in."""
    return word.pos == "PRON" and word.lemma in ("он", "она") and word.case == "Ins"


def _after_adverbials(analysis: Analysis, post: Found) -> bool:
    """Only circumstances stand before the post in its sentence ("На его место и. о. министра
    культуры назначен ..."): no verb and nothing in the nominative."""
    span = analysis.sentence_words[analysis.words[post.first].sentence]
    before = analysis.words[span.start : post.first]
    return bool(before) and not any(w.pos in ("VERB", "AUX") or w.case == "Nom" for w in before)


def _indeclinable_opening(analysis: Analysis, post: Found) -> bool:
    """A post that opens with an indeclinable word ("Врио губернатора назначен ..."), whose own
    case cannot say it is the predicate."""
    return indeclinable(analysis.words[post.first])


def _verb_only(words: Sequence[Word]) -> bool:
    """A verb and nothing but words that may describe the name between post and name."""
    verb = any(w.pos in ("VERB", "AUX") for w in words)
    return verb and all(w.pos in PASSING and w.text not in (".", "—") for w in words)
