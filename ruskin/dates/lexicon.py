"""The words of dates, read from ``ruskin/data``: months, seasons, weekdays, relative words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..gazetteers.gazetteer import load_table, split_values

KINDS = ("word", "anaphor", "shift", "unit", "part", "ordinal", "opener", "in", "closer", "by",
         "during", "after", "approx", "quantity", "and", "particle", "age", "length", "every", "recurring")
"""The kinds of rows in ``relative_dates.tsv``."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word form or lemma → value, one mapping per kind of date word.

    ``kinds`` holds the rows of ``relative_dates.tsv`` by kind (see ``KINDS``);
    ``month_adjectives`` maps adjective lemmas to month numbers ("майский" → 5).
    """

    months: dict[str, int]
    month_adjectives: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    weekdays: dict[str, int]
    kinds: dict[str, dict[str, str]]


@cache
def lexicon() -> Lexicon:
    """The date words, loaded once."""
    months = load_table("months")
    kinds: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for row in load_table("relative_dates"):
        kinds[row["kind"]][row["lemma"]] = row["value"]
    return Lexicon(
        months=_forms(row for row in months if row["kind"] == "month"),
        month_adjectives=_forms(row for row in months if row["kind"] == "adjective"),
        seasons={form: _season(row["value"]) for row in months if row["kind"] == "season"
                 for form in split_values(row["forms"])},
        weekdays={form: int(row["number"]) for row in load_table("weekdays") for form in split_values(row["forms"])},
        kinds=kinds,
    )


def _forms(rows: Iterable[dict[str, str]]) -> dict[str, int]:
    return {form: int(row["value"]) for row in rows for form in split_values(row["forms"])}


def _season(value: str) -> tuple[int, int]:
    first, last = value.split("-")
    return int(first), int(last)
