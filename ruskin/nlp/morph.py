"""pymorphy3 adapter: lemmas and grammatical forms, disambiguated by slovnet's tags.

pymorphy3 lists every analysis of a word out of context; slovnet's morphology tagger
says, in context, which part of speech, case, number and gender the word has. The
analysis that agrees best with slovnet wins. Analyses are cached per word form.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache

import pymorphy3
from pymorphy3.analyzer import Parse

UD_TO_OC_POS: dict[str, frozenset[str]] = {
    "NOUN": frozenset({"NOUN"}),
    "PROPN": frozenset({"NOUN"}),
    "ADJ": frozenset({"ADJF", "ADJS", "COMP", "PRTF"}),
    "VERB": frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"}),
    "AUX": frozenset({"VERB", "INFN"}),
    "ADV": frozenset({"ADVB", "COMP", "PRED"}),
    "NUM": frozenset({"NUMR", "ADJF"}),
    "PRON": frozenset({"NPRO"}),
    "DET": frozenset({"ADJF", "NPRO"}),
    "ADP": frozenset({"PREP"}),
    "CCONJ": frozenset({"CONJ"}),
    "SCONJ": frozenset({"CONJ"}),
    "PART": frozenset({"PRCL"}),
    "INTJ": frozenset({"INTJ"}),
}
UD_TO_OC_FEATS: dict[str, dict[str, frozenset[str]]] = {
    "Case": {
        "Nom": frozenset({"nomn"}),
        "Gen": frozenset({"gent", "gen2"}),
        "Par": frozenset({"gen2", "gent"}),
        "Dat": frozenset({"datv"}),
        "Acc": frozenset({"accs"}),
        "Ins": frozenset({"ablt"}),
        "Loc": frozenset({"loct", "loc2"}),
        "Voc": frozenset({"voct", "nomn"}),
    },
    "Number": {"Sing": frozenset({"sing"}), "Plur": frozenset({"plur"})},
    "Gender": {"Masc": frozenset({"masc"}), "Fem": frozenset({"femn"}), "Neut": frozenset({"neut"})},
}


class Morphology:
    """pymorphy3's Russian analyzer with per-word caching and context disambiguation."""

    def __init__(self) -> None:
        self.analyzer = pymorphy3.MorphAnalyzer(lang="ru")
        self.parses = lru_cache(maxsize=200_000)(self._parse)
        self._choose = lru_cache(maxsize=400_000)(self._choose_uncached)

    def _parse(self, word: str) -> tuple[Parse, ...]:
        try:
            return tuple(self.analyzer.parse(word))
        except ValueError:  # pymorphy3 looks up Unicode names, which some letters lack
            return ()

    def choose(self, word: str, pos: str, feats: Mapping[str, str]) -> Parse | None:
        """The analysis of ``word`` that best agrees with slovnet's ``pos`` and ``feats``."""
        return self._choose(word, pos, feats.get("Case"), feats.get("Number"), feats.get("Gender"))

    def _choose_uncached(
        self, word: str, pos: str, case: str | None, number: str | None, gender: str | None
    ) -> Parse | None:
        parses = self.parses(word)
        if not parses:
            return None
        feats = {"Case": case, "Number": number, "Gender": gender}
        return max(parses, key=lambda parse: agreement(parse, pos, feats))


@cache
def shared_morphology() -> Morphology:
    """The process-wide analyzer: pymorphy3's dictionaries are loaded once per process."""
    return Morphology()


def agreement(parse: Parse, pos: str, feats: Mapping[str, str | None]) -> float:
    """How well a pymorphy3 analysis agrees with UD tags; pymorphy3's score breaks ties."""
    tag = parse.tag
    score = 4.0 if tag.POS in UD_TO_OC_POS.get(pos, frozenset()) else 0.0
    for feature, values in UD_TO_OC_FEATS.items():
        value = feats.get(feature)
        if value is not None and tag.grammemes & values.get(value, frozenset()):
            score += 1.0
    if pos == "PROPN" and tag.grammemes & {"Name", "Surn", "Patr", "Geox", "Orgn"}:
        score += 0.5
    return score + parse.score


def has_grammeme(parses: tuple[Parse, ...], grammeme: str) -> bool:
    """Whether any analysis carries ``grammeme`` (``Name``, ``Surn``, ``Patr``...)."""
    return any(grammeme in parse.tag for parse in parses)
