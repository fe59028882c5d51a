"""Posts named as held in the past: their holder held them before the news ("former").

A post is held in the past when an imperfective verb of holding (``role_held_verbs.tsv``)
in the past tense, finite or a participle, governs it: right before it ("был министром",
"работал главным врачом"), or before a frame noun or a preposition right before it ("ранее
занимал должность заместителя мэра", "занимавшая пост мэра", "работал в должности
начальника"); an adverb may stand between ("занимал ранее пост"). The present ("занимающий
пост", "работает главврачом") and the perfective ("занял пост", "стал министром") name a post
still held; "был назначен министром" names an appointment, not a past post.
"""

from __future__ import annotations

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..roles.lexicon import lemma_set, norm
from .frames import frame_words

__all__ = ["held_before", "held_verbs", "past_form"]

_PREPOSITIONS = frozenset({"в", "на"})


def held_verbs() -> frozenset[str]:
    """Lemmas of the verbs whose past names a post held before: ``role_held_verbs.tsv``."""
    return lemma_set("role_held_verbs")


def held_before(analysis: Analysis, post: Found) -> bool:
    """Whether a verb of holding in the past governs the post ("ранее занимал должность мэра")."""
    verb = _governing_word(analysis, post)
    return verb is not None and norm(verb.lemma) in held_verbs() and past_form(verb)


def _governing_word(analysis: Analysis, post: Found) -> Word | None:
    """The word before the post past adverbs, a frame noun and a preposition ("занимал ранее
    должность", "работал в должности", "находился на посту")."""
    index = post.first - 1
    while index >= 0 and analysis.words[index].pos == "ADV":
        index -= 1
    if index >= 0 and norm(analysis.words[index].lemma) in frame_words():
        index -= 1
        if index >= 0 and analysis.words[index].lemma in _PREPOSITIONS:
            index -= 1
        while index >= 0 and analysis.words[index].pos == "ADV":
            index -= 1
    return analysis.words[index] if index >= 0 else None


def past_form(word: Word) -> bool:
    """A verb form in the past tense, finite or a participle ("занимал", "занимавший", "уволен")."""
    return word.pos in ("VERB", "AUX") and word.feats.get("Tense") == "Past"
