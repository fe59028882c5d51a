"""Read a record-level gold corpus of government news (``govnews-dev`` and its kind).

A corpus folder holds ``texts/<id>.txt`` (UTF-8), ``gold/<id>.json`` (the records a careful
reader finds in the article: persons, officials, regions, agencies, events, dates, quotes;
see the corpus's ``GUIDE.md``) and ``sources.tsv`` (``id``, ``url``, ``page_date``): the page
date, where there is one, is the document's ``doc_date``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import CorpusError
from .files import corpus_files, read_text

__all__ = ["GoldDate", "GoldEvent", "GoldOfficial", "GoldQuote", "GovnewsDoc", "load_govnews"]


@dataclass(frozen=True, slots=True)
class GoldOfficial:
    """A (person, post) pair: the stems any right title holds, the post's region."""

    person: str
    post: str
    keys: tuple[str, ...]
    region: str | None
    agency: str | None
    status: str


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """An event the article reports: stems of its name, its dates, place and named participants."""

    keys: tuple[str, ...]
    start: str | None
    end: str | None
    place: str | None
    participants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldDate:
    """A calendar date or range, ISO (year-less as ``--06-19``)."""

    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """Direct speech: its speaker (None when unnamed) and its first words."""

    speaker: str | None
    starts: str


@dataclass(frozen=True, slots=True)
class GovnewsDoc:
    """One text with its page date and gold records."""

    id: str
    text: str
    doc_date: dt.date | None
    persons: tuple[str, ...]
    officials: tuple[GoldOfficial, ...]
    regions: tuple[str, ...]
    agencies: tuple[tuple[str, ...], ...]
    events: tuple[GoldEvent, ...]
    dates: tuple[GoldDate, ...]
    quotes: tuple[GoldQuote, ...]


def load_govnews(path: str | Path) -> Iterator[GovnewsDoc]:
    """Every document of a govnews corpus folder that has a gold file, in id order."""
    folder = Path(path)
    if not folder.is_dir():
        raise CorpusError(f"govnews folder not found: {folder}")
    dates = _page_dates(folder / "sources.tsv")
    for gold_file in corpus_files(folder / "gold", "*.json", "govnews gold"):
        text_file = folder / "texts" / f"{gold_file.stem}.txt"
        if not text_file.is_file():
            raise CorpusError(f"{gold_file} has no text: {text_file} is missing")
        yield _document(gold_file.stem, read_text(text_file), dates.get(gold_file.stem), _json(gold_file))


def _page_dates(file: Path) -> dict[str, dt.date]:
    """Document id -> page date, from ``sources.tsv`` (an absent file gives no dates)."""
    if not file.is_file():
        return {}
    with file.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    try:
        return {row["id"]: dt.date.fromisoformat(row["page_date"]) for row in rows if (row.get("page_date") or "").strip()}
    except (KeyError, ValueError) as error:
        raise CorpusError(f"{file}: expected columns id and page_date (YYYY-MM-DD): {error}") from None


def _json(file: Path) -> dict[str, Any]:
    try:
        data = json.loads(read_text(file))
    except json.JSONDecodeError as error:
        raise CorpusError(f"{file} is not JSON: {error}") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{file}: expected a JSON object")
    return data


def _document(doc_id: str, text: str, doc_date: dt.date | None, gold: dict[str, Any]) -> GovnewsDoc:
    try:
        return GovnewsDoc(
            id=doc_id,
            text=text,
            doc_date=doc_date,
            persons=tuple(gold.get("persons", ())),
            officials=tuple(_official(item) for item in gold.get("officials", ())),
            regions=tuple(gold.get("regions", ())),
            agencies=tuple(tuple(item["any_of"]) for item in gold.get("agencies", ())),
            events=tuple(_event(item) for item in gold.get("events", ())),
            dates=tuple(GoldDate(item.get("start"), item.get("end")) for item in gold.get("dates", ())),
            quotes=tuple(GoldQuote(item.get("speaker"), item["starts"]) for item in gold.get("quotes", ())),
        )
    except (KeyError, TypeError) as error:
        raise CorpusError(f"gold of {doc_id}: a record lacks {error} or is not an object") from None


def _official(item: dict[str, Any]) -> GoldOfficial:
    return GoldOfficial(
        person=item["person"],
        post=item.get("post", ""),
        keys=tuple(item["keys"]),
        region=item.get("region"),
        agency=item.get("agency"),
        status=item.get("status", "current"),
    )


def _event(item: dict[str, Any]) -> GoldEvent:
    return GoldEvent(
        keys=tuple(item["keys"]),
        start=item.get("start"),
        end=item.get("end"),
        place=item.get("place"),
        participants=tuple(item.get("participants", ())),
    )
