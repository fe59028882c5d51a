"""HTML to readable text: one paragraph a line, no scripts, styles or markup.

The returned text is the document: ruskin's offsets point into it, not into the markup.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_SPACES = re.compile(r"\s+")

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


def html_to_text(markup: str) -> str:
    """Turn an HTML page into plain text, one block (title, heading, paragraph) a line."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    body = _tidy("".join(parser.parts))
    title = " ".join("".join(parser.title).split())
    return "\n".join(part for part in (title, body) if part)


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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._hidden.clear()
            self._title_done = bool(self.title)
        elif tag in _HIDDEN:
            self._hidden.append(tag)
        elif tag == "br" and not self._hidden:
            self._break_line()
        self._enter(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
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
        self.parts.append(data)

    def _enter(self, tag: str) -> None:
        if tag == "pre":
            self._pre_depth += 1
        if tag in _BLOCKS:
            self._pending_break = True

    def _break_line(self) -> None:
        self._flush_break()
        self.parts.append("\n")

    def _flush_break(self) -> None:
        if self._pending_break and self.parts:
            self.parts.append("\n")
        self._pending_break = False


def _tidy(raw: str) -> str:
    """Collapse spaces inside lines, strip lines, and keep at most one empty line in a row."""
    lines: list[str] = []
    for line in raw.split("\n"):
        line = " ".join(line.split())
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip()
