"""The pipeline: Russian text in, a ``Document`` of typed records out.

Stages run in this order, each in its own module::

    clean-up (nlp.clean) → sentences and tokens (nlp.segment, razdel)
    → NER and morphology tags (nlp.tagger, slovnet) → lemmas (nlp.morph, pymorphy3)
    → page zones per sentence (nlp.zones)
    → mentions: entities and names (taggers.entities, nlp.names, nlp.normal),
      regions, cities and countries (taggers.places), agencies (taggers.agencies),
      posts (taggers.roles), dates (taggers.dates),
      initiatives (taggers.initiatives), events (taggers.events) → overlaps resolved (resolve)
    → records linked by id (build: persons, regions, agencies, positions, initiatives,
      dates, events, quotes)
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import time
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import islice

from .build import build_document
from .errors import InputError, InputTypeError
from .found import Found
from .io.large import merge_windows, windows
from .linking.persons import group_persons
from .nlp.analysis import Analysis, analyze_many
from .nlp.models import Models, load_models
from .nlp.morph import shared_morphology
from .nlp.zones import ZoneHints, page_zones
from .pool import chunks, run_ordered
from .records import Document
from .resolve import resolve_overlaps
from .taggers.agencies import agency_mentions
from .taggers.dates import date_mentions
from .taggers.entities import entity_mentions
from .taggers.events import event_mentions
from .taggers.initiatives import initiative_mentions
from .taggers.places import place_mentions
from .taggers.roles import role_mentions
from .taggers.venues import venue_mentions

log = logging.getLogger(__name__)

DateLike = dt.date | str | None
Item = tuple[str, DateLike, "str | None", ZoneHints]
_SURROGATES = re.compile("[\ud800-\udfff]")

_WARM_UP = (
    "19 июня 2019 года губернатор Самарской области Дмитрий Азаров и министр труда РФ "
    "приняли участие в форуме «Сильные идеи» в Москве. «Проект важен», — отметил он."
)
"""Run once when a Pipeline is made, so its lazily built indexes are ready before real work."""


class Pipeline:
    """ruskin's extraction pipeline; loads its models once and reuses them.

    Making one loads the models and builds every word list and gazetteer index (about a
    second), so that no document pays for them.

    Examples:
        >>> pipeline = Pipeline()
        >>> document = pipeline("Губернатор Самарской области Дмитрий Азаров посетил Москву.")
        >>> [person.name for person in document.persons]
        ['Дмитрий Азаров']
    """

    window: int = 500_000
    """Texts longer than this many characters go through in windows, without tokens (ruskin.io.large)."""

    def __init__(self) -> None:
        began = time.perf_counter()
        self.models: Models = load_models()
        self.morph = shared_morphology()
        self._run_batch([(_WARM_UP, None, None, ())]).__next__()  # builds the word lists and indexes now
        log.debug("pipeline ready in %.2f s", time.perf_counter() - began)

    def __call__(
        self,
        text: str,
        *,
        doc_date: DateLike = None,
        source: str | None = None,
        zone_hints: ZoneHints = (),
        tokens: bool = True,
    ) -> Document:
        """Extract everything from one text; ``zone_hints`` are lines whose page zone is known;
        ``tokens=False`` leaves the tokens out."""
        return next(self.pipe([text], doc_dates=[doc_date], sources=[source], zone_hints=[zone_hints], tokens=tokens))

    def pipe(
        self,
        texts: Iterable[str],
        *,
        jobs: int = 1,
        batch_size: int = 16,
        doc_dates: Iterable[DateLike] | None = None,
        sources: Iterable[str | None] | None = None,
        zone_hints: Iterable[ZoneHints] | None = None,
        tokens: bool = True,
    ) -> Iterator[Document]:
        """Extract from many texts, yielding Documents in input order.

        ``batch_size`` texts go through the models together; ``jobs`` > 1 spreads the
        batches over that many worker processes, each loading the models once.
        ``doc_dates``, ``sources`` and ``zone_hints`` (``(start, stop, zone)`` lines whose
        page zone is known, as ``ruskin.io.html.html_page`` gives them) run alongside ``texts``,
        one per text. A single ``str`` in place of texts, dates or sources is an
        ``InputTypeError`` (for one text, call the pipeline). ``tokens=False`` leaves the
        tokens out of every Document (``tokens_omitted``), for compact output.
        """
        items = _aligned(texts, doc_dates, sources, zone_hints)
        if jobs > 1:
            work = partial(_pipe_chunk, tokens=tokens)
            for documents in run_ordered(work, chunks(items, batch_size), jobs=jobs, setup=default_pipeline):
                yield from documents
            return
        while batch := list(islice(items, batch_size)):
            yield from self._run_batch(batch, tokens)

    def _run_batch(self, batch: list[Item], tokens: bool = True) -> Iterator[Document]:
        checked = [(check_text(text), parse_doc_date(date), safe_text(source), hints) for text, date, source, hints in batch]
        if any(len(item[0]) > self.window for item in checked):
            for item in checked:
                yield self._long(*item) if len(item[0]) > self.window else next(self._run_batch([item], tokens))
            return
        analyses = analyze_many([item[0] for item in checked], self.models, self.morph)
        for analysis, (_, date, source, hints) in zip(analyses, checked):
            analysis.zones = page_zones(analysis, hints)
            yield self._document(analysis, date, source, tokens=tokens)

    def _long(self, text: str, doc_date: dt.date | None, source: str | None, hints: ZoneHints) -> Document:
        """A very long text, window by window (see ``ruskin.io.large``); one window in memory at a time."""
        log.info("%s: %d characters, extracted in windows of %d, without tokens", source or "text", len(text), self.window)
        parts = (
            (start, self._window(text[start:stop], doc_date, source, _shifted(hints, start, stop)))
            for start, stop in windows(text, self.window)
        )
        return merge_windows(text, parts, Document(text="", source=source, doc_date=doc_date))

    def _window(self, text: str, doc_date: dt.date | None, source: str | None, hints: ZoneHints) -> Document:
        [analysis] = analyze_many([text], self.models, self.morph)
        analysis.zones = page_zones(analysis, hints)
        return self._document(analysis, doc_date, source, tokens=False)

    def _document(
        self, analysis: Analysis, doc_date: dt.date | None, source: str | None, *, tokens: bool = True
    ) -> Document:
        found = self._find(analysis, doc_date)
        persons = group_persons([f for f in found if f.type == "PERSON"], analysis.text)
        document = build_document(analysis, found, persons, source=source, doc_date=doc_date, tokens=tokens)
        return document if tokens else document.model_copy(update={"tokens_omitted": True})

    def _find(self, analysis: Analysis, doc_date: dt.date | None) -> list[Found]:
        """Every tagger's mentions, overlaps resolved."""
        named = entity_mentions(analysis, self.morph) + place_mentions(analysis)
        named += agency_mentions(analysis, named)
        return resolve_overlaps(
            venue_mentions(analysis, named)  # before slovnet's LOCATION of the same words, which it replaces
            + named
            + role_mentions(analysis, named)
            + date_mentions(analysis, doc_date)
            + initiative_mentions(analysis)
            + event_mentions(analysis),
            analysis.text,
        )


