"""The agency index: federal bodies from ``agencies.tsv`` and pattern words from ``agency_words.tsv``.

Built once per process. Every name, short name, alias and abbreviation of a body is split
into tokens the way razdel splits running text, and each token keeps every lemma pymorphy3
gives it (as the place index does), so "Министерством труда" matches the alias
"Министерство труда". Abbreviations (МВД, ФСО, АСИ) match only as written. Forms that two
different keys share are never matched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .gazetteer import conflicts, load_table, split_values
from .places import alias_tokens, canonical_form, lemmas_of, normalize_lemma
from ..taggers.places import is_abbreviation

__all__ = [
    "AgencyAlias",
    "AgencyEntry",
    "AgencyIndex",
    "AgencyWords",
    "agencies",
    "agency_aliases",
    "agency_index",
    "agency_words",
]


@dataclass(frozen=True, slots=True)
class AgencyEntry:
    """A row of ``agencies.tsv``: one body with its canonical name."""

    key: str
    name: str
    abbreviation: str | None
    level: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class AgencyAlias:
    """An alias split into tokens; ``short`` for abbreviations and one-word short names."""

    forms: tuple[str, ...]
    lemmas: tuple[frozenset[str], ...]
    key: str
    short: bool


@dataclass(frozen=True, slots=True)
class AgencyWords:
    """The pattern words: heads with what they need, modifiers, municipal and envoy words."""

    heads: dict[str, str]
    modifiers: frozenset[str]
    municipal: frozenset[str]
    envoy: frozenset[str]
    officials: frozenset[str]
    person_heads: frozenset[str]
    levels: dict[str, str]
    not_by: frozenset[str] = frozenset()
    settlement_abbreviations: frozenset[str] = frozenset()
    place_named: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class AgencyIndex:
    """Aliases by the lemmas of their first token, longest first, and the pattern words."""

    names: dict[str, tuple[AgencyAlias, ...]]
    words: AgencyWords


@cache
def agencies() -> dict[str, AgencyEntry]:
    """Every row of ``agencies.tsv`` by key."""
    return {row["key"]: _entry(row) for row in load_table("agencies")}


def _entry(row: dict[str, str]) -> AgencyEntry:
    one_word = [s for s in split_values(row["short"]) if len(alias_tokens(s)) == 1]
    return AgencyEntry(
        key=row["key"],
        name=row["name"],
        abbreviation=row["abbreviation"] or (one_word[0] if one_word else None),
        level=row["level"] or None,
        kind=row["kind"],
    )


def agency_aliases() -> Iterator[tuple[str, str]]:
    """Every (alias, key) of ``agencies.tsv``: names, short names, abbreviations, aliases."""
    for row in load_table("agencies"):
        values = [row["name"], *split_values(row["short"]), *split_values(row["abbreviation"])]
        for alias in [*values, *split_values(row["aliases"])]:
            yield alias, row["key"]


@cache
def agency_words() -> AgencyWords:
    """The rows of ``agency_words.tsv`` by role."""
    rows = load_table("agency_words")

    def having(role: str) -> frozenset[str]:
        return frozenset(normalize_lemma(r["word"]) for r in rows if r["role"] == role)

    return AgencyWords(
        heads={normalize_lemma(r["word"]): r["needs"] for r in rows if r["role"] == "head"},
        modifiers=having("modifier"),
        municipal=having("municipal"),
        envoy=having("envoy"),
        officials=having("official"),
        person_heads=having("person"),
        levels={normalize_lemma(r["word"]): r["level"] for r in rows if r["level"]},
        not_by=having("not-by"),
        settlement_abbreviations=having("settlement-abbreviation"),
        place_named=having("place-named"),
    )


@cache
def agency_index() -> AgencyIndex:
    """The process-wide agency index, built on first use."""
    pairs = list(agency_aliases())
    clashing = conflicts((canonical_form(alias), key) for alias, key in pairs)
    buckets: dict[str, list[AgencyAlias]] = defaultdict(list)
    for alias, key in dict.fromkeys(pairs):
        if canonical_form(alias) in clashing:
            continue
        tokens = alias_tokens(alias)
        short = len(tokens) == 1 or is_abbreviation(tokens[0])
        entry = AgencyAlias(tuple(tokens), tuple(lemmas_of(t) for t in tokens), key, short)
        for lemma in entry.lemmas[0]:
            buckets[lemma].append(entry)
    names = {lemma: tuple(sorted(found, key=lambda a: -len(a.forms))) for lemma, found in buckets.items()}
    return AgencyIndex(names=names, words=agency_words())
