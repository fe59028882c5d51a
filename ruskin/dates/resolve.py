"""From a ``Reading`` to ``DateParts``: fill years and shifts from the document date, check weekdays."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from .parts import DateParts, Precision
from .values import Reading, Side

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ISO = re.compile(r"(?:(?P<year>-?\d+)|-)(?:-(?P<month>\d+))?(?:-(?P<day>\d+))?(?:T(?P<hour>\d+):(?P<minute>\d+))?")
_LEAP = 2000  # a day and month without a year are checked against a leap year
TOLD_YEAR = "= year"
"""``DateParts.relative`` of a date in the year of a date told before ("в мае того же года")."""


def checked_parts(reading: Reading, written: str, doc_date: dt.date | None) -> DateParts:
    """``date_parts``, or no value with the reason when the date cannot exist or cannot be computed."""
    try:
        parts = date_parts(reading, written, doc_date)
    except (ValueError, OverflowError) as error:  # a year out of range after a shift, say
        return DateParts(invalid=f"no such date ({type(error).__name__})")
    reason = _impossible(parts.start) or _impossible(parts.end) or _backwards(parts.start, parts.end)
    return DateParts(invalid=reason) if reason else parts


def _impossible(iso: str | None) -> str | None:
    """Why an ISO value names no real time ("2024-02-30", "2024-13", year 101924), or None."""
    match = _ISO.fullmatch(iso) if iso is not None else None
    if iso is None or match is None:
        return None if iso is None else f"not a date: {iso}"
    year, month, day, hour, minute = (int(v) if v is not None else None for v in match.group("year", "month", "day", "hour", "minute"))
    if year is not None and not dt.MINYEAR <= year <= dt.MAXYEAR:
        return f"year {year} is out of range"
    if month is not None and not 1 <= month <= 12:
        return f"month {month} does not exist"
    if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year or _LEAP, month)[1]:
        return f"day {day} does not exist in {year or ''}-{month:02d}".replace(" -", " --")
    if (hour is not None and hour > 23) or (minute is not None and minute > 59):
        return f"time {hour}:{minute:02d} does not exist"
    return None


def _backwards(start: str | None, end: str | None) -> str | None:
    """Why a range is impossible: it ends before it starts (compared where both have a year)."""
    if start is None or end is None or start.startswith("-") or end.startswith("-"):
        return None
    width = min(len(start), len(end))
    return f"the range ends ({end}) before it starts ({start})" if end[:width] < start[:width] else None


def date_parts(reading: Reading, written: str, doc_date: dt.date | None) -> DateParts:
    """The value of a date; ``written`` is its text, quoted in a weekday conflict."""
    if reading.shift is not None and not any(side.month is not None for side in reading.sides):
        return _shifted(reading, doc_date)
    if reading.shift is not None:
        reading = replace(reading, shift=None)  # "Сегодня, 14 ноября": the day written wins
    if reading.length is not None and not any(_iso(side) for side in reading.sides):
        return _length(reading, doc_date)
    sides = [_with_year(side, doc_date) for side in reading.sides]
    first, last = sides[0], sides[-1]
    start, end = _iso(first), _end(first, last, len(sides) > 1)
    relative = _relative_year(first)
    return DateParts(start, end, _precision(first), relative, _conflict(reading.weekday, first, written))


def _relative_year(side: Side) -> str | None:
    """The year left unresolved: a shift from the document's ("-1 year") or a date's before ("= year")."""
    if side.year is not None:
        return None
    if side.year_told:
        return TOLD_YEAR
    return f"{side.year_shift:+d} year" if side.year_shift is not None else None


def _with_year(side: Side, doc_date: dt.date | None) -> Side:
    if side.year is not None or doc_date is None or side.year_told:
        return side
    if side.year_shift is not None:
        return replace(side, year=doc_date.year + side.year_shift)
    if side.month is None:
        return side
    return replace(side, year=nearest_year(side.month, side.day or 15, doc_date))


def nearest_year(month: int, day: int, doc_date: dt.date) -> int:
    """The year that puts day and month nearest to ``doc_date``."""
    def distance(year: int) -> int:
        return abs((dt.date(year, month, min(day, 28)) - doc_date).days)

    return min((doc_date.year - 1, doc_date.year, doc_date.year + 1), key=distance)


def _end(first: Side, last: Side, is_range: bool) -> str | None:
    if last.last_year is not None:
        return str(last.last_year)
    if last.months is not None:
        year = last.year + 1 if last.year is not None and last.months[0] > last.months[1] else last.year
        return _iso(Side(year=year, month=last.months[1]))
    return _iso(last) if is_range else None


def _iso(side: Side) -> str | None:
    month = side.month if side.months is None else side.months[0]
    year = f"{side.year:04d}" if side.year is not None else "-"
    if month is None:
        return None if side.year is None else year
    date = f"{year}-{month:02d}" + (f"-{side.day:02d}" if side.day is not None else "")
    if side.hour is None or side.minute is None or side.day is None:
        return date
    return f"{date}T{side.hour:02d}:{side.minute:02d}"


def _precision(side: Side) -> Precision | None:
    if side.minute is not None and side.day is not None:
        return "minute"
    if side.day is not None and side.month is not None:
        return "day"
    if side.month is not None or side.months is not None:
        return "month"
    return "year" if side.year is not None else None


def _conflict(weekday: int | None, side: Side, written: str) -> str | None:
    if weekday is None or side.year is None or side.month is None or side.day is None:
        return None
    try:
        date = dt.date(side.year, side.month, side.day)
    except ValueError:
        return None
    if date.isoweekday() == weekday:
        return None
    return f"{written}, but {date.isoformat()} is a {_WEEKDAY_NAMES[date.weekday()]}"


def _shifted(reading: Reading, doc_date: dt.date | None) -> DateParts:
    amount, unit = reading.shift or (0, "")
    relative = f"{amount:+d} {unit}" if unit else None
    if doc_date is None or reading.anaphoric or unit not in {"day", "week", "month", "year"}:
        return DateParts(relative=relative)
    if unit == "day":
        return DateParts((doc_date + dt.timedelta(days=amount)).isoformat(), precision="day")
    if unit == "week":
        monday = doc_date - dt.timedelta(days=doc_date.weekday()) + dt.timedelta(weeks=amount)
        return DateParts(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "day")
    if unit == "month":
        months = doc_date.year * 12 + doc_date.month - 1 + amount
        return DateParts(f"{months // 12:04d}-{months % 12 + 1:02d}", precision="month")
    return DateParts(str(doc_date.year + amount), precision="year")


_ISO_UNITS = {"year": (1, "Y"), "month": (1, "M"), "week": (1, "W"), "day": (1, "D"),
              "century": (100, "Y"), "decade": (10, "Y"), "half-year": (6, "M")}


def _length(reading: Reading, doc_date: dt.date | None) -> DateParts:
    amount, unit = reading.length or (None, "")
    if amount is None or unit not in _ISO_UNITS:
        return DateParts()
    times, letter = _ISO_UNITS[unit]
    duration = f"P{amount * times}{letter}"
    if not reading.direction:
        return DateParts(duration=duration)
    unit = {"Y": "year", "M": "month", "W": "week", "D": "day"}[letter]
    shift = Reading(shift=(reading.direction * amount * times, unit))
    return replace(_shifted(shift, doc_date), duration=duration)
