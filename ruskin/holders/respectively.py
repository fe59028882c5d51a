"""A plural post with coordinated complements paired with its names in order when
"соответственно" closes the list: "назначены министры финансов и культуры — Олег Рыбин и Анна
Котова соответственно" (Рыбин: министр финансов; Котова: министр культуры). Names after "этих
постов" take the plural post of the sentence before ("... министров финансов и культуры.
Прежде этих постов лишились А и Б соответственно"): former after a leaving word.

Each name keeps the head of the post ("министр") with its own complement, and the status the
sentence gave the shared post; a list of names that does not match the complements in number
keeps the shared title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..found import Found
from ..nlp.analysis import Analysis
from ..records import Position
from ..roles.lexicon import norm
from .frames import frame_words
from .gapped import nested_heads_end, noun_end
from .left import leaving_words
from .resigned import leaving_verbs

__all__ = ["referred_respectively", "respective_titles"]

RESPECTIVELY = "соответственно"
DEMONSTRATIVES = frozenset({"этот", "тот", "данный"})
CONJUNCTS = re.compile(r",\s*|\s+и\s+")


def respective_titles(
    analysis: Analysis, posts: Sequence[Found], people: Sequence[Found], records: Sequence[Position], found: Sequence[Found]
) -> list[Position]:  # fmt: skip
    """``records`` with the titles of a plural post's holders split by "соответственно"."""
    result = list(records)
    for post in {(p.first, p.last): p for p in posts}.values():
        members = sorted((n for n, p in enumerate(posts) if (p.first, p.last) == (post.first, post.last)), key=lambda n: people[n].first)
        titles = _titles(analysis, post, [people[n] for n in members], records[members[0]].title, found) if len(members) > 1 else None
        for n, title in zip(members, titles or ()):
            result[n] = records[n].model_copy(update={"title": title})
    return result


def _titles(analysis: Analysis, post: Found, holders: Sequence[Found], title: str, found: Sequence[Found]) -> list[str] | None:
    """One title per holder, in order, when the post is plural and the names end in "соответственно"."""
    words = analysis.words
    if words[post.first].feats.get("Number") != "Plur" or not _respectively(analysis, holders[-1].last):
        return None
    head = _head_length(analysis, post, found)
    parts = title.split()
    conjuncts = CONJUNCTS.split(" ".join(parts[head:]))
    if len(parts) != post.last - post.first + 1 or len(conjuncts) != len(holders) or not all(conjuncts):
        return None
    return [" ".join([*parts[:head], conjunct]) for conjunct in conjuncts]


def _head_length(analysis: Analysis, post: Found, found: Sequence[Found]) -> int:
    """The words up to the post's first noun, with the heads of the posts nested right after
    it ("заместители министров" of "заместители министров финансов и культуры")."""
    return nested_heads_end(analysis, post, noun_end(analysis, post.first, post.last), found) - post.first


def _respectively(analysis: Analysis, last: int) -> bool:
    """"соответственно" right after word ``last``, maybe after a comma."""
    following = [w for w in analysis.words[last + 1 : last + 3] if w.sentence == analysis.words[last].sentence]
    following = following[1:] if following and following[0].text == "," else following
    return bool(following) and following[0].text.lower() == RESPECTIVELY


def referred_respectively(analysis: Analysis, posts: Sequence[Found], people: Sequence[Found]) -> list[tuple[int, Found, str]]:
    """Names closed by "соответственно" after "этих постов" (a demonstrative and a frame noun),
    paired with the plural post of the sentence before or their own: "... министров спорта и
    связи. Тогда с этих должностей сняли А и Б соответственно"; former after a leaving word,
    else current."""
    words = analysis.words
    pairs: list[tuple[int, Found, str]] = []
    for last in (p for p in people if _respectively(analysis, p.last)):
        names = _listed(analysis, last, people)
        frame = _these_posts(analysis, names[0].first)
        if len(names) < 2 or frame is None:
            continue
        earlier = [n for n, p in enumerate(posts) if p.last < frame - 1 and words[p.first].sentence >= words[frame].sentence - 1]
        if not earlier:
            continue
        sentence = [w for w in words[frame + 1 : names[0].first] if w.sentence == words[frame].sentence]
        status = "former" if any(norm(w.lemma) in _leaving() for w in sentence) else "current"
        pairs += [(earlier[-1], name, status) for name in names]
    return pairs


def _these_posts(analysis: Analysis, first: int) -> int | None:
    """The frame noun after a demonstrative ("этих постов") before word ``first``, in its sentence."""
    words = analysis.words
    for i in range(first - 1, 0, -1):
        if words[i].sentence != words[first].sentence:
            return None
        if words[i].lemma in frame_words() and words[i - 1].lemma in DEMONSTRATIVES:
            return i
    return None


def _listed(analysis: Analysis, last: Found, people: Sequence[Found]) -> list[Found]:
    """The names joined by "и" or commas that end with ``last``."""
    names = [last]
    while (before := next((p for p in people if p.last + 2 == names[0].first and analysis.words[p.last + 1].text in {",", "и"}), None)) is not None:
        names.insert(0, before)
    return names


@cache
def _leaving() -> frozenset[str]:
    return leaving_words() | leaving_verbs()
