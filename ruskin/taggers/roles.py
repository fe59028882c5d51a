"""ROLE mentions: posts and occupations, with the posts nested inside them.

Each post found by ``ruskin.roles.extent`` becomes an outer ROLE mention whose value is a
``RolePost``; the posts inside it (``ruskin.roles.nested``) become ROLE mentions too, with
``outer`` false, as NEREL marks them ("губернатор Самарской области" holds "губернатор").
A post grows to the end of a place, agency or organisation mention that starts inside it,
so that mentions nest rather than cross, and over the person or international body it is held
for (``ruskin.roles.reach``: "советником Медведева", "представитель России в ООН"); it stops
before a person's name or a bracket in its complement, and a closing "»" that ends it is left out ("главный тренер «Спартака"), as is the second
half of a hyphenated post that says who holds it ("президент-республиканец" → "президент").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..nlp.normal import normalize_phrase
from ..roles.extent import PLACES, Extent, head_at, post_extent, prefix_width
from ..roles.honorary import honorary_end
from ..roles.lexicon import norm, role_lexicon
from ..roles.nested import nested_spans
from ..roles.reach import through_named, through_principal
from ..roles.spans import mention_index
from ..roles.tails import see_nominative, title_end, trait_width
from .places import word_nominative

__all__ = ["RolePost", "role_mentions"]

CONTAINERS = frozenset({"AGENCY", "ORGANIZATION", "LOCATION"}) | PLACES
NAMED = frozenset({"AGENCY", "ORGANIZATION"})


@dataclass(frozen=True, slots=True)
class RolePost:
    """What a ROLE mention says: its head's key, the keys of the posts in it, kind and status.

    ``stand_in`` is the kind of place ("region", "city", "country", "district") that a word
    such as "региона" in "губернатор региона" stands for, when no place is named in the post.
    """

    key: str
    chain: tuple[str, ...]
    kind: str
    status: str
    outer: bool
    alone: bool = False
    stand_in: str | None = None


def role_mentions(analysis: Analysis, found: Sequence[Found] = ()) -> list[Found]:
    """ROLE mentions, outer posts and the posts nested in them; ``found`` are the other taggers' mentions."""
    places = _by_first(f for f in found if f.type in PLACES)
    containers = [f for f in found if f.type in CONTAINERS]
    people = [f for f in found if f.type == "PERSON"]
    persons = frozenset(f.first for f in people)
    named = [f for f in found if f.type in NAMED]
    mentions: list[Found] = []
    for sentence in analysis.sentence_words:
        index = sentence.start
        while index < sentence.stop:
            extent = post_extent(analysis, index, sentence.stop, places, sentence.start)
            if extent is None:
                index += 1
                continue
            extent = _cover(analysis, _before_person(extent, persons), containers, sentence.stop)
            extent = through_named(analysis, through_principal(analysis, extent, people), named, sentence.stop)
            extent = _before_parenthesis(analysis, honorary_end(analysis, extent))
            mentions.extend(_mentions(analysis, extent, places))
            index = extent.last + 1
    return mentions


def _by_first(found: Iterable[Found]) -> dict[int, Found]:
    table: dict[int, Found] = {}
    for mention in found:
        if mention.first not in table or mention.last > table[mention.first].last:
            table[mention.first] = mention
    return table


def _cover(analysis: Analysis, extent: Extent, containers: Sequence[Found], stop: int) -> Extent:
    """The post grown to the end of any mention that starts inside its complement, or of an
    organisation's name right after a common noun that ends it ("клуба Челси")."""
    last = extent.last
    for mention in mention_index(containers).starting(extent.head_last + 1, stop):  # no other can qualify
        if extent.head_last < mention.first <= last < mention.last < stop:
            last = mention.last
        elif mention.first == last + 1 and mention.type in NAMED and _joins(analysis, mention, last):
            last = mention.last
    if last == extent.last:
        return extent
    return Extent(extent.first, extent.head_first, extent.head_last, last, extent.head, extent.status, extent.acting_words)


def _before_person(extent: Extent, persons: frozenset[int]) -> Extent:
    """The post cut before a person's name in its complement ("главы администрации Радия Хабирова")."""
    name = next((i for i in range(extent.head_last + 1, extent.last + 1) if i in persons), None)
    return extent if name is None else _ending(extent, name - 1)


def _before_parenthesis(analysis: Analysis, extent: Extent) -> Extent:
    """The post cut before a bracket in its complement: "(ФТС РФ)" is an aside, not part of it."""
    words = analysis.words
    bracket = next((i for i in range(extent.head_last + 1, extent.last + 1) if words[i].text == "("), None)
    return extent if bracket is None else _ending(extent, bracket - 1)


def _ending(extent: Extent, last: int) -> Extent:
    return Extent(extent.first, extent.head_first, extent.head_last, last, extent.head, extent.status, extent.acting_words)


def _joins(analysis: Analysis, mention: Found, last: int) -> bool:
    """Whether an organisation's name right after the post is its complement: after a common noun
    that it names ("клуба Челси"), or a name in the genitive ("начальник | главного управления ...")."""
    return _names_it(analysis.words[last]) or _genitive_start(analysis.words[mention.first])


def _genitive_start(word: Word) -> bool:
    """A name that starts with a word in the genitive, or an adjective the tagger gave no case that may be one."""
    if word.case is None and word.pos == "ADJ":
        return word.parse is not None and "gent" in word.parse.tag
    return word.case == "Gen"


