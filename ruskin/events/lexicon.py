"""Phrase lists read from the data files and matched on lemmas against analysed words.

A phrase is written as lemmas ("подать в отставка", "круглый стол"); a word matches a
phrase token when one of its possible lemmas (``word_lemmas``) is that token.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from ..gazetteers.gazetteer import load_table, split_values
from ..nlp.analysis import Word
from ..gazetteers.places import normalize_lemma, place_morphology
from ..taggers.places import word_lemmas

__all__ = ["DECREED_KINDS", "Phrase", "PhraseIndex", "chaired_kinds", "event_holding", "event_modifiers", "event_nesting", "event_nouns", "event_parts", "event_roles", "event_verbs", "first_lemma", "gathering_kinds", "phrase_index", "signs_decree", "undergone_verbs", "unreal_words"]


@dataclass(frozen=True, slots=True)
class Phrase:
    """A phrase of lemmas, what it stands for (an event kind, ...), its options (complements) and,
    for a verb, the noun that names its event ("назначить" → "назначение"; empty: the words as written)."""

    lemmas: tuple[str, ...]
    label: str
    options: frozenset[str] = frozenset()
    name: str = ""

    @property
    def key(self) -> str:
        """The lemmas joined by spaces: the phrase as written in the data file."""
        return " ".join(self.lemmas)


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    """Phrases by their first lemma, longest first."""

    by_first: dict[str, tuple[Phrase, ...]]

    def match(self, words: Sequence[Word], first: int, end: int) -> Phrase | None:
        """The longest phrase that starts at ``words[first]`` and ends before ``end``."""
        candidates = {p for lemma in word_lemmas(words[first]) for p in self.by_first.get(lemma, ())}
        for phrase in sorted(candidates, key=lambda p: (-len(p.lemmas), p.key)):
            stop = first + len(phrase.lemmas)
            if stop <= end and all(lemma in word_lemmas(w) for lemma, w in zip(phrase.lemmas, words[first:stop])):
                return phrase
        return None


def phrase_index(phrases: Iterable[Phrase]) -> PhraseIndex:
    """An index of ``phrases`` by first lemma."""
    buckets: dict[str, list[Phrase]] = defaultdict(list)
    for phrase in phrases:
        buckets[phrase.lemmas[0]].append(phrase)
    return PhraseIndex({lemma: tuple(found) for lemma, found in buckets.items()})


def _phrases(table: str, label: str) -> tuple[Phrase, ...]:
    return tuple(
        Phrase(
            tuple(normalize_lemma(token) for token in row["phrase"].split()),
            row[label],
            frozenset(split_values(row.get("complements", ""))),
            row.get("name", ""),
        )
        for row in load_table(table)
    )


@cache
def event_nouns() -> PhraseIndex:
    """Nouns that name events (``event_words.tsv``), labelled with the event kind."""
    return phrase_index(_phrases("event_words", "kind"))


@cache
def event_verbs() -> PhraseIndex:
    """Verbs and verb phrases that report events (``event_verbs.tsv``), labelled with the kind and
    named by the noun of their event where the file gives one."""
    return phrase_index(_phrases("event_verbs", "kind"))


@cache
def event_modifiers() -> frozenset[str]:
    """Adjectives that never join an event mention (``event_modifiers.tsv``)."""
    return frozenset(normalize_lemma(row["lemma"]) for row in load_table("event_modifiers"))


@cache
def event_parts() -> dict[str, tuple[str, bool]]:
    """Lemmas that tell how someone took part: lemma → (part, ties a person to the last event)."""
    return {normalize_lemma(row["lemma"]): (row["part"], row["follows"] == "yes") for row in load_table("event_parts")}


@cache
def event_roles() -> dict[str, tuple[str, str]]:
    """Event kind → (part of the subject of an active verb, part of the one it happens to), from
    ``event_kinds.tsv``; empty where the kind gives none."""
    return {row["kind"]: (row["agent"], row["patient"]) for row in load_table("event_kinds")}


DECREED_KINDS = frozenset({"appointment", "resignation"})
"""Event kinds a decree brings about: its signer signs them."""


def signs_decree(words: Sequence[Word]) -> bool:
    """Whether words (a sentence) hold a verb and a noun of a decree's signer (``event_parts.tsv``:
    "подписал распоряжение", "указ подписан")."""
    parts = event_parts()
    found = {w.pos for w in words if (part := parts.get(normalize_lemma(w.lemma))) is not None and part[0] == "signer"}
    return {"VERB", "NOUN"} <= found


@cache
def undergone_verbs() -> frozenset[str]:
    """Event verb phrases whose subject undergoes the event (``event_undergone.tsv``): "X возглавил
    министерство" appoints X, it is no one's act upon X."""
    return frozenset(" ".join(normalize_lemma(t) for t in row["phrase"].split()) for row in load_table("event_undergone"))


@cache
def ceremonial_nouns() -> frozenset[str]:
    """Nouns of events held as a ceremony (``event_ceremonial.tsv``): a bare "церемония" next to
    "вступление в должность" is that event."""
    return frozenset(row["noun"] for row in load_table("event_ceremonial"))


@cache
def chaired_kinds() -> frozenset[str]:
    """Event kinds whose holder chairs them (``event_kinds.tsv``): "провёл совещание" → chair."""
    return frozenset(row["kind"] for row in load_table("event_kinds") if row["chaired"] == "yes")


@cache
def gathering_kinds() -> frozenset[str]:
    """Event kinds people gather at and speak at (``event_kinds.tsv``: those that nest or are chaired),
    not acts such as an appointment or an address."""
    return frozenset(row["kind"] for row in load_table("event_kinds") if row["nesting"] or row["chaired"] == "yes")


@cache
def event_holding() -> frozenset[str]:
    """Lemmas that say an event is held or joined (``event_holding.tsv``): "участие", "состояться"."""
    return frozenset(normalize_lemma(row["lemma"]) for row in load_table("event_holding"))


@cache
def unreal_words() -> frozenset[str]:
    """Lemmas that make an infinitive's event no news (``event_unreal.tsv``): "предложить", "необходимый"."""
    return frozenset(normalize_lemma(row["lemma"]) for row in load_table("event_unreal"))


@cache
def event_nesting() -> dict[str, str]:
    """Event kind → "umbrella" or "part" (``event_kinds.tsv``): which kinds are held within which."""
    return {row["kind"]: row["nesting"] for row in load_table("event_kinds")}


def first_lemma(token: str) -> str:
    """The lemma pymorphy3 gives a written token first (abbreviations kept as written, lower case)."""
    parses = place_morphology().parses(token)
    if token.isupper() and len(token) > 1 or not parses:
        return normalize_lemma(token)
    return normalize_lemma(parses[0].normal_form)
