"""A bare profession that refers back to the person the text is about: "Иван Сомов умер в
понедельник. Политик долго болел".

Tried last, for a post that no other rule gives a holder: a singular profession (``roles.tsv``
kind "profession": "политик", "чиновник", "музыкант") in a sentence that names nobody is held by
the latest person named in the nominative up to two sentences before it, one of the post's
gender when the post has a feminine form ("журналистка"); not in a sentence that names the person
by "его", "её", "ему", ... ("Журналистка спросила её о планах": someone else). Its Position names no holder mention:
the post only refers to its holder.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from ..nlp.antecedents import PRONOUN_GENDERS
from ..nlp.names import words_gender
from ..taggers.roles import RolePost
from .agree import lead_word
from .lists import plural

__all__ = ["referred_holder"]

BEFORE_SENTENCES = 2


def referred_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The person a bare singular profession refers back to, if its sentence names no one."""
    if not _profession(post) or plural(analysis, post):
        return None
    sentence = analysis.words[post.first].sentence
    if any(analysis.words[p.first].sentence == sentence for p in people) or _object_pronoun(analysis, sentence):
        return None
    earlier = [
        p for p in people
        if 0 < sentence - analysis.words[p.first].sentence <= BEFORE_SENTENCES
        and analysis.words[p.first].case in (None, "Nom") and _agrees(analysis, post, p)
    ]  # fmt: skip
    return earlier[-1] if earlier else None


def _object_pronoun(analysis: Analysis, sentence: int) -> bool:
    """Whether the sentence has "его", "её", "ему", "ей" ... : the person is named by it, so the post
    is someone else ("Журналистка спросила её ...")."""
    span = analysis.sentence_words[sentence]
    words = analysis.words[span.start : span.stop]
    return any(w.lemma in PRONOUN_GENDERS and w.pos == "PRON" and w.case not in (None, "Nom") for w in words)


def _profession(post: Found) -> bool:
    return isinstance(post.value, RolePost) and post.value.kind == "profession"


def _agrees(analysis: Analysis, post: Found, person: Found) -> bool:
    """A feminine post ("журналистка") refers to a woman; a masculine one to anyone ("политик")."""
    if lead_word(analysis, post).feats.get("Gender") != "Fem":
        return True
    return words_gender(analysis.words[person.first : person.last + 1]) in ("Fem", None)
