"""Turn the analysis and what the stages found into a ``Document`` with ids."""

from __future__ import annotations

import datetime as dt

from .found import Found
from .ids import RecordIds
from .linking.persons import PersonGroup
from .linking.regions import build_regions
from .nlp.analysis import Analysis
from .taggers.dates import build_dates
from .records import Document, Mention, Person, Sentence, Token


def build_document(
    analysis: Analysis,
    found: list[Found],
    persons: list[PersonGroup],
    *,
    source: str | None,
    doc_date: dt.date | None,
) -> Document:
    """Number the mentions and records and assemble the document."""
    ordered = sorted(found, key=lambda f: (f.start, -f.stop, f.type))
    ids = {id(f): f"m{n}" for n, f in enumerate(ordered, 1)}
    index = RecordIds(mentions=ids)
    people = tuple(_person(n, group, ids) for n, group in enumerate(persons, 1))
    for record, group in zip(people, persons):
        index.assign("persons", record.id, group.mentions)
    regions = tuple(build_regions(ordered, ids))
    _assign_by_mention_id(index, "regions", regions, ordered)
    text = analysis.text
    return Document(
        text=text,
        source=source,
        doc_date=doc_date,
        sentences=tuple(Sentence(start=s, stop=e) for s, e in analysis.sentences),
        tokens=tuple(
            Token(start=w.start, stop=w.stop, text=text[w.start : w.stop], lemma=w.lemma, pos=w.pos, feats=w.feats)
            for w in analysis.words
        ),
        mentions=tuple(
            Mention(id=ids[id(f)], type=f.type, start=f.start, stop=f.stop, text=text[f.start : f.stop], normal=f.normal)
            for f in ordered
        ),
        persons=people,
        regions=regions,
        dates=build_dates(ordered, ids),
    )


def _assign_by_mention_id(index: RecordIds, kind: str, records: tuple, ordered: list[Found]) -> None:  # type: ignore[type-arg]
    by_mention_id = {m: r.id for r in records for m in r.mentions}
    for found in ordered:
        record_id = by_mention_id.get(index.mention(found))
        if record_id is not None:
            index.assign(kind, record_id, [found])


def _person(number: int, group: PersonGroup, ids: dict[int, str]) -> Person:
    name = group.name
    return Person(
        id=f"p{number}",
        name=name.full,
        last=name.last,
        first=name.first,
        middle=name.middle,
        mentions=tuple(ids[id(m)] for m in group.mentions),
    )
