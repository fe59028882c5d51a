"""The place index: regions, cities and countries from the data tables, by lemma.

Built once per process from ``regions.tsv``, ``cities.tsv``, ``countries.tsv``,
``place_words.tsv`` and ``place_ambiguous.tsv``. Every alias is split into tokens the way
razdel splits running text, and each token keeps every lemma pymorphy3 gives it, so that
an alias matches its words in any case form. Where a region's name and a city's name are
the same word with the same key (Москва, Севастополь) the city wins: the text "Москва"
is a CITY mention whose key is the federal city. Forms that two different keys share are
never matched; ``place_ambiguous.tsv`` lists the ones we know of.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from razdel import tokenize

from .gazetteer import conflicts, load_table, split_values
from .nlp.morph import Morphology, shared_morphology
from .records import MentionType

__all__ = [
    "Alias",
    "PlaceIndex",
    "RegionEntry",
    "Target",
    "adjective_aliases",
    "alias_tokens",
    "ambiguous_forms",
    "canonical_form",
    "lemmas_of",
    "normalize_lemma",
    "place_aliases",
    "place_index",
    "place_morphology",
    "regions",
]

DASHES = frozenset({"-", "–", "—", "‒", "―"})
"""Dash tokens: all read as one so that "ХМАО - Югра" matches "ХМАО — Югра"."""


@dataclass(frozen=True, slots=True)
class RegionEntry:
    """A row of ``regions.tsv``: a federal subject, a federal district or Russia."""

    key: str
    name: str
    kind: str
    code: str | None
    federal_district: str | None
    capital: str


@dataclass(frozen=True, slots=True)
class Target:
    """What an alias resolves to: the mention type and the gazetteer key."""

    type: MentionType
    key: str


@dataclass(frozen=True, slots=True)
class Alias:
    """An alias split into tokens: the forms as written and every lemma of each."""

    forms: tuple[str, ...]
    lemmas: tuple[frozenset[str], ...]
    target: Target


@dataclass(frozen=True, slots=True)
class PlaceIndex:
    """Aliases by the lemmas of their first token (longest first), adjectives and word lists."""

    names: dict[str, tuple[Alias, ...]]
    adjectives: dict[str, Target]
    government: frozenset[str]
    generic: frozenset[str]


@cache
def place_morphology() -> Morphology:
    """The pymorphy3 analyzer that lemmatises aliases and the words matched against them."""
    return shared_morphology()


@lru_cache(maxsize=200_000)
def normalize_lemma(lemma: str) -> str:
    """A lemma in the shape both sides compare: lower case, 'е' for 'ё', one dash."""
    lemma = lemma.lower().replace("ё", "е")
    return "—" if lemma in DASHES else lemma


@lru_cache(maxsize=200_000)
def lemmas_of(form: str) -> frozenset[str]:
    """Every lemma pymorphy3 gives a word form, plus the form itself in lower case."""
    parses = place_morphology().parses(form)
    return frozenset({normalize_lemma(form)} | {normalize_lemma(p.normal_form) for p in parses})


def canonical_form(alias: str) -> tuple[str, ...]:
    """An alias as a tuple of first-analysis lemmas: what duplicates are checked on."""
    morph = place_morphology()
    return tuple(normalize_lemma(_first_lemma(morph, token)) for token in alias_tokens(alias))


def _first_lemma(morph: Morphology, token: str) -> str:
    parses = morph.parses(token)
    return parses[0].normal_form if parses else token


def alias_tokens(alias: str) -> list[str]:
    """An alias split into tokens as razdel splits running text."""
    return [token.text for token in tokenize(alias)]


@cache
def regions() -> dict[str, RegionEntry]:
    """Every row of ``regions.tsv`` by key."""
    return {row["key"]: _region(row) for row in load_table("regions")}


def _region(row: dict[str, str]) -> RegionEntry:
    return RegionEntry(
        key=row["key"],
        name=row["name"],
        kind=row["kind"],
        code=row["code"] or None,
        federal_district=row["federal_district"] or None,
        capital=row["capital"],
    )


def place_aliases() -> Iterator[tuple[str, Target]]:
    """Every name alias in the tables with what it resolves to; cities come last."""
    for row in load_table("regions"):
        kind: MentionType = "COUNTRY" if row["kind"] == "country" else "REGION"
        for alias in [row["name"], *split_values(row["aliases"]), *split_values(row["colloquial"])]:
            yield alias, Target(kind, row["key"])
    for row in load_table("countries"):
        for alias in [row["name"], *split_values(row["aliases"])]:
            yield alias, Target("COUNTRY", f"country:{row['name']}")
    for row in load_table("cities"):
        for alias in [row["name"], *split_values(row["aliases"])]:
            yield alias, Target("CITY", row["region"])


def adjective_aliases() -> Iterator[tuple[str, Target]]:
    """Every region adjective with the region (or Russia) it points to."""
    for row in load_table("regions"):
        kind: MentionType = "COUNTRY" if row["kind"] == "country" else "REGION"
        for adjective in split_values(row["adjectives"]):
            yield adjective, Target(kind, row["key"])


def ambiguous_forms() -> frozenset[tuple[str, ...]]:
    """Forms listed in ``place_ambiguous.tsv``, as lemma tuples."""
    return frozenset(tuple(row["form"].split()) for row in load_table("place_ambiguous"))


@cache
def place_index() -> PlaceIndex:
    """The process-wide place index, built on first use."""
    words = load_table("place_words")
    return PlaceIndex(
        names=_name_index(),
        adjectives=_adjective_index(),
        government=frozenset(normalize_lemma(w["word"]) for w in words if w["role"] == "government"),
        generic=frozenset(normalize_lemma(w["word"]) for w in words if w["role"] == "generic"),
    )


def _name_index() -> dict[str, tuple[Alias, ...]]:
    chosen: dict[tuple[str, ...], tuple[str, Target]] = {}
    for alias, target in place_aliases():
        chosen[canonical_form(alias)] = (alias, target)  # a city replaces a region of its key
    clashing = conflicts((canonical_form(a), t.key) for a, t in place_aliases())
    buckets: dict[str, list[Alias]] = defaultdict(list)
    for form, (alias, target) in chosen.items():
        if form in clashing:
            continue
        tokens = alias_tokens(alias)
        entry = Alias(tuple(tokens), tuple(lemmas_of(t) for t in tokens), target)
        for lemma in entry.lemmas[0]:
            buckets[lemma].append(entry)
    return {lemma: tuple(sorted(found, key=lambda a: -len(a.forms))) for lemma, found in buckets.items()}


def _adjective_index() -> dict[str, Target]:
    pairs = list(adjective_aliases())
    clashing = conflicts((canonical_form(a), t.key) for a, t in pairs)
    index: dict[str, Target] = {}
    for adjective, target in pairs:
        if canonical_form(adjective) not in clashing:
            index.update((lemma, target) for lemma in lemmas_of(adjective))
    return index
