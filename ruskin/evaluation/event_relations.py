"""An Event record's NEREL relations: ORGANIZES and PARTICIPANT_IN (PERSON / ORGANIZATION →
EVENT), TAKES_PLACE_IN (EVENT → place) and POINT_IN_TIME (EVENT → DATE).

Each joins the closest pair of mentions of the two records within each sentence that names
both: NEREL links an event only to what its own sentence names, so a speaker named in the
next sentence is a participant of the record but not a NEREL link. The one exception is a
participant a pronoun of the event's sentence stands for ("Он был задержан"): NEREL links the
name, so the participant's latest mention in the two sentences before is linked.

The one who appoints or dismisses (the signer of an appointment or a resignation: "Президент
назначил ...", "уволил ...") takes no part in NEREL's terms: its train split links the person
appointed or dismissed, after the verb, and rarely the subject before it (1 of 20 "назначил",
none of 6 "уволил").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from ..linking.persons import bracketed_alias
from ..records import Event, Participant
from .items import Relation, Span, distance, enclosing
from .lookup import RecordSpans

__all__ = ["event_relations"]

_ACTED_ON = frozenset({"appointment", "resignation"})
_REFERRED_SENTENCES = 2
_PRONOUNS = frozenset({"он", "она", "его", "её", "ее", "ему", "ей", "него", "неё", "нее", "нему", "ней", "ним", "нём", "нем"})


def event_relations(
    event: Event,
    records: RecordSpans,
    sentences: list[Span],
    posts: Mapping[str, list[Span]] | None = None,
    text: str = "",
) -> Iterator[Relation]:
    """ORGANIZES, PARTICIPANT_IN, TAKES_PLACE_IN and POINT_IN_TIME of one Event record.

    ``posts`` maps a Position id to the spans of its ROLE mentions: a participant named only by
    the post ("губернатор провёл совещание") takes part through it, a PROFESSION as NEREL marks it,
    and by name in a sentence that names the person but not the post.
    """
    mentions = records.of(event.id)
    organizers = [*event.organizers, *(p.person for p in event.participants if p.part == "organizer")]
    for who in organizers:
        yield from _sentence_links("ORGANIZES", records.of(who), mentions, sentences)
    for participant in (p for p in event.participants if p.part != "organizer" and not _acts_on(event, p)):
        names = _unbracketed(records.of(participant.person), text)
        heads = _heads((posts or {}).get(participant.position or "", []), names, sentences)
        yield from _sentence_links("PARTICIPANT_IN", heads, mentions, sentences)
        yield from _referred_links(heads, mentions, sentences, text)
    places = [span for place in event.places or (event.location,) if (span := records.span(place)) is not None]
    for place in places:
        yield from _sentence_links("TAKES_PLACE_IN", mentions, [place], sentences)
    dates = records.date_of(event.date) or records.dates_of(event.start, event.end)
    yield from _sentence_links("POINT_IN_TIME", mentions, dates, sentences)


def _heads(post: list[Span], names: list[Span], sentences: list[Span]) -> list[Span]:
    """The mentions a participant takes part by: the post's where it names the post, else the
    person's names (a holder the record reaches through a post may be named in another sentence
    with the event)."""
    posted = {_sentence(span, sentences) for span in post}
    return [*post, *(span for span in names if _sentence(span, sentences) not in posted)]


def _unbracketed(spans: list[Span], text: str) -> list[Span]:
    """A person's mentions without a name in brackets right after another of them ("Брендт
    Кристенсен (Brendt Christensen)", "(настоящая фамилия Панфилов)"): NEREL links the name the
    text gives first."""
    ordered = sorted(spans)
    bracketed = {
        alias for named, alias in zip(ordered, ordered[1:])
        if bracketed_alias(text, named, alias)
    }  # fmt: skip
    return [span for span in spans if span not in bracketed]


def _acts_on(event: Event, participant: Participant) -> bool:
    """Whether the participant appoints or dismisses the one the event happens to: not a NEREL participant."""
    return participant.part == "signer" and event.kind in _ACTED_ON


def _sentence_links(label: str, heads: list[Span], tails: list[Span], sentences: list[Span]) -> Iterator[Relation]:
    """The relation between the closest head and tail of each sentence that names both: NEREL links
    an event only to what its own sentence names, and an event named in two sentences in each."""
    by_sentence: dict[Span, list[tuple[Span, Span]]] = {}
    for head in heads:
        for tail in tails:
            if (sentence := _sentence(head, sentences)) == _sentence(tail, sentences):
                by_sentence.setdefault(sentence, []).append((head, tail))
    for pairs in by_sentence.values():
        yield Relation(label, *min(pairs, key=lambda pair: (distance(*pair), pair)))


def _referred_links(heads: list[Span], tails: list[Span], sentences: list[Span], text: str) -> Iterator[Relation]:
    """PARTICIPANT_IN from the participant's latest mention in the two sentences before to an event
    whose own sentence names them only by a pronoun ("Он был задержан в 2005 году"): NEREL links the
    name the pronoun stands for. (An event opening its sentence with its subject left out, "Родился
    в 1955 году", was tried too: 8 more links on NEREL dev, 2 of them right.)"""
    named = {_sentence(head, sentences) for head in heads}
    for sentence, tail in _first_tails(tails, sentences):
        if sentence in named or not _pronoun_in(text, sentence):
            continue
        window = [s for s in sentences if s[1] <= sentence[0]][-_REFERRED_SENTENCES:]
        before = [head for head in heads if window and window[0][0] <= head[0] and head[1] <= sentence[0]]
        if before:
            yield Relation("PARTICIPANT_IN", max(before), tail)


def _first_tails(tails: list[Span], sentences: list[Span]) -> Iterator[tuple[Span, Span]]:
    """Each sentence naming the event, with the event's first mention in it."""
    seen: dict[Span, Span] = {}
    for tail in sorted(tails):
        seen.setdefault(_sentence(tail, sentences), tail)
    yield from seen.items()


def _pronoun_in(text: str, sentence: Span) -> bool:
    return any(word in _PRONOUNS for word in re.findall(r"\w+", text[sentence[0] : sentence[1]].lower()))


def _sentence(span: Span, sentences: list[Span]) -> Span:
    return enclosing(span, sentences) or span
