"""Posts named as left: their holder held them before the news ("former").

A post is left when a word of ``role_leaving.tsv`` stands right before it, a preposition or
adjectives the post leaves out allowed between ("принял отставку главы района Ивана Сомова",
"принял отставку 63-летнего главы", "уволил начальника управления", "отправил в отставку
губернатора", "сложил полномочия главы"), or when a frame noun after "от" or "с" introduces
it ("освобождён от должности министра", "ушёл с поста губернатора"); not when the leaving
is still to come ("будет освобождён от должности", not "место освобождённой от должности
министра займёт ...": another's future). A post joined by a dash to a post left is left too
("приняли отставку главы поселка — председателя совета"). An acting post stays acting.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..roles.extent import DASHES
from ..roles.lexicon import lemma_set, norm
from .agree import lead_word
from .frames import frame_words

__all__ = ["dashed_to_left", "left_post"]

_FROM = frozenset({"от", "с", "со"})
_PREPOSITIONS = frozenset({"в", "от", "с", "со"})
_FUTURE_REACH = 6
_DESCRIBING = frozenset({"ADJ", "NUM"})


def leaving_words() -> frozenset[str]:
    """Lemmas that name a post as left: ``role_leaving.tsv``."""
    return lemma_set("role_leaving")


def left_post(analysis: Analysis, post: Found) -> bool:
    """Whether the post is named as one its holder has left or been removed from (not "будет
    освобождён": a post to be left is still held)."""
    cue = _leaving_cue(analysis, post)
    return cue is not None and not _future(analysis, cue, post)


def dashed_to_left(analysis: Analysis, post: Found, posts: Sequence[Found]) -> bool:
    """Whether the post is the second part of a post named as left, joined by a dash ("приняли
    отставку главы поселка — председателя совета"): the holder left both."""
    return any(
        other.last + 2 == post.first and analysis.words[other.last + 1].text in DASHES and left_post(analysis, other)
        for other in posts
    )


def _leaving_cue(analysis: Analysis, post: Found) -> int | None:
    """The index of the word that names the post as left, if any: right before it, or before a
    preposition right before it ("в отставку", "от должности"); a word right before a post in
    the nominative names no post left ("принял отставку глава ...": the head accepts it), unless
    after "в" ("ушёл в отставку губернатор ...")."""
    words = analysis.words
    before = _before_describing(analysis, post)
    if before < 0:
        return None
    if norm(words[before].lemma) in frame_words():
        return before - 1 if before > 0 and words[before - 1].lemma in _FROM else None
    if words[before].lemma in _PREPOSITIONS and before > 0:
        return before - 1 if norm(words[before - 1].lemma) in leaving_words() else None
    if norm(words[before].lemma) not in leaving_words():
        return None
    gone = before > 0 and words[before - 1].lemma == "в"  # "ушёл в отставку губернатор ..."
    return before if gone or lead_word(analysis, post).case != "Nom" else None


def _before_describing(analysis: Analysis, post: Found) -> int:
    """The index of the word before the post and the adjectives or numbers the post leaves out
    ("принял отставку 63-летнего главы района")."""
    index = post.first - 1
    while index >= 0 and analysis.words[index].pos in _DESCRIBING:
        index -= 1
    return index


def _future(analysis: Analysis, cue: int, post: Found) -> bool:
    """Whether the leaving is still to come: "будет" or a leaving verb in the future tense among
    the few words around the cue and the post ("будет освобождён от должности", "от должности ...
    будет освобождён", "уволит министра"); another verb in the future tells what someone else
    will do ("место освобождённой от должности министра займёт ...")."""
    sentence = analysis.words[cue].sentence
    near = analysis.words[max(cue - _FUTURE_REACH, 0) : post.last + 1 + _FUTURE_REACH]
    return any(_future_form(w) and _leaving_tense(w) and w.sentence == sentence for w in near)


def _leaving_tense(word: Word) -> bool:
    """"быть" or a leaving verb: a word whose tense is the leaving's own."""
    return word.pos == "AUX" or word.lemma == "быть" or norm(word.lemma) in leaving_words()


def _future_form(word: Word) -> bool:
    """A verb form in the future: tagged so, or so in pymorphy3's reading ("будет", "уволит")."""
    if word.pos not in ("VERB", "AUX"):
        return False
    return word.feats.get("Tense") == "Fut" or (word.parse is not None and "futr" in word.parse.tag)
