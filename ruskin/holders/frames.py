"""Posts named as an office: "на пост губернатора", "от должности министра".

A post right after a frame noun from ``role_frames.tsv`` belongs to the person named
nearest to it in the same sentence, before it if any ("Путин освободил Астахова от
должности уполномоченного"), else after it ("на должность руководителя компании назначен
Тим Кук"), within a few words; but "его"/"её" owning the noun right before the frame gives
the post to the person it stands for ("Совет одобрил её уход с поста министра": the one named
before, whose leaving it is). A candidacy or a decree ending someone's powers a little
before the frame noun or right after the post (``role_unheld.tsv``: "баллотироваться на пост
мэра", "о прекращении полномочий губернатора", "на пост главы выдвигались кандидатуры")
leaves the post without a holder.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..nlp.antecedents import antecedent
from ..roles.lexicon import lemma_set, norm
from .possessed import POSSESSIVES

__all__ = ["acting_frame", "frame_holder", "frame_words", "unheld", "unheld_words"]

FRAME_WINDOW = 12
ACTING_FRAME = "обязанность"
UNHELD_WINDOW = 4


def frame_words() -> frozenset[str]:
    """The frame nouns, by lemma."""
    return lemma_set("role_frames")


def frame_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The person nearest a post that follows a frame noun, in the same sentence."""
    if post.first == 0 or norm(analysis.words[post.first - 1].lemma) not in frame_words():
        return None
    sentence = analysis.words[post.first].sentence
    mine = [p for p in people if analysis.words[p.first].sentence == sentence]
    before = [p for p in mine if p.last < post.first and post.first - p.last <= FRAME_WINDOW]
    after = [p for p in mine if p.first > post.last and p.first - post.last <= FRAME_WINDOW]
    owner = _owner(analysis, post)
    if owner is not None:
        return antecedent(analysis, people, owner.index, POSSESSIVES[owner.text.lower()], same_sentence=False)
    return before[-1] if before else after[0] if after else None


def _owner(analysis: Analysis, post: Found) -> Word | None:
    """"его"/"её" owning the noun right before the frame ("одобрил её уход с поста министра",
    "её уход с должности министра"): the post is that person's, not the subject's."""
    if post.first < 4:
        return None
    owner, noun, preposition = analysis.words[post.first - 4 : post.first - 1]
    if owner.text.lower() in POSSESSIVES and noun.pos == "NOUN" and preposition.pos == "ADP":
        return owner
    return None


def acting_frame(analysis: Analysis, post: Found) -> bool:
    """Whether the post follows "обязанности" ("будет исполнять обязанности главы региона"): it is held as acting."""
    return post.first > 0 and analysis.words[post.first - 1].lemma == ACTING_FRAME


def unheld_words() -> frozenset[str]:
    """Words that make a framed post one nobody holds by it: ``role_unheld.tsv``."""
    return lemma_set("role_unheld")


def unheld(analysis: Analysis, post: Found) -> bool:
    """Whether a framed post is only sought or ended ("баллотироваться на пост мэра", "кандидата
    в депутаты"): no one holds it here."""
    frame = post.first - 1
    if frame < 0:
        return False
    if analysis.words[frame].lemma == "в" and frame > 0:
        return norm(analysis.words[frame - 1].lemma) in unheld_words()
    if norm(analysis.words[frame].lemma) not in frame_words():
        return False
    words = analysis.words[max(frame - UNHELD_WINDOW, 0) : frame] + _right_after(analysis, post)
    return any(norm(w.lemma) in unheld_words() for w in words)


def _right_after(analysis: Analysis, post: Found) -> list[Word]:
    """The few words after a framed post in its sentence ("на пост мэра выдвигались
    кандидатуры ...": the candidacy follows the post)."""
    sentence = analysis.words[post.last].sentence
    after = analysis.words[post.last + 1 : post.last + 1 + UNHELD_WINDOW]
    return [word for word in after if word.sentence == sentence]
