"""Posts named without a name: does "замполпреда" describe the person introduced earlier?

A person is introduced with their post before the name ("заместитель полномочного
представителя президента РФ в ПФО Алексей Кузьмицкий") or after it ("Андрей Гнеушев,
заместитель губернатора,"). A later reference to the post matches when its head word
is the head of that post ("губернатор" does not match "заместитель губернатора") and
its other words are among the post's words. Compound abbreviations are read from the
words they shorten, so no list of them is needed: "замполпред" is зам(еститель)
пол(номочный) пред(ставитель), "полпред" is пол(номочный) пред(ставитель).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis, Word

__all__ = ["abbreviates", "holds_post", "post_words"]

PHRASE_POS = frozenset({"NOUN", "ADJ", "PROPN"})
INTRO_POS = PHRASE_POS | {"ADP", "NUM", "DET", "CCONJ"}
MAX_REFERENCE = 6
MAX_INTRO = 12


def post_words(words: Sequence[Word], first: int) -> tuple[str, ...]:
    """Lemmas of the noun phrase that starts at word ``first`` ("заместитель полпреда")."""
    lemmas: list[str] = []
    for word in words[first : first + MAX_REFERENCE]:
        if word.pos not in PHRASE_POS:
            break
        lemmas.append(_plain(word.lemma))
    return tuple(lemmas)


def holds_post(analysis: Analysis, person: Found, reference: Sequence[str]) -> bool:
    """Whether ``person`` was introduced with the post that ``reference`` (lemmas) names."""
    return bool(reference) and any(
        _matches(reference, post) for post in (_post_before(analysis, person), _post_after(analysis, person))
    )


def _post_before(analysis: Analysis, person: Found) -> list[str]:
    words = analysis.words
    first = person.first
    sentence = words[person.first].sentence
    while first - 1 >= 0 and person.first - first < MAX_INTRO and _introduces(words[first - 1], sentence):
        first -= 1
    return _from_head(words[first : person.first], words[person.first].case)


def _post_after(analysis: Analysis, person: Found) -> list[str]:
    words = analysis.words
    if person.last + 2 >= len(words) or words[person.last + 1].text != ",":
        return []
    last = person.last + 2
    sentence = words[person.last].sentence
    while last + 1 < len(words) and last - person.last < MAX_INTRO and _introduces(words[last + 1], sentence):
        last += 1
    return _from_head(words[person.last + 2 : last + 1], words[person.first].case)


def _introduces(word: Word, sentence: int) -> bool:
    """Whether a word can be part of a post phrase next to a name (another name cannot)."""
    if word.sentence != sentence or word.ner.endswith("PER"):
        return False
    return word.pos in INTRO_POS or word.text in {"-", "—", "–"}


def _from_head(words: Sequence[Word], case: str | None) -> list[str]:
    """Lemmas from the post's head (a noun agreeing in case with the name) onwards."""
    head = next((n for n, w in enumerate(words) if w.pos == "NOUN" and w.case == case), None)
    if head is None:
        return []
    while head > 0 and words[head - 1].pos == "ADJ":
        head -= 1
    return [_plain(w.lemma) for w in words[head:]]


def _matches(reference: Sequence[str], post: Sequence[str]) -> bool:
    if not post:
        return False
    if reference[0] == post[0]:
        rest = reference[1:]
    elif abbreviates(reference[0], post) >= 2:
        rest = reference[1:]
    else:
        return False
    return all(word in post or any(abbreviates(word, post[n:]) >= 2 for n in range(len(post))) for word in rest)


def abbreviates(short: str, words: Sequence[str], used: int = 0) -> int:
    """How many of ``words`` the compound abbreviation ``short`` is built from (0: none).

    Each of its parts is the start (two letters or more) of the next word; up to two
    letters of case ending may be left over: "замполпреда" ← заместитель полномочный представитель.
    """
    if used >= 2 and len(short) <= 2:
        return used
    if not words:
        return 0
    word = words[0]
    for size in range(min(len(word), len(short)), 1, -1):
        if short.startswith(word[:size]) and (got := abbreviates(short[size:], words[1:], used + 1)):
            return got
    return 0


def _plain(lemma: str) -> str:
    return lemma.lower().replace("ё", "е")
