"""JSON Lines output that a crash or Ctrl-C never leaves with a broken line.

Each line goes to the file in one ``os.writev`` call on an append-only descriptor; on
``--resume`` a trailing partial line (from a power cut, say) is cut off first and the
sources already written are skipped. A target that cannot be opened or written (missing
folder, read-only, disk full, a closed pipe) raises ``OutputError`` with the reason.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from types import TracebackType

from ..errors import OutputError


class JsonlWriter:
    """Append whole lines to a file, or to stdout when ``path`` is None."""

    def __init__(self, path: Path | None, *, resume: bool = False) -> None:
        self.path = path
        self.done: set[str] = set()
        if path is None:
            self.fd = sys.stdout.fileno()
            return
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
        try:
            if resume and path.exists():
                self.done = completed_sources(path)
            self.fd = os.open(path, flags, 0o644)
        except OSError as error:
            raise OutputError(f"cannot write {path}: {error.strerror or error}") from None

    def write(self, line: str) -> None:
        """Write one line (without its newline) whole, in one system call where the system allows.

        The line is not copied to add its newline: a 20 MB document's line is large.
        """
        parts = [memoryview(line.encode("utf-8")), memoryview(b"\n")]
        try:
            while parts:
                parts = _unwritten(parts, _write_parts(self.fd, parts))
        except OSError as error:
            raise OutputError(f"cannot write {self.path or 'the standard output'}: {error.strerror or error}") from None

    def close(self) -> None:
        """Close the file (stdout stays open)."""
        if self.path is not None:
            os.close(self.fd)

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def _write_parts(fd: int, parts: list[memoryview]) -> int:
    """Write ``parts`` in one call (``os.writev``; one part at a time where there is none)."""
    if hasattr(os, "writev"):
        return os.writev(fd, parts)
    return os.write(fd, parts[0])


def _unwritten(parts: list[memoryview], written: int) -> list[memoryview]:
    """What is left of ``parts`` after the first ``written`` bytes went out."""
    left = list(parts)
    while left and written >= len(left[0]):
        written -= len(left[0])
        left.pop(0)
    if left:
        left[0] = left[0][written:]
    return left


def completed_sources(path: Path) -> set[str]:
    """Sources of the whole lines in ``path``; a trailing partial line is removed from the file."""
    _drop_partial_line(path)
    done = set()
    with path.open(encoding="utf-8") as file:
        for line in file:
            source = _source_of(line)
            if source is not None:
                done.add(source)
    return done


def _source_of(line: str) -> str | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    source = record.get("source") if isinstance(record, dict) else None
    return source if isinstance(source, str) else None


def _drop_partial_line(path: Path) -> None:
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        data_end = _last_newline(file, size)
        file.truncate(data_end)


def _last_newline(file, size: int) -> int:  # type: ignore[no-untyped-def]
    step = 65536
    position = size
    while position > 0:
        start = max(0, position - step)
        file.seek(start)
        chunk = file.read(position - start)
        index = chunk.rfind(b"\n")
        if index >= 0:
            return start + index + 1
        position = start
    return 0
