"""How a ``Document`` looks in a terminal, and the sweep that both of its views share.

Both views (this plain text and the notebook's HTML, ``ruskin.views.notebook``) share two steps:
a sweep over mention boundaries that cuts the text into pieces, each covered by a stack of
mentions (outer first), and ``record_tables`` (``ruskin.views.tables``), the records as rows of
names with every id resolved.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..record_types import Mention
from .tables import Table, record_tables

if TYPE_CHECKING:
    from ..records import Document

__all__ = ["Table", "document_text", "head_line", "markup", "pieces", "record_tables"]

WIDTH = 100


Piece = tuple[int, int, tuple[Mention, ...]]


def pieces(document: Document) -> Iterator[Piece]:
    """Cut the text at every mention boundary; yield ``(start, stop, mentions covering it)``."""
    size = len(document.text)
    mentions = sorted(
        (m for m in document.mentions if 0 <= m.start < m.stop <= size),
        key=lambda m: (m.start, -m.stop, m.id),
    )
    # ``active`` stays in (start, -stop) order, outer mentions first, as mentions arrive in it.
    cuts = sorted({0, size, *(m.start for m in mentions), *(m.stop for m in mentions)})
    active: list[Mention] = []
    following = iter(mentions)
    upcoming = next(following, None)
    for start, stop in zip(cuts, cuts[1:]):
        active = [m for m in active if m.stop > start]
        while upcoming is not None and upcoming.start == start:
            active.append(upcoming)
            upcoming = next(following, None)
        yield start, stop, tuple(active)


def markup(
    document: Document,
    opening: Callable[[Mention], str],
    closing: Callable[[Mention, bool], str],
    plain: Callable[[str], str],
) -> str:
    """The text with every mention wrapped; ``closing`` learns whether the mention ends there."""
    out: list[str] = []
    stack: tuple[Mention, ...] = ()
    end: Piece = (len(document.text), len(document.text), ())
    for start, stop, active in [*pieces(document), end]:
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(closing(m, m.stop <= start) for m in reversed(stack[keep:]))
        out.extend(opening(m) for m in active[keep:])
        out.append(plain(document.text[start:stop]))
        stack = active
    return "".join(out)


def head_line(document: Document) -> str:
    """One line about the document: source, date and how many records of each kind."""
    parts = [document.source or "", str(document.doc_date or "")]
    counts = [("mentions", document.mentions), ("persons", document.persons), ("positions", document.positions),
              ("events", document.events), ("dates", document.dates), ("quotes", document.quotes)]
    parts += [f"{len(records)} {name}" for name, records in counts if records]
    return " · ".join(part for part in parts if part)



# ---------------------------------------------------------------- plain text


def _fit(widths: list[int], width: int) -> list[int]:
    """Shrink the widest columns until a row with two-space gaps fits in ``width``."""
    widths = list(widths)
    while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > 8:
        widths[widths.index(max(widths))] -= 1
    return widths


def _cell_lines(text: str, width: int) -> list[str]:
    """One cell wrapped to ``width`` columns (at least one line)."""
    return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False) or [""]


def _row_text(row: tuple[str, ...], widths: list[int]) -> list[str]:
    """One row as lines of columns aligned with spaces; long cells wrap onto further lines."""
    cells = [_cell_lines(cell, w) for cell, w in zip(row, widths)]
    depth = max(len(lines) for lines in cells)
    return [
        "  ".join((lines[i] if i < len(lines) else "").ljust(w) for lines, w in zip(cells, widths)).rstrip()
        for i in range(depth)
    ]


def _table_text(table: Table, width: int) -> str:
    """One section as a title and aligned columns, fitted to ``width``."""
    natural = [max(len(" ".join(row[i].split())) for row in [table.headers, *table.rows]) for i in range(len(table.headers))]
    widths = _fit(natural, width)
    lines = [*_row_text(table.headers, widths), "  ".join("-" * w for w in widths)]
    for row in table.rows:
        lines += _row_text(row, widths)
    return f"{table.title}\n" + "\n".join(lines)


def document_text(document: Document, width: int = WIDTH) -> str:
    """The document as plain text: mentions marked ``[text]TYPE`` inline, then aligned tables."""
    marked = markup(document, lambda m: "[", lambda m, ends: f"]{m.type}", lambda text: text)
    wrapped = "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if line.strip() else ""
        for line in marked.splitlines()
    )
    blocks = [head_line(document), wrapped, *(_table_text(t, width) for t in record_tables(document))]
    return "\n\n".join(block for block in blocks if block)
