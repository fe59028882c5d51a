"""HTML to readable text: one paragraph a line, no scripts, styles or markup.

The returned text is the document: ruskin's offsets point into it, not into the markup.
``html_page`` also says which lines the page's structure puts outside the article: menus
(``<nav>``, a ``<header>`` or ``<footer>`` outside ``<article>``/``<main>``), asides,
figure captions, and blocks whose class, id or role names comments, sharing buttons,
breadcrumbs or related links (``ruskin.nlp.zones`` takes those zones as given).

Python's HTML parser is quadratic or worse on some broken markup (``'<!--' * 80000``,
``'<a ' * 40000``), so comments are removed and a ``<`` that no ``>`` closes before the
next ``<`` is made text before parsing, both in one linear pass each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..records import Zone

__all__ = ["Page", "html_page", "html_to_text"]

_SPACES = re.compile(r"\s+")
_LONE_LT = re.compile(r"<(?![^<>]*>)")  # linear: each lookahead stops at the next < or >
_NAME_PARTS = re.compile(r"[\s_-]+")

# Structural elements and the zone of what they hold; header and footer only outside the article.
_ZONE_TAGS: dict[str, Zone] = {
    "nav": "navigation", "menu": "navigation", "header": "navigation", "footer": "navigation",
    "aside": "links", "figcaption": "caption",
}  # fmt: skip
_ARTICLE_TAGS = frozenset({"article", "main"})
_OUTSIDE_ONLY = frozenset({"header", "footer"})
_ROLES: dict[str, Zone] = {
    "navigation": "navigation", "banner": "navigation", "contentinfo": "navigation", "menu": "navigation",
    "menubar": "navigation", "complementary": "links",
}  # fmt: skip
# Words in a class or id (split at spaces, "-" and "_") that name a block outside the article.
_NAME_WORDS: dict[str, Zone] = {
    "comment": "comments", "comments": "comments", "share": "navigation", "sharing": "navigation",
    "social": "navigation", "breadcrumb": "navigation", "breadcrumbs": "navigation", "menu": "navigation",
    "navbar": "navigation", "pagination": "navigation", "related": "links", "recommended": "links",
    "readmore": "links", "caption": "caption", "sidebar": "links", "byline": "byline", "author": "byline",
}  # fmt: skip
_OUTSIDE_WORDS: dict[str, Zone] = {"header": "navigation", "footer": "navigation"}  # outside the article only
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)

# Elements whose content is never shown as page text; <title> is kept aside.
_HIDDEN = frozenset({"head", "script", "style", "noscript", "template", "title", "svg", "iframe"})
# Elements that start and end a line of their own.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Page:
    """A page's text and the lines its structure places in a zone: ``(start, stop, zone)``."""

    text: str
    zones: tuple[tuple[int, int, Zone], ...] = ()


def html_to_text(markup: str) -> str:
    """Turn an HTML page into plain text, one block (title, heading, paragraph) a line."""
    return html_page(markup).text


def html_page(markup: str) -> Page:
    """The page's text, one block a line, with the zones its structure gives some lines."""
    parser = _TextParser()
    parser.feed(_defused(markup))
    parser.close()
    title = " ".join("".join(parser.title).split())
    lines = ([(title, None)] if title else []) + _tidy_lines(_raw_lines(parser.parts, parser.zones))
    return _page(lines)


def _defused(markup: str) -> str:
    """The markup without comments (an unclosed one runs to the end) and with lone ``<`` as text."""
    kept, position = [], 0
    while (start := markup.find("<!--", position)) >= 0:
        kept.append(markup[position:start])
        stop = markup.find("-->", start + 4)
        position = len(markup) if stop < 0 else stop + 3
    kept.append(markup[position:])
    return _LONE_LT.sub("&lt;", "".join(kept))


def _raw_lines(parts: list[str], zones: list[Zone | None]) -> list[tuple[str, Zone | None]]:
    """The parser's pieces cut into lines; a line's zone is that of its first visible piece."""
    lines: list[tuple[str, Zone | None]] = []
    line: list[str] = []
    zone: Zone | None = None
    seen = False
    for part, part_zone in zip(parts, zones):
        pieces = part.split("\n")
        for number, piece in enumerate(pieces):
            if number:
                lines.append(("".join(line), zone))
                line, zone, seen = [], None, False
            line.append(piece)
            if piece.strip() and not seen:
                zone, seen = part_zone, True
    lines.append(("".join(line), zone))
    return lines


