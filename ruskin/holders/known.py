"""Bare posts of an office whose holder is public knowledge: "доложил президенту" in an article
that names Владимир Путин without his post.

``role_known_holders.tsv`` lists, for an office as ``ruskin.holders.offices`` names it, the
people known to have held it. A singular post with no holder, no name of its own and no seat
but its country ("президенту", "Президента страны") takes the one listed person the article
names, matched by surname (and first name where the article gives one), and only when
nobody holds that office in the article by its own words. A listed person is not given
another post by position alone (``known_person``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from ..found import Found
from ..gazetteers.gazetteer import load_table
from ..nlp.analysis import Analysis
from ..taggers.roles import RolePost
from .frames import unheld
from ..roles.lexicon import norm
from .lists import plural

__all__ = ["known_holder", "known_offices", "known_person"]

BARE_HEADS = {"президент": "head of state"}
"""Heads that, alone in a post with no place, name an office of the country the news is from."""


@cache
def known_offices() -> dict[str, tuple[tuple[str, str], ...]]:
    """Office → the (first name, surname) of each person listed for it, lower case."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in load_table("role_known_holders"):
        table.setdefault(row["office"], []).append((norm(row["first_name"]), norm(row["surname"])))
    return {office: tuple(people) for office, people in table.items()}


def known_holder(
    analysis: Analysis, post: Found, office: str | None, held_offices: set[str], people: Sequence[Found]
) -> Found | None:
    """The one person listed for a bare post's office whom the article names, when nobody holds
    the office here by its own words (``held_offices``); ``office`` is the post's office, if any."""
    office = office or _bare_office(analysis, post)
    if office is None or office in held_offices or plural(analysis, post) or unheld(analysis, post):
        return None
    named = [(person, _listed(person, known_offices().get(office, ()))) for person in people]
    listed = {who for _, who in named if who is not None}
    if len(listed) != 1:
        return None
    return next(person for person, who in named if who is not None)


def known_person(person: Found) -> bool:
    """Whether a PERSON mention names someone ``role_known_holders.tsv`` lists: their office is
    known, so a post near them by position alone is not theirs ("встретился с президентом
    Франции. Владимир Путин ...")."""
    return any(_listed(person, listed) is not None for listed in known_offices().values())


def _bare_office(analysis: Analysis, post: Found) -> str | None:
    """The office a one-word post names ("президенту"), if its head is in ``BARE_HEADS``."""
    value = post.value
    if not isinstance(value, RolePost) or post.first != post.last:
        return None
    return BARE_HEADS.get(value.key)


def _listed(person: Found, listed: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The listed (first name, surname) a PERSON mention names: the surname last, the first name first if given."""
    words = norm(person.normal).split()
    if not words:
        return None
    for first, surname in listed:
        if words[-1] == surname and (len(words) == 1 or words[0] == first):
            return (first, surname)
    return None
