"""A corpus as table rows: people, their posts over time, and corpus keys for the document tables.

``ruskin.views.frames.to_frames`` and ``ruskin corpus`` use these rows; the keys let the document
tables join the corpus ones (``positions join people using (person_key)``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .corpus import Corpus

if TYPE_CHECKING:
    from ..records import Document

__all__ = ["PEOPLE", "TENURES", "key_columns", "people_rows", "tenure_rows"]

PEOPLE = ("person_key", "name", "last", "first", "middle", "documents", "mentions", "posts", "first_seen", "last_seen")
TENURES = ("person_key", "title", "region_code", "region", "agency", "status", "first_seen", "last_seen", "documents")


def people_rows(corpus: Corpus) -> list[dict[str, Any]]:
    """One row per corpus person; ``documents``, ``mentions`` and ``posts`` are counts."""
    return [
        {
            "person_key": p.key,
            "name": p.name,
            "last": p.last,
            "first": p.first,
            "middle": p.middle,
            "documents": len({ref.source for ref in p.mentions}),
            "mentions": len(p.mentions),
            "posts": len(p.positions),
            "first_seen": p.first_seen,
            "last_seen": p.last_seen,
        }
        for p in corpus.people
    ]


def tenure_rows(corpus: Corpus) -> list[dict[str, Any]]:
    """One row per post of each corpus person, earliest seen first; ``documents`` is a count."""
    return [
        {
            "person_key": t.person,
            "title": t.title,
            "region_code": t.region_code,
            "region": t.region,
            "agency": t.agency,
            "status": t.status,
            "first_seen": t.first_seen,
            "last_seen": t.last_seen,
            "documents": len(t.sources),
        }
        for p in corpus.people
        for t in p.positions
    ]


def key_columns(
    corpus: Corpus | None, source: str, document: Document, rows: dict[str, list[dict[str, Any]]]
) -> None:
    """Add ``person_key`` (and a position's ``region_code``) to one document's rows of persons,
    positions and participants; ``source`` is the document's source in ``corpus`` (keys are None
    without a corpus)."""
    persons = {p.id for p in document.persons}
    codes = {r.id: r.code for r in document.regions}

    def key(person: str | None) -> str | None:
        return corpus.key_of(source, person) if corpus is not None and person in persons else None

    for row in rows["persons"]:
        row["person_key"] = key(row["id"])
    for row in rows["positions"]:
        row["person_key"] = key(row["person"])
        row["region_code"] = codes.get(row["region"] or "")
    for row in rows["participants"]:
        row["person_key"] = key(row["person"])
