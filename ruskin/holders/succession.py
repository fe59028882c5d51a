"""Who held a post before its new holder: "сменила на посту главы ЦРУ Майка Помпео".

A name in the accusative or genitive a few words after a word from ``role_succession.tsv``
("сменить", "заменить", "вместо") held before the post its sentence gives a holder in the
instrumental ("стал мэром", "назначен министром"), the one nearest that word; NEREL links
both people to the post ("Кернес стал мэром Харькова, сменив на этом посту Михаила Добкина").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from ..roles.lexicon import lemma_set, norm

__all__ = ["predecessors", "succession_words"]

WINDOW = 7
OBJECT_CASES = frozenset({"Acc", "Gen"})


def succession_words() -> frozenset[str]:
    """Lemmas after which a name is a predecessor: ``role_succession.tsv``."""
    return lemma_set("role_succession")


def predecessors(
    analysis: Analysis, posts: Sequence[Found], held: Mapping[int, Sequence[Found]], people: Sequence[Found],
    person_of: Callable[[Found], str | None],
) -> list[tuple[int, Found]]:
    """(index in ``posts``, PERSON mention) for each predecessor named in a held post's sentence."""
    pairs = []
    for person in people:
        word = _succession_word(analysis, person)
        post = _taken_post(analysis, posts, held, word) if word is not None else None
        if post is not None and person_of(person) not in {person_of(h) for h in held[post]}:
            pairs.append((post, person))
    return pairs


def _succession_word(analysis: Analysis, person: Found) -> int | None:
    """The index of "сменить" or "вместо" a few words before a name in the accusative or genitive."""
    if analysis.words[person.first].case not in OBJECT_CASES:
        return None
    for index in range(person.first - 1, max(person.first - WINDOW, -1), -1):
        word = analysis.words[index]
        if word.pos == "PUNCT" or word.ner.endswith("PER"):
            return None
        if norm(word.lemma) in succession_words():
            return index
    return None


def _taken_post(
    analysis: Analysis, posts: Sequence[Found], held: Mapping[int, Sequence[Found]], word: int
) -> int | None:
    """The held post in the instrumental nearest the succession word in its sentence ("стал мэром Харькова")."""
    sentence = analysis.words[word].sentence
    taken = [
        n for n in held
        if analysis.words[posts[n].first].sentence == sentence and analysis.words[posts[n].first].case == "Ins"
        and not _agent(analysis, posts[n], held[n])
    ]  # fmt: skip
    return min(taken, key=lambda n: min(abs(posts[n].first - word), abs(posts[n].last - word)), default=None)


def _agent(analysis: Analysis, post: Found, holders: Sequence[Found]) -> bool:
    """A post whose holder follows it in the instrumental names the agent of a passive
    ("назначен президентом Иваном Сомовым"), not a post anyone takes."""
    return any(h.first == post.last + 1 and analysis.words[h.first].case == "Ins" for h in holders)
