"""The place tables: regions, cities and countries and every alias of each, as lemmas.

Read once per process from ``regions.tsv``, ``cities.tsv``, ``countries.tsv``,
``world_regions.tsv``, ``world_cities.tsv``, ``place_words.tsv`` and ``place_ambiguous.tsv``. Every alias is split into tokens the way
razdel splits running text, and each token keeps every lemma pymorphy3 gives it, so that
an alias matches its words in any case form. Where a region's name and a city's name are
the same word with the same key (Москва, Севастополь) the city wins: the text "Москва"
is a CITY mention whose key is the federal city. Forms that two different keys share are
never matched; ``place_ambiguous.tsv`` lists the ones we know of.

Places outside Russia (``world_regions.tsv``, ``world_cities.tsv``) have the key
``place:<name>``; they come second: a form that Russia's tables or the countries already
have keeps its Russian meaning (``ruskin.gazetteers.place_index`` builds the index), and among them a city wins over a state of the same name
(Нью-Йорк, Вашингтон). Adjectives come in two sorts: a region's adjective that is part of
its official name ("нижегородский" of "Нижегородская область", also the city's adjective)
is a mention only before a government word; every other adjective (countries: "британский";
cities: "московский", "лондонский"; regions named otherwise: "башкирский", "подмосковный";
foreign states: "калифорнийский") is ``free``: a mention wherever it stands.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from razdel import tokenize

from pymorphy3.analyzer import Parse

from .gazetteer import conflicts, load_table, split_values
from ..nlp.morph import Morphology, shared_morphology
from ..records import MentionType

REGION_STAND_INS = frozenset({"республика", "регион", "область", "край", "округ", "субъект"})
"""Lemmas of words that stand for a federal subject named elsewhere ("правительство республики",
"Минфин региона", "возглавлял область")."""

__all__ = [
    "REGION_STAND_INS",
    "RegionEntry",
    "Target",
    "adjective_aliases",
    "alias_lemmas",
    "alias_tokens",
    "free_adjective_aliases",
    "ambiguous_forms",
    "canonical_form",
    "lemmas_of",
    "normalize_lemma",
    "place_aliases",
    "place_morphology",
    "regions",
    "world_aliases",
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


NOMINAL_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})


@lru_cache(maxsize=20_000)
def alias_lemmas(form: str) -> frozenset[str]:
    """What a text word may share with an alias's word to match it: lemmas and forms.

    Only nominative readings count (an alias is written in the nominative), and readings
    with no part of speech (abbreviations, punctuation): "Перт" is not a form of "переть",
    nor "Дели" of "деть". A word with no nominative reading takes its noun readings
    ("Претория" is guessed as a genitive). Every form of those readings counts too, so
    that "Претории" matches "Претория" even where pymorphy3 guesses two lemmas apart.
    """
    every = place_morphology().parses(form)
    parses = [p for p in every if p.tag.POS is None or _nominative_name(p)]
    parses = parses if any(p.tag.POS for p in parses) else [*parses, *(p for p in every if p.tag.POS == "NOUN")]
    words = {p.normal_form for p in parses} | {f.word for p in parses if p.tag.POS for f in p.lexeme}
    return frozenset({normalize_lemma(form)} | {normalize_lemma(word) for word in words})


def _nominative_name(parse: Parse) -> bool:
    return parse.tag.POS in NOMINAL_POS and "nomn" in parse.tag


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
    """Every name alias of Russia's tables and of the countries; cities come last."""
    for row in load_table("regions"):
        for alias in [row["name"], *split_values(row["aliases"]), *split_values(row["colloquial"])]:
            yield alias, Target(_region_type(row["kind"]), row["key"])
    for row in load_table("countries"):
        for alias in [row["name"], *split_values(row["aliases"])]:
            yield alias, Target("COUNTRY", country_key(row["name"]))
    for row in load_table("cities"):
        for alias in [row["name"], *split_values(row["aliases"])]:
            yield alias, Target("CITY", row["region"])


def world_aliases() -> Iterator[tuple[str, Target]]:
    """Every name alias of states and cities outside Russia; cities come last."""
    for table, kind in (("world_regions", "REGION"), ("world_cities", "CITY")):
        for row in load_table(table):
            for alias in [row["name"], *split_values(row["aliases"])]:
                yield alias, Target(kind, world_key(row["name"]))  # type: ignore[arg-type]


def country_key(name: str) -> str:
    """The key of a country other than Russia: ``country:<name>``."""
    return f"country:{name}"


def world_key(name: str) -> str:
    """The key of a state or city outside Russia: ``place:<name>``."""
    return f"place:{name}"


def _region_type(kind: str) -> MentionType:
    return "COUNTRY" if kind == "country" else "REGION"


def adjective_aliases() -> Iterator[tuple[str, Target]]:
    """Every region adjective with the region (or Russia) it points to; a federal city's is a CITY."""
    for row in load_table("regions"):
        kind: MentionType = "CITY" if row["kind"] == "federal city" else _region_type(row["kind"])
        for adjective in split_values(row["adjectives"]):
            yield adjective, Target(kind, row["key"])


def free_adjective_aliases() -> Iterator[tuple[str, Target]]:
    """Adjectives that are a mention wherever they stand: countries', cities', foreign states'."""
    pairs = list(adjective_aliases())
    clashing = conflicts((canonical_form(a), t.key) for a, t in pairs)  # "алтайский": two regions
    for adjective, target in pairs:
        if not _names_itself(adjective, target) and canonical_form(adjective) not in clashing:
            yield adjective, target
    for row in load_table("countries"):
        yield from ((a, Target("COUNTRY", country_key(row["name"]))) for a in split_values(row["adjectives"]))
    for table, kind in (("world_regions", "REGION"), ("world_cities", "CITY")):
        for row in load_table(table):
            yield from ((a, Target(kind, world_key(row["name"]))) for a in split_values(row["adjectives"]))  # type: ignore[arg-type]


def _names_itself(adjective: str, target: Target) -> bool:
    """Whether a Russian region's adjective is a word of its official name (Нижегородская область)."""
    if target.type != "REGION":
        return False
    return canonical_form(adjective)[0] in canonical_form(regions()[target.key].name)


def ambiguous_forms() -> frozenset[tuple[str, ...]]:
    """Forms listed in ``place_ambiguous.tsv``, as lemma tuples."""
    return frozenset(tuple(row["form"].split()) for row in load_table("place_ambiguous"))
