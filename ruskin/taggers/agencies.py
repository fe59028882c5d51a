"""Government bodies named in the text: AGENCY mentions from the gazetteer and from patterns.

Rules, tried at each word of a sentence:

* a name of ``agencies.tsv`` (official name, short name such as Минтруд, abbreviation such as
  ФСО), longest first, perhaps after modifiers ("российском Минфине");
* a pattern: modifiers ("федеральный", "областной", place adjectives in -ский) and a head
  word of ``agency_words.tsv`` ("правительство", "министерство", "администрация", "суд").

Either is then extended by its complement (see ``taggers.agency_complement``): genitive
phrases with coordination ("министерства труда, занятости и миграционной политики"), a
"по" phrase, a place ("Самарской области", "РФ", "по Башкирии", "в ПФО") or a person
("правительство Медведева"). A gazetteer name keeps its key only when the complement adds
nothing or Russia; with a region it is that region's body. Scanning goes on after the head,
so bodies inside a complement are mentions too ("комитет Госдумы по науке" and "Госдумы").

Last, abbreviations defined in the text ("Агентство стратегических инициатив (АСИ)") make
the name and every "АСИ" of the text AGENCY mentions of one group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..gazetteers.agencies import AgencyAlias, AgencyIndex, agencies, agency_index
from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..gazetteers.places import alias_tokens, lemmas_of, normalize_lemma, regions
from .agency_abbreviations import AgencyValue, abbreviation_mentions
from .agency_complement import Complement, Context, complement_at
from .agency_lists import listed_mentions
from .places import is_abbreviation, nominative_parts, word_lemmas

__all__ = ["AgencyValue", "agency_mentions"]


FEDERAL_CITY = "federal city"


@dataclass(frozen=True, slots=True)
class _Base:
    first: int
    head: int
    key: str | None
    short: bool
    needs: str = ""
    coordinates: bool = False
    person: bool = False


def agency_mentions(analysis: Analysis, found: Sequence[Found] = ()) -> list[Found]:
    """AGENCY mentions; ``found`` gives the PERSON, ORGANIZATION and place mentions already found."""
    context = Context.of(analysis, found)
    mentions: list[Found] = []
    for sentence in analysis.sentence_words:
        position = sentence.start
        while position < sentence.stop:
            base = _base_at(analysis, agency_index(), position, sentence.stop)
            if base is None:
                position += 1
                continue
            listed = listed_mentions(analysis, context, base.first, base.head, sentence.stop) if base.key is None else []
            if listed:
                mentions.extend(listed)
                position = listed[-1].last + 1
                continue
            complement = complement_at(context, base.head + 1, sentence.stop, base.key is not None, base.coordinates, base.person)
            mention = _mention(analysis, context, base, complement)
            mentions.extend([mention] if mention else [])
            position = base.head + 1
    return abbreviation_mentions(analysis, context, mentions)


def _base_at(analysis: Analysis, index: AgencyIndex, first: int, end: int) -> _Base | None:
    position = first
    while position < end and _is_modifier(analysis.words[position], index):
        position += 1
    return (
        _alias_at(analysis, index, first, first, end)
        or _alias_at(analysis, index, first, position, end)
        or _head_at(analysis, index, first, position, end)
    )


def _alias_at(analysis: Analysis, index: AgencyIndex, first: int, position: int, end: int) -> _Base | None:
    if position >= end:
        return None
    words = analysis.words
    candidates = {a for lemma in word_lemmas(words[position]) for a in index.names.get(lemma, ())}
    for alias in sorted(candidates, key=lambda a: (-len(a.forms), a.key)):
        last = position + len(alias.forms) - 1
        if last < end and _matches(alias, words[position : last + 1]):
            return _Base(first, last, alias.key, alias.short, coordinates=last > position)
    return None


def _matches(alias: AgencyAlias, words: Sequence[Word]) -> bool:
    return all(
        word_lemmas(word) & lemmas and (not is_abbreviation(form) or _same(form, word.text))
        for form, lemmas, word in zip(alias.forms, alias.lemmas, words)
    )


def _same(form: str, text: str) -> bool:
    return form.replace("ё", "е") == text.replace("ё", "е")


def _head_at(analysis: Analysis, index: AgencyIndex, first: int, position: int, end: int) -> _Base | None:
    if position >= end:
        return None
    word = analysis.words[position]
    needs = index.words.heads.get(normalize_lemma(word.lemma))
    if needs is None or word.pos not in ("NOUN", "PROPN"):
        return None
    place_named = normalize_lemma(word.lemma) in index.words.place_named
    modified = any(_modifies(analysis, w, index, place_named) for w in analysis.words[first:position])
    if needs == "named" and not (position > first or _capitalised_inside(analysis, position)):
        return _Base(first, position, None, False) if _named_next(analysis, position) else None
    person = normalize_lemma(word.lemma) in index.words.person_heads and not _after_official(analysis, index, first)
    if needs in ("complement", "body") and not modified:
        return _Base(first, position, None, False, needs=needs, person=person)
    return _Base(first, position, None, False, person=person)


def _modifies(analysis: Analysis, word: Word, index: AgencyIndex, place_named: bool) -> bool:
    """A modifier that names a body with its head alone: a level ("областной") or, before a
    ``place_named`` head, a capitalised place adjective inside a sentence ("Заречная администрация")."""
    lemma = normalize_lemma(word.lemma)
    place = place_named and _place_adjective(lemma) and _capitalised_inside(analysis, word.index)
    return lemma in index.words.modifiers or place


def _after_official(analysis: Analysis, index: AgencyIndex, first: int) -> bool:
    """Whether an official's title comes right before the body ("главы правительства Ивана
    Сомова"): a name after the body is then the official's, not part of the body's name."""
    return first > 0 and normalize_lemma(analysis.words[first - 1].lemma) in index.words.officials


