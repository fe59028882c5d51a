"""The person a third-person pronoun stands for ("он", "она" and their case forms), and the
subject a sentence with none of its own carries over from the sentences before.

A pronoun stands for the latest person of its gender named before it in its sentence or the two
before, one in the nominative first (the subject carried over). A sentence with no subject
("Родился в Твери. Окончил институт.") has the latest name in the nominative of its verb's
gender, going back past sentences that have no subject either. Holder and event rules both ask.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from .analysis import Analysis, Word
from .names import words_gender

__all__ = ["CARRY_SENTENCES", "PRONOUN_GENDERS", "antecedent", "carried_subject", "has_subject", "is_verb", "nominative", "verb_agrees"]

PRONOUN_GENDERS = {"он": "Masc", "она": "Fem"}
"""The pronouns' lemmas and the grammatical gender of the names they stand for."""

BEFORE_SENTENCES = 2
CARRY_SENTENCES = 4
"""How many sentences back a subject is carried."""
_SUBJECTS = frozenset({"NOUN", "PROPN", "PRON"})


def antecedent(
    analysis: Analysis, persons: Sequence[Found], index: int, gender: str, *, same_sentence: bool = True
) -> Found | None:
    """The PERSON mention the pronoun at word ``index`` stands for, if any; with
    ``same_sentence=False`` only from the sentences before (an object pronoun is not the
    subject of its own clause: "Путин назначил его")."""
    sentence = analysis.words[index].sentence
    lowest = 0 if same_sentence else 1
    earlier = [
        p for p in persons
        if p.last < index and lowest <= sentence - analysis.words[p.first].sentence <= BEFORE_SENTENCES
        and words_gender(analysis.words[p.first : p.last + 1]) in (gender, None)
    ]  # fmt: skip
    nominative = [p for p in earlier if analysis.words[p.first].case in (None, "Nom")]
    return (nominative or earlier)[-1] if earlier else None


def carried_subject(analysis: Analysis, people: Sequence[Found], sentence: int, verb: Word) -> Found | None:
    """The latest name in the nominative of the verb's gender in the sentences before ``sentence``,
    going back past sentences that have no subject of their own (a biography: "Иван Сомов родился
    в Твери. Окончил институт. В 2010 году стал ..."), at most ``CARRY_SENTENCES``."""
    for earlier in range(sentence - 1, max(sentence - 1 - CARRY_SENTENCES, -1), -1):
        named = [
            p for p in people
            if analysis.words[p.first].sentence == earlier and nominative(analysis.words[p.first])
            and verb_agrees(analysis, p, verb)
        ]  # fmt: skip
        if named:
            return named[-1]
        if has_subject(analysis, earlier):
            return None
    return None


def has_subject(analysis: Analysis, sentence: int) -> bool:
    """Whether a sentence has a noun in the nominative before its first verb (a subject of its
    own; "он"/"она" carry the subject on)."""
    for word in analysis.words[analysis.sentence_words[sentence].start : analysis.sentence_words[sentence].stop]:
        if is_verb(word):
            return False
        if word.pos in _SUBJECTS and word.case == "Nom" and word.lemma not in PRONOUN_GENDERS:
            return True
    return False


def is_verb(word: Word) -> bool:
    """A verb, also one that opens a sentence and the tagger took for a name ("Родился в 1950 году")."""
    if word.pos in ("VERB", "AUX"):
        return True
    return word.pos == "PROPN" and word.parse is not None and word.parse.tag.POS == "VERB"


def nominative(word: Word) -> bool:
    """A word in the nominative, or a proper name whose case is unknown."""
    return word.case == "Nom" or (word.case is None and word.pos == "PROPN")


def verb_agrees(analysis: Analysis, subject: Found, verb: Word) -> bool:
    """Whether a past-tense verb's gender fits the name's ("Иванова была", not "Иванова был")."""
    gender = verb.feats.get("Gender")
    named = words_gender(analysis.words[subject.first : subject.last + 1])
    return gender is None or named is None or gender == named
