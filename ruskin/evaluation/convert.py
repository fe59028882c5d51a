"""The one mapping from a ``ruskin.records.Document`` to predictions in NEREL's terms.

Entity labels: PERSON→PERSON, ROLE→PROFESSION, AGENCY and ORGANIZATION→ORGANIZATION,
REGION→STATE_OR_PROVINCE (COUNTRY when its Region's kind is "country"), CITY→CITY,
COUNTRY→COUNTRY, EVENT→EVENT, DATE→DATE, INITIATIVE→LAW when its Initiative is a law, a
decree or a treaty. LOCATION and other initiatives have no NEREL label and are left out, and
so is a founder's post ("основатель компании", ``role_founders.tsv``): NEREL counts founding
apart (FOUNDED_BY) and never marks it a PROFESSION.

Relation conventions, as NEREL's train split shows them (``Arg1`` is the head):

- WORKS_AS: PERSON → PROFESSION, always (3591 of 3591). The PROFESSION is the whole post
  with its place, "губернатор Самарской области", which nests "губернатор" (PROFESSION)
  and "Самарской области" (STATE_OR_PROVINCE); the person links to the outer span.
- WORKPLACE: PERSON → ORGANIZATION / COUNTRY / STATE_OR_PROVINCE / CITY. When the place
  is nested inside the post's span, the PROFESSION → place link is given as well
  (947 of 1337 such cases both, 265 only the profession); when the place stands apart,
  mostly only the person links (1034 of 1247). The person links to every place a
  Position names: its agency, region, organization and place. The post links to a place
  or organisation mention that ends it ("генсека ФСЭГ" → "ФСЭГ", 1483 of 1956 such places
  are linked, against 136 of 428 in mid-post), whether or not a holder is named: the
  smallest ROLE mention holding it links to the largest such mention.
- Each ROLE mention of a Position is a post of its own (``posts.stated_posts``), with the
  holder mention stated nearest it in its sentence. The person's mention is that holder mention. A
  Position whose post only refers back to its holder (no holder mention) links the person's
  mention nearest before the post in its sentence, or a name right after it, else nothing:
  NEREL rarely links a post to a person named in another sentence. A founder's post
  ("основатель компании", ``role_founders.tsv``) has no WORKS_AS: NEREL counts founding
  apart (FOUNDED_BY). Every other relation here joins the closest pair of mentions of its
  two records.
- PARTICIPANT_IN: PERSON / ORGANIZATION / PROFESSION → EVENT.
- ORGANIZES: ORGANIZATION / PERSON → EVENT.
- TAKES_PLACE_IN: EVENT → CITY / COUNTRY / FACILITY / STATE_OR_PROVINCE / ORGANIZATION.
- POINT_IN_TIME: EVENT → DATE.
- The four event relations join an event's mention to a mention of its own sentence only
  (a speaker named in the next sentence is a participant of the record, not a NEREL link).
- ABBREVIATION: full name → short form ("Организацией стран - экспортеров нефти" → "ОПЕК"),
  174 of 192; one link per short form and document.

Occupations (factRuEval's Occupation fact) are made in ``occupations.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..records import Document, Initiative, Mention, Position, Region
from .event_relations import event_relations
from .items import Entity, Prediction, Relation, Span, closest_pair, enclosing, nearest
from .lookup import RecordSpans
from .occupations import WORKPLACE_TYPES, document_occupations, founding, workplaces
from .posts import stated_posts

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
_LAW_KINDS = frozenset({"law", "decree", "treaty"})
_CLOSING = " »\"”“'"


def document_prediction(document: Document) -> Prediction:
    """Entities, relations and occupations that ``document`` predicts."""
    records = RecordSpans(document)
    text = document.text
    sentences = [(sentence.start, sentence.stop) for sentence in document.sentences] or [(0, len(text))]
    posts = [post for position in document.positions for post in stated_posts(position, records, sentences, text)]
    post_spans = {p.id: [s for m in (p.mentions or (p.mention,)) for s in records.mention_spans(m)] for p in document.positions}
    relations = [
        *(relation for p in posts for relation in _position_relations(p, records, sentences, text)),
        *_nested_workplaces(document),
        *(relation for event in document.events for relation in event_relations(event, records, sentences, post_spans, text)),
        *_abbreviations(document, records),
    ]
    occupations = document_occupations(document, records, posts)
    return Prediction(
        entities=tuple(dict.fromkeys(_entities(document))),
        relations=tuple(dict.fromkeys(relations)),
        occupations=occupations,
    )


def entity_label(mention: Mention, kinds: dict[str, str | None]) -> str | None:
    """The NEREL label of a mention; ``kinds`` maps mention ids to their record's kind."""
    if mention.type == "REGION" and kinds.get(mention.id) == "country":
        return "COUNTRY"
    if mention.type == "INITIATIVE":
        return "LAW" if kinds.get(mention.id) in _LAW_KINDS else None
    if mention.type == "ROLE" and founding(mention.normal.lower()):
        return None
    return _DIRECT.get(mention.type)


