"""Posts named by a possessive: "министр здравоохранения Армен Бенян и его заместитель Елена
Чернова" — Чернова is the deputy of the minister.

A bare subordinate post (``role_subordinates.tsv``: заместитель, помощник, советник, …, with
no complement of its own) right after "его" or "её" belongs to the post of the nearest person
named before it, in its sentence or the one before, who holds a stated post and whose gender
fits the pronoun. The post's title then names that post ("заместитель министра
здравоохранения Самарской области") and takes its region and agency when it names none.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from ..nlp.names import words_gender
from ..records import Position
from ..roles.lexicon import lemma_set, norm
from ..roles.title import genitive

__all__ = ["possessed_positions", "possessive_gender"]

POSSESSIVES = {"его": "Masc", "её": "Fem", "ее": "Fem"}
SENTENCES_BACK = 1


def possessive_gender(analysis: Analysis, post: Found) -> str | None:
    """"Masc" or "Fem" when a bare subordinate post follows "его" or "её", else None."""
    if post.first == 0 or norm(analysis.words[post.last].lemma) not in lemma_set("role_subordinates"):
        return None
    if any(analysis.words[i].pos in ("NOUN", "PROPN") for i in range(post.first, post.last)):
        return None
    return POSSESSIVES.get(analysis.words[post.first - 1].text.lower())


def possessed_positions(
    analysis: Analysis, posts: Sequence[Found], holders: Sequence[Found], records: Sequence[Position]
) -> list[Position]:
    """``records`` (with their posts and holders' PERSON mentions, in the same order), each
    possessed post titled after the post it is under."""
    result = list(records)
    for n, (post, record) in enumerate(zip(posts, records)):
        gender = possessive_gender(analysis, post)
        if gender is None:
            continue
        owner = _owner(analysis, n, gender, posts, holders, records)
        if owner is not None:
            result[n] = record.model_copy(update=_under(record, records[owner]))
    return result


def _owner(
    analysis: Analysis, n: int, gender: str, posts: Sequence[Found], holders: Sequence[Found],
    records: Sequence[Position],
) -> int | None:  # fmt: skip
    """The nearest earlier stated post, close enough, whose holder's gender fits."""
    earliest = _sentence_start(analysis, posts[n].first, SENTENCES_BACK)
    for m in range(n - 1, -1, -1):
        if posts[m].start >= posts[n].start or records[m].holder is None or records[m].person == records[n].person:
            continue
        if posts[m].first < earliest:
            return None
        if words_gender(analysis.words[holders[m].first : holders[m].last + 1]) in (gender, None):
            return m
    return None


def _under(record: Position, owner: Position) -> dict[str, str | None]:
    return {
        "title": f"{record.title} {genitive(owner.title)}",
        "region": record.region or owner.region,
        "agency": record.agency or owner.agency,
    }


def _sentence_start(analysis: Analysis, word: int, back: int) -> int:
    """The first word of the sentence ``back`` sentences before the one ``word`` is in."""
    sentences = analysis.sentence_words
    current = next(n for n, sentence in enumerate(sentences) if sentence.start <= word < sentence.stop)
    return sentences[max(current - back, 0)].start
