"""Batch extraction: a process pool, input order kept, one result per input.

Each worker process loads the pipeline once. ``extract_files`` yields a ``Document`` or
an ``ErrorRecord`` for every input: a bad input never stops the batch. Work is handed
out a few items at a time, so a long input stream is never read far ahead.

Nothing stops or stalls the batch: reading is bounded (``ruskin.io.inputs``), each document
has a time limit (``ruskin.deadline``; past it, the document is an error record), and a
worker process that dies (killed, out of memory) is replaced: the documents it had are
tried again one at a time in a worker of their own, and one that kills that worker too
becomes an error record saying so.
"""

from __future__ import annotations

import logging
import multiprocessing
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import forkserver
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TypeVar

from threadpoolctl import threadpool_limits

from .deadline import deadline
from .errors import SkippedInputError, WorkerDiedError
from .io.inputs import DEFAULT_MAX_BYTES, ReadText, display_name, gather_sources, read_source
from .io.lines import document_json
from .logs import log_to_stderr
from .pipeline import DateLike, Item as TextItem, default_pipeline
from .records import Document, ErrorRecord

log = logging.getLogger(__name__)

Result = Document | ErrorRecord
SOURCES_PER_TASK = 8
DEFAULT_TIMEOUT = 60.0
"""Seconds a document may take per 100,000 characters (at least once) before it is an error record."""
TIMEOUT_CHARS = 100_000
Item = TypeVar("Item")
Output = TypeVar("Output")


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
        chunks = _chunks(sources, SOURCES_PER_TASK)
        yield from _flat(run_ordered(process_sources, chunks, jobs=jobs, settings=settings, rescue=_one_by_one))
        return
    sources = list(sources)
    readable = (source for source in sources if source not in skipped)
    chunks = _chunks(readable, SOURCES_PER_TASK)
    results = _flat(run_ordered(process_sources, chunks, jobs=jobs, settings=settings, rescue=_one_by_one))
    for source in sources:
        if source in skipped:
            yield False, error_record(source, SkippedInputError(skipped[source])).model_dump_json(exclude_none=True)
        else:
            yield next(results)


def _flat(lists: Iterable[list[tuple[bool, str]]]) -> Iterator[tuple[bool, str]]:
    for lines in lists:
        yield from lines


def pipe_texts(items: Iterable[TextItem], *, jobs: int, batch_size: int, tokens: bool = True) -> Iterator[Document]:
    """Documents for ``(text, doc_date, source)`` items, in order, from ``jobs`` processes."""
    settings = Settings(tokens=tokens)
    for documents in run_ordered(_pipe_chunk, _chunks(items, batch_size), jobs=jobs, settings=settings):
        yield from documents


Rescue = Callable[["_Workers", Callable[[Item], Output], Item], Output]


def run_ordered(
    work: Callable[[Item], Output],
    items: Iterable[Item],
    *,
    jobs: int,
    settings: Settings,
    rescue: Rescue | None = None,
) -> Iterator[Output]:
    """``work`` over ``items`` in ``jobs`` processes (in this one if ``jobs`` is 1), in order.

    Each job uses one core: one BLAS thread per process, so ``jobs`` says how many cores
    the batch takes (``Pipeline`` outside a batch keeps numpy's default threads). When a
    worker dies, the pool is replaced and each item it broke goes to ``rescue`` (or
    ``WorkerDiedError`` is raised without one).
    """
    if jobs <= 1:
        _configure(settings)
        with threadpool_limits(1):
            yield from map(work, items)
        return
    context = start_worker_server()
    log.debug("starting %d worker processes (%s)", jobs, context.get_start_method())
    workers = _Workers(context, jobs, settings)
    try:
        yield from _bounded_map(workers, work, items, 4 * jobs, rescue)
    except BaseException:  # Ctrl-C, an output error, or the reader stopped: stop the workers now
        workers.close(stop=True)
        raise
    workers.close()


