"""Who held a post before its new holder, and who takes a post its holder leaves.

A name in the accusative or genitive a few words after a word from ``role_succession.tsv``
("сменить", "заменить", "вместо") held before the post its sentence gives a holder in the
instrumental ("стал мэром", "назначен министром"), the one nearest that word; NEREL links
both people to the post ("Кернес стал мэром Харькова, сменив на этом посту Михаила Добкина").
A sentence that names the post only as "этом посту" ("На этом посту Лунин сменил Петра Гусева")
takes the post held in the instrumental in one of the two sentences before it.

A name in the accusative right after "на его место" ("на её место", "на этот пост") takes the
post of the person that "его" stands for: the latest holder of a post named before it in its
sentence or the one before ("принял отставку главы района Ивана Сомова и назначил на его
место Олега Рыбина").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from ..roles.lexicon import lemma_set, norm
from .agree import lead_word
from .context import acting_predicate

__all__ = ["predecessors", "successors", "succession_words"]

WINDOW = 7
OBJECT_CASES = frozenset({"Acc", "Gen"})
BEFORE_SENTENCES = 2
_THIS_POST = frozenset({"этот", "тот"})
_PLACE_WORDS = frozenset({"место", "пост", "должность"})
_POSSESSIVES = frozenset({"его", "её", "ее", "этот"})


def succession_words() -> frozenset[str]:
    """Lemmas after which a name is a predecessor: ``role_succession.tsv``."""
    return lemma_set("role_succession")


def predecessors(
    analysis: Analysis, posts: Sequence[Found], held: Mapping[int, Sequence[Found]], people: Sequence[Found],
    person_of: Callable[[Found], str | None],
) -> list[tuple[int, Found]]:
    """(index in ``posts``, PERSON mention) for each predecessor named in a held post's sentence."""

    def taken(person: Found) -> int | None:
        word = _succession_word(analysis, person)
        return _taken_post(analysis, posts, held, word) if word is not None else None

    return _others(people, held, person_of, taken)


def _others(
    people: Sequence[Found], held: Mapping[int, Sequence[Found]], person_of: Callable[[Found], str | None],
    post_of: Callable[[Found], int | None],
) -> list[tuple[int, Found]]:
    """(post, person) for each person ``post_of`` gives a post that someone else holds."""
    pairs = []
    for person in people:
        post = post_of(person)
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
    """The held post in the instrumental nearest the succession word in its sentence ("стал мэром
    Харькова"), or, in a sentence that names it as "этом посту", the latest one of the two sentences before."""
    sentence = analysis.words[word].sentence
    taken = [n for n in _taken(analysis, posts, held) if analysis.words[posts[n].first].sentence == sentence]
    if not taken and _this_post(analysis, sentence):
        earlier = [
            n for n in _taken(analysis, posts, held)
            if 0 < sentence - analysis.words[posts[n].first].sentence <= BEFORE_SENTENCES
        ]  # fmt: skip
        return max(earlier, key=lambda n: posts[n].first, default=None)
    return min(taken, key=lambda n: min(abs(posts[n].first - word), abs(posts[n].last - word)), default=None)


def _taken(analysis: Analysis, posts: Sequence[Found], held: Mapping[int, Sequence[Found]]) -> list[int]:
    """The held posts in the instrumental that someone takes ("назначен министром", "временно
    исполняющим обязанности губернатора")."""
    return [
        n for n in held
        if (lead_word(analysis, posts[n]).case == "Ins" or acting_predicate(analysis, posts[n]))
        and not _agent(analysis, posts[n], held[n])
    ]  # fmt: skip


def _this_post(analysis: Analysis, sentence: int) -> bool:
    """Whether the sentence names a post only as "этом посту" / "том посту"."""
    span = analysis.sentence_words[sentence]
    lemmas = [analysis.words[i].lemma for i in range(span.start, span.stop)]
    return any(a in _THIS_POST and b == "пост" for a, b in zip(lemmas, lemmas[1:]))


def successors(
    analysis: Analysis, posts: Sequence[Found], held: Mapping[int, Sequence[Found]], people: Sequence[Found],
    person_of: Callable[[Found], str | None],
) -> list[tuple[int, Found]]:
    """(index in ``posts``, PERSON mention) for each name in the accusative right after "на его
    место" that takes the post of the holder "его" stands for."""

    def left(person: Found) -> int | None:
        phrase = _in_place_of(analysis, person)
        return _left_post(analysis, posts, held, phrase) if phrase is not None else None

    return _others(people, held, person_of, left)


def _in_place_of(analysis: Analysis, person: Found) -> int | None:
    """The index of "на" of "на его место" right before a name in the accusative."""
    words = analysis.words
    first = person.first
    if first < 3 or words[first].case != "Acc":
        return None
    on, whose, place = words[first - 3 : first]
    if on.lemma == "на" and whose.text.lower() in _POSSESSIVES and place.lemma in _PLACE_WORDS:
        return first - 3
    return None


def _left_post(analysis: Analysis, posts: Sequence[Found], held: Mapping[int, Sequence[Found]], at: int) -> int | None:
    """The post of the latest holder named before ``at`` in its sentence or the one before."""
    sentence = analysis.words[at].sentence
    before = [
        (max(h.first for h in held[n]), n) for n in held
        if posts[n].last < at and 0 <= sentence - analysis.words[posts[n].first].sentence <= 1
    ]  # fmt: skip
    return max(before)[1] if before else None


def _agent(analysis: Analysis, post: Found, holders: Sequence[Found]) -> bool:
    """A post whose holder follows it in the instrumental names the agent of a passive
    ("назначен президентом Иваном Сомовым"), not a post anyone takes."""
    return any(h.first == post.last + 1 and analysis.words[h.first].case == "Ins" for h in holders)
