"""Event records: EVENT mentions grouped by event, with place, dates, organisers and people.

An event takes the date its own sentences give it, or else the dateline's, when it is named
in the headline or the dateline's paragraph (``events.dateline``), or else the only date of
the sentence before when its own opens with "Тогда", or else the day the sentence right after
one of its mentions names, when that sentence names no event of its own
(``events.when.following_date``); an event still undated whose sentence opens "После <event>"
takes that event's date.

Only the article (headline and body) links: an event mentioned in the comments or a
menu becomes a record of that zone with no place, date or people, and never shares a
record with the article's events.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..events.background import is_background
from ..events.dateline import dated_by_dateline, dateline, dateline_place, near_dateline
from ..events.groups import Said, group_events, is_article
from ..events.lexicon import event_nesting
from ..events.links import coordinated_places, event_place, mentions_by_sentence, organizer_after, sentence_of
from ..events.when import decree_date, event_date, following_date, then_date
from ..found import Found
from ..ids import RecordIds
from ..nlp.analysis import Analysis
from ..events.quoted import quote_speakers
from ..records import Event, Participant, Position, Quote
from .event_people import event_people, unique_participants

__all__ = ["build_events"]

_NEST_SENTENCES = 2
_AFTER = frozenset({"после"})
_TELLING = frozenset({"day", "month", "minute"})
"""Date precisions that tell one event from another: a year is shared by many."""


def build_events(
    analysis: Analysis,
    found: list[Found],
    index: RecordIds,
    positions: Sequence[Position] = (),
    quotes: Sequence[Quote] = (),
) -> tuple[Event, ...]:
    """``Event`` records ``e1``, ``e2``, ... in order of first mention; assigns their mentions.

    ``positions`` let a post named without its holder's name stand for the holder; the
    speakers of ``quotes`` are speakers of the event each quote belongs to.
    """
    mentions = [f for f in found if f.type == "EVENT"]
    in_sentence = mentions_by_sentence(analysis, found)
    groups = group_events(analysis, mentions, _own_links(analysis, in_sentence, mentions))
    ids = [f"e{n}" for n in range(1, len(groups) + 1)]
    for record_id, group in zip(ids, groups):
        index.assign("events", record_id, group)
    people = event_people(analysis, found, index, groups, ids, positions)
    for record_id, speaker in quote_speakers(analysis, found, groups, ids, quotes):
        people[record_id] = unique_participants([*people[record_id], Participant(person=speaker, part="speaker")])
    parents = _parents(analysis, groups, ids)
    line = dateline(analysis, found)
    dates = _after_dates(analysis, in_sentence, groups, [_group_date(analysis, in_sentence, g, line) for g in groups])
    where = dateline_place(analysis, line, found) if line is not None else None
    return tuple(
        _event(
            analysis, found, in_sentence, index, record_id, group, people[record_id], parents.get(record_id), date,
            where if where is not None and line is not None and _near(analysis, line, group) else None,
        )
        for record_id, group, date in zip(ids, groups, dates)
    )


def _near(analysis: Analysis, line: Found, group: list[Found]) -> bool:
    """Whether the event is named in the headline or the dateline's paragraph."""
    return any(near_dateline(analysis, line, m) for m in group if is_article(analysis, m))


def _own_links(
    analysis: Analysis, in_sentence: dict[int, list[Found]], mentions: list[Found]
) -> dict[int, tuple[Said, ...]]:
    """``id()`` of each article mention → what the place and date its sentence gives it say."""
    links = {}
    for mention in (m for m in mentions if is_article(analysis, m)):
        around = in_sentence[sentence_of(analysis, mention)]
        own = (event_place(analysis, around, mention), event_date(analysis, around, mention))
        if any(own):
            links[id(mention)] = tuple(_said(f) for f in own if f is not None)
    return links


def _said(found: Found) -> Said:
    """What a place or date mention says, so that two mentions of one day or one place agree
    ("в конце января" in the headline and again in the text)."""
    if found.type == "DATE" and found.value.precision in _TELLING:
        return (found.type, found.value.start, found.value.end)
    return (found.type, str(id(found)), None)


