"""The records a Corpus holds: frozen pydantic models linked by key.

A corpus key is stable: the same documents give the same keys, in whatever order or
partitions the corpus was built. People are keyed by name (``"путин-владимир"``),
regions by ISO code (or name, where there is none), agencies and initiatives by name,
events by source and id (``"news/1.txt#e1"``).
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from ..record_types import _Record

__all__ = ["CorpusAgency", "CorpusEvent", "CorpusInitiative", "CorpusPerson", "CorpusRegion", "PersonRef", "Tenure"]


class PersonRef(_Record):
    """One Person of one Document: where a corpus person was named."""

    source: str = Field(description="The Document's source.")
    person: str = Field(description="Id of the Person in that Document ('p1').")


class Tenure(_Record):
    """A post a corpus person was seen in, with when and where it was seen."""

    person: str = Field(description="Key of the corpus person.")
    title: str = Field(description="The post in the nominative: 'губернатор Самарской области'.")
    region_code: str | None = Field(default=None, description="ISO 3166-2:RU code of the post's region.")
    region: str | None = Field(default=None, description="Name of the post's region.")
    agency: str | None = Field(default=None, description="Canonical name of the post's agency.")
    status: str = Field(default="current", description="current, acting or former.")
    first_seen: dt.date | None = Field(default=None, description="Earliest date of a document stating it.")
    last_seen: dt.date | None = Field(default=None, description="Latest date of a document stating it.")
    sources: tuple[str, ...] = Field(default=(), description="Sources of the documents that state it.")


class CorpusPerson(_Record):
    """One real person across the documents of a corpus."""

    key: str = Field(description="Stable key: surname and given name, lower case ('азаров-дмитрий').")
    name: str = Field(description="The fullest form of the name found, first name first.")
    last: str | None = Field(default=None, description="Surname.")
    first: str | None = Field(default=None, description="First name, or its initial.")
    middle: str | None = Field(default=None, description="Patronymic, or its initial.")
    mentions: tuple[PersonRef, ...] = Field(default=(), description="Every (source, person id) it came from.")
    positions: tuple[Tenure, ...] = Field(default=(), description="Its posts, earliest seen first.")
    first_seen: dt.date | None = Field(default=None, description="Earliest date of a document naming it.")
    last_seen: dt.date | None = Field(default=None, description="Latest date of a document naming it.")


class CorpusRegion(_Record):
    """A region named in the corpus, with the documents that name it."""

    key: str = Field(description="ISO 3166-2:RU code, or the name where there is no code.")
    code: str | None = Field(default=None, description="ISO 3166-2:RU code.")
    name: str = Field(description="Official name.")
    kind: str | None = Field(default=None, description="oblast, krai, republic, federal district, country, ...")
    federal_district: str | None = Field(default=None, description="Its federal district.")
    sources: tuple[str, ...] = Field(default=(), description="Sources of the documents naming it.")


class CorpusAgency(_Record):
    """A government body or organisation named in the corpus."""

    key: str = Field(description="Canonical name, lower case.")
    name: str = Field(description="Canonical name.")
    abbreviation: str | None = Field(default=None, description="'Минтруд', 'ФСО'.")
    level: str | None = Field(default=None, description="federal, regional or municipal.")
    region_code: str | None = Field(default=None, description="ISO code of the region it belongs to.")
    sources: tuple[str, ...] = Field(default=(), description="Sources of the documents naming it.")


class CorpusInitiative(_Record):
    """A project, programme, decree or law named in the corpus."""

    key: str = Field(description="Name, lower case.")
    name: str = Field(description="Name in the nominative.")
    kind: str | None = Field(default=None, description="national project, programme, decree, law, ...")
    sources: tuple[str, ...] = Field(default=(), description="Sources of the documents naming it.")


class CorpusEvent(_Record):
    """An event of one document, with its place, dates and participants as corpus keys."""

    key: str = Field(description="'<source>#<event id>'.")
    source: str = Field(description="Source of its document.")
    id: str = Field(description="Id of the Event in its document.")
    name: str = Field(description="Name in the nominative.")
    kind: str | None = Field(default=None, description="forum, session, meeting, visit, ...")
    start: dt.date | None = Field(default=None, description="First day: its own date, else its document's.")
    end: dt.date | None = Field(default=None, description="Last day, where the text gives a range.")
    region_code: str | None = Field(default=None, description="ISO code of the region it took place in.")
    region: str | None = Field(default=None, description="Name of that region.")
    participants: tuple[str, ...] = Field(default=(), description="Keys of the corpus people who took part.")
