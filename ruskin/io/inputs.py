"""Inputs named on the command line or given to ``extract_files``: paths, folders, globs, stdin.

One of the two places that know about files (with ``batch``): it expands what the user
named into a list of sources and reads one source into text.

Every read is bounded before anything is parsed: bytes are read in chunks up to a limit
(so ``/dev/zero`` or an endless FIFO stops), the first chunk is checked for binary data,
and an HTML page's markup is checked against the character limit before it is parsed.
Files are opened without blocking, so a FIFO that nobody writes to is an error, not a hang.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .decode import check_head, decode_bytes, looks_like_html
from ..errors import InputError, InputTooLargeError, InputTypeError, NoMatchError
from .html import html_page
from ..nlp.zones import ZoneHints

STDIN = "-"
DEFAULT_MAX_BYTES = 50_000_000
"""Inputs longer than this many bytes are error records unless the caller sets another limit."""
MARKUP_PER_CHAR = 20
"""An HTML page may have this many characters of markup per character of the ``max_chars`` limit."""
_CHUNK = 1 << 20
_HEAD = 65536


@dataclass(frozen=True, slots=True)
class ReadText:
    """The text of one input, the encoding its bytes were decoded from, and doubts about it."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()
    zone_hints: ZoneHints = ()


@dataclass(slots=True)
class Sources:
    """Sources in the order named; ``skipped`` gives the reason for entries not to be read."""

    names: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)


def expand_sources(names: Iterable[str | Path] | str | Path, *, exclude: Iterable[str | Path] = ()) -> list[str]:
    """Files, every non-hidden file under folders (sorted), glob matches and ``-``, in order.

    ``names`` is a list of paths or one path; ``InputTypeError`` for bytes or a name that
    is not a path. A name that matches nothing is kept, so that reading it reports the error; a glob that
    matches nothing raises ``NoMatchError``. Folder entries that cannot be read as files
    (FIFOs, devices, dangling or looping links) are listed too: see ``gather_sources``.
    """
    return gather_sources(names, exclude=exclude).names


def gather_sources(names: Iterable[str | Path] | str | Path, *, exclude: Iterable[str | Path] = ()) -> Sources:
    """``expand_sources`` with the reason each skipped folder entry is not read.

    ``exclude`` (the output file) is never a source, whether named or found in a folder.
    """
    sources = Sources()
    excluded = {_identity(Path(name)) for name in exclude} - {None}
    for name in map(_path_name, path_list(names)):
        for source, reason in _expand(name):
            if source != STDIN and _identity(Path(source)) in excluded:
                continue
            sources.names.append(source)
            if reason:
                sources.skipped[source] = reason
    return sources


def path_list(names: object) -> Iterable[object]:
    """``names`` as an iterable of names: one path (``str`` or ``Path``) becomes a list of one."""
    if isinstance(names, (str, Path)):
        return [names]
    if isinstance(names, (bytes, bytearray)) or not isinstance(names, Iterable):
        raise InputTypeError(f"expected a path or a list of paths (str or pathlib.Path), got {type(names).__name__}")
    return names


def _path_name(name: object) -> str:
    if not isinstance(name, (str, Path)):
        raise InputTypeError(f"expected paths as str or pathlib.Path, got {type(name).__name__}: {name!r:.80}")
    return str(name)


def display_name(source: str) -> str:
    """A source as records and messages show it: bytes of a name that are not UTF-8 as ``\\xNN``."""
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(source).decode("utf-8", errors="backslashreplace")
    return source


def _identity(path: Path) -> tuple[int, int] | str | None:
    """What makes two names one file: device and inode if it exists, else the absolute path."""
    try:
        info = path.stat()
    except OSError:
        return str(path.absolute()) if path.name else None
    return info.st_dev, info.st_ino


def _expand(name: str) -> Iterator[tuple[str, str]]:
    path = Path(name)
    if name == STDIN or path.is_file():
        yield name, ""
    elif path.is_dir():
        yield from _walk(path, set())
    elif glob.has_magic(name):
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            raise NoMatchError(f"no file matches {display_name(name)!r}")
        yield from ((match, "") for match in matches if Path(match).is_file())
    else:
        yield name, ""


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[tuple[str, str]]:
    """Non-hidden files under ``folder`` in name order; other entries with the reason they are skipped.

    Links are followed, but a folder already visited (a link loop) is not entered twice.
    """
    info = folder.stat()
    seen.add((info.st_dev, info.st_ino))
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield str(folder), f"folder cannot be read: {error.strerror or error}"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        reason = _skip_reason(path)
        if reason is None and path.is_dir():
            identity = (path.stat().st_dev, path.stat().st_ino)
            if identity in seen:
                yield entry.path, "symbolic link loop (a folder already read)"
            else:
                yield from _walk(path, seen)
            continue
        yield entry.path, reason or ""


def _skip_reason(path: Path) -> str | None:
    """Why a folder entry is not read as a file, or None if it is a file or folder."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if path.is_symlink():
            return "symbolic link loop" if "loop" in str(error).lower() or error.errno == 40 else "dangling symbolic link"
        return f"cannot be read: {error.strerror or error}"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = "FIFO" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device"
    return f"not a regular file ({kind})"


def read_source(
    source: str, *, max_chars: int | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> ReadText:
    """Read and decode one source; HTML becomes text. Raises ``OSError`` or ``InputError``."""
    decoded = decode_bytes(read_bytes(source, max_bytes))
    text, hints = decoded.text, ()
    if looks_like_html(text):
        if max_chars is not None and len(text) > max_chars * MARKUP_PER_CHAR:
            raise InputTooLargeError(
                f"HTML page of {len(text):,} characters, over {MARKUP_PER_CHAR} × the limit of {max_chars:,}"
            )
        page = html_page(text)
        text, hints = page.text, page.zones  # type: ignore[assignment]
    if max_chars is not None and len(text) > max_chars:
        raise InputTooLargeError(f"{len(text):,} characters, over the limit of {max_chars:,}")
    return ReadText(text, decoded.encoding, decoded.warnings, hints)


def read_bytes(source: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, FIFO, device or stdin (``-``), read in chunks up to ``max_bytes``."""
    if source == STDIN:
        return _read_stream(sys.stdin.buffer.fileno(), max_bytes, fifo=False)
    fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "Is a directory")
        if max_bytes is not None and stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise InputTooLargeError(f"input is {info.st_size:,} bytes, over the limit of {max_bytes:,}")
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        return _read_stream(fd, max_bytes, fifo=stat.S_ISFIFO(info.st_mode))
    finally:
        os.close(fd)


def _read_stream(fd: int, max_bytes: int | None, *, fifo: bool) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := os.read(fd, _CHUNK):
        if not chunks:
            check_head(chunk[:_HEAD])
        chunks.append(chunk)
        size += len(chunk)
        if max_bytes is not None and size > max_bytes:
            raise InputTooLargeError(f"input is over the limit of {max_bytes:,} bytes (reading stopped there)")
    if fifo and not chunks:
        raise InputError("nothing to read: a FIFO that no program was writing to")
    return b"".join(chunks)
