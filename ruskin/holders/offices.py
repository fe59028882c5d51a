"""Offices named in other words: "Глава государства отметил" after "Президент России Владимир Путин".

A post with no holder of its own refers to a post held earlier or later in the document when
both name the same office (``role_offices.tsv``: "глава региона" and "губернатор
Нижегородской области" are both the head of a region) at the same seat, and one person
holds that office there. The seat is the agency named in or right after the post, else the
region named in it; a post without one ("градоначальник", "глава региона") fits any seat,
so it is held only when one person holds that office in the document. A post in the same
words ("губернатор" after "губернатор Самарской области") is joined earlier, in
``ruskin.holders.decide``; this module is for other wordings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache

from ..found import Found
from ..gazetteers.gazetteer import load_table
from ..nlp.analysis import Analysis
from ..gazetteers.places import regions
from ..taggers.roles import RolePost
from .frames import unheld
from ..roles.lexicon import norm
from .lists import plural
from ..roles.spans import mention_index
from ..roles.where import ORGANIZATIONS, post_agency

__all__ = ["Seat", "in_a_name", "office", "office_references", "seat", "seat_kind"]

RecordOf = Callable[[str, Found], str | None]

Seat = tuple[str, str] | None
"""The record a post is held at, as (kind of record, id): ("agencies", "a1"), ("regions", "r2")."""


@cache
def _ways() -> dict[str, str]:
    return {row["way"]: row["office"] for row in load_table("role_offices")}


def seat(post: Found, place: Found | None, found: Sequence[Found], record_of: RecordOf) -> Seat:
    """The record a post is held at: the Agency named in or right after it, else the Region named
    in it. A place only a stand-in word refers to ("глава региона") is a guess, so no seat: the
    post then fits the office wherever one person holds it. ``record_of(kind, mention)`` gives
    a mention's record id."""
    agency = post_agency(post, found, lambda f: record_of("agencies", f))
    if agency is not None and (record := record_of("agencies", agency)) is not None:
        return ("agencies", record)
    if place is None or not post.first <= place.first <= post.last:
        return None
    region = record_of("regions", place)
    return ("regions", region) if region is not None else None


def seat_kind(post: Found, place: Found | None, seat: Seat) -> str | None:
    """The kind of seat a post is of: "agency", or "country", "district", "region" or "city" for
    its place (named or referred to by its stand-in word)."""
    if seat is not None and seat[0] == "agencies":
        return "agency"
    if place is None:
        return post.value.stand_in if isinstance(post.value, RolePost) else None
    entry = regions().get(place.key or "")
    if place.type == "COUNTRY" or (entry is not None and entry.kind == "country"):
        return "country"
    if entry is not None and entry.kind == "federal district":
        return "district"
    return {"CITY": "city", "REGION": "region"}.get(place.type)


def in_a_name(post: Found, found: Sequence[Found]) -> bool:
    """Whether the post is part of an organisation's name: it names the office, not its holder."""
    return any(f.type in ORGANIZATIONS for f in mention_index(found).around(post))  # within spans.AROUND_LIMIT words


def office(analysis: Analysis, post: Found, seat_kind: str | None) -> str | None:
    """The office ``post`` names, if listed, given the kind of seat it is of: "agency" or a kind of
    place ("region", "city", "country", "district")."""
    value = post.value
    if not isinstance(value, RolePost):
        return None
    ways = _ways()
    candidates = (
        f"{value.key}:{_word_after_head(analysis, post)}",
        f"{value.key}:{seat_kind}" if seat_kind else None,
        value.key,
    )
    return next((ways[way] for way in candidates if way is not None and way in ways), None)


def _word_after_head(analysis: Analysis, post: Found) -> str:
    """The lemma of the word after the post's head ("правительство" in "глава правительства")."""
    last = post.value.key.split()[-1] if isinstance(post.value, RolePost) else ""
    words = analysis.words[post.first : post.last + 1]
    head = next((n for n, word in enumerate(words) if norm(word.lemma) == last), None)
    return norm(words[head + 1].lemma) if head is not None and head + 1 < len(words) else ""


def office_references(
    analysis: Analysis,
    posts: Sequence[Found],
    people_of: Mapping[int, Sequence[Found]],
    offices: Mapping[int, str],
    seats: Mapping[int, Seat],
    person_of: Callable[[Found], str | None],
) -> dict[int, tuple[int, Found]]:
    """For each post without holders that names a held office: the post it refers to and the holder.

    ``offices`` and ``seats`` are keyed like ``posts``; ``people_of`` holds the posts that have holders.
    """
    references: dict[int, tuple[int, Found]] = {}
    for n, post in enumerate(posts):
        if n in people_of or n not in offices or not _may_refer(analysis, post):
            continue
        held = [m for m in people_of if _same_office(n, m, offices, seats) and len(people_of[m]) == 1]
        if len({person_of(people_of[m][0]) for m in held}) == 1:
            referent = min(held, key=lambda m: (m > n, abs(m - n)))
            references[n] = (referent, people_of[referent][0])
    return references


def _may_refer(analysis: Analysis, post: Found) -> bool:
    """A singular post that is held here: not sought or ended, not the office a body is attached to."""
    return not (plural(analysis, post) or unheld(analysis, post) or _attached(analysis, post))


def _attached(analysis: Analysis, post: Found) -> bool:
    """A post after "при" names the office a body is attached to ("Совет при Президенте РФ"), not a person."""
    return post.first > 0 and norm(analysis.words[post.first - 1].lemma) == "при"


def _same_office(n: int, m: int, offices: Mapping[int, str], seats: Mapping[int, Seat]) -> bool:
    if offices.get(m) != offices[n]:
        return False
    mine, theirs = seats.get(n), seats.get(m)
    return mine is None or theirs is None or mine == theirs
