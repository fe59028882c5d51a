"""Which EVENT mentions name the same event.

A later mention joins an earlier event with the same event word (or one ending the other:
"стратсессия", "сессия"; or another word for a trip: "визит", "поездка") in the same part of
the page (article or not) when either of them is short (its head and modifiers only:
"стратегическая сессия", "форум") or both say the same words, or are named past their
mentions by the same first word ("встреча с учителями" and "встреча с врачами" are two);
the latest such event wins. A bare "церемония" in the sentence of an event held as a ceremony
("вступил в должность": ``event_ceremonial.tsv``) or the one after is that event.

Verbs are events of their own ("скончался" and "ушёл из жизни" are two), except that one verb
said twice is one event ("Скончался ..." in the headline, "скончался" in the text), and verbs
whose event the word list names by one noun are one event ("назначил" in the headline,
"назначен" in the text: "назначение"), and so are such a verb and that noun ("о назначении",
"отставка").

A mention whose sentence names a place or date of its own does not join a group that already
has other ones ("выборы пройдут 8 сентября" after "выборы в 2016 году"): it keeps that link to
itself. A day or a month compares by what it says, not where it is written: the headline's
"визит ... 29 января" and the text's "визит ... 29 января" are one visit; a year, which many
events share, and a place compare as the one mention they are.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..found import Found
from ..nlp.analysis import Analysis
from ..gazetteers.places import normalize_lemma
from .lexicon import ceremonial_nouns

__all__ = ["ARTICLE_ZONES", "Said", "group_events", "is_article"]

Said = tuple[str, str | None, str | None]
"""What a place or date mention says: its type and value (a date's start and end, a place's key)."""

ARTICLE_ZONES = frozenset({"title", "body"})
_ONE_A_STORY = frozenset({"visit"})
"""Kinds whose different words name one event in a story ("визит", "поездка")."""
_CEREMONY_REACH = 1
"""Sentences after an event held as a ceremony in which a bare "церемония" is still that event."""


def is_article(analysis: Analysis, found: Found) -> bool:
    """Whether a mention is in the headline or the body of the article."""
    return analysis.zone_of(found.first) in ARTICLE_ZONES


def group_events(
    analysis: Analysis, mentions: list[Found], links: Mapping[int, tuple[Said, ...]] | None = None
) -> list[list[Found]]:
    """EVENT mentions grouped by event, groups in order of first mention.

    ``links`` maps the ``id()`` of a mention to what the place and date mentions its own
    sentence gives it say; a mention does not join a group with other such links.
    """
    links = links or {}
    groups: list[list[Found]] = []
    for mention in mentions:
        group = next((g for g in reversed(groups) if _joins(analysis, mention, g) and _agrees(mention, g, links)), None)
        if group is None:
            groups.append([mention])
        else:
            group.append(mention)
    return groups


def _agrees(mention: Found, group: list[Found], links: Mapping[int, tuple[Said, ...]]) -> bool:
    """Whether the mention's own place and date (if any) are the group's (if it has any)."""
    own = links.get(id(mention))
    return not own or all(links.get(id(m), own) == own for m in group)


def _joins(analysis: Analysis, mention: Found, group: list[Found]) -> bool:
    first = group[0]
    if _its_ceremony(analysis, mention, group):
        return True
    if mention.value.verbal or first.value.verbal:
        return _same_noun(mention, first) and is_article(analysis, mention) == is_article(analysis, first)
    if not _same_word(mention.value.key, first.value.key) and not _one_trip(mention, first):
        return False
    if is_article(analysis, mention) != is_article(analysis, first):
        return False
    named = [f for f in group if f.value.specific]
    if not mention.value.specific or not named:
        return True
    if mention.value.named_by and named[0].value.named_by:
        return mention.value.named_by == named[0].value.named_by
    return _lemmas(analysis, mention) == _lemmas(analysis, named[0])


def _its_ceremony(analysis: Analysis, mention: Found, group: list[Found]) -> bool:
    """Whether a bare ceremony ("церемония", "с церемонии") comes in the sentence of an event of the
    group held as a ceremony (``lexicon.ceremonial_nouns``: "вступил в должность") or the one after."""
    if mention.value.kind != "ceremony" or mention.value.specific:
        return False
    sentence = analysis.words[mention.first].sentence
    return any(
        m.value.noun in ceremonial_nouns() and 0 <= sentence - analysis.words[m.first].sentence <= _CEREMONY_REACH
        and is_article(analysis, m) == is_article(analysis, mention)
        for m in group
    )  # fmt: skip


def _one_trip(mention: Found, other: Found) -> bool:
    """Whether two words name one trip ("рабочий визит", "поездка"): a story tells of one."""
    return mention.value.kind == other.value.kind and mention.value.kind in _ONE_A_STORY


def _same_noun(mention: Found, other: Found) -> bool:
    """Whether two mentions, one a verb at least, name events of one noun ("назначил", "назначен",
    "о назначении": "назначение"; "подал в отставку", "отставка"), or are one verb that names none
    ("Скончался ..." in the headline, "скончался" in the text)."""
    if not mention.value.noun:
        return mention.value.verbal and other.value.verbal and not other.value.noun and mention.value.key == other.value.key
    return mention.value.noun == other.value.noun


def _lemmas(analysis: Analysis, found: Found) -> tuple[str, ...]:
    return tuple(normalize_lemma(w.lemma) for w in analysis.words[found.first : found.last + 1])


def _same_word(one: str, other: str) -> bool:
    """Whether two event words are one, or one ends the other ("стратсессия", "сессия")."""
    return one.endswith(other) or other.endswith(one)
