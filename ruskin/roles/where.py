"""Where a post is: the place and the agency mentions a Position links to.

The region is the last place named inside the post ("заместитель полномочного
представителя президента РФ в ПФО" → ПФО). A post whose complement only stands in for a
place ("губернатор региона", "глава государства") takes the most recent place of that kind
named before it in the headline or body. The agency is an AGENCY mention inside the post
or right after it. A workplace or place with no record of its own ("глава Газпрома",
"президент США") is kept as a mention: the organisation, the largest ORGANIZATION or
AGENCY mention inside the post or right after it; the place, the last place mention inside.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from ..gazetteers.places import RegionEntry
from ..taggers.roles import RolePost
from ..nlp.zones import ARTICLE as ARTICLE_ZONES
from .spans import mention_index

__all__ = ["post_agency", "post_organization", "post_place", "post_region", "stand_in_place"]

RecordOf = Callable[[Found], str | None]
STAND_IN_TYPES = {"region": "REGION", "district": "REGION", "city": "CITY", "country": "COUNTRY"}
WIDE_KINDS = frozenset({"country", "federal district"})
ORGANIZATIONS = frozenset({"AGENCY", "ORGANIZATION"})
PLACE_TYPES = frozenset({"REGION", "CITY", "COUNTRY", "LOCATION"})


def post_region(post: Found, found: Sequence[Found], region_of: RecordOf, attached: int | None = None) -> Found | None:
    """The last place mention inside the post that has a Region record; with ``attached`` (the
    index of a "при" in the post), one before it first: "руководитель представительства
    Тверской области при Правительстве России" sits in Тверская область."""
    inside = [f for f in mention_index(found).inside(post) if region_of(f) is not None]
    before = [f for f in inside if attached is None or f.last < attached]
    return (before or inside)[-1] if inside else None


def stand_in_place(
    analysis: Analysis, post: Found, found: Sequence[Found], region_of: RecordOf, table: dict[str, RegionEntry]
) -> Found | None:
    """The most recent place before the post of the kind its stand-in word names.

    Only the nearest mentions before the post are candidates (``spans.EARLIER_LIMIT``).
    """
    value = post.value
    if not isinstance(value, RolePost) or value.stand_in is None:
        return None
    earlier = [
        f for f in mention_index(found).before(post.start)
        if region_of(f) is not None and analysis.zone_of(f.first) in ARTICLE_ZONES
    ]  # fmt: skip
    return next((f for f in reversed(earlier) if _of_kind(f, value.stand_in, table)), None)


def _of_kind(place: Found, kind: str, table: dict[str, RegionEntry]) -> bool:
    entry = table.get(place.key or "")
    if kind == "country":
        return place.key == "RU"
    if place.type != STAND_IN_TYPES[kind] or entry is None:
        return False
    if kind == "district":
        return entry.kind == "federal district"
    return kind == "city" or entry.kind not in WIDE_KINDS


def post_agency(post: Found, found: Sequence[Found], agency_of: RecordOf) -> Found | None:
    """An AGENCY mention with a record inside the post, else one that starts right after it."""
    index = mention_index(found)
    inside = [f for f in index.inside(post) if f.type == "AGENCY" and agency_of(f) is not None]
    after = [f for f in index.starting(post.last + 1, post.last + 1) if f.type == "AGENCY" and agency_of(f) is not None]
    return next(iter(sorted(inside, key=lambda f: f.first - f.last) + after), None)


def post_organization(post: Found, found: Sequence[Found], agency_of: RecordOf) -> Found | None:
    """The largest organisation mention without an Agency record inside the post, else one right after it."""
    index = mention_index(found)
    inside = [f for f in index.inside(post, strict=True) if f.type in ORGANIZATIONS and agency_of(f) is None]
    after = [f for f in index.starting(post.last + 1, post.last + 1) if f.type in ORGANIZATIONS and agency_of(f) is None]
    return next(iter(sorted(inside, key=lambda f: f.first - f.last) + after), None)


def post_place(post: Found, found: Sequence[Found], region_of: RecordOf) -> Found | None:
    """The last place mention without a Region record inside the post; for a profession, not
    its first word ("американский актёр" names a nationality; "британский премьер" a seat)."""
    office = isinstance(post.value, RolePost) and post.value.kind == "post"
    inside = [
        f for f in mention_index(found).inside(post, strict=not office) if f.type in PLACE_TYPES and region_of(f) is None
    ]
    return inside[-1] if inside else None
