"""How a ``Document`` looks: marked-up HTML for Jupyter and plain text for terminals.

Both views share two steps: a sweep over mention boundaries that cuts the text into
pieces, each covered by a stack of mentions (outer first), and ``record_tables``, the
records as rows of names with every id resolved. The HTML is self-contained: inline
CSS, no scripts, no external URLs, and every piece of text goes through ``html.escape``.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import get_args

from .records import Agency, Document, Event, Initiative, Mention, MentionType, Person, Region

__all__ = ["Table", "document_html", "document_text", "record_tables"]

TYPES: tuple[str, ...] = get_args(MentionType)

# Background and border of each mention type; the mark's text is always dark.
COLOURS: dict[str, tuple[str, str]] = {
    "PERSON": ("#ffd8a8", "#e8590c"),
    "ROLE": ("#c3fae8", "#0ca678"),
    "AGENCY": ("#a5d8ff", "#1c7ed6"),
    "ORGANIZATION": ("#d0bfff", "#7048e8"),
    "REGION": ("#99e9f2", "#1098ad"),
    "CITY": ("#d8f5a2", "#66a80f"),
    "COUNTRY": ("#dee2e6", "#495057"),
    "LOCATION": ("#ffec99", "#f08c00"),
    "INITIATIVE": ("#fcc2d7", "#d6336c"),
    "EVENT": ("#ffc9c9", "#e03131"),
    "DATE": ("#e9d8c4", "#8c6239"),
}

WIDTH = 100


@dataclass(frozen=True)
class Table:
    """One section of a document's records: a title, column headers and rows of text."""

    title: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]


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


