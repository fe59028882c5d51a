"""Inputs named on the command line or given to ``extract_files``: paths, folders, globs, stdin.

One of the two places that know about files (with ``batch``): it expands what the user
named into a list of sources and reads one source into text.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .decode import decode_bytes, looks_like_html
from .errors import InputTooLargeError, InputTypeError
from .html import html_to_text

STDIN = "-"


@dataclass(frozen=True, slots=True)
class ReadText:
    """The text of one input and the encoding its bytes were decoded from."""

    text: str
    encoding: str


def expand_sources(names: Iterable[str | Path] | str | Path) -> list[str]:
    """Files, every non-hidden file under folders (sorted), glob matches and ``-``, in order.

    ``names`` is a list of paths or one path. A name that matches nothing is kept, so that
    reading it reports the error; ``InputTypeError`` for bytes or a name that is not a path.
    """
    sources: list[str] = []
    for name in map(_path_name, path_list(names)):
        sources.extend(_expand(name))
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


def _expand(name: str) -> Iterator[str]:
    path = Path(name)
    if name == STDIN or path.is_file():
        yield name
    elif path.is_dir():
        yield from (str(p) for p in sorted(path.rglob("*")) if p.is_file() and not _hidden(p, path))
    elif glob.has_magic(name):
        yield from (m for m in sorted(glob.glob(name, recursive=True)) if Path(m).is_file())
    else:
        yield name


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_source(source: str, *, max_chars: int | None = None) -> ReadText:
    """Read and decode one source; HTML becomes text. Raises ``OSError`` or ``InputError``."""
    data = sys.stdin.buffer.read() if source == STDIN else Path(source).read_bytes()
    decoded = decode_bytes(data)
    text = html_to_text(decoded.text) if looks_like_html(decoded.text) else decoded.text
    if max_chars is not None and len(text) > max_chars:
        raise InputTooLargeError(f"{len(text):,} characters, over the limit of {max_chars:,}")
    return ReadText(text, decoded.encoding)
