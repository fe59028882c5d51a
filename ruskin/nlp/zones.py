"""Page zones: which part of a scraped page each sentence is in.

A scraped news page is a headline, the article body and, around it, noise: photo
captions ("Фото:"), reader comments ("Последние комментарии", then "Имя Фамилия
14 марта 2025 19:26 headline" and the comment), lists of other headlines ("Новости
раздела"), navigation (menus, "Архив", a calendar grid). Lines are classified one by
one from the cues in ``ruskin/data/zone_markers.tsv``:

* a *section* line ("Последние комментарии", "Новости раздела", "Архив") puts itself and
  every line after it in its zone until the next section line: once a page falls into
  its trailing noise it stays there; the only way back to the body is a long line of
  running text (twenty words or more, ending a sentence) after a list of headlines
  ("Читайте также" in the middle of an article);
* a *line* or *prefix* cue ("Фото:", "Все новости", "Поделиться") marks that line only;
* a comment header (a name, a date and a time at the start of the line) starts the
  comments once the article has begun (a line of running text came before it); above the
  article such a dated line ("Лента дня 3 марта 2021 г. 07:15") is navigation; a row of
  weekday names ("Пн Вт Ср …") starts a calendar (navigation);
* a *byline* names who wrote the article: a line opening with "Автор:", "Текст:" or
  "Подготовил:" (prefix cues), or the last line of the article when it holds a name and
  nothing else ("Дарья Белова" alone after the last paragraph); a short credit opening with
  "Фото" ("Фото Ольги Ивановой") is a caption;
* the first body line is the title when it looks like a headline (short, no final full
  stop, more text after it); sentences right after it that repeat it are title too (a
  headline glued to the body, split off by the clean-up stage).

A plain text with none of these cues comes out all "body", apart from a headline line.
An HTML page's structure (``ruskin.io.html``) can say a line's zone outright (``hints``): such
a line takes that zone and leaves the running section as it was.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import get_args

from ..dates.lexicon import lexicon
from ..gazetteers.gazetteer import load_table, split_values
from ..record_types import Zone
from .analysis import Analysis, Word

__all__ = ["ZONES", "page_zones", "zone_at", "zone_of_span"]

ZONES: tuple[Zone, ...] = get_args(Zone)
"""Every zone name."""

ARTICLE: frozenset[str] = frozenset({"title", "body"})
"""The zones that belong to the article itself."""

HEADLINE_MAX_WORDS = 30
PARAGRAPH_MIN_WORDS = 20
ARTICLE_MIN_WORDS = 6
CREDIT_MAX_WORDS = 5
BYLINE_MAX_WORDS = 4

_LINE = re.compile(r"[^\n]+")
_COUNT = re.compile(r"\s*\(\d+\)$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Cues:
    """The zone cues of ``zone_markers.tsv`` by kind: form (lower case) → zone."""

    sections: dict[str, str]
    headings: dict[str, str]
    lines: dict[str, str]
    prefixes: dict[str, str]
    weekdays: frozenset[str]
    comment_header: re.Pattern[str]


@cache
def cues() -> Cues:
    """The zone cues, loaded once."""
    kinds: dict[str, dict[str, str]] = {"section": {}, "heading": {}, "line": {}, "prefix": {}, "weekday": {}}
    for row in load_table("zone_markers"):
        for form in split_values(row["forms"]):
            kinds[row["kind"]][form] = row["zone"]
    return Cues(
        kinds["section"], kinds["heading"], kinds["line"], kinds["prefix"], frozenset(kinds["weekday"]), _comment_header()
    )


def _comment_header() -> re.Pattern[str]:
    months = "|".join(sorted(lexicon().months, key=len, reverse=True))
    date = rf"(?:\d{{1,2}}\s+(?:{months})\.?\s+\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})"
    # a commenter: two or three capitalised words ("Иванов Денис"), or a nickname with a digit,
    # an underscore or a Latin letter; not one capitalised word ("Сегодня 3 марта ... в 10:00")
    name = r"(?-i:(?:[A-ZА-ЯЁ][\w.'-]*\s+){2,3}|[\w.'-]*[\d_A-Za-z][\w.'-]*\s+)"
    return re.compile(rf"^\s*{name}{date}\s*(?:г\.?)?,?\s+(?:в\s+)?\d{{1,2}}:\d{{2}}\b", re.IGNORECASE)


ZoneHints = Sequence[tuple[int, int, Zone]]
"""Lines whose zone is known from elsewhere (a page's HTML structure): ``(start, stop, zone)``."""


def page_zones(analysis: Analysis, hints: ZoneHints = ()) -> list[Zone]:
    """One zone per sentence of ``analysis``: title, body, caption, byline, comments, links or navigation."""
    lines = list(_lines(analysis.view))
    starts = [start for start, _ in lines]
    by_line = _line_zones(analysis.view, lines, _hinted(lines, hints))
    _mark_byline(analysis, lines, by_line)
    zones = [by_line[bisect_right(starts, start) - 1] for start, _ in analysis.sentences]
    _mark_title(analysis, lines, by_line, zones)
    return zones


def zone_at(analysis: Analysis, offset: int) -> Zone:
    """Zone of the sentence that holds character ``offset`` ("body" between sentences)."""
    starts = [start for start, _ in analysis.sentences]
    sentence = bisect_right(starts, offset) - 1
    if sentence < 0 or sentence >= len(analysis.zones) or offset >= analysis.sentences[sentence][1]:
        return "body"
    return analysis.zones[sentence]  # type: ignore[return-value]


def zone_of_span(analysis: Analysis, start: int, stop: int) -> Zone:
    """Zone of a span ``text[start:stop]``: the zone of the sentence it starts in."""
    return zone_at(analysis, start if stop > start else max(start - 1, 0))


def _lines(view: str) -> Iterator[tuple[int, int]]:
    for match in _LINE.finditer(view):
        if match.group().strip():
            yield match.span()


def _hinted(lines: list[tuple[int, int]], hints: ZoneHints) -> dict[int, Zone]:
    """Line number → zone, for the lines that a hint covers where they start."""
    hint_starts = [start for start, _, _ in hints]
    hinted: dict[int, Zone] = {}
    for number, (start, _) in enumerate(lines):
        index = bisect_right(hint_starts, start) - 1
        if index >= 0 and start < hints[index][1]:
            hinted[number] = hints[index][2]
    return hinted


def _line_zones(view: str, lines: list[tuple[int, int]], hinted: dict[int, Zone]) -> list[Zone]:
    zones: list[Zone] = []
    section: Zone = "body"
    article = False  # a body paragraph seen: comments may follow it
    for number, (start, stop) in enumerate(lines):
        if number in hinted:
            zones.append(hinted[number])
            continue
        line = view[start:stop]
        following = view[slice(*lines[number + 1])] if number + 1 < len(lines) else ""
        before = section
        zone, section = line_zone(line, section, following)
        if zone == "comments" and before == "body" and not article and cues().comment_header.match(line):
            zone, section = "navigation", before  # a dated line above the article is page clutter
        article = article or (zone == "body" and _is_sentence_line(line))
        zones.append(zone)
    return zones


def line_zone(line: str, section: Zone, following: str = "") -> tuple[Zone, Zone]:
    """The zone of one line of a page, and the section the lines after it are in.

    ``section`` is the zone of the lines before it; ``following`` the next line, which
    confirms an ambiguous heading ("Комментарии", "Архив").
    """
    found = cues()
    key = _key(line)
    zone = found.sections.get(key) or (found.headings.get(key) if _confirms(found, key, following) else None)
    if zone is not None:
        return zone, zone  # type: ignore[return-value]
    if key in found.lines:
        return found.lines[key], section  # type: ignore[return-value]
    prefix = next((p for p in found.prefixes if key.startswith(p)), None)
    if prefix is not None:
        return found.prefixes[prefix], section  # type: ignore[return-value]
    if _is_credit(key):
        return "caption", section
    if found.comment_header.match(line):
        return "comments", "comments"
    if _is_weekday_row(key, found.weekdays):
        return "navigation", "navigation"
    if section == "links" and _is_paragraph(line):
        return "body", "body"
    return section, section


def _is_credit(key: str) -> bool:
    """A short line opening with "фото" and a name: a photo credit ("фото ольги ивановой")."""
    words = key.split()
    return 1 < len(words) <= CREDIT_MAX_WORDS and words[0] == "фото"


def _mark_byline(analysis: Analysis, lines: list[tuple[int, int]], by_line: list[Zone]) -> None:
    """The last body line is a byline when it holds one name and nothing else ("Дарья Белова")
    after a paragraph of the article."""
    body = [n for n, zone in enumerate(by_line) if zone == "body"]
    if len(body) < 2 or not any(_is_sentence_line(analysis.view[slice(*lines[n])]) for n in body[:-1]):
        return
    start, stop = lines[body[-1]]
    words = [w for w in analysis.words if start <= w.start and w.stop <= stop]
    named = [w for w in words if w.text[:1].isalpha()]
    if 2 <= len(named) <= BYLINE_MAX_WORDS and all(_in_name(w) for w in words):
        by_line[body[-1]] = "byline"


def _in_name(word: Word) -> bool:
    """A word slovnet tags as part of a person's name, or an initial's dot."""
    return word.ner.endswith("PER") or word.text == "."


def _confirms(found: Cues, heading: str, following: str) -> bool:
    zone = found.headings.get(heading)
    if zone == "comments":
        return bool(found.comment_header.match(following))
    if zone == "navigation":
        return _is_weekday_row(_key(following), found.weekdays)
    return zone == "links" and bool(following.strip()) and is_headline(following)


def _key(line: str) -> str:
    key = " ".join(line.lower().split())
    return _COUNT.sub("", key).rstrip(": ")


def _is_weekday_row(key: str, weekdays: frozenset[str]) -> bool:
    names = key.replace(",", " ").split()
    return len(names) >= 5 and all(name.rstrip(".") in weekdays for name in names)


def _is_sentence_line(line: str) -> bool:
    """A line of running text: a few words and a final full stop (the article has begun)."""
    stripped = line.strip()
    return len(_WORD.findall(stripped)) >= ARTICLE_MIN_WORDS and stripped[-1:] in (".", "!", "?", "…")


def _is_paragraph(line: str) -> bool:
    """A line of running text after a block of links: twenty words or more ending in a full stop
    (a headline is shorter, and seldom ends in one)."""
    stripped = line.strip()
    return len(_WORD.findall(stripped)) >= PARAGRAPH_MIN_WORDS and stripped[-1] in ".!?…"


def _mark_title(analysis: Analysis, lines: list[tuple[int, int]], by_line: list[Zone], zones: list[Zone]) -> None:
    body = [n for n, zone in enumerate(by_line) if zone == "body"]
    if len(body) < 2 or not is_headline(analysis.view[slice(*lines[body[0]])]):
        return
    first, second = lines[body[0]], lines[body[1]]
    title = _plain(analysis.view[slice(*first)])
    for number, (start, stop) in enumerate(analysis.sentences):
        if first[0] <= start < first[1]:
            zones[number] = "title"
        elif second[0] <= start < second[1] and _plain(analysis.view[start:stop]) == title:
            zones[number] = "title"
        elif start >= first[1]:
            return


def is_headline(line: str) -> bool:
    """Whether a line looks like a headline: a few words, no final full stop or comma."""
    stripped = line.strip()
    words = len(_WORD.findall(stripped))
    return 2 <= words <= HEADLINE_MAX_WORDS and stripped[-1] not in ".,;:"


def _plain(text: str) -> str:
    return " ".join(text.split())
