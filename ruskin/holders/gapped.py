"""Posts whose head is left out after the first of a list ("gapping").

* a complement, a dash, a name: "Директором департамента культуры назначена Анна Котова,
  департамента спорта — Олег Рыбин" (Рыбин: директор департамента спорта); the list may go on
  ("..., департамента транспорта — Иван Сомов");
* a name in the first holder's case, a dash, a complement: "с утверждением Ивана Сомова
  директором департамента финансов, а Юлии Сомовой — управления экологии".

The complement stands in the case of the first post's complement (the genitive after
"директором"); a part with a verb or a post of its own is a clause of its own and takes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..roles.extent import DASHES

__all__ = ["Gap", "dashed_mentions", "gapped_holders", "head_length", "nested_heads_end", "noun_end"]

COMPLEMENT_POS = frozenset({"NOUN", "ADJ", "PROPN", "NUM", "X"})
COMPLEMENT_WINDOW = 6
BUT = "а"


@dataclass(frozen=True, slots=True)
class Gap:
    """A holder of a post with its head left out: the PERSON mention and the words
    ``first``..``last`` of the complement that replaces the first post's own."""

    person: Found
    first: int
    last: int


def head_length(analysis: Analysis, post: Found, found: Sequence[Found]) -> int:
    """How many words of the post the gapped ones share: the head and the modifiers before it
    ("первым заместителем" of "первым заместителем министра"), with the heads of the posts
    nested right after it ("первым заместителем директора" of "первым заместителем директора
    департамента финансов")."""
    return nested_heads_end(analysis, post, _case_run(analysis, post.first, post.last), found) - post.first


def nested_heads_end(analysis: Analysis, post: Found, end: int, found: Sequence[Found]) -> int:
    """``end`` (the index after a post's head) moved past the heads of the posts nested right
    after it, each up to its first noun ("директора" of "директора департамента финансов")."""
    while (inner := next((f for f in found if f.type == "ROLE" and f.first == end and f.last <= post.last), None)) is not None:
        end = noun_end(analysis, end, inner.last)
    return end


def noun_end(analysis: Analysis, first: int, last: int) -> int:
    """The index after the first noun of words ``first``..``last`` (after ``last`` if none)."""
    return next((i + 1 for i in range(first, last + 1) if analysis.words[i].pos == "NOUN"), last + 1)


def _case_run(analysis: Analysis, first: int, last: int) -> int:
    """The index after the words from ``first`` in the case of word ``first``, up to ``last``."""
    case = analysis.words[first].case
    end = first
    while end <= last and analysis.words[end].case == case:
        end += 1
    return end


def gapped_holders(analysis: Analysis, post: Found, holder: Found, people: Sequence[Found], found: Sequence[Found]) -> list[Gap]:
    """The later holders of a post in the instrumental whose head the text leaves out."""
    if analysis.words[post.first].case != "Ins":
        return []
    case = _complement_case(analysis, post, found)
    roles = [f for f in found if f.type == "ROLE" and f is not post]
    if holder.first > post.last:
        return _dashed_names(analysis, holder, case, people, roles)
    return _dashed_complement(analysis, post, holder, case, people, roles)


def _complement_case(analysis: Analysis, post: Found, found: Sequence[Found]) -> str:
    """The case of the words after the head: the genitive when the post has none of its own."""
    index = post.first + head_length(analysis, post, found)
    word = analysis.words[index] if index <= post.last else None
    return (word.case if word is not None else None) or "Gen"


def _dashed_names(analysis: Analysis, holder: Found, case: str, people: Sequence[Found], roles: Sequence[Found]) -> list[Gap]:
    """"..., департамента спорта — Олег Рыбин, департамента транспорта — Иван Сомов"."""
    gaps: list[Gap] = []
    last = holder.last
    while (gap := _next_dashed_name(analysis, last, case, people, roles)) is not None:
        gaps.append(gap)
        last = gap.person.last
    return gaps


def _next_dashed_name(analysis: Analysis, last: int, case: str, people: Sequence[Found], roles: Sequence[Found]) -> Gap | None:
    words = analysis.words
    first = _after_comma(words, last)
    if first is None:
        return None
    dash = next((i for i in range(first, min(first + COMPLEMENT_WINDOW + 1, len(words))) if words[i].text in DASHES), None)
    if dash is None or not _complement(words, first, dash - 1, case, roles):
        return None
    person = _named_after_dash(words, dash, last, people)
    return Gap(person, first, dash - 1) if person is not None else None


def _dashed_complement(
    analysis: Analysis, post: Found, holder: Found, case: str, people: Sequence[Found], roles: Sequence[Found]
) -> list[Gap]:
    """"утверждением Ивана Сомова директором ..., а Юлии Сомовой — управления экологии"."""
    words = analysis.words
    first = _after_comma(words, post.last)
    if first is None or words[first - 1].lemma != BUT:
        return []
    person = next((p for p in people if p.first == first), None)
    dash = person.last + 1 if person is not None else len(words)
    if person is None or dash + 1 >= len(words) or words[dash].text not in DASHES:
        return []
    if words[person.first].case != words[holder.first].case or words[holder.first].case in (None, "Nom"):
        return []
    end = dash + 1
    while end + 1 < len(words) and words[end + 1].pos != "PUNCT" and words[end + 1].sentence == words[dash].sentence:
        end += 1
    if end - dash > COMPLEMENT_WINDOW or not _complement(words, dash + 1, end, case, roles):
        return []
    return [Gap(person, dash + 1, end)]


def dashed_mentions(
    analysis: Analysis, last: int, cases: frozenset[str], mentions: Sequence[Found], people: Sequence[Found]
) -> list[tuple[Found, Found]]:  # fmt: skip
    """The mentions and names a verb's list goes on with after word ``last``: ", а управлением
    спорта — Пётр Гусев, управлением культуры — Анна Котова" (a mention in one of ``cases``,
    a dash, a name in the nominative)."""
    words = analysis.words
    pairs: list[tuple[Found, Found]] = []
    while (first := _after_comma(words, last)) is not None:
        mention = next((m for m in mentions if m.first == first and words[m.first].case in cases), None)
        dash = mention.last + 1 if mention is not None else len(words)
        if mention is None or dash >= len(words) or words[dash].text not in DASHES:
            break
        person = _named_after_dash(words, dash, last, people)
        if person is None:
            break
        pairs.append((mention, person))
        last = person.last
    return pairs


def _named_after_dash(words: Sequence[Word], dash: int, last: int, people: Sequence[Found]) -> Found | None:
    """The name in the nominative right after the dash at ``dash``, in the sentence of word ``last``."""
    person = next((p for p in people if p.first == dash + 1), None)
    if person is None or words[person.first].case not in (None, "Nom") or words[person.first].sentence != words[last].sentence:
        return None
    return person


def _after_comma(words: Sequence[Word], last: int) -> int | None:
    """The word after a comma (and "а") right after word ``last``."""
    index = last + 1
    if index >= len(words) or words[index].text != ",":
        return None
    index += 1
    if index < len(words) and words[index].lemma == BUT:
        index += 1
    return index if index < len(words) and words[index].sentence == words[last].sentence else None


def _complement(words: Sequence[Word], first: int, last: int, case: str, roles: Sequence[Found]) -> bool:
    """Words ``first``..``last`` can be a post's complement in ``case``: no verb, no post of their own."""
    if last < first or words[first].case != case:
        return False
    if any(first <= r.first <= last for r in roles):
        return False
    return all(w.pos in COMPLEMENT_POS for w in words[first : last + 1])
