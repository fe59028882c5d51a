"""One Position per person, office and status, from the posts a text states one by one.

A person's posts join one office when they have the same status and either one refers
back to the other (``Held.referent``: "Губернатор отметил" after "губернатор Самарской
области"; "глава региона" for the governor) or they name the same chain of offices
("заместитель полпреда" and "заместитель полномочного представителя президента в ПФО") with
complements that agree: the words of one that are neither post words nor places are among
the other's ("министр" and "министр культуры" join; "министр культуры" and "министр
спорта" do not), and their regions are the same or one has none. The fullest title (the
longest of those with the head of a post stated at the holder's name: "полномочный
представитель президента" over "полпред президента в ДФО", "президент России" over a
later "глава государства") gives the record its title and mention; the seat comes from the member that states
it best (title, abbreviation, city before referent before context).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..found import Found
from ..gazetteers.gazetteer import load_table
from ..nlp.analysis import Analysis
from ..records import Position
from ..taggers.roles import RolePost

__all__ = ["group_posts", "merge_positions"]

CONTENT_POS = frozenset({"NOUN", "ADJ", "PROPN", "NUM", "X", "VERB"})
PLACE_TYPES = frozenset({"REGION", "CITY", "COUNTRY", "LOCATION"})
BASIS_RANK = {"title": 0, "abbreviation": 0, "city": 0, "referent": 1, "context": 2, None: 3}


def group_posts(
    analysis: Analysis,
    posts: Sequence[Found],
    referents: Sequence[Found | None],
    records: Sequence[Position],
    found: Sequence[Found],
) -> list[list[int]]:
    """Indices of ``records`` (one per stated post, in text order) grouped by office."""
    places = [f for f in found if f.type in PLACE_TYPES]
    extras = [_complement(analysis, post, places) for post in posts]
    groups: list[list[int]] = []
    for n, record in enumerate(records):
        home = next((group for group in groups if _joins(n, group, posts, referents, records, extras)), None)
        if home is None:
            groups.append([n])
        else:
            home.append(n)
    return groups


def merge_positions(record_id: str, members: Sequence[Position], posts: Sequence[Found]) -> Position:
    """One record for an office: the fullest title, every mention, the best stated seat."""
    stated = {_head(posts[n]) for n, member in enumerate(members) if member.holder} or {_head(posts[0])}
    order = sorted(range(len(members)), key=lambda n: (_head(posts[n]) not in stated, -_length(posts[n]), posts[n].start))
    fullest = members[order[0]]
    seated = min(order, key=lambda n: BASIS_RANK[members[n].seat_basis] if members[n].region else 9)
    update = {
        "id": record_id,
        "holder": next((members[n].holder for n in order if members[n].holder), None),
        "holders": tuple(dict.fromkeys(m.holder for m in members if m.holder)),
        "agency": next((members[n].agency for n in order if members[n].agency), None),
        "organization": next((members[n].organization for n in order if members[n].organization), None),
        "place": next((members[n].place for n in order if members[n].place), None),
        "region": members[seated].region,
        "municipality": members[seated].municipality or next((m.municipality for m in members if m.municipality), None),
        "seat_basis": members[seated].seat_basis,
        "mentions": tuple(dict.fromkeys(m.mention for m in members if m.mention)),
        "zone": next((m.zone for m in members if m.zone in ("title", "body")), fullest.zone),
    }
    return fullest.model_copy(update=update)


def _joins(
    n: int,
    group: list[int],
    posts: Sequence[Found],
    referents: Sequence[Found | None],
    records: Sequence[Position],
    extras: Sequence[frozenset[str]],
) -> bool:
    first = records[group[0]]
    if records[n].person != first.person or records[n].status != first.status:
        return False
    if any(referents[n] is posts[m] or referents[m] is posts[n] for m in group):
        return True
    return all(_same_office(posts[n], posts[m], records[n], records[m], extras[n], extras[m]) for m in group)


def _same_office(
    post: Found, other: Found, record: Position, other_record: Position, extra: frozenset[str], other_extra: frozenset[str]
) -> bool:
    chain, other_chain = _chain(post), _chain(other)
    shorter = min(len(chain), len(other_chain))
    if not shorter or chain[:shorter] != other_chain[:shorter]:
        return False
    if record.region and other_record.region and record.region != other_record.region:
        return False
    return extra <= other_extra or other_extra <= extra


def _chain(post: Found) -> tuple[str, ...]:
    value = post.value
    return value.chain if isinstance(value, RolePost) else ()


def _complement(analysis: Analysis, post: Found, places: Sequence[Found]) -> frozenset[str]:
    """Lemmas of the post's words that are neither post words nor inside a place mention."""
    inside = {n for place in places if post.first <= place.first and place.last <= post.last for n in range(place.first, place.last + 1)}
    return frozenset(
        word.lemma
        for n, word in enumerate(analysis.words[post.first : post.last + 1], post.first)
        if n not in inside and word.pos in CONTENT_POS and word.lemma not in _post_words()
    )


def _head(post: Found) -> str:
    value = post.value
    return value.key if isinstance(value, RolePost) else ""


def _length(post: Found) -> int:
    return len(post.normal)


@lru_cache(maxsize=1)
def _post_words() -> frozenset[str]:
    """Every word of a post head (roles.tsv) and of what an abbreviation means."""
    words: set[str] = set()
    for row in load_table("roles"):
        words.update(row["lemma"].split())
        words.update(word for means in row.get("means", "").split("|") for word in means.split())
    return frozenset(words)
