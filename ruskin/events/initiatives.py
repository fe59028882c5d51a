"""The initiative lists: known initiatives by alias, descriptor words and decree authors."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..gazetteers.gazetteer import load_table, split_values
from ..gazetteers.places import alias_tokens, normalize_lemma
from .lexicon import Phrase, PhraseIndex, first_lemma, phrase_index

__all__ = ["KnownInitiative", "initiative_authors", "initiative_descriptors", "known_initiatives"]


@dataclass(frozen=True, slots=True)
class KnownInitiative:
    """A row of ``initiatives.tsv``: canonical name, kind, and whether it is a mention unquoted."""

    name: str
    kind: str
    bare: bool


@cache
def known_initiatives() -> tuple[PhraseIndex, dict[str, KnownInitiative]]:
    """Aliases of known initiatives as lemma phrases (labelled with the name), and the rows by name."""
    rows = {row["name"]: KnownInitiative(row["name"], row["kind"], row["bare"] == "yes") for row in load_table("initiatives")}
    phrases = [
        _alias_phrase(alias_tokens(alias), row["name"])
        for row in load_table("initiatives")
        for alias in split_values(row["aliases"])
    ]
    return phrase_index(phrases), rows


def _alias_phrase(tokens: list[str], name: str) -> Phrase:
    """An alias as lemmas; options "upper:<i>" mark the abbreviations the text must write in capitals."""
    capitals = frozenset(f"upper:{i}" for i, token in enumerate(tokens) if token.isupper() and len(token) > 1)
    return Phrase(tuple(first_lemma(token) for token in tokens), name, capitals)


@cache
def initiative_descriptors() -> PhraseIndex:
    """Descriptor phrases (``initiative_words.tsv``) labelled with the kind; options hold what must follow."""
    return phrase_index(
        Phrase(tuple(normalize_lemma(t) for t in row["phrase"].split()), row["kind"], frozenset(split_values(row["needs"])))
        for row in load_table("initiative_words")
    )


@cache
def initiative_authors() -> frozenset[str]:
    """Lemmas of those who issue decrees (``initiative_authors.tsv``)."""
    return frozenset(normalize_lemma(row["lemma"]) for row in load_table("initiative_authors"))