def _tidy_lines(raw: list[tuple[str, Zone | None]]) -> list[tuple[str, Zone | None]]:
    """Spaces collapsed, lines stripped, at most one empty line in a row, none at either end."""
    lines: list[tuple[str, Zone | None]] = []
    for text, zone in raw:
        text = " ".join(text.split())
        if text or (lines and lines[-1][0]):
            lines.append((text, zone))
    while lines and not lines[-1][0]:
        lines.pop()
    return lines


def _page(lines: list[tuple[str, Zone | None]]) -> Page:
    zones: list[tuple[int, int, Zone]] = []
    offset = 0
    for text, zone in lines:
        if zone is not None and text:
            zones.append((offset, offset + len(text), zone))
        offset += len(text) + 1
    return Page("\n".join(text for text, _ in lines), tuple(zones))


class _TextParser(HTMLParser):
    """Collects visible text, marking block boundaries with line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._hidden: list[str] = []
        self._title_done = False
        self._pending_break = False
        self._pre_depth = 0
        self.zones: list[Zone | None] = []  # the zone of each part
        self._open: dict[str, int] = {}  # open elements by tag
        self._zoned: list[tuple[str, int, Zone]] = []  # (tag, its depth, zone) of open zoned elements

    @property
    def zone(self) -> Zone | None:
        """The zone the page's structure puts the current text in (None: not said)."""
        return self._zoned[-1][2] if self._zoned else None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._hidden.clear()
            self._title_done = bool(self.title)
        elif tag in _HIDDEN:
            self._hidden.append(tag)
        elif tag == "br" and not self._hidden:
            self._break_line()
        self._enter(tag)
        self._open_element(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN:
            self.handle_starttag(tag, attrs)
            self._close_element(tag)

    def _open_element(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        depth = self._open[tag] = self._open.get(tag, 0) + 1
        inside_article = any(self._open.get(name) for name in _ARTICLE_TAGS)
        zone = element_zone(tag, attrs, inside_article)
        if zone is not None:
            self._zoned.append((tag, depth, zone))

    def _close_element(self, tag: str) -> None:
        depth = self._open.get(tag, 0)
        if not depth:
            return
        for number in range(len(self._zoned) - 1, -1, -1):
            if self._zoned[number][:2] == (tag, depth):
                del self._zoned[number:]
                break
        self._open[tag] = depth - 1

    def handle_endtag(self, tag: str) -> None:
        self._close_element(tag)
        if tag in self._hidden:
            while self._hidden.pop() != tag:
                pass
        if self.title and "title" not in self._hidden:
            self._title_done = True
        if tag == "pre" and self._pre_depth:
            self._pre_depth -= 1
        if tag in _BLOCKS:
            self._pending_break = True

    def handle_data(self, data: str) -> None:
        if self._hidden:
            if self._hidden[-1] == "title" and not self._title_done:
                self.title.append(data)
            return
        if self._pre_depth:
            data = data.replace("\r\n", "\n").replace("\r", "\n")
        else:
            data = _SPACES.sub(" ", data)
        if data.strip():
            self._flush_break()
        self._add(data)

    def _add(self, part: str) -> None:
        self.parts.append(part)
        self.zones.append(self.zone)

    def _enter(self, tag: str) -> None:
        if tag == "pre":
            self._pre_depth += 1
        if tag in _BLOCKS:
            self._pending_break = True

    def _break_line(self) -> None:
        self._flush_break()
        self._add("\n")

    def _flush_break(self) -> None:
        if self._pending_break and self.parts:
            self._add("\n")
        self._pending_break = False


def element_zone(tag: str, attrs: list[tuple[str, str | None]], inside_article: bool) -> Zone | None:
    """The zone an element's tag, role, class or id gives its content; None if they say nothing."""
    if tag in _ZONE_TAGS and not (tag in _OUTSIDE_ONLY and inside_article):
        return _ZONE_TAGS[tag]
    values = dict(attrs)
    role = (values.get("role") or "").strip().lower()
    if role in _ROLES:
        return _ROLES[role]
    words = _NAME_PARTS.split(f"{values.get('class') or ''} {values.get('id') or ''}".lower())
    named = {**_NAME_WORDS, **({} if inside_article else _OUTSIDE_WORDS)}
    return next((named[word] for word in words if word in named), None)
