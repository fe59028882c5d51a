"""DATE mentions and their ISO 8601 values.

Spans follow the DATE conventions of the NEREL corpus, so that exact spans compare:

- The preposition belongs to the span: "в 2019 году", "с 2023 г", "во вторник",
  "на прошлой неделе", "до 2020 года", "к 2030 году".
- "год"/"года"/"году" and "г" are inside; the full stop after "г." is not.
- A weekday and the date after it are one span: "Во вторник, 23 апреля",
  "в четверг — 14 марта 2024 года"; a weekday alone is a span too ("в понедельник").
- A range is usually one span: "с 19 по 21 июня 2019 года", "с 2010 по 2012 год",
  "19–21 июня", "в 2019–2024 годах" (NEREL sometimes also marks its two ends; we give one).
  A list of years is split, as NEREL splits it: "[в 2003] и [2004 годах]",
  "([2005], [2007] и [2012 годы])"; lists of days or months stay one span
  ("17 и 18 февраля 2022 года", "в июле и августе").
- Relative dates are spans: "сегодня", "вчера", "в прошлом году", "в этом месяце",
  "на прошлой неделе", "в июне прошлого года", "на следующий день", "через год",
  "спустя неделю", "за день", "на днях", "в следующем сезоне"; "этот день" needs its
  preposition ("в этот день"). "вчера — 3 марта" is two spans, "Вчера, 5 мая" one.
- Parts of periods are inside: "в начале июня", "в конце 2012 года", "в первом квартале
  2016 года"; so are centuries and decades: "XX века", "в 1990-е годы", "1990-х годов".
- Seasons with a year: "летом 2014 года", "осенью прошлого года".
- A day or a month "того же года" is one span and takes the year of the latest date before
  it that gives one ("с 4 июня 2016 года ... в мае того же года" → 2016-05); with none
  before, it stays year-less (``relative`` "= year"), never the document's year.
- A time after a date stays in the span: "14 марта 2025 19:26" (a NEREL TIME otherwise).
- NEREL also marks lengths of time as DATE: "в течение пяти лет", "несколько месяцев",
  "три года назад", "более 30 лет", "в ближайшие дни"; a sentence drops the "к":
  "приговорён к двум годам" → "двум годам" (but "к 2030 году" keeps it); "после" is
  left out ("после [десяти лет] службы"). We follow. So are recurring times: "ежегодно",
  "каждый год".
  Ages are AGE, not DATE (``dates.vetoes``): "в возрасте 50 лет", "ему 24 года", "в 20
  лет", "Ивану Петрову 65 лет", "Иван Сидоров, 49 лет,", "(31 год)", "им по 40 лет",
  "на 90-м году жизни", "пятилетний мальчик", "66-летний", "не младше 45 лет".
  Adjectives are DATE in NEREL: we mark those of months ("майских", "Октябрьской") and
  of lengths written in words ("пятилетний срок"), never with a preposition; weekday
  adjectives ("субботней") and "15-летний" (mostly ages) we leave.
  "в течение 2017 года" keeps its "в течение"; "около года назад" its "назад".
- A bare four-digit year is a date ("(1986)", "в 1999-м") unless a noun follows ("2000
  человек"); so is the year of a name: "ЧМ-[2018]", "Сочи-[2014]".
- "сегодня" is marked only about a third of the time in NEREL; we keep it, since it
  resolves to a real day. Adverbial "накануне" (a third too, and never resolved) we leave.

A calendar grid, a row of numbers, "ТОП-20" or "12 регионов из 14" is not a date: every
shape needs a month, a year word, a four-digit year after a preposition, or a date word.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..dates.codes import word_codes
from ..dates.edges import char_bounds, first_word
from ..dates.grammar import date_spans
from ..dates.parts import DateParts
from ..dates.resolve import TOLD_YEAR, checked_parts
from ..dates.values import read_date
from ..dates.vetoes import is_not_date
from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..records import DateValue

__all__ = ["DateParts", "build_dates", "date_mentions"]


def date_mentions(analysis: Analysis, doc_date: dt.date | None) -> list[Found]:
    """DATE mentions in the text, each with its ``DateParts`` value."""
    found: list[Found] = []
    for sentence in analysis.sentence_words:
        words = analysis.words[sentence.start : sentence.stop]
        found += _sentence_dates(analysis, words, sentence.start, doc_date)
    return _told_years(found)


def _told_years(found: list[Found]) -> list[Found]:
    """Dates "того же года" in the year of the latest date before them that gives one: "работал с
    4 июня 2016 года; в мае того же года ..." → 2016-05."""
    year: str | None = None
    told: list[Found] = []
    for date in found:
        value: DateParts = date.value
        if value.relative == TOLD_YEAR and year is not None:
            date = replace(date, value=_in_year(value, year))
        told.append(date)
        year = _year(value.start) or year
    return told


def _year(iso: str | None) -> str | None:
    return iso[:4] if iso is not None and iso[:4].isdigit() else None


def _in_year(value: DateParts, year: str) -> DateParts:
    """A year-less value ("--09", "--12-08") put in ``year``."""
    def dated(iso: str | None) -> str | None:
        return f"{year}{iso[1:]}" if iso is not None and iso.startswith("--") else iso

    return replace(value, start=dated(value.start), end=dated(value.end), relative=None)


def _sentence_dates(analysis: Analysis, words: list[Word], offset: int, doc_date: dt.date | None) -> list[Found]:
    codes = word_codes(words, analysis.text)
    found: list[Found] = []
    for first, stop in date_spans(codes):
        if is_not_date(words, codes, first, stop):
            continue
        first = first_word(words, codes, first, stop)
        found.append(_found(analysis, offset + first, offset + stop - 1, codes[first:stop], doc_date))
    return found


def _found(analysis: Analysis, first: int, last: int, codes: str, doc_date: dt.date | None) -> Found:
    words = analysis.words[first : last + 1]
    start, stop = char_bounds(words, codes)
    weekday = next((w.text for w, code in zip(words, codes) if code == "w"), "")
    plural = [w.feats.get("Number") == "Plur" for w in words]
    try:
        reading = read_date([w.text for w in words], [w.lemma for w in words], codes, plural)
    except ValueError:  # a number too long to read (Python refuses over 4,300 digits)
        value = DateParts(invalid="a number too long to be part of a date")
    else:
        value = checked_parts(reading, weekday.lower(), doc_date)
    text = analysis.text[start:stop]
    return Found(type="DATE", first=first, last=last, start=start, stop=stop, normal=text, value=value)


def build_dates(found: list[Found], mention_ids: dict[int, str]) -> tuple[DateValue, ...]:
    """``DateValue`` records ``d1``, ``d2``, ... for the DATE mentions, in text order."""
    dates = sorted((f for f in found if f.type == "DATE"), key=lambda f: (f.start, f.stop))
    return tuple(_record(number, f, mention_ids[id(f)]) for number, f in enumerate(dates, 1))


def _record(number: int, found: Found, mention: str) -> DateValue:
    value: DateParts = found.value
    return DateValue(
        id=f"d{number}",
        start=value.start,
        end=value.end,
        precision=value.precision,
        relative=value.relative,
        duration=value.duration,
        weekday_conflict=value.weekday_conflict,
        invalid=value.invalid,
        mention=mention,
    )
