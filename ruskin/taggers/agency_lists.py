"""Bodies listed with shared words: one AGENCY mention per listed place.

* places in the genitive after a plural head ("парламенты Адыгеи и Калмыкии"): "Парламент
  Адыгеи", "Парламент Калмыкии" (a region's legislature then takes its official name when
  linked);
* capitalised adjectives before a shared plural noun ("прокуратуры Ольховского, Сосновского
  и Лесного районов", "администрации Северного и Южного округов"): "Прокуратура Ольховского
  района", "Прокуратура Сосновского района" ...

Places are joined by commas and a last "и"; adjectives by commas, a last "и" or both. The first member's mention spans the head and
its modifiers too; each other member's, its own words. A member's name is the head in the
nominative singular with its place (modifiers of the head such as "районные" are left out).
"""

from __future__ import annotations

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..nlp.normal import restore_case
from ..gazetteers.places import normalize_lemma
from .agency_abbreviations import AgencyValue
from .agency_complement import Context

__all__ = ["listed_mentions"]

GENITIVE_ENDINGS = ("ого", "его", "ой", "ей")
"""Endings of adjectives in the genitive singular."""
Member = tuple[int, int, str, Found | None]
"""A listed member: its first and last word, its place words in the genitive singular, its place."""


def listed_mentions(analysis: Analysis, context: Context, first: int, head: int, end: int) -> list[Found]:
    """One AGENCY mention per member of a list after the plural head at ``head`` (none if no list)."""
    words = analysis.words
    plural = words[head].feats.get("Number") == "Plur"
    members = (_places(context, head + 1, end) if plural else []) or _adjectives(analysis, head + 1, end)
    if len(members) < 2:
        return []
    name = _singular(words[head])
    found = []
    for number, (start, last, place_words, place) in enumerate(members):
        start = first if number == 0 else start
        normal = f"{name} {place_words}"
        region = place.key if place is not None and place.type == "REGION" else None
        value = AgencyValue("list:" + normal.lower(), "regional" if region else None, region, head=head)
        found.append(Found("AGENCY", start, last, words[start].start, words[last].stop, normal, value=value))
    return found


def _places(context: Context, position: int, end: int) -> list[Member]:
    """Genitive places joined by commas and a last "и" ("Адыгеи, Тывы и Калмыкии")."""
    words = context.analysis.words
    members: list[Member] = []
    closing = False
    while position < end:
        place = context.places.get(position)
        if place is None or place.last >= end or words[place.last].case != "Gen":
            return []
        text = context.analysis.text[words[place.first].start : words[place.last].stop]
        members.append((place.first, place.last, text, place))
        joiner = words[place.last + 1].text.lower() if place.last + 1 < end else ""
        if closing:
            return members
        if joiner not in (",", "и"):
            return []
        closing = joiner == "и"
        position = place.last + 2
    return []


def _adjectives(analysis: Analysis, position: int, end: int) -> list[Member]:
    """Adjectives joined by commas and a last "и" before a plural genitive noun ("Ольховского,
    Сосновского и Лесного районов"), each with the noun in the genitive singular."""
    words = analysis.words
    adjectives: list[int] = []
    closing = False
    while position < end and _genitive_adjective(words[position]):
        adjectives.append(position)
        joiner = words[position + 1].text.lower() if position + 1 < end else ""
        if closing or joiner not in (",", "и"):
            break
        closing = joiner == "и"
        position += 2
    noun = adjectives[-1] + 1 if adjectives else end
    if len(adjectives) < 2 or noun >= end or not _plural_genitive_noun(words[noun]):
        return []
    singular = _genitive_singular(words[noun])
    gender = _gender(words[noun])
    members = [(a, a, f"{_adjective(words[a], gender)} {singular}", None) for a in adjectives]
    start, _, text, place = members[-1]
    return [*members[:-1], (start, noun, text, place)]


def _genitive_adjective(word: Word) -> bool:
    """A capitalised adjective in the genitive ("Сосновского"): the tagger may take an unknown
    one for a name in another case, so its ending speaks too."""
    genitive = word.case == "Gen" or word.text.lower().endswith(GENITIVE_ENDINGS)
    return word.pos in ("ADJ", "PROPN") and genitive and word.text[:1].isupper()


def _plural_genitive_noun(word: Word) -> bool:
    return word.pos == "NOUN" and word.case == "Gen" and word.feats.get("Number") == "Plur"


def _gender(word: Word) -> str | None:
    return word.parse.tag.gender if word.parse is not None else None


def _genitive_singular(word: Word) -> str:
    form = _inflected(word, {"gent", "sing"})
    return restore_case(word.text, form) if form is not None else word.text


def _adjective(word: Word, gender: str | None) -> str:
    form = _inflected(word, {"gent", "sing"} | ({gender} if gender else set()))
    return restore_case(word.text, form) if form is not None else word.text


def _singular(word: Word) -> str:
    form = _inflected(word, {"nomn", "sing"}) or normalize_lemma(word.lemma)
    return form[:1].upper() + form[1:]


def _inflected(word: Word, grammemes: set[str]) -> str | None:
    """The word's form with ``grammemes`` in pymorphy3's reading, if it has one."""
    inflected = word.parse.inflect(grammemes) if word.parse is not None else None
    return inflected.word if inflected is not None else None
