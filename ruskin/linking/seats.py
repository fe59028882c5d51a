"""Where a post sits: its region, its municipality, and how that was found.

One place decides a post's seat. In order:

1. ``title``: a federal subject or district named in the post ("губернатор Самарской
   области"), or ``abbreviation`` when it is named by one ("президент РТ", "глава КБР");
2. ``city``: a city named in the post, which gives the municipality and its region
   ("мэр Челябинска": Челябинск, Челябинская область);
3. ``referent``: the seat of the post a bare post refers back to ("Губернатор отметил"
   after "губернатор Самарской области");
4. ``context``: the article's main region (``main_region``) for a post the text places
   nowhere ("вице-губернатор", "министр культуры", "глава Приволжского района") or places
   only by a preceding stand-in ("губернатор региона"), unless it is an occupation or rank
   rather than an office, its head is a country's office (``seat_context_exceptions.tsv``:
   президент, премьер-министр...), it is foreign or it is in a federal body.

A municipal district or settlement named in the post ("глава Приволжского района",
"глава поселка Сосновка"; ``municipal_words.tsv``) is its ``municipality``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..found import Found
from ..gazetteers.gazetteer import load_table
from ..nlp.analysis import Analysis, Word
from ..gazetteers.places import normalize_lemma, regions
from ..taggers.place_forms import is_abbreviation, nominative_parts
from ..taggers.region_abbreviations import ABBREVIATION
from ..taggers.roles import RolePost

__all__ = ["Seat", "SeatBasis", "context_seat", "main_place", "municipality_in", "stated_seat"]

SeatBasis = Literal["title", "abbreviation", "city", "referent", "context"]


@dataclass(frozen=True, slots=True)
class Seat:
    """A post's region (the place mention that names it), municipality, and how they were found."""

    place: Found | None = None
    municipality: str | None = None
    basis: SeatBasis | None = None


def stated_seat(analysis: Analysis, post: Found, place: Found | None, referent_place: Found | None) -> Seat:
    """The seat the text states for a post: in its words, or in those of the post it refers to."""
    municipality = municipality_in(analysis, post)
    if place is not None and post.first <= place.first <= post.last:
        return Seat(place, municipality or _city(place), _stated_basis(analysis, place))
    if referent_place is not None:
        return Seat(referent_place, municipality or _city(referent_place), "referent")
    if place is not None:  # a stand-in word's place ("губернатор региона")
        return Seat(place, municipality or _city(place), "context")
    return Seat(None, municipality, None)


def context_seat(post: Found, main: Found | None, federal_body: bool, foreign: bool) -> Found | None:
    """The main region's mention for a post the text places nowhere, when it may sit there."""
    if main is None or federal_body or foreign:
        return None
    value = post.value
    if not isinstance(value, RolePost) or value.kind != "post":
        return None
    if value.key in _exceptions() or post.normal.lower() in _exceptions():
        return None
    return main


def municipality_in(analysis: Analysis, post: Found) -> str | None:
    """A municipal district or settlement named in the post, in the nominative."""
    words = analysis.words
    for n in range(post.first + 1, post.last + 1):
        for kind, needs in _municipal_words().get(normalize_lemma(words[n].lemma), ()):
            if needs and normalize_lemma(words[n - 1].lemma) != needs:
                continue
            name = _district(analysis, n, post.first) if kind == "district" else _settlement(analysis, n, post.last)
            if name:
                return name
    return None


def _district(analysis: Analysis, head: int, first: int) -> str | None:
    """"Приволжского района" → "Приволжский район": capitalised adjectives before the noun."""
    words = analysis.words
    start = head
    while start - 1 > first and _place_adjective(words[start - 1]):
        start -= 1
    if start == head or not words[start].text[:1].isupper():
        return None
    return _as_written(nominative_parts(words[start : head + 1], analysis.text), analysis.text[words[start].start : words[head].stop])


def _as_written(normal: str, written: str) -> str:
    """The nominative with ё only where the text writes ё."""
    return normal if "ё" in written.lower() else normal.replace("ё", "е").replace("Ё", "Е")


def _settlement(analysis: Analysis, head: int, last: int) -> str | None:
    """"поселка Сосновка" → "поселок Сосновка": the capitalised name after the noun."""
    words = analysis.words
    end = head
    while end + 1 <= last and words[end + 1].text[:1].isupper() and words[end + 1].pos in {"PROPN", "NOUN", "ADJ", "X"}:
        end += 1
    if end == head:
        return None
    noun = _as_written(nominative_parts(words[head : head + 1], analysis.text), words[head].text)
    return f"{noun} {analysis.text[words[head + 1].start : words[end].stop]}"


def _place_adjective(word: Word) -> bool:
    return word.pos == "ADJ" or (word.text[:1].isupper() and word.pos in {"PROPN", "X"})


def _stated_basis(analysis: Analysis, place: Found) -> SeatBasis:
    if place.value == ABBREVIATION or is_abbreviation(analysis.text[place.start : place.stop]):
        return "abbreviation"
    return "city" if place.type == "CITY" else "title"


def _city(place: Found) -> str | None:
    """A city's name, unless the city is a federal subject itself (Москва)."""
    entry = regions().get(place.key or "")
    if place.type != "CITY" or entry is None or entry.kind == "federal city":
        return None
    return place.normal


@lru_cache(maxsize=1)
def _municipal_words() -> dict[str, tuple[tuple[str, str], ...]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for row in load_table("municipal_words"):
        table.setdefault(row["lemma"], []).append((row["kind"], row["needs"]))
    return {lemma: tuple(kinds) for lemma, kinds in table.items()}


@lru_cache(maxsize=1)
def _exceptions() -> frozenset[str]:
    return frozenset(row["post"] for row in load_table("seat_context_exceptions"))


def main_place(found: Sequence[Found], key: str | None) -> Found | None:
    """The first mention of the main region (its Region record is the seat)."""
    if key is None:
        return None
    return next((f for f in found if f.type in ("REGION", "CITY") and f.key == key), None)
