"""Batch extraction from files: one result per input, input order kept.

The inputs go through worker processes (``ruskin.pool``), each loading the pipeline once.
``extract_files`` yields a ``Document`` or an ``ErrorRecord`` for every input: a bad input
never stops the batch. Work is handed out a few items at a time, so a long input stream is
never read far ahead.

Nothing stops or stalls the batch: reading is bounded (``ruskin.io.inputs``), each document
has a time limit (``ruskin.deadline``; past it, the document is an error record), and a
worker process that dies (killed, out of memory) is replaced: the documents it had are
tried again one at a time in a worker of their own, and one that kills that worker too
becomes an error record saying so.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .deadline import deadline
from .errors import SkippedInputError, WorkerDiedError
from .io.inputs import DEFAULT_MAX_BYTES, ReadText, display_name, gather_sources, read_source
from .io.lines import document_json
from .pipeline import DateLike, default_pipeline
from .pool import Workers, chunks, run_ordered
from .records import Document, ErrorRecord

log = logging.getLogger(__name__)

Result = Document | ErrorRecord
SOURCES_PER_TASK = 8
DEFAULT_TIMEOUT = 60.0
"""Seconds a document may take per 100,000 characters (at least once) before it is an error record."""
TIMEOUT_CHARS = 100_000


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs to know besides the source."""

    max_chars: int | None = None
    doc_date: DateLike = None
    body_only: bool = False
    max_bytes: int | None = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT
    debug: bool = False
    tokens: bool = True


def extract_files(
    paths: Iterable[str | Path] | str | Path,
    *,
    jobs: int = 1,
    max_chars: int | None = None,
    doc_date: DateLike = None,
    body_only: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    timeout: float | None = DEFAULT_TIMEOUT,
    debug: bool = False,
    tokens: bool = True,
) -> Iterator[Result]:
    """Extract from files, folders and globs: a Document or ErrorRecord per input, in order.

    ``paths`` is a list of paths, or one path (a file, a folder or a glob).

    ``jobs`` worker processes each load the models once; ``max_chars`` and ``max_bytes``
    turn longer documents into error records; ``timeout`` is the seconds a document may
    take per 100,000 characters (None: no limit); ``doc_date`` is the publication date of
    every input; ``body_only`` keeps only the article (title and body) of scraped pages;
    ``debug`` keeps the traceback in each ErrorRecord and logs at DEBUG level in the workers;
    ``tokens=False`` leaves the tokens out (``Document.tokens_omitted``), as ``ruskin extract
    --no-tokens`` does.
    Folder entries that are not files (FIFOs, dangling or looping links) are error records.
    A glob that matches nothing raises ``NoMatchError``.
    """
    sources = gather_sources(paths)
    settings = Settings(max_chars, doc_date, body_only, max_bytes, timeout, debug, tokens)
    for ok, line in extract_lines(sources.names, jobs=jobs, settings=settings, skipped=sources.skipped):
        yield Document.model_validate_json(line) if ok else ErrorRecord.model_validate_json(line)


def extract_lines(
    sources: Iterable[str], *, jobs: int, settings: Settings, skipped: Mapping[str, str] | None = None
) -> Iterator[tuple[bool, str]]:
    """``(ok, JSON line)`` per source, in order, computed in ``jobs`` processes.

    Sources go to the workers a few at a time, so the models tag them together; those in
    ``skipped`` (source → reason) are error records without being read.
    """
    if not skipped:
        yield from _extracted(sources, jobs, settings)
        return
    sources = list(sources)
    results = _extracted((source for source in sources if source not in skipped), jobs, settings)
    for source in sources:
        if source in skipped:
            yield False, error_record(source, SkippedInputError(skipped[source])).model_dump_json(exclude_none=True)
        else:
            yield next(results)


def _extracted(sources: Iterable[str], jobs: int, settings: Settings) -> Iterator[tuple[bool, str]]:
    """``(ok, JSON line)`` per source from the workers, a few sources to a task."""
    tasks = chunks(sources, SOURCES_PER_TASK)
    setup = partial(_configure, settings)
    for lines in run_ordered(process_sources, tasks, jobs=jobs, setup=setup, debug=settings.debug, rescue=_one_by_one):
        yield from lines


