"""The dateline of a news item, and the events it dates.

A dateline is a day and month near the top of the text, alone at the start of a line or
after a place and a comma or full stop, and followed by punctuation, a time or the end of
the line, not by the words of a sentence: "Самара. 9 сентября. ИНТЕРФАКС - ...", "8
АВГУСТА. ТВЕРЬ. Сегодня ...", "ОМСК, 9 сентября. /ТАСС/.", "14 марта 2019, 10:25".
"7 марта президент подписал указ" opens a sentence and is no dateline.

An event without a date of its own happens on the dateline's day when it is named in the
headline or in the dateline's paragraph; one dated "сегодня" happens on it wherever it is
named in the article. An event without a place of its own named there happens at the
dateline's place ("Магас. 9 сентября" → Магас), a city or region on the dateline's line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis

__all__ = ["dateline", "dateline_place", "dated_by_dateline", "near_dateline"]

_REACH = 600
"""Characters from the top of the text within which a dateline is looked for."""

_DAY = re.compile(r"(?:\d{4}|-)-\d\d-\d\d")
_PLACE_BEFORE = re.compile(r"^[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?[.,]$")
_AFTER = re.compile(r"^(?:\s*[.,\-—–/]|\s*\d|\s*$|\s*\n)")
_SAME_DAY = frozenset({"+0 day", "0 day"})


def dateline(analysis: Analysis, found: Sequence[Found]) -> Found | None:
    """The DATE mention of the text's dateline, if it has one."""
    text = analysis.text
    for date in (f for f in found if f.type == "DATE" and f.start < _REACH):
        if date.value is None or not _DAY.fullmatch((date.value.start or "")[:10]):
            continue
        line_start = text.rfind("\n", 0, date.start) + 1
        before = text[line_start : date.start].strip()
        if (not before or _PLACE_BEFORE.match(before)) and _AFTER.match(text[date.stop : date.stop + 3]):
            return date
    return None


def dated_by_dateline(analysis: Analysis, line: Found, mention: Found, own: Found | None) -> bool:
    """Whether an event mention, whose sentence gives it the date ``own`` (or none), is dated by the
    dateline ``line``: in the headline or the dateline's paragraph, with no date or one of that day."""
    if own is not None and (own.value.start is not None or own.value.relative not in _SAME_DAY | {None}):
        return False
    if own is not None and own.value.relative is None and own.value.duration is not None:
        return False
    if own is not None and own.value.relative in _SAME_DAY:
        return True
    return analysis.zone_of(mention.first) == "title" or _same_paragraph(analysis, line, mention)


def _same_paragraph(analysis: Analysis, one: Found, other: Found) -> bool:
    low, high = sorted((one, other), key=lambda f: f.start)
    return "\n" not in analysis.text[low.stop : high.start]


def dateline_place(analysis: Analysis, line: Found, found: Sequence[Found]) -> Found | None:
    """The city or region named on the dateline's line, before or right after its date."""
    text = analysis.text
    start = text.rfind("\n", 0, line.start) + 1
    stop = text.find("\n", line.stop)
    stop = len(text) if stop < 0 else stop
    places = [f for f in found if f.type in ("CITY", "REGION") and start <= f.start and f.stop <= stop]
    before = [p for p in places if p.stop <= line.start]
    after = [p for p in places if p.start >= line.stop and not text[line.stop : p.start].strip(" .,—–-")]
    return before[-1] if before else after[0] if after else None


def near_dateline(analysis: Analysis, line: Found, mention: Found) -> bool:
    """Whether an event mention is in the headline or in the dateline's paragraph."""
    return analysis.zone_of(mention.first) == "title" or _same_paragraph(analysis, line, mention)
