"""The post word lists, by lemma: head words, modifiers, attributes and stand-in place words."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from ..gazetteers.gazetteer import load_table, split_values

__all__ = ["Head", "Modifier", "RoleLexicon", "lemma_set", "norm", "role_lexicon", "tokens"]

_TOKEN = re.compile(r"[\w-]+|[^\w\s]")
T = TypeVar("T", "Head", "Modifier")


def norm(lemma: str) -> str:
    """A lemma as the lists compare it: lower case, ё read as е."""
    return lemma.lower().replace("ё", "е")


@cache
def lemma_set(table: str) -> frozenset[str]:
    """The ``lemma`` column of a word list in ``ruskin/data``, as the lists compare lemmas."""
    return frozenset(norm(row["lemma"]) for row in load_table(table))


def tokens(phrase: str) -> tuple[str, ...]:
    """A list entry split as running text is: "и. о." → ("и", ".", "о", ".")."""
    return tuple(_TOKEN.findall(norm(phrase)))


@dataclass(frozen=True, slots=True)
class Head:
    """A head word of a post: its lemmas, the posts it names (``chain``) and its complements."""

    words: tuple[str, ...]
    chain: tuple[str, ...]
    kind: str
    alone: bool
    preps: frozenset[str]


@dataclass(frozen=True, slots=True)
class Modifier:
    """A word before the head: its status and whether it is part of the mention.

    ``heads`` are the beginnings of the head lemmas it is part of the mention before (any head
    when empty: "первый" only before "заместитель", "вице-..."); an attribute (``agree``) is part
    of it only when it agrees with the head in case and number ("театрального критика").
    """

    words: tuple[str, ...]
    status: str
    span: bool
    heads: tuple[str, ...] = ()
    agree: bool = False


@dataclass(frozen=True, slots=True)
class RoleLexicon:
    """Heads by first lemma (longest first), modifiers by last word, place words by lemma and
    the heads a place adjective before them belongs to ("британский премьер")."""

    heads: dict[str, tuple[Head, ...]]
    modifiers: dict[str, tuple[Modifier, ...]]
    places: dict[str, str]
    place_heads: frozenset[str]


@cache
def role_lexicon() -> RoleLexicon:
    """The lists, read once per process."""
    heads: dict[str, list[Head]] = defaultdict(list)
    for head in _heads():
        heads[head.words[0]].append(head)
    modifiers: dict[str, list[Modifier]] = defaultdict(list)
    for modifier in dict.fromkeys(_modifiers()):
        modifiers[modifier.words[-1]].append(modifier)
    places = {norm(row["lemma"]): row["kind"] for row in load_table("role_places")}
    place_heads = lemma_set("role_place_heads")
    return RoleLexicon(_longest_first(heads), _longest_first(modifiers), places, place_heads)


def _heads() -> list[Head]:
    heads = []
    for row in load_table("roles"):
        chain = tuple(norm(value) for value in split_values(row["means"] or row["lemma"]))
        for lemma in [row["lemma"], *(split_values(row["female"]) or _female(row["lemma"]))]:
            words = tokens(lemma)
            heads.append(Head(words, chain, row["kind"], row["alone"] == "yes", frozenset(split_values(row["preps"]))))
    return heads


def _female(lemma: str) -> list[str]:
    """The feminine of a head in "-ист" that the list leaves out ("футболист" → "футболистка")."""
    return [lemma + "ка"] if lemma.endswith("ист") and " " not in lemma else []


def _modifiers() -> list[Modifier]:
    """The modifiers of ``role_modifiers.tsv`` with the heads ``role_modifier_heads.tsv`` binds
    them to, then the attributes of ``role_attributes.tsv``."""
    bound = {tokens(row["words"]): _head_starts(row["heads"]) for row in load_table("role_modifier_heads")}
    modifiers = [_modifier(row, bound) for row in load_table("role_modifiers")]
    attributes = [
        Modifier(tokens(row["word"]), "current", True, _head_starts(row["heads"]), agree=True)
        for row in load_table("role_attributes")
    ]
    return modifiers + attributes


def _modifier(row: dict[str, str], bound: dict[tuple[str, ...], tuple[str, ...]]) -> Modifier:
    words = tokens(row["words"])
    return Modifier(words, row["status"], row["span"] == "yes", bound.get(words, ()))


def _head_starts(cell: str) -> tuple[str, ...]:
    return tuple(norm(value) for value in split_values(cell))


def _longest_first(table: dict[str, list[T]]) -> dict[str, tuple[T, ...]]:
    return {key: tuple(sorted(items, key=lambda item: -len(item.words))) for key, items in table.items()}
