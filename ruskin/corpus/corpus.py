"""``Corpus``: many Documents as one body of records, with the same official across documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..record_types import DocumentData
from . import build
from .people import cluster_people
from .queries import find_person, holding, in_region, within
from .records import CorpusAgency, CorpusEvent, CorpusInitiative, CorpusPerson, CorpusRegion, Tenure
from .summary import Summary, source_of, summarize

if TYPE_CHECKING:
    from ..records import Document

__all__ = ["Corpus"]


class Corpus:
    """Documents as one corpus: people across documents with stable keys, their posts over time,
    regions, agencies, initiatives and events, and the questions asked of them.

    Build one from Documents (``Corpus(documents)``), from a JSON Lines file of ``ruskin
    extract`` (``Corpus.from_jsonl``), or from parts: ``a | b`` (``Corpus.merge``) is
    associative, so a cluster can build it piece by piece. Each source counts once; of two
    documents with one source, the one in the left part is kept.

    Examples:
        >>> import ruskin
        >>> corpus = ruskin.Corpus([
        ...     ruskin.extract("Губернатор Самарской области Дмитрий Азаров посетил завод.", source="a"),
        ...     ruskin.extract("Дмитрий Игоревич Азаров провёл совещание.", source="b"),
        ... ])
        >>> [(person.key, person.name, len(person.mentions)) for person in corpus.people]
        [('азаров-дмитрий', 'Дмитрий Игоревич Азаров', 2)]
        >>> [post.title for post in corpus.posts_of("Азаров")]
        ['губернатор Самарской области']
    """

    def __init__(self, documents: Iterable[Document] = ()) -> None:
        self._summaries = _summaries(documents)

    @classmethod
    def from_jsonl(cls, path: str | Path) -> Corpus:
        """The corpus of a JSON Lines file of Documents (``ruskin extract``); error records are skipped."""
        corpus = cls()
        corpus._summaries = _summaries(_read_documents(Path(path)))
        return corpus

    @classmethod
    def merge(cls, *parts: Corpus) -> Corpus:
        """One corpus from parts, in order: associative, and equal to the corpus of all their documents."""
        merged = cls()
        for part in parts:
            for source, summary in part._summaries.items():
                merged._summaries.setdefault(source, summary)
        return merged

    def __or__(self, other: Corpus) -> Corpus:
        return Corpus.merge(self, other)

    def __len__(self) -> int:
        """The number of documents."""
        return len(self._summaries)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Corpus) and self._summaries == other._summaries

    def __repr__(self) -> str:
        return f"<Corpus: {len(self)} documents, {len(self.people)} people>"

    def __getstate__(self) -> dict[str, Any]:
        return {"_summaries": self._summaries}  # computed records are not pickled: they are remade

    @property
    def sources(self) -> tuple[str, ...]:
        """The documents' sources, sorted."""
        return tuple(sorted(self._summaries))

    @cached_property
    def _clusters(self) -> list[Any]:
        entries = [entry for summary in self._ordered() for entry in summary.persons]
        return cluster_people(entries)

    @cached_property
    def _keys(self) -> dict[tuple[str, str], str]:
        return {(entry.source, entry.id): cluster.key for cluster in self._clusters for entry in cluster.entries}

    @cached_property
    def people(self) -> tuple[CorpusPerson, ...]:
        """One record per real person across the documents, ordered by key."""
        return tuple(build.person(cluster) for cluster in self._clusters)

    @cached_property
    def regions(self) -> tuple[CorpusRegion, ...]:
        """Regions by ISO code, with the documents naming them."""
        return build.regions(self._ordered())

    @cached_property
    def agencies(self) -> tuple[CorpusAgency, ...]:
        """Agencies by canonical name, with the documents naming them."""
        return build.agencies(self._ordered())

    @cached_property
    def initiatives(self) -> tuple[CorpusInitiative, ...]:
        """Projects, programmes, decrees and laws by name, with the documents naming them."""
        return build.initiatives(self._ordered())

    @cached_property
    def _events(self) -> tuple[CorpusEvent, ...]:
        return build.events(self._ordered(), self._keys)

    def key_of(self, source: str, person_id: str) -> str:
        """The corpus key of Person ``person_id`` of the document from ``source``; ``KeyError`` if none."""
        return self._keys[(source, person_id)]

    def person(self, key_or_name: str) -> CorpusPerson:
        """The person with this key, or the one person with this name ('Азаров', 'Дмитрий Азаров').

        ``UnknownPersonError`` (a ``KeyError``) when there is none, or several, naming their keys.
        """
        return find_person(self.people, key_or_name)

    def posts_of(self, person: str | CorpusPerson) -> tuple[Tenure, ...]:
        """Every post a person (a key, a name or a record) was seen in, earliest first."""
        record = person if isinstance(person, CorpusPerson) else self.person(person)
        return record.positions

    def holders(
        self, title: str | Tenure, *, region: str | None = None, on: dt.date | str | None = None
    ) -> tuple[Tenure, ...]:
        """Who held a post: current and acting posts whose title has the words of ``title`` (in any form).

        ``title`` is a title ('губернатор') or an office, a ``Tenure`` (its title, and its region
        unless ``region`` is given). ``region`` is an ISO code ('RU-SAM') or a region's name.
        A deputy's post is not the office it is deputy to. With ``on`` (a date), the holders
        seen in it on both sides of that date, or else the one seen in it last before it (the
        last known holder); without, every holder, earliest first.
        """
        if isinstance(title, Tenure):
            region = region or title.region_code or title.region
            title = title.title
        code = self._region_key(region)
        tenures = [t for p in self.people for t in p.positions if t.status != "former"]
        return holding(tenures, title, code, _date(on))

    def events(
        self, *, region: str | None = None, between: tuple[dt.date | str | None, dt.date | str | None] | None = None
    ) -> tuple[CorpusEvent, ...]:
        """Events, earliest first: in ``region`` (an ISO code or a name) and from ``between[0]`` to ``between[1]``.

        An event's date is its own, else its document's; its region is the one its place
        names, else its document's only federal subject.
        """
        found: Iterator[CorpusEvent] = iter(self._events)
        if region is not None:
            found = in_region(found, self._region_key(region))
        if between is not None:
            found = within(found, _date(between[0]), _date(between[1]))
        return tuple(found)

    def documents_of(self, person: str | CorpusPerson) -> tuple[str, ...]:
        """Sources of the documents that name a person."""
        record = person if isinstance(person, CorpusPerson) else self.person(person)
        return tuple(dict.fromkeys(ref.source for ref in record.mentions))

    def _ordered(self) -> list[Summary]:
        return [self._summaries[source] for source in sorted(self._summaries)]

    def _region_key(self, region: str | None) -> str | None:
        if region is None:
            return None
        for known in self.regions:
            if region in (known.key, known.code) or region.lower() == known.name.lower():
                return known.key
        return region


def _date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _summaries(documents: Iterable[DocumentData]) -> dict[str, Summary]:
    """The summary of each document by its source; of two with one source, the first is kept."""
    summaries: dict[str, Summary] = {}
    for document in documents:
        summaries.setdefault(source_of(document), summarize(document))
    return summaries


def _read_documents(path: Path) -> Iterator[DocumentData]:
    """The Documents of a JSON Lines file, as data (a corpus keeps only their summaries); error
    records (no ``"text":`` key) are skipped."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if '"text":' in line:  # only a Document has it unescaped: in a string it would be \"text\"
                yield DocumentData.model_validate_json(line)
