"""The place index: every alias of the place tables by the lemmas of its first token.

Built once per process from the aliases ``ruskin.gazetteers.places`` reads out of the data tables.
Forms that two different keys share are left out (``place_ambiguous.tsv`` lists the ones
we know of); Russia's tables and the countries come before places abroad.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .gazetteer import conflicts, load_table
from .places import (
    Target, adjective_aliases, alias_lemmas, alias_tokens, canonical_form, free_adjective_aliases,
    normalize_lemma, place_aliases, world_aliases, world_key,
)  # fmt: skip

__all__ = ["Alias", "PlaceIndex", "place_index"]


@dataclass(frozen=True, slots=True)
class Alias:
    """An alias split into tokens: the forms as written and every lemma of each."""

    forms: tuple[str, ...]
    lemmas: tuple[frozenset[str], ...]
    target: Target


@dataclass(frozen=True, slots=True)
class PlaceIndex:
    """Aliases by the lemmas of their first token (longest first), adjectives and word lists.

    ``adjectives`` match before a ``government`` word, ``free`` adjectives anywhere except
    before a ``nationality`` word or a person who is not in ``government`` or ``state``;
    ``divisions`` are the words that name a state's kind before its name ("штат", "провинция")
    and ``states`` the keys of foreign states.
    """

    names: dict[str, tuple[Alias, ...]]
    adjectives: dict[str, Target]
    free: dict[str, Target]
    government: frozenset[str]
    generic: frozenset[str]
    words: dict[str, frozenset[str]]
    states: frozenset[str]


@cache
def place_index() -> PlaceIndex:
    """The process-wide place index, built on first use."""
    words: dict[str, set[str]] = defaultdict(set)
    for row in load_table("place_words"):
        words[row["role"]].add(normalize_lemma(row["word"]))
    return PlaceIndex(
        names=_name_index(),
        adjectives=_adjective_index(adjective_aliases()),
        free=_adjective_index(free_adjective_aliases()),
        government=frozenset(words["government"]),
        generic=frozenset(words["generic"]),
        words={role: frozenset(found) for role, found in words.items()},
        states=frozenset(world_key(row["name"]) for row in load_table("world_regions")),
    )


def _name_index() -> dict[str, tuple[Alias, ...]]:
    chosen = _chosen(place_aliases())
    for form, pair in _chosen(world_aliases()).items():
        chosen.setdefault(form, pair)  # Russia's tables and the countries come first
    buckets: dict[str, list[Alias]] = defaultdict(list)
    for alias, target in chosen.values():
        tokens = alias_tokens(alias)
        entry = Alias(tuple(tokens), tuple(alias_lemmas(t) for t in tokens), target)
        for lemma in entry.lemmas[0]:
            buckets[lemma].append(entry)
    return {lemma: tuple(sorted(found, key=lambda a: -len(a.forms))) for lemma, found in buckets.items()}


def _chosen(aliases: Iterator[tuple[str, Target]]) -> dict[tuple[str, ...], tuple[str, Target]]:
    """Aliases by canonical form, a later one of the same key replacing an earlier; clashes left out."""
    pairs = [(canonical_form(alias), alias, target) for alias, target in aliases]
    clashing = conflicts((form, target.key) for form, _, target in pairs)
    chosen = {form: (alias, target) for form, alias, target in pairs}  # a city replaces a region of its key
    return {form: pair for form, pair in chosen.items() if form not in clashing}


def _adjective_index(aliases: Iterator[tuple[str, Target]]) -> dict[str, Target]:
    pairs = list(aliases)
    clashing = conflicts((canonical_form(a), t.key) for a, t in pairs)
    index: dict[str, Target] = {}
    for adjective, target in pairs:
        if canonical_form(adjective) not in clashing:
            index.update((lemma, target) for lemma in alias_lemmas(adjective))
    return index
