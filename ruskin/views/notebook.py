"""A Document as self-contained HTML, for Jupyter: ``Document.to_html()`` and its rich display.

The page reads top down: a line about the document, the record tables (the summary), a
legend, then the text with every mention in a ``<mark>``. The text is cut into blocks by
page zone, each with a ``data-zone`` attribute; blocks outside the article (comments,
links, navigation, captions, bylines) are greyed and collapsed. Nested mentions get boxes a little
taller than the ones inside them, never taller than a line, so no box reaches into the next
line. Inline CSS only: no scripts, no external URLs; every piece of text goes through
``html.escape``.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, get_args

from ..record_types import Mention, MentionType, Sentence
from .display import head_line, markup, pieces
from .keep import ARTICLE_ZONES
from .tables import Table, record_tables

if TYPE_CHECKING:
    from ..records import Document

__all__ = ["COLOURS", "FONT_PX", "LINE_HEIGHT", "PADDINGS_PX", "TYPES", "Block", "document_html", "zone_blocks"]

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

FONT_PX = 14
LINE_HEIGHT = 2.6
"""Line height of the text, in ems: room for the tallest box (see ``PADDINGS_PX``)."""
PADDINGS_PX = (1, 3, 5, 7)
"""Vertical padding of a mark with 0, 1, 2, 3 or more levels of marks inside it."""

NOISE = "dropped"
"""The zone of text that lies in no sentence: what ``keep_zones`` left out."""

_CSS = f"""
.rk-doc{{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:{FONT_PX}px;max-width:100%}}
.rk-doc .rk-head{{font-size:12px;opacity:.75;margin:0 0 6px}}
.rk-doc .rk-legend{{margin:10px 0 8px;line-height:2}}
.rk-doc .rk-legend .rk-m{{margin-right:6px}}
.rk-doc .rk-n{{font-size:11px;opacity:.7;margin-left:3px}}
.rk-doc .rk-text{{white-space:pre-wrap;overflow-wrap:anywhere;line-height:{LINE_HEIGHT};margin:0 0 12px}}
.rk-doc mark.rk-m{{color:#1a1a1a;border:1px solid;border-radius:4px;padding:{PADDINGS_PX[0]}px 3px;margin:0 1px;
-webkit-box-decoration-break:clone;box-decoration-break:clone}}
""" + "".join(
    f".rk-doc mark.rk-h{level}{{padding:{pad}px {3 + level}px}}\n" for level, pad in enumerate(PADDINGS_PX) if level
) + """
.rk-doc .rk-t{font-size:9px;font-weight:600;letter-spacing:.03em;margin-left:3px;opacity:.7;vertical-align:1px}
.rk-doc .rk-noise{opacity:.55}
.rk-doc .rk-noise>summary{cursor:pointer;font-size:12px;font-style:italic;white-space:normal}
.rk-doc h4{font-size:14px;margin:14px 0 4px}
.rk-doc table{border-collapse:collapse;font-size:13px;margin:0 0 8px}
.rk-doc table th,.rk-doc table td{text-align:left;vertical-align:top;padding:3px 10px 3px 0;
border:0;border-bottom:1px solid rgba(128,128,128,.35);background:transparent;color:inherit}
.rk-doc table th{font-weight:600}
"""


@dataclass(frozen=True, slots=True)
class Block:
    """A run of the text in one page zone: ``text[start:stop]``."""

    start: int
    stop: int
    zone: str


def zone_blocks(document: Document) -> list[Block]:
    """The text cut into runs of one zone each, covering it all; whitespace joins the run before it."""
    parts = list(_parts(document.sentences, document.text))
    zones = [zone for _, _, zone in parts]
    for number in range(len(zones)):
        zones[number] = zones[number] or _near(zones, number)
    blocks: list[Block] = []
    for (start, stop, _), zone in zip(parts, zones):
        if blocks and blocks[-1].zone == zone:
            blocks[-1] = Block(blocks[-1].start, stop, zone)
        else:
            blocks.append(Block(start, stop, zone))
    return blocks or [Block(0, len(document.text), "body")]


def _parts(sentences: tuple[Sentence, ...], text: str) -> Iterator[tuple[int, int, str]]:
    """Sentences with their zone, and the gaps between them: "" if blank, ``NOISE`` if not."""
    cursor = 0
    for sentence in sorted(sentences, key=lambda s: s.start):
        start, stop = max(sentence.start, cursor), max(sentence.stop, cursor)
        if cursor < start:
            yield cursor, start, NOISE if text[cursor:start].strip() else ""
        if start < stop:
            yield start, stop, sentence.zone
        cursor = stop
    if cursor < len(text):
        yield cursor, len(text), NOISE if text[cursor:].strip() else ""


def _near(zones: list[str], number: int) -> str:
    """The zone of the nearest part before (or, for leading blanks, after) a blank one."""
    before = [zone for zone in zones[:number] if zone]
    return before[-1] if before else next((zone for zone in zones[number:] if zone), "body")


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
    deepest = len(PADDINGS_PX) - 1

    def opening(m: Mention) -> str:
        title = html.escape(f"{m.type} · {m.normal} · {m.id}")
        height = min(heights.get(m.id, 0), deepest)
        return f'<mark class="rk-m rk-{m.type} rk-h{height}" data-id="{html.escape(m.id)}" title="{title}">'

    def closing(m: Mention, ends: bool) -> str:
        return (f'<span class="rk-t">{m.type}</span>' if ends else "") + "</mark>"

    return markup(document, opening, closing, html.escape)


def _block_document(document: Document, block: Block) -> Document:
    """The block's text with the mentions in it, offsets from the block's start (crossing ones cut)."""
    inside = [
        m.model_copy(update={"start": max(m.start, block.start) - block.start, "stop": min(m.stop, block.stop) - block.start})
        for m in document.mentions
        if m.start < block.stop and m.stop > block.start
    ]
    return document.model_copy(update={"text": document.text[block.start : block.stop], "mentions": tuple(inside)})


def _block_html(document: Document, block: Block) -> str:
    """One block: the article's zones open, the rest greyed and collapsed under a one-line summary."""
    part = _block_document(document, block)
    marked, zone = _marked_html(part), html.escape(block.zone)
    if block.zone in ARTICLE_ZONES:
        return f'<div class="rk-zone" data-zone="{zone}">{marked}</div>'
    summary = f"{zone} · {_count(len(part.text.split()), 'word')} · {_count(len(part.mentions), 'mention')}"
    return f'<details class="rk-zone rk-noise" data-zone="{zone}"><summary>{summary}</summary>{marked}</details>'


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}{'' if number == 1 else 's'}"


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


def document_html(document: Document) -> str:
    """The document as self-contained HTML: a summary line, record tables, a legend, the marked text."""
    tables = "".join(_table_html(table) for table in record_tables(document))
    text = "".join(_block_html(document, block) for block in zone_blocks(document))
    return (
        f'<div class="rk-doc">{_style()}<div class="rk-head">{html.escape(head_line(document))}</div>'
        f'<div class="rk-tables">{tables}</div>{_legend_html(document)}<div class="rk-text">{text}</div></div>'
    )