class _Workers:
    """A process pool that is replaced when a worker dies, and a one-worker pool for suspects."""

    def __init__(self, context: BaseContext, jobs: int, settings: Settings) -> None:
        self.context, self.jobs, self.settings = context, jobs, settings
        self.generation = 0
        self.pool = self._new(jobs)
        self.quarantine: ProcessPoolExecutor | None = None

    def _new(self, jobs: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, mp_context=self.context, initializer=_configure_worker, initargs=(self.settings,))

    def submit(self, work: Callable[[Item], Output], item: Item) -> tuple[int, Future[Output]]:
        """Hand ``item`` to the pool; returns the pool's generation with the future."""
        return self.generation, self.pool.submit(work, item)

    def replace(self, generation: int) -> None:
        """A new pool in place of a broken one (once per broken generation)."""
        if generation == self.generation:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.generation += 1
            self.pool = self._new(self.jobs)

    def alone(self, work: Callable[[Item], Output], item: Item) -> Output:
        """``work(item)`` in the one-worker pool: if that worker dies, ``item`` killed it."""
        if self.quarantine is None:
            self.quarantine = self._new(1)
        try:
            return self.quarantine.submit(work, item).result()
        except BrokenProcessPool:
            self.quarantine.shutdown(wait=False, cancel_futures=True)
            self.quarantine = None
            raise

    def close(self, *, stop: bool = False) -> None:
        """Shut the pools down; with ``stop``, end the workers' current work too (they are not waited for)."""
        for pool in (self.pool, self.quarantine):
            if pool is None:
                continue
            processes = list((getattr(pool, "_processes", None) or {}).values()) if stop else []  # private, if there
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()


def start_worker_server() -> BaseContext:
    """Start the fork server that workers are forked from, with the models loaded in it.

    Done on first use anyway; call it early to pay the loading before the work starts.
    Where there is no fork server (macOS, Windows), workers load the models themselves.
    """
    context = multiprocessing.get_context(_start_method())
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["ruskin._worker"])  # workers start with the models loaded
        forkserver.ensure_running()
        _wait_until_loaded(context)
    return context


def _wait_until_loaded(context: BaseContext) -> None:
    """Block until the fork server has loaded the models: it forks nothing before that.

    ``ensure_running`` returns at once, so without this the loading would fall on the first
    batch; a no-op process forked from the server returns only when the server is ready.
    """
    probe = context.Process(target=_nothing)  # type: ignore[attr-defined]
    probe.start()
    probe.join()


def _nothing() -> None:
    """The no-op a probe process runs."""


def _bounded_map(
    workers: _Workers, work: Callable[[Item], Output], items: Iterable[Item], window: int, rescue: Rescue | None
) -> Iterator[Output]:
    pending: deque[tuple[Item, int, Future[Output]]] = deque()
    for item in items:
        pending.append((item, *workers.submit(work, item)))
        if len(pending) >= window:
            yield _outcome(workers, work, *pending.popleft(), rescue)
    while pending:
        yield _outcome(workers, work, *pending.popleft(), rescue)


def _outcome(
    workers: _Workers, work: Callable[[Item], Output], item: Item, generation: int, future: Future[Output], rescue: Rescue | None
) -> Output:
    try:
        return future.result()
    except BrokenProcessPool:
        workers.replace(generation)
        if rescue is None:
            raise WorkerDiedError("a worker process died (killed or out of memory) during the batch") from None
        return rescue(workers, work, item)


def _one_by_one(workers: _Workers, work: Callable[[list[str]], list[tuple[bool, str]]], sources: list[str]) -> list[tuple[bool, str]]:
    """The sources of a chunk whose worker died, each alone: one that kills its worker is an error record."""
    lines = []
    for source in sources:
        try:
            lines.extend(workers.alone(work, [source]))
        except BrokenProcessPool:
            error = WorkerDiedError("the worker process died (killed or out of memory) while extracting this input, twice")
            lines.append((False, _error_line(source, error)))
    return lines


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_settings = Settings()


def _configure(settings: Settings) -> None:
    global _settings
    _settings = settings
    default_pipeline()


def _configure_worker(settings: Settings) -> None:
    """A worker: one BLAS thread, since the workers already share out the cores."""
    threadpool_limits(1)
    if settings.debug:
        log_to_stderr(logging.DEBUG)
    _configure(settings)


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


def _pipe_chunk(chunk: list[TextItem]) -> list[Document]:
    texts, dates, sources, hints = zip(*chunk)
    pipeline = default_pipeline()
    return list(
        pipeline.pipe(
            texts, batch_size=len(chunk), doc_dates=dates, sources=sources, zone_hints=hints, tokens=_settings.tokens
        )
    )


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


def _start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"
