"""Batch extraction: a process pool, input order kept, one result per input.

Each worker process loads the pipeline once. ``extract_files`` yields a ``Document`` or
an ``ErrorRecord`` for every input: a bad input never stops the batch. Work is handed
out a few items at a time, so a long input stream is never read far ahead.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing import forkserver
from multiprocessing.context import BaseContext
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import TypeVar

from threadpoolctl import threadpool_limits

from .inputs import ReadText, expand_sources, read_source
from .lines import document_json
from .pipeline import DateLike, default_pipeline
from .records import Document, ErrorRecord

Result = Document | ErrorRecord
SOURCES_PER_TASK = 8
Item = TypeVar("Item")
Output = TypeVar("Output")
TextItem = tuple[str, DateLike, "str | None"]


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs to know besides the source."""

    max_chars: int | None = None
    doc_date: DateLike = None
    body_only: bool = False
    tokens: bool = True


def extract_files(
    paths: Iterable[str | Path],
    *,
    jobs: int = 1,
    max_chars: int | None = None,
    doc_date: DateLike = None,
    body_only: bool = False,
    tokens: bool = True,
) -> Iterator[Result]:
    """Extract from files, folders and globs: a Document or ErrorRecord per input, in order.

    ``jobs`` worker processes each load the models once; ``max_chars`` turns longer
    documents into error records; ``doc_date`` is the publication date of every input;
    ``body_only`` keeps only the article (title and body) of scraped pages; ``tokens=False``
    leaves the tokens out (``Document.tokens_omitted``), as ``ruskin extract --no-tokens`` does.
    """
    sources = expand_sources(paths)
    settings = Settings(max_chars, doc_date, body_only, tokens)
    for ok, line in extract_lines(sources, jobs=jobs, settings=settings):
        yield Document.model_validate_json(line) if ok else ErrorRecord.model_validate_json(line)


def extract_lines(sources: Iterable[str], *, jobs: int, settings: Settings) -> Iterator[tuple[bool, str]]:
    """``(ok, JSON line)`` per source, in order, computed in ``jobs`` processes.

    Sources go to the workers a few at a time, so the models tag them together.
    """
    for lines in run_ordered(process_sources, _chunks(sources, SOURCES_PER_TASK), jobs=jobs, settings=settings):
        yield from lines


def pipe_texts(items: Iterable[TextItem], *, jobs: int, batch_size: int, tokens: bool = True) -> Iterator[Document]:
    """Documents for ``(text, doc_date, source)`` items, in order, from ``jobs`` processes."""
    settings = Settings(tokens=tokens)
    for documents in run_ordered(_pipe_chunk, _chunks(items, batch_size), jobs=jobs, settings=settings):
        yield from documents


def run_ordered(
    work: Callable[[Item], Output], items: Iterable[Item], *, jobs: int, settings: Settings
) -> Iterator[Output]:
    """``work`` over ``items`` in ``jobs`` processes (in this one if ``jobs`` is 1), in order.

    Each job uses one core: one BLAS thread per process, so ``jobs`` says how many cores
    the batch takes (``Pipeline`` outside a batch keeps numpy's default threads).
    """
    if jobs <= 1:
        _configure(settings)
        with threadpool_limits(1):
            yield from map(work, items)
        return
    context = start_worker_server()
    with context.Pool(jobs, initializer=_configure_worker, initargs=(settings,)) as pool:
        yield from _bounded_map(pool, work, items, window=4 * jobs)


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


def _bounded_map(pool: Pool, work: Callable[[Item], Output], items: Iterable[Item], window: int) -> Iterator[Output]:
    pending: deque[AsyncResult[Output]] = deque()
    for item in items:
        pending.append(pool.apply_async(work, (item,)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


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
    _configure(settings)


def process_sources(sources: list[str]) -> list[tuple[bool, str]]:
    """``(ok, JSON line)`` for each source; the readable ones go through the models together."""
    lines: list[tuple[bool, str]] = [(False, "")] * len(sources)
    readable: list[tuple[int, ReadText]] = []
    for position, source in enumerate(sources):
        try:
            readable.append((position, read_source(source, max_chars=_settings.max_chars)))
        except Exception as error:  # one bad input must not stop the batch
            lines[position] = (False, error_record(source, error).model_dump_json())
    try:
        for position, line in _extract_together(sources, readable):
            lines[position] = (True, line)
    except Exception:  # find the input that failed: one at a time
        for position, _ in readable:
            lines[position] = process_source(sources[position])
    return lines


def _extract_together(sources: list[str], readable: list[tuple[int, ReadText]]) -> list[tuple[int, str]]:
    texts = [read.text for _, read in readable]
    documents = default_pipeline().pipe(
        texts,
        batch_size=max(len(texts), 1),
        doc_dates=[_settings.doc_date] * len(texts),
        sources=[sources[position] for position, _ in readable],
        tokens=_settings.tokens,
    )
    return [(position, _finish(document, read)) for (position, read), document in zip(readable, documents)]


def _finish(document: Document, read: ReadText) -> str:
    if _settings.body_only:
        document = document.keep_zones()
    return document_json(document.model_copy(update={"encoding": read.encoding}), tokens=_settings.tokens)


def process_source(source: str) -> tuple[bool, str]:
    """``(True, Document JSON)`` for one source, or ``(False, ErrorRecord JSON)`` if it failed."""
    try:
        read = read_source(source, max_chars=_settings.max_chars)
        document = default_pipeline()(read.text, doc_date=_settings.doc_date, source=source, tokens=_settings.tokens)
        return True, _finish(document, read)
    except Exception as error:  # one bad input must not stop the batch
        return False, error_record(source, error).model_dump_json()


def _pipe_chunk(chunk: list[TextItem]) -> list[Document]:
    texts, dates, sources = zip(*chunk)
    pipe = default_pipeline().pipe(texts, batch_size=len(chunk), doc_dates=dates, sources=sources, tokens=_settings.tokens)
    return list(pipe)


def error_record(source: str, error: BaseException) -> ErrorRecord:
    """The ErrorRecord for a failed source."""
    message = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return ErrorRecord(source=source, error=f"{type(error).__name__}: {message}")


def _start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"