def _one_by_one(workers: Workers, work: Callable[[list[str]], list[tuple[bool, str]]], sources: list[str]) -> list[tuple[bool, str]]:
    """The sources of a chunk whose worker died, each alone: one that kills its worker is an error record."""
    lines = []
    for source in sources:
        try:
            lines.extend(workers.alone(work, [source]))
        except BrokenProcessPool:
            error = WorkerDiedError("the worker process died (killed or out of memory) while extracting this input, twice")
            lines.append((False, _error_line(source, error)))
    return lines


_settings = Settings()


def _configure(settings: Settings) -> None:
    """A worker's setup (and this process's, with one job): the settings, and the pipeline loaded."""
    global _settings
    _settings = settings
    default_pipeline()


def process_sources(sources: list[str]) -> list[tuple[bool, str]]:
    """``(ok, JSON line)`` for each source; the readable ones go through the models together.

    Together they have the sum of their time limits; past it, each goes through alone.
    """
    lines: list[tuple[bool, str]] = [(False, "")] * len(sources)
    readable: list[tuple[int, ReadText]] = []
    for position, source in enumerate(sources):
        try:
            readable.append((position, _read(source)))
        except Exception as error:  # one bad input must not stop the batch
            lines[position] = (False, _error_line(source, error))
    try:
        with deadline(sum(_time_limit(read.text) or 0 for _, read in readable) if _settings.timeout else None):
            for position, line in _extract_together(sources, readable):
                lines[position] = (True, line)
    except Exception:  # find the input that failed: one at a time
        log.debug("a batch of %d inputs failed; extracting them one at a time", len(readable), exc_info=True)
        for position, read in readable:
            lines[position] = _process_read(sources[position], read)
    return lines


def _read(source: str) -> ReadText:
    with deadline(_settings.timeout):
        return read_source(source, max_chars=_settings.max_chars, max_bytes=_settings.max_bytes)


def _time_limit(text: str) -> float | None:
    """The seconds a text may take: the timeout per 100,000 characters, at least once."""
    if _settings.timeout is None:
        return None
    return _settings.timeout * max(1.0, len(text) / TIMEOUT_CHARS)


def _extract_together(sources: list[str], readable: list[tuple[int, ReadText]]) -> list[tuple[int, str]]:
    texts = [read.text for _, read in readable]
    documents = default_pipeline().pipe(
        texts,
        batch_size=max(len(texts), 1),
        doc_dates=[_settings.doc_date] * len(texts),
        sources=[display_name(sources[position]) for position, _ in readable],
        zone_hints=[read.zone_hints for _, read in readable],
        tokens=_settings.tokens,
    )
    return [(position, _finish(document, read)) for (position, read), document in zip(readable, documents)]


def _finish(document: Document, read: ReadText) -> str:
    if _settings.body_only:
        document = document.keep_zones()
    return document_json(
        document.model_copy(update={"encoding": read.encoding, "warnings": read.warnings}), tokens=_settings.tokens
    )


def process_source(source: str) -> tuple[bool, str]:
    """``(True, Document JSON)`` for one source, or ``(False, ErrorRecord JSON)`` if it failed."""
    try:
        read = _read(source)
    except Exception as error:  # one bad input must not stop the batch
        return False, _error_line(source, error)
    return _process_read(source, read)


def _process_read(source: str, read: ReadText) -> tuple[bool, str]:
    try:
        with deadline(_time_limit(read.text)):
            document = default_pipeline()(
                read.text,
                doc_date=_settings.doc_date,
                source=display_name(source),
                zone_hints=read.zone_hints,
                tokens=_settings.tokens,
            )
            return True, _finish(document, read)
    except Exception as error:  # one bad input must not stop the batch
        return False, _error_line(source, error)


def error_record(source: str, error: BaseException, *, debug: bool = False) -> ErrorRecord:
    """The ErrorRecord for a failed source (a name that is not UTF-8 shown with ``\\xNN`` escapes),
    with its traceback if ``debug``."""
    message = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__)) if debug else None
    return ErrorRecord(source=display_name(source), error=f"{type(error).__name__}: {message}", traceback=trace)


def _error_line(source: str, error: BaseException) -> str:
    """The JSON line of a failed source; no ``traceback`` key unless asked for."""
    log.debug("%s failed", display_name(source), exc_info=error)
    return error_record(source, error, debug=_settings.debug).model_dump_json(exclude_none=True)

