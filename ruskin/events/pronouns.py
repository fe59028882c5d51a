"""A pronoun that opens a clause stands for the person named last before it: "Он провёл совещание".

"он"/"она" in the nominative, at the start of a sentence, after a conjunction (or "где",
"когда": "вспомнил весну, когда он вёл переговоры") or after adverbials alone ("Через год он
был задержан"), stands for
the latest person of that gender named in the article in the same or the two sentences
before (one in the nominative first: the subject carried over). A pronoun with no such
person stands for no one. So does "его"/"её" right before or after an event verb ("назначил
его директором"). A sentence that names no one and has no subject, its first verb a past
singular, has the subject carried from the sentences before (``nlp.antecedents.carried_subject``:
"Иван Сомов умер вчера. Родился в 1950 году в Твери.").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..nlp.antecedents import PRONOUN_GENDERS, antecedent, carried_subject, has_subject, is_verb

__all__ = ["pronoun_objects", "pronoun_subjects", "zero_subjects"]

_CLAUSE_WORDS = frozenset({"VERB", "AUX", "PRON", "PUNCT"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_OPENERS = frozenset({"и", "а", "также", "затем", "потом", "кроме", "того", ",", "где", "когда"})


def pronoun_subjects(analysis: Analysis, persons: Sequence[Found]) -> Iterator[tuple[Found, Found]]:
    """(a PERSON-like mention of the pronoun's word, the PERSON mention it stands for)."""
    words = analysis.words
    for span in analysis.sentence_words:
        for index in span:
            word = words[index]
            if word.lemma not in PRONOUN_GENDERS or word.pos != "PRON" or word.case not in (None, "Nom"):
                continue
            if index > span.start and words[index - 1].lemma not in _OPENERS and not _fronted(analysis, span.start, index):
                continue
            person = antecedent(analysis, persons, index, PRONOUN_GENDERS[word.lemma])
            if person is not None:
                yield Found("PERSON", index, index, word.start, word.stop, word.text), person


def zero_subjects(analysis: Analysis, persons: Sequence[Found]) -> Iterator[tuple[Found, Found]]:
    """(a PERSON-like mention of the verb, the PERSON mention carried to it) for each sentence that
    names no one and has no subject, whose first verb is a past singular ("Умер в 1993 году",
    "В 2001 году выиграл конкурс" after a sentence about the person): a biography's subject."""
    named = {analysis.words[p.first].sentence for p in persons}
    for number, span in enumerate(analysis.sentence_words):
        if number in named or has_subject(analysis, number):
            continue
        verb = next((analysis.words[i] for i in span if is_verb(analysis.words[i])), None)
        if verb is None or not _past_singular(verb) or not _fronted(analysis, span.start, verb.index):
            continue
        person = carried_subject(analysis, persons, number, verb)
        if person is not None:
            yield Found("PERSON", verb.index, verb.index, verb.start, verb.stop, verb.text), person


def _past_singular(verb: Word) -> bool:
    if verb.pos == "PROPN" and verb.parse is not None:
        return verb.parse.tag.tense == "past" and verb.parse.tag.number == "sing"
    return verb.feats.get("Tense") == "Past" and verb.feats.get("Number") == "Sing"


def _fronted(analysis: Analysis, start: int, index: int) -> bool:
    """Whether only adverbials stand before the pronoun in its sentence: no verb, no noun in the
    nominative ("Через год он был арестован", "Вчера в Омске она открыла выставку")."""
    return not any(
        w.pos in _CLAUSE_WORDS or w.pos in _NOUNS and w.case in (None, "Nom") for w in analysis.words[start:index]
    )


def pronoun_objects(analysis: Analysis, persons: Sequence[Found], events: Sequence[Found]) -> Iterator[tuple[Found, Found]]:
    """(a PERSON-like mention of "его"/"её" right before or after an event verb, the PERSON mention it
    stands for): "Тогда совет директоров назначил его управляющим", "его назначили директором"."""
    words = analysis.words
    for event in (e for e in events if e.value.verbal):
        for index in (event.first - 1, event.last + 1):
            if not 0 <= index < len(words) or words[index].sentence != words[event.first].sentence:
                continue
            word = words[index]
            if word.lemma in PRONOUN_GENDERS and word.pos == "PRON" and word.case == "Acc":
                person = antecedent(analysis, persons, index, PRONOUN_GENDERS[word.lemma])
                if person is not None:
                    yield Found("PERSON", index, index, word.start, word.stop, word.text), person
