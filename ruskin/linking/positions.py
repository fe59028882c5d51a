"""Position records: who holds which post, with its region, agency and status.

One Position for every outer ROLE mention of the headline or body that has a holder
(``ruskin.roles.holders``): apposition in either order, a predicate, posts joined by a
dash, comma or "и", and coreference ("заместитель полпреда отметил" is a Position of the
person who holds "заместитель полномочного представителя ..."). Role-only references stay
ROLE mentions; the Position with the same person is their link to the person. The region
is a place named in the post, the place a stand-in word refers to ("губернатор региона"),
or the place of a post it is joined to by a dash; the agency an AGENCY mention in or right
after the post; an organisation or place without a record of its own is kept as its
mention (``organization``, ``place``). Posts in comments, link lists or navigation make no Position.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..ids import RecordIds
from ..nlp.analysis import Analysis
from ..places import regions
from ..records import Position
from ..roles.extent import DASHES
from ..roles.holders import holders, outer_posts
from ..roles.lists import plural
from ..roles.title import resolved_title, singular_title
from ..roles.where import post_agency, post_organization, post_place, post_region, stand_in_place

__all__ = ["build_positions"]


def build_positions(analysis: Analysis, found: Sequence[Found], index: RecordIds) -> tuple[Position, ...]:
    """Position records ``pos1``, ``pos2``... in text order; their ROLE mentions are assigned in ``index``."""
    posts = outer_posts(analysis, found)
    holder = holders(analysis, posts, [f for f in found if f.type == "PERSON"], lambda f: index.record("persons", f))
    places = _places(analysis, posts, found, index)
    records: list[Position] = []
    for n, people in holder.items():
        for person in people:
            record = _position(analysis, f"pos{len(records) + 1}", posts[n], person, places.get(n), found, index)
            records.append(record)
        index.assign("positions", records[-len(people)].id, [posts[n]])
    return tuple(records)


def _places(analysis: Analysis, posts: Sequence[Found], found: Sequence[Found], index: RecordIds) -> dict[int, Found]:
    """The place mention of each post, shared along posts joined by a dash."""
    region_of = lambda f: index.record("regions", f)  # noqa: E731
    table = regions()
    places = {}
    for n, post in enumerate(posts):
        place = post_region(post, found, region_of) or stand_in_place(analysis, post, found, region_of, table)
        if place is not None:
            places[n] = place
    for n in range(len(posts) - 2, -1, -1):
        if n not in places and n + 1 in places and _dashed(analysis, posts[n], posts[n + 1]):
            places[n] = places[n + 1]
    return places


def _dashed(analysis: Analysis, left: Found, right: Found) -> bool:
    return right.first == left.last + 2 and analysis.words[left.last + 1].text in DASHES


def _position(
    analysis: Analysis, record_id: str, post: Found, person: Found, place: Found | None,
    found: Sequence[Found], index: RecordIds,
) -> Position:  # fmt: skip
    region = index.record("regions", place) if place is not None else None
    agency = post_agency(post, found, lambda f: index.record("agencies", f))
    organization = post_organization(post, found, lambda f: index.record("agencies", f))
    elsewhere = post_place(post, found, lambda f: index.record("regions", f)) if region is None else None
    title = singular_title(analysis, post) if plural(analysis, post) else post.normal
    if place is not None and not post.first <= place.first <= post.last:
        entry = regions().get(place.key or "")
        title = resolved_title(analysis, post, entry.name if entry is not None else place.normal)
    return Position(
        id=record_id,
        person=index.record("persons", person) or "",
        holder=index.mention(person) if person.type == "PERSON" else None,
        title=title,
        agency=index.record("agencies", agency) if agency is not None else None,
        region=region,
        organization=index.mention(organization) if organization is not None else None,
        place=index.mention(elsewhere) if elsewhere is not None else None,
        status=post.value.status,
        mention=index.mention(post),
        zone=analysis.zone_of(post.first),  # type: ignore[arg-type]
    )
