"""What follows an agency's head and belongs to its name: complements, places and persons.

Tried in this order from the word after the head (or after a gazetteer name):

* a place mention in the genitive ("Самарской области", "РФ", "Малайзии"), or "по" with a
  place ("МВД по Башкирии"), or, after a head word, both ("УМВД России по Тверской области"), or "в" with a federal district ("в ПФО"): the name ends there,
  except for a "по" phrase after it ("Комитет парламента Австралии по международным делам");
* a person in the genitive ("правительство Медведева"): the name ends there;
* a genitive phrase ("развития трудовых ресурсов"), a "по" phrase in the dative ("по делам
  молодёжи"), and phrases coordinated with "и" or with commas and a last "и" ("труда,
  занятости и миграционной политики"). A phrase headed by another body's head word is not
  coordinated ("департамента культуры и министерства" ends before "и"); "при" with an
  official or a body in the locative ("Совет при Президенте Российской Федерации по ...").

A short name or abbreviation (МВД, Минфин) takes only a place, or a word standing for one
("Минфин республики").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..gazetteers.agencies import agency_words
from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..gazetteers.places import REGION_STAND_INS, normalize_lemma
from .places import is_abbreviation

__all__ = ["Complement", "Context", "complement_at"]

PLACE_TYPES = frozenset({"REGION", "CITY", "COUNTRY"})
MODIFIER_POS = frozenset({"ADJ", "DET", "NUM"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
LONGEST = 16


@dataclass(frozen=True, slots=True)
class Context:
    """The analysis with the mentions found before agencies, indexed by their first word."""

    analysis: Analysis
    places: dict[int, Found]
    persons: dict[int, Found]
    person_lasts: frozenset[int]
    organizations: tuple[Found, ...]
    heads: frozenset[str]
    municipal: frozenset[str]
    levels: dict[str, str]
    not_by: frozenset[str] = frozenset()
    settlement_abbreviations: frozenset[str] = frozenset()

    @classmethod
    def of(cls, analysis: Analysis, found: Sequence[Found]) -> Context:
        """The context of ``analysis`` given the PERSON, ORGANIZATION and place mentions."""
        words = agency_words()
        envoy = {lemma: "federal" for lemma in words.envoy}
        persons = {f.first: f for f in found if f.type == "PERSON"}
        return cls(
            analysis=analysis,
            places={f.first: f for f in found if f.type in PLACE_TYPES},
            persons=persons,
            person_lasts=frozenset(p.last for p in persons.values()),
            organizations=tuple(f for f in found if f.type == "ORGANIZATION"),
            heads=frozenset(words.heads),
            municipal=words.municipal,
            levels={**words.levels, **envoy},
            not_by=words.not_by,
            settlement_abbreviations=words.settlement_abbreviations,
        )

    def place_within(self, first: int, last: int) -> Found | None:
        """The last place mention inside words ``first``..``last``."""
        for start in range(last, first - 1, -1):  # places are keyed by first word: the last one first
            place = self.places.get(start)
            if place is not None and place.last <= last:
                return place
        return None


@dataclass(frozen=True, slots=True)
class Complement:
    """Words taken after a head: up to ``last``; ``phrase`` the words of genitive/"по" phrases."""

    last: int
    empty: bool
    place: Found | None = None
    person: bool = False
    phrase: tuple[int, ...] = field(default=())


def complement_at(
    context: Context, position: int, end: int, named: bool, coordinates: bool = False, person: bool = False
) -> Complement:
    """The complement that starts at word ``position`` (``end``: the sentence's end).

    ``named``: the head is a gazetteer name, which takes only a place or, when
    ``coordinates``, phrases coordinated with its last genitive phrase ("министерства
    труда, занятости ..."); ``person``: a person's name may follow ("правительство Медведева").
    """
    end = min(end, position + LONGEST)
    place = _place_step(context, position, end)
    if place is not None:
        place = place if named else _by_place_after_country(context, place, end)
        last = _by_phrases(context, place.last + 1, end, [])
        return Complement(max(last, place.last), False, place=place)
    phrase: list[int] = []
    joined = _coordinated(context, position, end, phrase) if coordinates else None
    if named and joined is None:
        return Complement(position, False) if _stand_in(context, position, end) else Complement(position - 1, True)
    start = joined + 1 if joined is not None else position
    last = _phrases(context, start, end, phrase, position - 1 if person else None)
    last = max(last, joined) if joined is not None else last
    if last < position:
        return Complement(position - 1, True)
    return Complement(last, False, place=context.place_within(position, last), person=_has_person(context, last), phrase=tuple(phrase))


def _by_place_after_country(context: Context, place: Found, end: int) -> Found:
    """A "по" place after the country behind a head word ("УМВД России по Тверской области"):
    the body is that place's, and the name runs on to it. Not after a gazetteer name ("МЧС
    России по ..."), which factRuEval marks without the region."""
    following = _place_step(context, place.last + 1, end) if place.key == "RU" else None
    by = following is not None and context.analysis.words[place.last + 1].text.lower() == "по"
    return following if following is not None and by else place


def _stand_in(context: Context, position: int, end: int) -> bool:
    """A word in the genitive standing for a region right after a short name ("Минфин республики")."""
    if position >= end:
        return False
    word = context.analysis.words[position]
    return word.case == "Gen" and normalize_lemma(word.lemma) in REGION_STAND_INS


def _phrases(context: Context, position: int, end: int, phrase: list[int], head: int | None = None) -> int:
    """The last word of the genitive and "по" phrases from ``position``, with a place or person
    ending them (a person only when ``head``, the head word a person's name may follow, is given)."""
    last = position - 1
    while last + 1 < end:
        start = last + 1
        place = _place_step(context, start, end)
        person = _person_at(context, start, head) if head is not None else None
        if place is not None:
            return max(_by_phrases(context, place.last + 1, end, phrase), place.last)
        if person is not None:
            return person.last
        step = _genitive(context, start, end) or _by_phrase(context, start, end) or _attached(context, start, end)
        if step is None:
            return last
        phrase.extend(range(start, step + 1))
        last = _coordinated(context, step + 1, end, phrase) or step
    return last


def _attached(context: Context, position: int, end: int) -> int | None:
    """A body attached to an official or another body: "при" with its word in the locative
    ("при Президенте", "при правительстве"), which the rest of the name may follow."""
    words = context.analysis.words
    if position + 1 >= end or words[position].text.lower() != "при":
        return None
    step = _genitive(context, position + 1, end, "Loc")
    attached = agency_words().officials | context.heads
    return step if step is not None and normalize_lemma(words[step].lemma) in attached else None


def _place_step(context: Context, position: int, end: int) -> Found | None:
    words = context.analysis.words
    place = context.places.get(position)
    if place is not None and place.last < end and _genitive_place(words[place.last]) and not _adjectival(context, place):
        return place
    if position + 1 >= end or position >= len(words):
        return None
    if _settlement_abbreviation(context, position, end):
        return context.places[position + 2]
    place = context.places.get(position + 1)
    if place is None or place.last >= end:
        return None
    preposition = words[position].text.lower()
    if preposition == "по" or (preposition == "в" and (place.key or "").startswith("fd-")):
        return place
    return None


def _settlement_abbreviation(context: Context, position: int, end: int) -> bool:
    """A settlement's abbreviation with its full stop before a place ("г. Заречного")."""
    words = context.analysis.words
    place = context.places.get(position + 2)
    return (
        words[position].text.lower() in context.settlement_abbreviations
        and words[position + 1].text == "."
        and place is not None
        and place.last < end
    )


def _adjectival(context: Context, place: Found) -> bool:
    """A place adjective ("американской") inside a name: the name runs on to its noun."""
    return all(context.analysis.words[i].pos == "ADJ" for i in range(place.first, place.last + 1))


def _genitive_place(word: Word) -> bool:
    return word.case == "Gen" or is_abbreviation(word.text) or word.case is None


def _person_at(context: Context, position: int, head: int) -> Found | None:
    person = context.persons.get(position)
    words = context.analysis.words
    if person is None or words[person.last].case != "Gen" or _subject_of_next(context, person, head):
        return None
    return person


def _subject_of_next(context: Context, person: Found, head: int) -> bool:
    """Whether a finite verb right after the person disagrees with the head in gender or number,
    so the name is the verb's subject ("в правительство Ивановой перешла"), not the body's owner."""
    words = context.analysis.words
    verb = words[person.last + 1] if person.last + 1 < len(words) else None
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.feats.get("VerbForm") != "Fin":
        return False
    return any(verb.feats.get(f) not in (None, words[head].feats.get(f)) for f in ("Gender", "Number"))


def _genitive(context: Context, position: int, end: int, case: str = "Gen") -> int | None:
    """The last word of a noun phrase in ``case`` starting at ``position``."""
    words = context.analysis.words
    index = position
    while index < end and words[index].pos in MODIFIER_POS and words[index].case == case:
        index += 1
    if index < end and words[index].pos in NOUN_POS and words[index].case == case:
        if index not in context.places and index not in context.persons and not _abbreviated(context, index):
            return index
    return None


def _abbreviated(context: Context, index: int) -> bool:
    """A settlement's abbreviation with its full stop ("г."): not a noun of the name by itself."""
    words = context.analysis.words
    return words[index].text.lower() in context.settlement_abbreviations and index + 1 < len(words) and words[index + 1].text == "."


def _by_phrase(context: Context, position: int, end: int) -> int | None:
    words = context.analysis.words
    if position + 1 < end and words[position].text.lower() == "по":
        step = _genitive(context, position + 1, end, "Dat")
        return None if step is None or normalize_lemma(words[step].lemma) in context.not_by else step
    return None


def _by_phrases(context: Context, position: int, end: int, phrase: list[int]) -> int:
    step = _by_phrase(context, position, end)
    if step is None:
        return position - 1
    phrase.extend(range(position, step + 1))
    more = _phrases(context, step + 1, end, phrase)
    return max(step, more)


def _coordinated(context: Context, position: int, end: int, phrase: list[int]) -> int | None:
    """The last word of phrases joined by "и" or by commas and a last "и", if any."""
    words = context.analysis.words
    index, taken = position, list[int]()
    while index + 1 < end and words[index].text == ",":
        step = _coordinate(context, index + 1, end)
        if step is None:
            return None
        taken.extend(range(index + 1, step + 1))
        index = step + 1
    if index + 1 < end and words[index].text.lower() == "и":
        step = _coordinate(context, index + 1, end)
        if step is not None:
            phrase.extend([*taken, *range(index + 1, step + 1)])
            return step
    return None


def _coordinate(context: Context, position: int, end: int) -> int | None:
    case = context.analysis.words[position - 2].case if position >= 2 else "Gen"
    step = _genitive(context, position, end, case or "Gen")
    if step is None or normalize_lemma(context.analysis.words[step].lemma) in context.heads:
        return None
    return step


def _has_person(context: Context, last: int) -> bool:
    return last in context.person_lasts
