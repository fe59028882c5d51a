"""A pronoun that opens a clause stands for the person named last before it: "Он провёл совещание".

"он"/"она" in the nominative, at the start of a sentence or after a conjunction (or "где",
"когда": "вспомнил весну, когда он вёл переговоры"), stands for
the latest person of that gender named in the article in the same or the two sentences
before (one in the nominative first: the subject carried over). A pronoun with no such
person stands for no one. So does "его"/"её" right before or after an event verb ("назначил
его директором").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from ..nlp.names import words_gender

__all__ = ["pronoun_objects", "pronoun_subjects"]

_PRONOUNS = {"он": "Masc", "она": "Fem"}
_BEFORE_SENTENCES = 2
_OPENERS = frozenset({"и", "а", "также", "затем", "потом", "кроме", "того", ",", "где", "когда"})


def pronoun_subjects(analysis: Analysis, persons: Sequence[Found]) -> Iterator[tuple[Found, Found]]:
    """(a PERSON-like mention of the pronoun's word, the PERSON mention it stands for)."""
    words = analysis.words
    for span in analysis.sentence_words:
        for index in span:
            word = words[index]
            if word.lemma not in _PRONOUNS or word.pos != "PRON" or word.case not in (None, "Nom"):
                continue
            if index > span.start and words[index - 1].lemma not in _OPENERS:
                continue
            antecedent = _antecedent(analysis, persons, index, _PRONOUNS[word.lemma])
            if antecedent is not None:
                yield Found("PERSON", index, index, word.start, word.stop, word.text), antecedent


def pronoun_objects(analysis: Analysis, persons: Sequence[Found], events: Sequence[Found]) -> Iterator[tuple[Found, Found]]:
    """(a PERSON-like mention of "его"/"её" right before or after an event verb, the PERSON mention it
    stands for): "Тогда совет директоров назначил его управляющим", "его назначили директором"."""
    words = analysis.words
    for event in (e for e in events if e.value.verbal):
        for index in (event.first - 1, event.last + 1):
            if not 0 <= index < len(words) or words[index].sentence != words[event.first].sentence:
                continue
            word = words[index]
            if word.lemma in _PRONOUNS and word.pos == "PRON" and word.case == "Acc":
                antecedent = _antecedent(analysis, persons, index, _PRONOUNS[word.lemma])
                if antecedent is not None:
                    yield Found("PERSON", index, index, word.start, word.stop, word.text), antecedent


def _antecedent(analysis: Analysis, persons: Sequence[Found], index: int, gender: str) -> Found | None:
    sentence = analysis.words[index].sentence
    earlier = [
        p for p in persons
        if p.last < index and sentence - analysis.words[p.first].sentence <= _BEFORE_SENTENCES
        and words_gender(analysis.words[p.first : p.last + 1]) in (gender, None)
    ]  # fmt: skip
    nominative = [p for p in earlier if analysis.words[p.first].case in (None, "Nom")]
    return (nominative or earlier)[-1] if earlier else None