def _entities(document: Document) -> Iterator[Entity]:
    records: tuple[Region | Initiative, ...] = (*document.regions, *document.initiatives)
    kinds = {m: record.kind for record in records for m in record.mentions}
    for mention in document.mentions:
        label = entity_label(mention, kinds)
        if label is not None:
            yield Entity(label, mention.start, mention.stop)


def _position_relations(
    position: Position, records: RecordSpans, sentences: list[Span], text: str
) -> Iterator[Relation]:
    role = records.span(position.mention)
    people = records.of(position.person)
    places = workplaces(position, records)
    if role is None:
        for spans in places:
            yield from _link("WORKPLACE", people, spans)
        return
    who = records.span(position.holder) if position.holder else _referent(people, role, sentences, text)
    if who is None or founding(position.title):
        return
    yield Relation("WORKS_AS", who, role)
    for place in (nearest(spans, role) for spans in places):
        if place is not None:
            yield Relation("WORKPLACE", who, place)


def _referent(people: list[Span], role: Span, sentences: list[Span], text: str) -> Span | None:
    """For a post whose Position names no holder mention: the person's mention nearest before it
    in its sentence ("Путин ... президент заявил"), else a name right after it; none from other sentences."""
    sentence = enclosing(role, sentences) or role
    before = [span for span in people if sentence[0] <= span[0] and span[1] <= role[0]]
    after = [span for span in people if span[0] >= role[1] and not text[role[1] : span[0]].strip()]
    return max(before, default=None) or min(after, default=None)


def _nested_workplaces(document: Document) -> Iterator[Relation]:
    """Each post linked to the largest place or organisation mention that ends it, else to a
    place adjective that opens it ("британский премьер"), unless the post is held as a rank or
    a profession ("американский актёр" says where the actor is from)."""
    roles = [m for m in document.mentions if m.type == "ROLE"]
    places = [m for m in document.mentions if m.type in WORKPLACE_TYPES]
    offices = {m for p in document.positions if p.kind == "post" for m in p.mentions}
    held = {m for p in document.positions for m in p.mentions}
    for role in roles:
        ending = [p for p in places if _ends(document.text, role, p)]
        if not ending:
            opening = next((p for p in places if _opens(role, p)), None)
            if opening is not None and (role.id in offices or role.id not in held):
                yield Relation("WORKPLACE", (role.start, role.stop), (opening.start, opening.stop))
            continue
        place = min(ending, key=lambda p: p.start)
        inner = [r for r in roles if r.start <= place.start and _ends(document.text, r, place)]
        post = min(inner, key=lambda r: r.stop - r.start)
        if post is role:
            yield Relation("WORKPLACE", (role.start, role.stop), (place.start, place.stop))


def _opens(role: Mention, place: Mention) -> bool:
    """Whether a place (an adjective) opens a longer post ("британский премьер")."""
    return place.start == role.start and place.stop < role.stop


def _ends(text: str, role: Mention, place: Mention) -> bool:
    """Whether ``place`` lies inside ``role``, after its first word, and ends it (closing quotes aside)."""
    inside = role.start < place.start and place.stop <= role.stop
    return inside and not text[place.stop : role.stop].strip(_CLOSING)


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
