"""Turn the analysis and what the stages found into a ``Document`` with ids.

Mentions are numbered first (m1, m2, ... in text order); then records are built kind by
kind in a fixed order, each kind noting in a ``RecordIds`` which mentions belong to which
record, so that later kinds can link to earlier ones by id:
persons → regions → (the article's main region) → agencies → positions (and the
ministries their posts imply) → initiatives → dates → quotes → events (an event lists the
speakers of the quotes that belong to it). A record with
mentions is in the article's zone (title or body) if any of its mentions is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TypeVar

from .found import Found
from .ids import RecordIds
from .linking.agencies import build_agencies
from .linking.events import build_events
from .linking.implied_agencies import implied_agencies
from .linking.main_region import main_region_key
from .linking.initiatives import build_initiatives
from .linking.persons import PersonGroup
from .linking.headed import headed_positions
from .linking.positions import build_positions
from .linking.regions import build_regions
from .linking.seats import main_place
from .nlp.analysis import Analysis
from .nlp.zones import ARTICLE
from .quotes import build_quotes
from .records import Agency, DateValue, Document, Event, Initiative, Mention, Person, Region, Sentence, Token
from .taggers.dates import build_dates


def build_document(
    analysis: Analysis,
    found: list[Found],
    persons: list[PersonGroup],
    *,
    source: str | None,
    doc_date: dt.date | None,
    tokens: bool = True,
) -> Document:
    """Number the mentions and records and assemble the document."""
    ordered = sorted(found, key=lambda f: (f.start, -f.stop, f.type))
    index = RecordIds(mentions={id(f): f"m{n}" for n, f in enumerate(ordered, 1)})
    people = _persons(persons, index)
    regions = _regions(ordered, index)
    main_key = main_region_key(analysis, ordered)
    agencies = build_agencies(analysis, ordered, index, main_key)
    positions = build_positions(analysis, ordered, index, main_key, agencies)
    posts = {index.mention(f): f for f in ordered if f.type == "ROLE"}
    places = [f for f in ordered if f.type in ("REGION", "CITY", "COUNTRY")]
    positions, implied = implied_agencies(analysis, positions, agencies, regions, posts, places)
    positions += headed_positions(analysis, ordered, index, positions, agencies, main_place(ordered, main_key))
    initiatives = build_initiatives(analysis, ordered, index)
    dates = _dates(ordered, index)
    quotes = build_quotes(analysis, ordered, index, positions)
    events = build_events(analysis, ordered, index, positions, quotes)
    mentions = _mentions(analysis, ordered, index)
    zones = {m.id: m.zone for m in mentions}
    return Document(
        text=analysis.text,
        source=source,
        doc_date=doc_date,
        main_region=_region_id(ordered, index, main_key),
        sentences=_sentences(analysis),
        tokens=_tokens(analysis) if tokens else (),
        mentions=mentions,
        persons=_zoned(people, zones),
        regions=_zoned(regions, zones),
        agencies=_zoned(agencies, zones) + implied,
        positions=positions,
        initiatives=_zoned(initiatives, zones),
        dates=tuple(d.model_copy(update={"zone": zones[d.mention]}) for d in dates),
        events=_zoned(events, zones),
        quotes=quotes,
    )


def _region_id(ordered: list[Found], index: RecordIds, key: str | None) -> str | None:
    """The id of the Region record of the article's main region (the record of its first mention)."""
    place = main_place(ordered, key)
    return index.record("regions", place) if place is not None else None


Zoned = TypeVar("Zoned", Person, Region, Agency, Initiative, Event)


def _zoned(records: tuple[Zoned, ...], zones: Mapping[str, str]) -> tuple[Zoned, ...]:
    """Records with their zone: the article if any mention is in it, else the first mention's zone."""
    return tuple(record.model_copy(update={"zone": _record_zone(record.mentions, zones)}) for record in records)


def _record_zone(mention_ids: tuple[str, ...], zones: Mapping[str, str]) -> str:
    found = [zones[m] for m in mention_ids if m in zones]
    return next((z for z in found if z in ARTICLE), found[0] if found else "body")


def _sentences(analysis: Analysis) -> tuple[Sentence, ...]:
    zones = analysis.zones or ["body"] * len(analysis.sentences)
    return tuple(Sentence(start=s, stop=e, zone=z) for (s, e), z in zip(analysis.sentences, zones))  # type: ignore[arg-type]


def _tokens(analysis: Analysis) -> tuple[Token, ...]:
    text = analysis.text
    return tuple(
        Token(start=w.start, stop=w.stop, text=text[w.start : w.stop], lemma=w.lemma, pos=w.pos, feats=w.feats)
        for w in analysis.words
    )


def _mentions(analysis: Analysis, ordered: list[Found], index: RecordIds) -> tuple[Mention, ...]:
    text = analysis.text
    return tuple(
        Mention(
            id=index.mention(f), type=f.type, start=f.start, stop=f.stop, text=text[f.start : f.stop],
            normal=f.normal, zone=analysis.zone_of(f.first),  # type: ignore[arg-type]
        )
        for f in ordered
    )


def _persons(groups: list[PersonGroup], index: RecordIds) -> tuple[Person, ...]:
    people = []
    for number, group in enumerate(groups, 1):
        name = group.name
        person = Person(
            id=f"p{number}", name=name.full, last=name.last, first=name.first, middle=name.middle,
            mentions=tuple(index.mention(m) for m in group.mentions),
        )
        index.assign("persons", person.id, group.mentions)
        people.append(person)
    return tuple(people)


def _regions(ordered: list[Found], index: RecordIds) -> tuple[Region, ...]:
    regions = tuple(build_regions(ordered, index.mentions))
    _assign_by_mention_ids(index, "regions", ordered, ((r.id, r.mentions) for r in regions))
    return regions


def _dates(ordered: list[Found], index: RecordIds) -> tuple[DateValue, ...]:
    dates = build_dates(ordered, index.mentions)
    _assign_by_mention_ids(index, "dates", ordered, ((d.id, (d.mention,)) for d in dates))
    return dates


def _assign_by_mention_ids(
    index: RecordIds, kind: str, ordered: list[Found], records: Iterable[tuple[str, tuple[str, ...]]]
) -> None:
    owner = {mention: record_id for record_id, mentions in records for mention in mentions}
    for found in ordered:
        record_id = owner.get(index.mention(found))
        if record_id is not None:
            index.assign(kind, record_id, [found])