def _shifted(hints: ZoneHints, start: int, stop: int) -> ZoneHints:
    """The hints inside ``[start, stop)``, with offsets relative to ``start``."""
    return [(max(a, start) - start, min(b, stop) - start, zone) for a, b, zone in hints if a < stop and b > start]


_default: Pipeline | None = None
_loading = threading.Lock()


def default_pipeline() -> Pipeline:
    """The process-wide pipeline that ``extract`` uses, loaded on first use (once, whatever the threads)."""
    global _default
    if _default is None:
        with _loading:
            if _default is None:
                _default = Pipeline()
    return _default


def _pipe_chunk(chunk: list[Item], *, tokens: bool) -> list[Document]:
    """A worker's share of ``Pipeline.pipe(jobs=...)``: one batch through its default pipeline."""
    texts, dates, sources, hints = zip(*chunk)
    return list(
        default_pipeline().pipe(
            texts, batch_size=len(chunk), doc_dates=dates, sources=sources, zone_hints=hints, tokens=tokens
        )
    )


def extract(text: str, *, doc_date: DateLike = None, source: str | None = None, tokens: bool = True) -> Document:
    """Extract officials, regions, agencies, events and dates from one Russian text.

    ``doc_date`` (a ``datetime.date`` or ``"YYYY-MM-DD"``) is the publication date;
    ``tokens=False`` leaves the tokens out (``Document.tokens_omitted``).
    """
    return default_pipeline()(text, doc_date=doc_date, source=source, tokens=tokens)


def check_text(text: object) -> str:
    """``text`` as ``safe_text`` makes it if it is a ``str``; ``InputTypeError`` naming what it is otherwise."""
    if not isinstance(text, str):
        raise InputTypeError(f"ruskin expects text as str, got {type(text).__name__}: {text!r:.80}")
    return _without_surrogates(text)


def safe_text(text: str | None) -> str | None:
    """``text`` (a source name, say) with each lone surrogate made U+FFFD; None stays None."""
    return None if text is None else _without_surrogates(text)


def _without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (not valid Unicode, not writable as UTF-8) made U+FFFD.

    One character for one, so offsets stay the same; the usual text is returned as it is.
    """
    if text.isascii() or not _SURROGATES.search(text):
        return text
    return _SURROGATES.sub("\ufffd", text)


def parse_doc_date(value: object) -> dt.date | None:
    """A ``date`` from a date, datetime or ISO string; ``InputError`` if it is none of them."""
    if value is None or type(value) is dt.date:
        return value  # type: ignore[return-value]
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise InputError(f"doc_date is not an ISO date (YYYY-MM-DD): {value!r}") from None
    raise InputTypeError(f"doc_date must be a date or an ISO string, got {type(value).__name__}")


_END = object()


def _not_one(name: str, value: object, expected: str) -> None:
    """``InputTypeError`` when ``value`` is a single string or date where a list of them belongs."""
    if isinstance(value, (str, bytes, dt.date)):
        raise InputTypeError(f"{name} takes {expected}, got a single {type(value).__name__}: {value!r:.60}")


def _aligned(
    texts: Iterable[str],
    doc_dates: Iterable[DateLike] | None,
    sources: Iterable[str | None] | None,
    zone_hints: Iterable[ZoneHints] | None = None,
) -> Iterator[Item]:
    """``(text, doc_date, source, zone_hints)`` items; ``InputError`` if the columns differ in length."""
    _not_one("texts", texts, "a list of texts; for one text call pipeline(text) or ruskin.extract(text)")
    _not_one("doc_dates", doc_dates, "one date per text, such as [date] * len(texts)")
    _not_one("sources", sources, "one source name per text")
    columns = [iter(texts)] + [iter(column) if column is not None else None for column in (doc_dates, sources, zone_hints)]
    while True:
        row = [next(column, _END) if column is not None else None for column in columns]
        ended = [value is _END for value, column in zip(row, columns) if column is not None]
        if all(ended):
            return
        if any(ended):
            raise InputError("texts, doc_dates, sources and zone_hints must have the same length")
        yield row[0], row[1], row[2], row[3] or ()  # type: ignore[misc]
