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

from collections.abc import Iterator, Sequence

from ..events.dateline import dated_by_dateline, dateline
from ..events.groups import group_events, is_article
from ..events.lexicon import event_nesting, gathering_kinds
from ..events.links import (
    closest_event,
    event_place,
    mentions_by_sentence,
    organizer_after,
    is_agent,
    sentence_of,
    speech_part,
)  # fmt: skip
from ..events.when import event_date, following_date, then_date
from ..events.people import around_events, event_part, says, shares_subject, subject_part
from ..events.pronouns import pronoun_objects, pronoun_subjects
from ..found import Found
from ..ids import RecordIds
from ..nlp.analysis import Analysis
from ..events.quoted import quote_speakers
from ..records import Event, Participant, Position, Quote

__all__ = ["build_events"]

_FOLLOW_SENTENCES = 3
_NEST_SENTENCES = 2
_DURING = frozenset({"в ход", "в время"})
_AFTER = frozenset({"после"})


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
    people = _people(analysis, found, index, groups, ids, positions)
    for record_id, speaker in quote_speakers(analysis, found, groups, ids, quotes):
        people[record_id] = _unique([*people[record_id], Participant(person=speaker, part="speaker")])
    parents = _parents(analysis, groups, ids)
    line = dateline(analysis, found)
    dates = _after_dates(analysis, in_sentence, groups, [_group_date(analysis, in_sentence, g, line) for g in groups])
    return tuple(
        _event(analysis, found, in_sentence, index, record_id, group, people[record_id], parents.get(record_id), date)
        for record_id, group, date in zip(ids, groups, dates)
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
    date: Found | None,
) -> Event:
    article = [m for m in group if is_article(analysis, m)]
    around = [in_sentence[sentence_of(analysis, m)] for m in article]
    place = next(filter(None, (event_place(analysis, a, m) for a, m in zip(around, article))), None)
    named = next((m for m in group if m.value.specific), group[0])
    organizers = _organizers(analysis, found, index, article) + [p.person for p in people if p.part == "organizer"]
    return Event(
        id=record_id,
        name=named.value.name or named.normal,
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


def _people(
    analysis: Analysis,
    found: list[Found],
    index: RecordIds,
    groups: list[list[Found]],
    ids: list[str],
    positions: Sequence[Position],
) -> dict[str, list[Participant]]:
    """Who took part in each event, and how, keyed by event id: people named, then posts named
    without their holder's name in the sentence (the holder, with the Position)."""
    owner = {id(m): record_id for record_id, group in zip(ids, groups) for m in group}
    article = [f for f in found if is_article(analysis, f)]
    by_sentence = mentions_by_sentence(analysis, article)
    events = [f for f in article if f.type == "EVENT"]
    people: dict[str, list[Participant]] = {record_id: [] for record_id in ids}
    for who, person, position in _who(analysis, article, index, positions):
        for mention, part in _links(analysis, who, by_sentence, events):
            people[owner[id(mention)]].append(Participant(person=person, part=part, position=position))  # type: ignore[arg-type]
    return {record_id: _unique(found_people) for record_id, found_people in people.items()}


def _who(
    analysis: Analysis, article: list[Found], index: RecordIds, positions: Sequence[Position]
) -> Iterator[tuple[Found, str, str | None]]:
    """(mention, Person id, Position id) of each PERSON mention, of each pronoun opening a clause
    ("Он провёл совещание", ``events.pronouns``) and of each post whose holder is not named in its
    sentence ("Губернатор провёл совещание"), or that names again the title only one person
    holds in the text."""
    by_id = {p.id: p for p in positions}
    named = {index.mentions[id(f)]: sentence_of(analysis, f) for f in article if f.type == "PERSON"}
    persons = [f for f in article if f.type == "PERSON"]
    events = [f for f in article if f.type == "EVENT"]
    for pronoun, antecedent in (*pronoun_subjects(analysis, persons), *pronoun_objects(analysis, persons, events)):
        if (record := index.record("persons", antecedent)) and is_article(analysis, pronoun):
            yield pronoun, record, None
    titled = _held_titles(positions)
    for mention in article:
        if mention.type == "PERSON" and (record := index.record("persons", mention)):
            yield mention, record, None
        elif mention.type == "ROLE" and (position := by_id.get(index.record("positions", mention) or "")):
            stated = {named.get(holder) for holder in (*position.holders, position.holder) if holder}
            if sentence_of(analysis, mention) not in stated:
                yield mention, position.person, position.id
        elif mention.type == "ROLE" and (position := titled.get(mention.normal.lower())):
            yield mention, position.person, position.id


def _held_titles(positions: Sequence[Position]) -> dict[str, Position]:
    """Title → the Position of its one holder, for titles only one person holds ("вице-губернатор НСО"
    named again without a name is that holder)."""
    holders: dict[str, set[str]] = {}
    for position in positions:
        holders.setdefault(position.title.lower(), set()).add(position.person)
    return {
        position.title.lower(): position for position in positions if len(holders[position.title.lower()]) == 1
    }


def _unique(participants: list[Participant]) -> list[Participant]:
    """Each person once per part, and as a plain participant only without another part; one named
    in the text wins over one reached through a post."""
    kept: dict[tuple[str, str], Participant] = {}
    for participant in participants:
        key = (participant.person, participant.part)
        if key not in kept or kept[key].position is not None and participant.position is None:
            kept[key] = participant
    parted = {person for person, part in kept if part != "participant"}
    return [p for (person, part), p in kept.items() if part != "participant" or person not in parted]


def _links(
    analysis: Analysis, who: Found, by_sentence: dict[int, list[Found]], events: list[Found]
) -> list[tuple[Found, str]]:
    """The event mentions a person (or post) takes part in, each with the part."""
    sentence = sentence_of(analysis, who)
    around = by_sentence.get(sentence, [])
    closest = closest_event(analysis, around, who)
    if closest is not None:
        part = event_part(analysis, around, who, closest)
        if part is not None:
            others = [
                m for m in around
                if m.type == "EVENT" and m is not closest and m.first > who.last and _alone(analysis, around, who, m)
            ]  # fmt: skip
            shared = [
                m for m in around
                if m.type == "EVENT" and m is not closest and m not in others and shares_subject(analysis, around, who, m)
            ]  # fmt: skip
            settings = [m for m in _settings(analysis, around, closest) if m not in others and m not in shared]
            return [
                (closest, part),
                *((m, p) for m in others if (p := event_part(analysis, around, who, m)) is not None),
                *((m, p) for m in shared if (p := subject_part(analysis, who, m)) is not None),
                *((m, "participant") for m in settings),
            ]
        if is_agent(analysis, who, closest):
            return []
    part = speech_part(analysis, sentence) or ("speaker" if says(analysis, who) and not around_events(around) else None)
    earlier = [
        m for m in events
        if sentence - _FOLLOW_SENTENCES <= sentence_of(analysis, m) < sentence and m.value.kind in gathering_kinds()
    ]  # fmt: skip
    return [(earlier[-1], part)] if part is not None and earlier else []


def _settings(analysis: Analysis, around: list[Found], verb: Found) -> list[Found]:
    """Events of the sentence that a verbal event happens at, named before it after "на", "в ходе",
    "во время" ("во время сессии собрания ... избран Иван Петров"): its people take part in them too."""
    if not verb.value.verbal:
        return []
    words = analysis.words
    return [
        m for m in around
        if m.type == "EVENT" and m.last < verb.first and not m.value.verbal
        and (words[m.first - 1].lemma == "на" or " ".join(w.lemma for w in words[m.first - 2 : m.first]) in _DURING)
    ]  # fmt: skip


def _alone(analysis: Analysis, around: list[Found], who: Found, mention: Found) -> bool:
    """Whether no other person or post stands between ``who`` and an event mention: a person takes
    part in the closest event of their sentence and in the later ones so reached ("Маккейн
    победил на праймериз, а затем на выборах")."""
    low, high = sorted((who, mention), key=lambda f: f.first)
    return not any(f.type in ("PERSON", "ROLE") and low.last < f.first and f.last < high.first for f in around)


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