def _named_next(analysis: Analysis, position: int) -> bool:
    """A proper name in the genitive after the head ("суд Кёльна"), not an organisation's
    ("в пресс-службе суда ТАСС сообщили": the news agency is no part of the court)."""
    following = analysis.words[position + 1] if position + 1 < len(analysis.words) else None
    return following is not None and following.pos == "PROPN" and following.case == "Gen" and not following.ner.endswith("ORG")


def _capitalised_inside(analysis: Analysis, position: int) -> bool:
    word = analysis.words[position]
    sentence_start = analysis.sentence_words[word.sentence].start
    return word.text[:1].isupper() and position > sentence_start


def _is_modifier(word: Word, index: AgencyIndex) -> bool:
    if word.pos != "ADJ":
        return False
    lemma = normalize_lemma(word.lemma)
    return lemma in index.words.modifiers or _place_adjective(lemma) or word.text[:1].isupper()


def _place_adjective(lemma: str) -> bool:
    """Adjectives of places ("британский", "чешский"), not of subjects ("экономический")."""
    return lemma.endswith(("ский", "цкий")) and not lemma.endswith("ческий")


def _mention(analysis: Analysis, context: Context, base: _Base, complement: Complement) -> Found | None:
    if (base.needs and complement.empty) or (base.needs == "body" and not _names_body(analysis, complement)):
        return None
    last = complement.last if not complement.empty else base.head
    words = analysis.words[base.first : last + 1]
    key = base.key if _keeps_key(analysis, base.key, complement) else None
    level, region = _level(context, words, key)
    group = key or "text:" + " ".join(normalize_lemma(w.lemma) for w in words)
    value = AgencyValue(group, level, region)
    normal = nominative_parts(list(words), analysis.text)
    return Found("AGENCY", base.first, last, words[0].start, words[-1].stop, normal, key=key, value=value)


def _names_body(analysis: Analysis, complement: Complement) -> bool:
    words = agency_index().words
    wanted = words.officials | words.envoy | frozenset(words.heads)
    return any(normalize_lemma(analysis.words[i].lemma) in wanted for i in complement.phrase)


def _keeps_key(analysis: Analysis, key: str | None, complement: Complement) -> bool:
    """Whether the complement leaves the gazetteer body as it is: nothing, Russia, or words of its name."""
    if key is None or complement.person or (complement.place is not None and complement.place.key != "RU"):
        return False
    name = {normalize_lemma(lemma) for lemma in _name_lemmas(key)}
    return all(normalize_lemma(analysis.words[i].lemma) in name for i in complement.phrase)


def _name_lemmas(key: str) -> frozenset[str]:
    return frozenset().union(*(lemmas_of(token) for token in alias_tokens(agencies()[key].name)))


def _level(context: Context, words: Sequence[Word], key: str | None) -> tuple[str | None, str | None]:
    place = context.place_within(words[0].index, words[-1].index)
    if place is not None and place.key is not None:
        return _place_level(place), place.key if place.key != "RU" and place.key in regions() else None
    if key is not None:
        return agencies()[key].level, None
    levels = context.levels
    lemmas = [normalize_lemma(w.lemma) for w in words]
    if any(lemma in context.municipal for lemma in lemmas):
        return "municipal", None
    found = [levels[lemma] for lemma in lemmas if lemma in levels]
    return (found[0] if found else None), None


def _place_level(place: Found) -> str | None:
    key = place.key or ""
    if key == "RU" or key.startswith("fd-"):
        return "federal"
    entry = regions().get(key)
    if entry is None:
        return None
    if place.type == "CITY" and entry.kind != FEDERAL_CITY:
        return "municipal"
    return "regional"

