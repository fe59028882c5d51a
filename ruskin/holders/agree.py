"""Case agreement between a post and a name, where two case forms look alike.

slovnet tags "президента" in "обгоняет президента Франции Николя Саркози" as accusative and
the name after it as genitive; for an animate masculine noun the two forms are one, so the
name still agrees with the post.
"""

from __future__ import annotations

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..nlp.morph import shared_morphology

__all__ = ["cases_agree", "counted_case", "indeclinable", "lead_word", "word_cases"]

OC_CASES = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc"}
COUNTING_CASES = frozenset({"Nom", "Acc"})


def lead_word(analysis: Analysis, post: Found) -> Word:
    """The post's first word that has a case, which gives the case of the whole post: "исполняющим"
    in "Временно исполняющим обязанности губернатора"; an indeclinable word ("врио") has none;
    the first word when none has one."""
    words = analysis.words[post.first : post.last + 1]
    return next((w for w in words if w.case is not None and not indeclinable(w)), words[0])


def counted_case(analysis: Analysis, post: Found) -> str | None:
    """The post's case, or the numeral's when a number in the nominative or accusative counts a
    post in the genitive, its attributes between ("назвал двух действующих представителей области
    Ольгу Панову и Игоря Лунина": the names stand in the accusative of "двух")."""
    case = lead_word(analysis, post).case
    index = post.first - 1
    while index >= 0 and _attribute(analysis.words[index]):
        index -= 1
    counter = analysis.words[index] if index >= 0 else None
    if case == "Gen" and counter is not None and counter.pos == "NUM" and counter.case in COUNTING_CASES:
        return counter.case
    return case


def _attribute(word: Word) -> bool:
    """An adjective or participle that may stand between a numeral and the noun it counts."""
    return word.pos == "ADJ" or (word.pos == "VERB" and word.feats.get("VerbForm") == "Part")


def indeclinable(word: Word) -> bool:
    """A word with one form for every case ("врио"), or a letter of an abbreviation ("и. о."),
    whose tagged case says nothing."""
    return (word.parse is not None and "Fixd" in word.parse.tag) or (len(word.text) == 1 and word.text.isalpha())


def word_cases(word: Word) -> frozenset[str]:
    """Every UD case the word's form can have as a noun, out of context."""
    parses = shared_morphology().parses(word.text.lower())
    return frozenset(OC_CASES[case] for p in parses if "NOUN" in p.tag for case in OC_CASES if case in p.tag)


def cases_agree(post: Word, name: Word) -> bool:
    """Whether the name can stand in the post's case: the same tag, or a post form that is both cases."""
    if post.case == name.case:
        return True
    forms = word_cases(post)
    return name.case is not None and name.case in forms and post.case in forms
