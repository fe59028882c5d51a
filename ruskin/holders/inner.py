"""Names that hold a post nested at the end of another: "советник канцлера Германии Ангелы Меркель".

When a name right after a post does not hold it (its case differs: "советник" and "Ангелы
Меркель"; "Корнилов назначен советником президента Казахстана Ерлана Сагиева"), it
holds the post nested at the end of that post whose case it shares
("канцлера Германии"), as NEREL marks it: "помощника генпрокурора Юрия Чайки",
"представителем при президенте Джордже Буше".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from ..taggers.roles import RolePost
from .agree import cases_agree, lead_word
from ..roles.spans import mention_index

__all__ = ["inner_holders"]


def inner_holders(
    analysis: Analysis, posts: Sequence[Found], held: Mapping[int, Sequence[Found]], found: Sequence[Found],
    people: Sequence[Found],
) -> list[tuple[Found, Found]]:
    """(nested post, PERSON mention) for each outer post in ``posts`` followed by a name that
    does not hold it (``held`` gives the holders of each post) but holds a post nested in it."""
    pairs = []
    for n, post in enumerate(posts):
        person = mention_index(people).at(post.last + 1)
        if person is None or person in held.get(n, ()) or "\n" in analysis.text[post.stop : person.start]:
            continue
        inner = _last_nested(post, found)
        if inner is not None and _shares_case(analysis, inner, person) and not _shares_case(analysis, post, person):
            pairs.append((inner, person))
    return pairs


def _last_nested(post: Found, found: Sequence[Found]) -> Found | None:
    """The longest ROLE mention nested in ``post`` that ends where it ends."""
    nested = [
        f for f in found
        if f.type == "ROLE" and isinstance(f.value, RolePost) and not f.value.outer
        and post.first < f.first and f.last == post.last
    ]  # fmt: skip
    return min(nested, key=lambda f: f.first, default=None)


def _shares_case(analysis: Analysis, post: Found, person: Found) -> bool:
    return cases_agree(lead_word(analysis, post), analysis.words[person.first])
