"""Batch extraction over files: a process pool, input order kept, one result per input.

Each worker loads the pipeline once. Every input yields exactly one result: a
``Document`` or an ``ErrorRecord``; a bad input never stops the batch.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .inputs import expand_sources, read_source
from .pipeline import DateLike, default_pipeline
from .records import Document, ErrorRecord

Result = Document | ErrorRecord


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs to know besides the source."""

    max_chars: int | None = None
    doc_date: DateLike = None


def extract_files(
    paths: Iterable[str | Path],
    *,
    jobs: int = 1,
    max_chars: int | None = None,
    doc_date: DateLike = None,
) -> Iterator[Result]:
    """Extract from files, folders and globs; yields a Document or ErrorRecord per input, in order."""
    sources = expand_sources(paths)
    for ok, line in extract_lines(sources, jobs=jobs, settings=Settings(max_chars, doc_date)):
        yield Document.model_validate_json(line) if ok else ErrorRecord.model_validate_json(line)


def extract_lines(sources: list[str], *, jobs: int, settings: Settings) -> Iterator[tuple[bool, str]]:
    """``(ok, JSON line)`` per source, in order, computed in ``jobs`` processes."""
    if jobs <= 1:
        _configure(settings)
        yield from map(process_source, sources)
        return
    context = multiprocessing.get_context(_start_method())
    with context.Pool(jobs, initializer=_configure, initargs=(settings,)) as pool:
        yield from pool.imap(process_source, sources, chunksize=1)


_settings = Settings()


def _configure(settings: Settings) -> None:
    global _settings
    _settings = settings
    default_pipeline()


def process_source(source: str) -> tuple[bool, str]:
    """``(True, Document JSON)`` for one source, or ``(False, ErrorRecord JSON)`` if it failed."""
    try:
        read = read_source(source, max_chars=_settings.max_chars)
        document = default_pipeline()(read.text, doc_date=_settings.doc_date, source=source)
        return True, document.model_copy(update={"encoding": read.encoding}).model_dump_json()
    except Exception as error:  # one bad input must not stop the batch
        return False, error_record(source, error).model_dump_json()


def error_record(source: str, error: BaseException) -> ErrorRecord:
    """The ErrorRecord for a failed source."""
    message = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return ErrorRecord(source=source, error=f"{type(error).__name__}: {message}")


def _start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"
