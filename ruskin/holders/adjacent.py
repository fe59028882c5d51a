"""A name right beside its post: "губернатор Самарской области Дмитрий Азаров", "Юлия Бренер,
заместитель министра", "Дмитрий Аленичев — российский футболист".

After the post, a name in the genitive or the locative is whose post it is, not its holder
("адвокаты Берлускони"), unless the post's form is that case too; a second name right after
the first holds the post ("Врач Хиллари Клинтон Лиза Бардек"); a bracketed aside may come
between ("(ПНА)"). Before the post, the name ends at a comma, bracket or dash, with
adjectives, "и", adverbs of time ("тогда", ``role_apposition_adverbs.tsv``) or "один из"
between.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..nlp.morph import shared_morphology
from .agree import cases_agree, lead_word, word_cases
from ..roles.extent import DASHES
from ..roles.lexicon import lemma_set, norm
from ..roles.spans import mention_index

__all__ = ["after_holder", "apposition_adverbs", "before_holder", "past_aside"]

BEFORE = frozenset({",", "(", "-", "–", "—"})
DESCRIBING = frozenset({"ADJ", "CCONJ", "PUNCT"})
CONTRASTING = frozenset({"а", "но", "или"})
BRACKET_WINDOW = 40


def after_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The name right after the post in its sentence, unless it is in the genitive or the
    locative and the post is not ("адвокаты Берлускони", "представителем при президенте Буше");
    an aside in brackets may come between ("глава Временной переходной администрации (ВПА)
    Рашид Хамдан")."""
    next_word = past_aside(analysis, post.last + 1)
    person = mention_index(people).at(next_word)
    if person is None or "\n" in analysis.text[post.stop : person.start]:
        return None
    name, head = analysis.words[person.first], lead_word(analysis, post)
    owner = name.case == "Gen" and head.case not in (None, "Gen") and not _animate_accusative(head)
    owner = owner and not _only_nominative(name)
    owner = owner or (name.case == "Loc" and head.case != "Loc")
    following = _second_name(analysis, head, person, people)
    return following or (None if owner else person)


def _second_name(analysis: Analysis, head: Word, person: Found, people: Sequence[Found]) -> Found | None:
    """A second name right after the first, which is then whose post it is: "Врач Хиллари
    Клинтон Лиза Бардек", "адвокат Савченко Марк Фейгин"; not after a post in the genitive
    ("дочь президента Ислама Каримова Лолла"), nor across a line break."""
    following = mention_index(people).at(person.last + 1)
    if following is None or head.case == "Gen" or "\n" in analysis.text[person.stop : following.start]:
        return None
    return following if cases_agree(head, analysis.words[following.first]) else None


def past_aside(analysis: Analysis, index: int, window: int = BRACKET_WINDOW) -> int:
    """The word after a bracketed aside of at most ``window`` words that starts at ``index``
    ("(ПНА)"), or ``index`` itself."""
    words = analysis.words
    if index >= len(words) or words[index].text != "(":
        return index
    stop = min(index + window, len(words))
    closing = next((i for i in range(index + 1, stop) if words[i].text in ")(" or words[i].sentence != words[index].sentence), None)
    return closing + 1 if closing is not None and words[closing].text == ")" else index


def _only_nominative(name: Word) -> bool:
    """A first name whose every form is the nominative ("Карл-Хенрик", "Стивен"): the tagger's
    genitive after a genitive complement ("председатель правления Шведского горного общества
    Карл-Хенрик Линдгрен") is wrong."""
    parses = shared_morphology().parses(name.text.lower())
    return bool(parses) and all("nomn" in p.tag and "Fixd" not in p.tag for p in parses)


def _animate_accusative(head: Word) -> bool:
    """An accusative post whose form is also the genitive ("обгоняет президента Франции Николя Саркози")."""
    return head.case == "Acc" and "Gen" in word_cases(head)


def before_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """A name, then a comma, bracket or dash, then the post; after a dash adjectives may
    come first ("Дмитрий Аленичев — советский и российский футболист"), and "one of" before a
    plural post ("Эдуард Мишлен, одному из президентов группы")."""
    gap = post.first - 1
    while gap > 0 and _describes(analysis.words[gap]) and analysis.words[gap].text not in BEFORE:
        gap -= 1
    if gap > 1 and analysis.words[gap].lemma == "из" and analysis.words[gap - 1].lemma == "один":
        gap -= 2
    if gap < 0 or analysis.words[gap].text not in BEFORE:
        return None
    end = _bracket_start(analysis, gap - 1) if analysis.words[gap].text in DASHES else gap
    return mention_index(people).ending(end - 1)


def _describes(word: Word) -> bool:
    """An adjective, "и", a comma or an adverb of time ("тогда", ``role_apposition_adverbs.tsv``)
    between a name and its post, not "а" or "но" that start a new clause."""
    if word.pos == "ADV":
        return norm(word.lemma) in apposition_adverbs()
    return word.pos in DESCRIBING and word.lemma not in CONTRASTING


def apposition_adverbs() -> frozenset[str]:
    """Adverbs of time that may come between a name and its post."""
    return lemma_set("role_apposition_adverbs")


def _bracket_start(analysis: Analysis, index: int) -> int:
    """The "(" that a ")" at ``index`` closes, or ``index + 1`` when there is no bracket there."""
    if index < 0 or analysis.words[index].text != ")":
        return index + 1
    opening = (i for i in range(index - 1, max(index - BRACKET_WINDOW, -1), -1) if analysis.words[i].text == "(")
    return next(opening, index + 1)