def _event(
    analysis: Analysis,
    found: list[Found],
    in_sentence: dict[int, list[Found]],
    index: RecordIds,
    record_id: str,
    group: list[Found],
    people: list[Participant],
    parent: str | None,
    date: Found | None,
    dateline_place: Found | None = None,
) -> Event:
    article = [m for m in group if is_article(analysis, m)]
    around = [in_sentence[sentence_of(analysis, m)] for m in article]
    place, joined = _places(analysis, around, article, dateline_place)
    named = next((m for m in group if m.value.specific), group[0])
    organizers = _organizers(analysis, found, index, article) + [p.person for p in people if p.part == "organizer"]
    return Event(
        id=record_id,
        name=named.value.name or named.normal,
        kind=group[0].value.kind,
        location=index.mention(place) if place is not None else None,
        places=tuple(index.mention(p) for p in (place, *joined)) if place is not None and joined else (),
        start=date.value.start if date is not None else None,
        end=date.value.end if date is not None else None,
        date=index.record("dates", date) if date is not None else None,
        organizers=tuple(dict.fromkeys(organizers)),
        participants=tuple(dict.fromkeys(p for p in people if p.part != "organizer")),
        part_of=parent,
        background=is_background(analysis, group),
        mentions=tuple(index.mention(m) for m in group),
        zone=analysis.zone_of(group[0].first),
    )


def _places(
    analysis: Analysis, around: list[list[Found]], article: list[Found], dateline_place: Found | None
) -> tuple[Found | None, list[Found]]:
    """The place an event is held in (its first mention's that names one, else the dateline's) and
    the places joined to it ("в Техасе, Огайо и Вермонте")."""
    for found, mention in zip(around, article):
        if (place := event_place(analysis, found, mention)) is not None:
            return place, coordinated_places(analysis, found, place)
    return dateline_place, []


def _group_date(
    analysis: Analysis, in_sentence: dict[int, list[Found]], group: list[Found], line: Found | None
) -> Found | None:
    """The DATE mention of an event: its own sentences', the dateline's, the sentence before's
    after "Тогда", or the next sentence's day."""
    article = [m for m in group if is_article(analysis, m)]
    around = [in_sentence[sentence_of(analysis, m)] for m in article]
    own = [event_date(analysis, a, m) for a, m in zip(around, article)]
    date = next(filter(None, own), None)
    if line is not None and (date is None or date.value.start is None):
        if any(dated_by_dateline(analysis, line, m, d) for m, d in zip(article, own)):
            date = line
    if date is None and article:
        date = next(filter(None, (then_date(analysis, in_sentence, m) for m in article)), None)
    if date is None and article:
        date = next(filter(None, (following_date(analysis, in_sentence, m) for m in article)), None)
    if date is None and article:
        date = next(filter(None, (decree_date(analysis, in_sentence, m) for m in article)), None)
    return date


def _after_dates(
    analysis: Analysis, in_sentence: dict[int, list[Found]], groups: list[list[Found]], dates: list[Found | None]
) -> list[Found | None]:
    """The dates, an undated event taking that of the event its sentence opens after ("После
    совещания мэр провёл заседание комиссии": the same day)."""
    owner = {id(m): number for number, group in enumerate(groups) for m in group}
    found = list(dates)
    for number, group in enumerate(groups):
        if found[number] is not None:
            continue
        for mention in (m for m in group if is_article(analysis, m)):
            start = analysis.sentence_words[sentence_of(analysis, mention)].start
            if analysis.words[start].lemma not in _AFTER:
                continue
            opening = next((f for f in in_sentence[sentence_of(analysis, mention)]
                            if f.type == "EVENT" and f.first == start + 1), None)  # fmt: skip
            if opening is not None and owner.get(id(opening), number) != number and dates[owner[id(opening)]]:
                found[number] = dates[owner[id(opening)]]
                break
    return found


def _organizers(analysis: Analysis, found: list[Found], index: RecordIds, article: list[Found]) -> list[str]:
    agencies = [f for f in found if f.type == "AGENCY" and index.record("agencies", f)]
    chosen = [f for m in article for f in organizer_after(analysis, agencies, m)]
    return [record for f in chosen if (record := index.record("agencies", f)) is not None]


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
