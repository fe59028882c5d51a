"""The one mapping from a ``ruskin.records.Document`` to predictions in NEREL's terms.

Entity labels: PERSON→PERSON, ROLE→PROFESSION, AGENCY and ORGANIZATION→ORGANIZATION,
REGION→STATE_OR_PROVINCE (COUNTRY when its Region's kind is "country"), CITY→CITY,
COUNTRY→COUNTRY, EVENT→EVENT, DATE→DATE, INITIATIVE→LAW when its Initiative is a law or a
decree. LOCATION and other initiatives have no NEREL label and are left out.

Relation conventions, as NEREL's train split shows them (``Arg1`` is the head):

- WORKS_AS: PERSON → PROFESSION, always (3591 of 3591). The PROFESSION is the whole post
  with its place, "губернатор Самарской области", which nests "губернатор" (PROFESSION)
  and "Самарской области" (STATE_OR_PROVINCE); the person links to the outer span.
- WORKPLACE: PERSON → ORGANIZATION / COUNTRY / STATE_OR_PROVINCE / CITY. When the place
  is nested inside the post's span, the PROFESSION → place link is given as well
  (947 of 1337 such cases both, 265 only the profession); when the place stands apart,
  mostly only the person links (1034 of 1247).
- The person's mention is the one nearest to the post's mention (91% of WORKS_AS), so
  every relation here joins the closest pair of mentions of its two records.
- PARTICIPANT_IN: PERSON / ORGANIZATION / PROFESSION → EVENT.
- ORGANIZES: ORGANIZATION / PERSON → EVENT.
- TAKES_PLACE_IN: EVENT → CITY / COUNTRY / FACILITY / STATE_OR_PROVINCE / ORGANIZATION.
- POINT_IN_TIME: EVENT → DATE.
- ABBREVIATION: full name → short form ("Организацией стран - экспортеров нефти" → "ОПЕК"),
  174 of 192; one link per short form and document.

Occupations (factRuEval's Occupation fact): who is the person's mention nearest to the post's
mention, position the post's mention, where the agency's (else the region's) mention
nearest to the post.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..records import Document, Event, Mention, Position
from .items import Entity, Occupation, Prediction, Relation, Span, closest_pair, nearest
from .lookup import RecordSpans

__all__ = ["NEREL_ENTITY_LABELS", "NEREL_RELATION_LABELS", "document_prediction", "entity_label"]

NEREL_ENTITY_LABELS = (
    "PERSON", "PROFESSION", "ORGANIZATION", "STATE_OR_PROVINCE", "CITY", "COUNTRY", "EVENT", "DATE", "LAW",
)  # fmt: skip
"""The NEREL entity labels ruskin predicts."""

NEREL_RELATION_LABELS = (
    "WORKS_AS", "WORKPLACE", "PARTICIPANT_IN", "TAKES_PLACE_IN", "POINT_IN_TIME", "ORGANIZES", "ABBREVIATION",
)  # fmt: skip
"""The NEREL relation labels ruskin predicts."""

_DIRECT = {
    "PERSON": "PERSON",
    "ROLE": "PROFESSION",
    "AGENCY": "ORGANIZATION",
    "ORGANIZATION": "ORGANIZATION",
    "REGION": "STATE_OR_PROVINCE",
    "CITY": "CITY",
    "COUNTRY": "COUNTRY",
    "EVENT": "EVENT",
    "DATE": "DATE",
}
_LAW_KINDS = frozenset({"law", "decree"})


def document_prediction(document: Document) -> Prediction:
    """Entities, relations and occupations that ``document`` predicts."""
    records = RecordSpans(document)
    relations = [
        *(relation for position in document.positions for relation in _position_relations(position, records)),
        *(relation for event in document.events for relation in _event_relations(event, records)),
        *_abbreviations(document, records),
    ]
    occupations = (_occupation(position, records) for position in document.positions)
    return Prediction(
        entities=tuple(dict.fromkeys(_entities(document))),
        relations=tuple(dict.fromkeys(relations)),
        occupations=tuple(dict.fromkeys(o for o in occupations if o is not None)),
    )


def entity_label(mention: Mention, kinds: dict[str, str | None]) -> str | None:
    """The NEREL label of a mention; ``kinds`` maps mention ids to their record's kind."""
    if mention.type == "REGION" and kinds.get(mention.id) == "country":
        return "COUNTRY"
    if mention.type == "INITIATIVE":
        return "LAW" if kinds.get(mention.id) in _LAW_KINDS else None
    return _DIRECT.get(mention.type)


def _entities(document: Document) -> Iterator[Entity]:
    kinds = {m: record.kind for record in (*document.regions, *document.initiatives) for m in record.mentions}
    for mention in document.mentions:
        label = entity_label(mention, kinds)
        if label is not None:
            yield Entity(label, mention.start, mention.stop)


def _position_relations(position: Position, records: RecordSpans) -> Iterator[Relation]:
    role = records.span(position.mention)
    people = records.of(position.person)
    places = [records.of(position.agency), records.of(position.region)]
    if role is None:
        for spans in places:
            yield from _link("WORKPLACE", people, spans)
        return
    who = nearest(people, role)
    if who is not None:
        yield Relation("WORKS_AS", who, role)
    for place in (nearest(spans, role) for spans in places):
        if place is not None and who is not None:
            yield Relation("WORKPLACE", who, place)
        if place is not None and role[0] <= place[0] and place[1] <= role[1]:
            yield Relation("WORKPLACE", role, place)


def _occupation(position: Position, records: RecordSpans) -> Occupation | None:
    role = records.span(position.mention)
    who = nearest(records.of(position.person), role) if role is not None else None
    if role is None or who is None:
        return None
    where = nearest(records.of(position.agency), role) or nearest(records.of(position.region), role)
    return Occupation(who, role, where)


def _event_relations(event: Event, records: RecordSpans) -> Iterator[Relation]:
    mentions = records.of(event.id)
    organizers = [*event.organizers, *(p.person for p in event.participants if p.part == "organizer")]
    for who in organizers:
        yield from _link("ORGANIZES", records.of(who), mentions)
    for who in (p.person for p in event.participants if p.part != "organizer"):
        yield from _link("PARTICIPANT_IN", records.of(who), mentions)
    place = records.span(event.location)
    yield from _link("TAKES_PLACE_IN", mentions, [place] if place is not None else [])
    dates = records.date_of(event.date) or records.dates_of(event.start, event.end)
    yield from _link("POINT_IN_TIME", mentions, dates)


def _abbreviations(document: Document, records: RecordSpans) -> Iterator[Relation]:
    for agency in document.agencies:
        spans = records.of(agency.id)
        short = [span for span in spans if document.text[span[0] : span[1]] == agency.abbreviation]
        full = [span for span in spans if span not in short]
        yield from _link("ABBREVIATION", full, short[:1])


def _link(label: str, heads: Iterable[Span], tails: Iterable[Span]) -> Iterator[Relation]:
    """The relation between the closest head and tail, if both sides have a mention."""
    pair = closest_pair(heads, tails)
    if pair is not None:
        yield Relation(label, *pair)
