"""Words at the end of a post's complement: what stops it and what it may still take.

A post's genitive complement stops before a rank, a party member, a title, a time or an origin
said of its holder (``role_complement_stops.tsv``: "министром обороны страны | адмирала ...",
"вратарём | года"). A party member stops it in the singular only: "лидер коммунистов" is a post.

A church or noble title (``role_titled_heads.tsv``) takes the capitalised adjectives of its see
or land that agree with it ("митрополита Ленинградского и Новгородского", "Патриархом Болгарским").

A common noun of a place (``role_place_nouns.tsv``) takes the place's name after it, in any case
("губернатор штата Юта", "мэром города Камник").

A noun of the complement may take a phrase of its own (``role_complement_preps.tsv``): a place
after "в" ("посольства РФ в Лондоне"), "с" with the instrumental ("по связям с общественностью").

A hyphenated post whose second half says who holds it (``role_hyphen_traits.tsv``) ends before
that half ("президент-республиканец" → "президент").
"""

from __future__ import annotations

from functools import cache

from pymorphy3.analyzer import Parse

from ..gazetteers.gazetteer import load_table, split_values
from ..nlp.analysis import Analysis, Word
from ..nlp.morph import shared_morphology
from ..nlp.normal import restore_case
from .lexicon import Head, lemma_set, norm

__all__ = [
    "complement_preps",
    "place_name_end",
    "place_noun",
    "see_nominative",
    "stops_complement",
    "title_end",
    "trait_width",
]

PLACE_ENDINGS = ("ский", "цкий", "ской", "цкой")
UD_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def stops_complement(word: Word) -> bool:
    """Whether ``word`` starts something said of the holder, not more of the post."""
    kind = _stop_kinds().get(norm(word.lemma))
    return kind is not None and (kind != "party" or word.feats.get("Number") != "Plur")


@cache
def _stop_kinds() -> dict[str, str]:
    """Kinds of ``role_complement_stops.tsv`` by lemma."""
    return {norm(row["lemma"]): row["kind"] for row in load_table("role_complement_stops")}


def title_end(analysis: Analysis, head: Head, last: int, stop: int) -> int:
    """The last adjective of a see or land after a church or noble title ending at ``last``, or ``last``."""
    if norm(head.words[-1]) not in _titled_heads():
        return last
    words, end, index = analysis.words, last, last + 1
    while index < stop and _title_adjective(words[index], words[last]):
        end, index = index, index + 1
        if index + 1 < stop and words[index].lemma == "и" and _title_adjective(words[index + 1], words[last]):
            index += 1
    return end


def see_nominative(word: Word, head: Word) -> str:
    """A see's adjective in the nominative, in the head's number and gender ("Болгарским" → "Болгарский")."""
    parse = _see_parse(word, head)
    inflected = parse.inflect({"nomn"}) if parse is not None else None
    return restore_case(word.text, inflected.word) if inflected is not None else word.text


def _title_adjective(word: Word, head: Word) -> bool:
    """A capitalised adjective of a place in the head's case and number ("Болгарским" after "Патриархом")."""
    return word.text[:1].isupper() and _see_parse(word, head) is not None


def _see_parse(word: Word, head: Word) -> Parse | None:
    """The analysis of ``word`` as an adjective of a place agreeing with ``head``, if it has one."""
    case = UD_CASES.get(head.case or "")
    if case is None or head.parse is None:
        return None
    number = "plur" if "plur" in head.parse.tag else "sing"
    parses = shared_morphology().parses(word.text.lower())
    fits = (p for p in parses if p.tag.POS == "ADJF" and case in p.tag and number in p.tag and _of_place(p.normal_form))
    return next(fits, None)


def _of_place(lemma: str) -> bool:
    """An adjective of a place: "болгарский", "кембриджский", "уэльский"."""
    return lemma.endswith(PLACE_ENDINGS)


def _titled_heads() -> frozenset[str]:
    """Lemmas of ``role_titled_heads.tsv``."""
    return lemma_set("role_titled_heads")


def place_name_end(analysis: Analysis, index: int, stop: int) -> int | None:
    """The last word of a place's name at ``index`` after a common noun of a place ("штата | Юта"), or ``None``."""
    words = analysis.words
    if not place_noun(words[index - 1]) or not _name_word(words[index]):
        return None
    while index + 1 < stop and words[index + 1].ner == "I-LOC" and _name_word(words[index + 1]):
        index += 1
    return index


def place_noun(word: Word) -> bool:
    """A common noun of a place that its name may follow ("штата", "города")."""
    return norm(word.lemma) in _place_nouns()


def _name_word(word: Word) -> bool:
    """A capitalised word of a name that is no person's ("Юта", "Нью-Мексико")."""
    return word.text[:1].isupper() and word.pos in {"PROPN", "NOUN", "ADJ", "X"} and not word.ner.endswith("PER")


def _place_nouns() -> frozenset[str]:
    """Lemmas of ``role_place_nouns.tsv``."""
    return lemma_set("role_place_nouns")


def trait_width(word: Word) -> int:
    """Characters of a second half such as "-республиканец" that the post leaves out, or 0."""
    first, dash, second = word.text.partition("-")
    if not dash or "-" in second or not first:
        return 0
    parses = shared_morphology().parses(second.lower())
    lemma = norm(parses[0].normal_form) if parses else norm(second)
    return len(dash + second) if lemma in _traits() else 0


def _traits() -> frozenset[str]:
    """Lemmas of ``role_hyphen_traits.tsv``."""
    return lemma_set("role_hyphen_traits")


def complement_preps(word: Word) -> frozenset[str]:
    """The prepositions a noun of the complement takes a phrase with ("посольства" → "в")."""
    return _complement_preps().get(norm(word.lemma), frozenset()) if word.pos == "NOUN" else frozenset()


@cache
def _complement_preps() -> dict[str, frozenset[str]]:
    """``role_complement_preps.tsv`` by lemma."""
    return {norm(row["lemma"]): frozenset(split_values(row["preps"])) for row in load_table("role_complement_preps")}