def _names_it(word: Word) -> bool:
    """A common noun in the genitive that an organisation's name may follow ("движения", "клуба")."""
    return word.pos == "NOUN" and word.case == "Gen" and word.text[:1].islower()


def _mentions(analysis: Analysis, extent: Extent, places: dict[int, Found]) -> Iterator[Found]:
    yield _found(analysis, extent, places, outer=True)
    for inner in nested_spans(analysis, extent, places):
        yield _found(analysis, inner, places, outer=False)


def _found(analysis: Analysis, extent: Extent, places: dict[int, Found], *, outer: bool) -> Found:
    words = analysis.words[extent.first : extent.last + 1]
    value = RolePost(
        key=" ".join(extent.head.chain),
        chain=_chain(analysis, extent),
        kind=extent.head.kind,
        status=extent.status,
        outer=outer,
        alone=extent.head.alone,
        stand_in=_stand_in(analysis, extent, places),
    )
    start = words[0].start + prefix_width(words[0])
    normal = _without_prefix(post_normal(analysis, extent), words[0])
    stop = words[-2].stop if len(words) > 1 and words[-1].text == "»" else words[-1].stop
    trait = trait_width(words[-1]) if extent.last == extent.head_last else 0
    if trait:
        stop, normal = stop - trait, normal.rsplit("-", 1)[0]
    return Found("ROLE", extent.first, extent.last, start, stop, normal, value=value)


def _chain(analysis: Analysis, extent: Extent) -> tuple[str, ...]:
    """Keys of the posts named in the mention, outermost first: ("заместитель", "полномочный представитель")."""
    keys: list[str] = []
    index = extent.head_first
    while index <= extent.last:
        match = head_at(analysis, index, extent.last + 1)
        keys.extend(match[0].chain if match is not None else ())
        index = match[1] + 1 if match is not None else index + 1
    return tuple(dict.fromkeys(keys))


def _stand_in(analysis: Analysis, extent: Extent, places: dict[int, Found]) -> str | None:
    """The kind of place a word of the complement stands for, if no place is named there."""
    span = range(extent.head_last + 1, extent.last + 1)
    if any(first in places for first in span):  # places are keyed by their first word
        return None
    table = role_lexicon().places
    kinds = (table.get(norm(analysis.words[i].lemma)) for i in span)
    return next((kind for kind in kinds if kind is not None), None)


def _without_prefix(normal: str, first: Word) -> str:
    """The normal form without an "экс-" prefix, in the case the word after the prefix is written in
    ("Экс-премьера Пакистана" → "премьер Пакистана", not "Премьер Пакистана")."""
    width = prefix_width(first)
    rest = normal[width:]
    if width and rest[:1].isupper() and first.text[width : width + 1].islower():
        return rest[:1].lower() + rest[1:]
    return rest


def post_normal(analysis: Analysis, extent: Extent) -> str:
    """The post in the nominative, spaces collapsed: its modifiers and head change, or the acting words
    alone ("исполняющий обязанности губернатора"); the complement stays as written."""
    words = analysis.words[extent.first : extent.last + 1]
    if extent.acting_words:
        prefix = [word_nominative(w) for w in words[: extent.acting_words]]
        forms = prefix + [w.text for w in words[extent.acting_words :]]
        normal = _join(words, forms, analysis.text)
    else:
        normal = _head_normal(analysis, extent)
    return _sentence_case(" ".join(normal.split()), words[0], analysis)


def _head_normal(analysis: Analysis, extent: Extent) -> str:
    """The modifiers and head in the nominative, and a see after a title ("митрополита Казанского" →
    "митрополит Казанский"); the complement as written ("председателя Верховного народного собрания"
    → "председатель Верховного народного собрания", whatever the head's tag)."""
    words = analysis.words[extent.first : extent.last + 1]
    head = words[: extent.head_last - extent.first + 1]
    see = title_end(analysis, extent.head, extent.head_last, extent.last + 1)
    rest = analysis.text[analysis.words[see].stop : words[-1].stop]
    return normalize_phrase(head, analysis.text) + _see_normal(analysis, extent.head_last, see) + rest


def _see_normal(analysis: Analysis, head: int, last: int) -> str:
    """The see after a church or noble title in the nominative ("Патриархом Болгарским" → " Болгарский")."""
    words = analysis.words
    gaps = (analysis.text[words[i - 1].stop : words[i].start] for i in range(head + 1, last + 1))
    return "".join(gap + _see_word(words[i], words[head]) for gap, i in zip(gaps, range(head + 1, last + 1)))


def _see_word(word: Word, head: Word) -> str:
    return word.text if word.lemma == "и" else see_nominative(word, head)


def _join(words: Sequence[Word], forms: Sequence[str], text: str) -> str:
    pieces = [forms[0]]
    for before, word, form in zip(words, words[1:], forms[1:]):
        pieces += [text[before.stop : word.start], form]
    return "".join(pieces)


def _sentence_case(normal: str, first: Word, analysis: Analysis) -> str:
    """Lower-case a capital that is there only because the post begins the sentence."""
    begins = analysis.sentence_words[first.sentence].start == first.index
    if begins and normal[:1].isupper() and normal[1:2].islower():
        return normal[:1].lower() + normal[1:]
    return normal
