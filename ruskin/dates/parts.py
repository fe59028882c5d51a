"""``DateParts``: the value of one DATE mention, in ISO 8601."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day", "minute"]


@dataclass(frozen=True, slots=True)
class DateParts:
    """A date or range of dates as written, resolved against the document date if given.

    ``start``/``end`` are ISO 8601, partial where the text is: ``"2019-06-19"``,
    ``"2019-06"``, ``"2019"``, ``"--04-23"`` (no year), ``"2025-03-14T19:26"``.
    ``end`` is set for ranges only and is inclusive. ``relative`` keeps an offset that
    was not resolved (``"-1 day"``, ``"-1 year"``, ``"+1 week"``; ``"= year"``: the year of a date told
    before, when no date before it gives one). ``weekday_conflict``
    says what is wrong when a weekday does not match its date. ``duration`` is the
    length of time an expression names, in ISO 8601 (``"P5Y"`` for "пять лет" written
    in digits, "5 лет"). ``invalid`` says why a date written has no value ("30 февраля
    2024", a 13th month, a range that ends before it starts): then every other field is None.
    """

    start: str | None = None
    end: str | None = None
    precision: Precision | None = None
    relative: str | None = None
    weekday_conflict: str | None = None
    duration: str | None = None
    invalid: str | None = None
