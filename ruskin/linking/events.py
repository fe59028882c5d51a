"""Event records: EVENT mentions grouped by event, with place, dates, organisers and people.

Only the article (headline and body) links: an event mentioned in the comments or a
menu becomes a record of that zone with no place, date or people, and never shares a
record with the article's events.
"""

from __future__ import annotations

from ..events.groups import group_events, is_article
from ..events.lexicon import event_nesting
from ..events.links import (
    closest_event,
    event_date,
    event_place,
    mentions_by_sentence,
    organizer_after,
    part_between,
    sentence_of,
    speech_part,
    takes_part,
)  # fmt: skip
from ..found import Found
from ..ids import RecordIds
from ..nlp.analysis import Analysis
from ..records import Event, Participant

__all__ = ["build_events"]

_FOLLOW_SENTENCES = 3
_NEST_SENTENCES = 2


def build_events(analysis: Analysis, found: list[Found], index: RecordIds) -> tuple[Event, ...]:
    """``Event`` records ``e1``, ``e2``, ... in order of first mention; assigns their mentions."""
    mentions = [f for f in found if f.type == "EVENT"]
    in_sentence = mentions_by_sentence(analysis, found)
    groups = group_events(analysis, mentions, _own_links(analysis, in_sentence, mentions))
    ids = [f"e{n}" for n in range(1, len(groups) + 1)]
    for record_id, group in zip(ids, groups):
        index.assign("events", record_id, group)
    people = _people(analysis, found, index, groups, ids)
    parents = _parents(analysis, groups, ids)
    return tuple(
        _event(analysis, found, in_sentence, index, record_id, group, people[record_id], parents.get(record_id))
        for record_id, group in zip(ids, groups)
    )


def _own_links(
    analysis: Analysis, in_sentence: dict[int, list[Found]], mentions: list[Found]
) -> dict[int, tuple[int, ...]]:
    """``id()`` of each article mention → ``id()`` of the place and date its sentence gives it."""
    links = {}
    for mention in (m for m in mentions if is_article(analysis, m)):
        around = in_sentence[sentence_of(analysis, mention)]
        own = (event_place(analysis, around, mention), event_date(analysis, around, mention))
        if any(own):
            links[id(mention)] = tuple(id(f) for f in own if f is not None)
    return links


def _event(
    analysis: Analysis,
    found: list[Found],
    in_sentence: dict[int, list[Found]],
    index: RecordIds,
    record_id: str,
    group: list[Found],
    people: list[Participant],
    parent: str | None,
) -> Event:
    article = [m for m in group if is_article(analysis, m)]
    around = [in_sentence[sentence_of(analysis, m)] for m in article]
    place = next(filter(None, (event_place(analysis, a, m) for a, m in zip(around, article))), None)
    date = next(filter(None, (event_date(analysis, a, m) for a, m in zip(around, article))), None)
    named = next((m for m in group if m.value.specific), group[0])
    organizers = _organizers(analysis, found, index, article) + [p.person for p in people if p.part == "organizer"]
    return Event(
        id=record_id,
        name=named.normal,
        kind=group[0].value.kind,
        location=index.mention(place) if place is not None else None,
        start=date.value.start if date is not None else None,
        end=date.value.end if date is not None else None,
        date=index.record("dates", date) if date is not None else None,
        organizers=tuple(dict.fromkeys(organizers)),
        participants=tuple(dict.fromkeys(p for p in people if p.part != "organizer")),
        part_of=parent,
        mentions=tuple(index.mention(m) for m in group),
        zone=analysis.zone_of(group[0].first),
    )


def _organizers(analysis: Analysis, found: list[Found], index: RecordIds, article: list[Found]) -> list[str]:
    agencies = [f for f in found if f.type == "AGENCY" and index.record("agencies", f)]
    chosen = [f for m in article for f in organizer_after(analysis, agencies, m)]
    return [record for f in chosen if (record := index.record("agencies", f)) is not None]


def _people(
    analysis: Analysis, found: list[Found], index: RecordIds, groups: list[list[Found]], ids: list[str]
) -> dict[str, list[Participant]]:
    """Who took part in each event, and how, keyed by event id."""
    owner = {id(m): record_id for record_id, group in zip(ids, groups) for m in group}
    events = [f for f in found if f.type == "EVENT" and is_article(analysis, f)]
    by_sentence = mentions_by_sentence(analysis, events)
    people: dict[str, list[Participant]] = {record_id: [] for record_id in ids}
    for person in (f for f in found if f.type == "PERSON" and is_article(analysis, f)):
        record = index.record("persons", person)
        for mention, part in _links(analysis, person, by_sentence, events) if record else []:
            people[owner[id(mention)]].append(Participant(person=record, part=part))  # type: ignore[arg-type]
    return people


def _links(
    analysis: Analysis, person: Found, by_sentence: dict[int, list[Found]], events: list[Found]
) -> list[tuple[Found, str]]:
    """The event mentions a person takes part in, each with the part."""
    sentence = sentence_of(analysis, person)
    closest = closest_event(analysis, by_sentence.get(sentence, []), person)
    near = [m for m in by_sentence.get(sentence, []) if m is closest and takes_part(analysis, person, m)]
    if near:
        return [(m, part_between(analysis, person, m)) for m in near]
    part = speech_part(analysis, sentence)
    earlier = [m for m in events if sentence - _FOLLOW_SENTENCES <= sentence_of(analysis, m) < sentence]
    return [(earlier[-1], part)] if part is not None and earlier else []


def _parents(analysis: Analysis, groups: list[list[Found]], ids: list[str]) -> dict[str, str]:
    """Event id → id of the event it is held within."""
    nesting = event_nesting()
    umbrellas = [(m, record_id) for record_id, g in zip(ids, groups) for m in g if nesting.get(m.value.kind) == "umbrella"]
    parents: dict[str, str] = {}
    for record_id, group in zip(ids, groups):
        first = group[0]
        if nesting.get(first.value.kind) != "part" or not is_article(analysis, first):
            continue
        sentence = sentence_of(analysis, first)
        near = [
            owner for m, owner in umbrellas
            if m.start < first.start and sentence - _NEST_SENTENCES <= sentence_of(analysis, m) <= sentence
            and is_article(analysis, m)
        ]  # fmt: skip
        if near:
            parents[record_id] = near[-1]
    return parents
