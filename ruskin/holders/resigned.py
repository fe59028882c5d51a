"""Holders told to leave their post: the post they are named with was held before ("former").

A name right after its post ("мэр Рязани Иван Петров") is the subject of the verb that
follows it, adverbs aside, or of the verb after ", который" ("..., который ушёл в
отставку"). The holder has left the post when that verb is in the past and names a leaving:
a verb of leaving (``role_leaving_verbs.tsv``) or of removal (``role_leaving.tsv``) with a
frame noun or "отставка" a few words after it ("ушёл в отставку", "досрочно сложил
полномочия", "покинул свой пост", "ушла с занимаемой должности"), or a passive of removal
("уволен", "освобождён"). A leaving still to come ("уйдёт в отставку") or only asked for
("подал в отставку") leaves the post held.
"""

from __future__ import annotations

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..roles.lexicon import lemma_set, norm
from .earlier import past_form
from .frames import frame_words
from .left import leaving_words

__all__ = ["leaving_verbs", "resigned"]

_OBJECT_REACH = 3
_RELATIVE = "который"
_SKIPPED = frozenset({"ADV", "PART"})
_BETWEEN = frozenset({"ADP", "ADJ", "DET"})


def resigned(analysis: Analysis, post: Found, person: Found) -> bool:
    """Whether the holder named right after the post is told to have left it."""
    if person.first != post.last + 1:
        return False
    verb = _predicate(analysis, person.last + 1, analysis.words[person.last].sentence)
    return verb is not None and past_form(verb) and _leaves(analysis, verb)


def _predicate(analysis: Analysis, start: int, sentence: int) -> Word | None:
    """The verb right after a name, adverbs and ", который" aside."""
    words = analysis.words
    index = start
    if index + 1 < len(words) and words[index].text == "," and words[index + 1].lemma == _RELATIVE:
        index += 2
    while index < len(words) and words[index].pos in _SKIPPED:
        index += 1
    if index >= len(words) or words[index].sentence != sentence or words[index].pos != "VERB":
        return None
    return words[index]


def _leaves(analysis: Analysis, verb: Word) -> bool:
    """A verb of leaving or removal naming its post ("ушёл в отставку"), or a passive of removal."""
    lemma = norm(verb.lemma)
    if lemma in leaving_words() and verb.feats.get("Voice") == "Pass":
        return True
    return (lemma in leaving_words() or lemma in leaving_verbs()) and _post_named(analysis, verb.index)


def _post_named(analysis: Analysis, verb: int) -> bool:
    """A frame noun or "отставка" a few words after the verb, only prepositions, adjectives and
    participles between."""
    for word in analysis.words[verb + 1 : verb + 1 + _OBJECT_REACH]:
        lemma = norm(word.lemma)
        if lemma in frame_words() or lemma in leaving_words():
            return True
        if word.pos not in _BETWEEN and word.feats.get("VerbForm") != "Part":  # "с занимаемой должности"
            return False
    return False


def leaving_verbs() -> frozenset[str]:
    """Lemmas of verbs whose subject leaves a post named after them: ``role_leaving_verbs.tsv``."""
    return lemma_set("role_leaving_verbs")

