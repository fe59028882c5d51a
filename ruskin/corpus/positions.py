"""Posts as the corpus reads them: the one place that reads ``Document.positions``.

Everything the corpus knows about posts passes through ``post_facts``, so a change to the
``Position`` record (one Position per person and office, with its mentions and seat) is
followed here alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..record_types import DocumentData

__all__ = ["PostFact", "post_facts"]

REGIONAL_KINDS_EXCLUDED = frozenset({"country", "federal district"})


@dataclass(frozen=True, slots=True)
class PostFact:
    """A post one Person of a document holds, with its seat as names and codes."""

    person: str
    title: str
    region_code: str | None
    region: str | None
    regional: bool
    agency: str | None
    status: str


def post_facts(document: DocumentData) -> list[PostFact]:
    """Each distinct (person, post, seat, status) of ``document``, in the order first stated."""
    regions = {region.id: region for region in document.regions}
    agencies = {agency.id: agency.name for agency in document.agencies}
    facts: dict[PostFact, None] = {}
    for position in document.positions:
        region = regions.get(position.region or "")
        fact = PostFact(
            person=position.person,
            title=position.title,
            region_code=region.code if region else None,
            region=region.name if region else None,
            regional=bool(region and region.kind not in REGIONAL_KINDS_EXCLUDED),
            agency=agencies.get(position.agency or ""),
            status=position.status,
        )
        facts.setdefault(fact, None)
    return list(facts)
