"""The person a third-person pronoun stands for: "он", "она" and their case forms.

The latest person of the pronoun's gender named before it in its sentence or the two before,
one in the nominative first (the subject carried over). Holder and event rules both ask.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from .analysis import Analysis
from .names import words_gender

__all__ = ["PRONOUN_GENDERS", "antecedent"]

PRONOUN_GENDERS = {"он": "Masc", "она": "Fem"}
"""The pronouns' lemmas and the grammatical gender of the names they stand for."""

BEFORE_SENTENCES = 2


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
