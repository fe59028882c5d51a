"""Events an article names as wished, offered, promised, asked for or needed, not as happening.

"Хотели бы вы возглавить область?", "предложил ему возглавить министерство", "пообещал
отправить в отставку", "необходимо провести встречи": the event's verb is an infinitive
that a word of ``event_unreal.tsv`` governs, up to three words before it in the clause. The
verb is the mention itself ("возглавить") or the word right before a noun mention or its
preposition ("провести встречи", "отправить в отставку"). An event announced for a date ("проведёт встречу", "планирует провести") is news
and is not one of these.
"""

from __future__ import annotations

from ..found import Found
from ..gazetteers.places import normalize_lemma
from ..nlp.analysis import Analysis, Word
from .lexicon import unreal_words

__all__ = ["is_unreal"]

_REACH = 3
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "-", "«", "»", '"'})


def is_unreal(analysis: Analysis, mention: Found) -> bool:
    """Whether an EVENT mention's verb is an infinitive governed by a word of wish, offer,
    promise, request or need."""
    verb = _infinitive(analysis, mention)
    return verb is not None and any(_is_unreal_word(w) for w in _before(analysis, verb))


def _infinitive(analysis: Analysis, mention: Found) -> Word | None:
    """The infinitive that names the event: the mention's first word, or the word before it,
    or before its preposition ("отправить в отставку", "выступить на форуме")."""
    first = analysis.words[mention.first]
    if _is_infinitive(first):
        return first
    before = [w for w in analysis.words[max(mention.first - 2, 0) : mention.first] if w.sentence == first.sentence]
    if before and before[-1].pos == "ADP":
        before.pop()
    return before[-1] if before and _is_infinitive(before[-1]) else None


def _is_infinitive(word: Word) -> bool:
    return word.pos == "VERB" and word.feats.get("VerbForm") == "Inf"


def _before(analysis: Analysis, verb: Word) -> list[Word]:
    """Up to ``_REACH`` words before ``verb`` in its sentence, up to a clause's end."""
    words: list[Word] = []
    for index in range(verb.index - 1, max(verb.index - 1 - _REACH, -1), -1):
        word = analysis.words[index]
        if word.sentence != verb.sentence or word.text in _CLAUSE_ENDS:
            break
        words.append(word)
    return words


def _is_unreal_word(word: Word) -> bool:
    return normalize_lemma(word.lemma) in unreal_words()