def _markup(
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


# ---------------------------------------------------------------- record tables


def _names(document: Document) -> dict[str, str]:
    """Id of every named record (person, agency, region, initiative, event) → its name."""
    named: list[Person | Agency | Region | Initiative | Event] = [
        *document.persons, *document.agencies, *document.regions, *document.initiatives, *document.events
    ]
    return {record.id: record.name for record in named}


def _dates(start: str | None, end: str | None) -> str:
    """``start – end``, or one date when the range is a single day."""
    if end and end != start:
        return f"{start or '?'} – {end}"
    return start or ""


def _officials(document: Document, names: dict[str, str]) -> list[tuple[str, ...]]:
    """Each person's posts (agency and region resolved), or one bare row for a person without any."""
    rows: list[tuple[str, ...]] = []
    persons = [p.id for p in document.persons]
    strays = [p.person for p in document.positions if p.person not in persons]
    for person in persons + list(dict.fromkeys(strays)):
        posts = [p for p in document.positions if p.person == person]
        name = names.get(person, person)
        rows += [
            (name, p.title + ("" if p.status == "current" else f" ({p.status})"),
             names.get(p.agency or "", p.agency or ""), names.get(p.region or "", p.region or ""))
            for p in posts
        ] or [(name, "", "", "")]
    return rows


def _event_row(event: Event, document: Document, names: dict[str, str]) -> tuple[str, ...]:
    """Name, kind, place (the location mention), dates and ``name (part)`` of each participant
    (``name (part, as губернатор)`` for one the text names only by the post)."""
    places = {m.id: m.normal or m.text for m in document.mentions}
    titles = {p.id: p.title for p in document.positions}
    people = [f"{names.get(o, o)} (organizer)" for o in event.organizers]
    people += [
        f"{names.get(p.person, p.person)} ({p.part}" + (f", as {titles[p.position]})" if p.position in titles else ")")
        for p in event.participants
    ]
    place = places.get(event.location or "", event.location or "")
    return (event.name, event.kind or "", place, _dates(event.start, event.end), ", ".join(people))


def record_tables(document: Document) -> list[Table]:
    """The document's records as tables of names, ids resolved; empty sections left out."""
    names = _names(document)
    texts = {m.id: m.text for m in document.mentions}
    tables = [
        Table("Officials", ("person", "post", "agency", "region"), _officials(document, names)),
        Table("Events", ("name", "kind", "place", "dates", "participants"),
              [_event_row(e, document, names) for e in document.events]),
        Table("Initiatives", ("name", "kind"), [(i.name, i.kind or "") for i in document.initiatives]),
        Table("Dates", ("text", "date", "precision"),
              [(texts.get(d.mention, d.mention), _dates(d.start, d.end), d.precision or "") for d in document.dates]),
        Table("Quotes", ("speaker", "quote"),
              [(names.get(q.speaker or "", q.speaker or ""), q.text) for q in document.quotes]),
    ]
    return [_trimmed(table) for table in tables if table.rows]


def _trimmed(table: Table) -> Table:
    """The table without the columns after the first that are empty in every row."""
    keep = [i for i in range(len(table.headers)) if i == 0 or any(row[i] for row in table.rows)]
    headers, *rows = [tuple(row[i] for i in keep) for row in [table.headers, *table.rows]]
    return Table(table.title, headers, rows)


# ---------------------------------------------------------------- HTML

_CSS = """
.rk-doc{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:14px;max-width:100%}
.rk-doc .rk-head{font-size:12px;opacity:.75;margin:0 0 6px}
.rk-doc .rk-legend{margin:0 0 8px;line-height:2}
.rk-doc .rk-legend .rk-m{margin-right:6px}
.rk-doc .rk-n{font-size:11px;opacity:.7;margin-left:3px}
.rk-doc .rk-text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.95;margin:0 0 12px}
.rk-doc mark.rk-m{color:#1a1a1a;border:1px solid;border-radius:4px;padding:1px 3px;margin:0 1px}
.rk-doc mark.rk-h1{padding:4px 4px}
.rk-doc mark.rk-h2{padding:7px 5px}
.rk-doc mark.rk-h3{padding:10px 6px}
.rk-doc .rk-t{font-size:9px;font-weight:600;letter-spacing:.03em;margin-left:3px;opacity:.7;vertical-align:1px}
.rk-doc h4{font-size:14px;margin:14px 0 4px}
.rk-doc table{border-collapse:collapse;font-size:13px;margin:0 0 8px}
.rk-doc table th,.rk-doc table td{text-align:left;vertical-align:top;padding:3px 10px 3px 0;
border:0;border-bottom:1px solid rgba(128,128,128,.35);background:transparent;color:inherit}
.rk-doc table th{font-weight:600}
"""


def _style() -> str:
    """The stylesheet, with one colour rule per mention type."""
    rules = [f".rk-doc .rk-{t}{{background:{bg};border-color:{line}}}" for t, (bg, line) in COLOURS.items()]
    return "<style>" + _CSS + "\n".join(rules) + "</style>"


def _heights(document: Document) -> dict[str, int]:
    """Mention id → how many levels of mentions nest inside it (0 for a leaf)."""
    heights: dict[str, int] = {}
    for _, _, active in pieces(document):
        for depth, mention in enumerate(active):
            heights[mention.id] = max(heights.get(mention.id, 0), len(active) - depth - 1)
    return heights


def _marked_html(document: Document) -> str:
    """The escaped text with a ``<mark>`` per mention, nested marks for nested mentions."""
    heights = _heights(document)

    def opening(m: Mention) -> str:
        title = html.escape(f"{m.type} · {m.normal} · {m.id}")
        height = min(heights.get(m.id, 0), 3)
        return f'<mark class="rk-m rk-{m.type} rk-h{height}" data-id="{html.escape(m.id)}" title="{title}">'

    def closing(m: Mention, ends: bool) -> str:
        return (f'<span class="rk-t">{m.type}</span>' if ends else "") + "</mark>"

    return _markup(document, opening, closing, html.escape)


def _legend_html(document: Document) -> str:
    """A swatch for each mention type present, in ``MentionType`` order, with its count."""
    counts = {t: sum(m.type == t for m in document.mentions) for t in TYPES}
    swatches = [
        f'<mark class="rk-m rk-{t}">{t}<span class="rk-n">{n}</span></mark>' for t, n in counts.items() if n
    ]
    return f'<div class="rk-legend">{"".join(swatches)}</div>' if swatches else ""


def _table_html(table: Table) -> str:
    """One section as a heading and an HTML table."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in table.headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in table.rows
    )
    return f"<h4>{html.escape(table.title)}</h4><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _head(document: Document) -> str:
    """One line about the document: source, date and how many records of each kind."""
    parts = [document.source or "", str(document.doc_date or "")]
    counts = [("mentions", document.mentions), ("persons", document.persons), ("positions", document.positions),
              ("events", document.events), ("dates", document.dates), ("quotes", document.quotes)]
    parts += [f"{len(records)} {name}" for name, records in counts if records]
    return " · ".join(part for part in parts if part)


def document_html(document: Document) -> str:
    """The document as self-contained HTML: highlighted text, a legend, then record tables."""
    tables = "".join(_table_html(table) for table in record_tables(document))
    return (
        f'<div class="rk-doc">{_style()}<div class="rk-head">{html.escape(_head(document))}</div>'
        f'{_legend_html(document)}<div class="rk-text">{_marked_html(document)}</div>{tables}</div>'
    )


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
    marked = _markup(document, lambda m: "[", lambda m, ends: f"]{m.type}", lambda text: text)
    wrapped = "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if line.strip() else ""
        for line in marked.splitlines()
    )
    blocks = [_head(document), wrapped, *(_table_text(t, width) for t in record_tables(document))]
    return "\n\n".join(block for block in blocks if block)
