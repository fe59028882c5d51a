"""Position records: who holds which post, with its region, agency and status.

One Position for every outer ROLE mention of the headline or body that has a holder
(``ruskin.holders.decide``): apposition in either order, a predicate, posts joined by a
dash, comma or "и", and coreference ("заместитель полпреда отметил" is a Position of the
person who holds "заместитель полномочного представителя ..."; its ``holder`` is None, as no
name stands at the post), also in other words for the same office ("Глава государства" after
"Президент России Владимир Путин", ``ruskin.holders.offices``), taking the place and agency of
the post it refers to when it names none; a bare profession in a sentence naming nobody refers
back to the person named before (``ruskin.holders.referred``: "... Музыкант был госпитализирован"). Role-only references stay
ROLE mentions; the Position with the same person is their link to the person. The region
is a place named in the post, the place a stand-in word refers to ("губернатор региона"),
or the place of a post it is joined to by a dash; the agency an AGENCY mention in or right
after the post; an organisation or place without a record of its own is kept as its
mention (``organization``, ``place``). A later name of a list that leaves the first post's
head out holds that head with its own complement (``ruskin.holders.gapped``). Posts in comments, link lists or navigation make no Position.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..gazetteers.agencies import AgencyEntry, agencies
from ..found import Found
from ..holders.respectively import referred_respectively, respective_titles
from ..ids import RecordIds
from ..nlp.analysis import Analysis
from ..gazetteers.places import regions
from ..records import Agency, Position
from ..records import PostKind
from ..roles.extent import DASHES
from ..holders.decide import ARTICLE_ZONES, Held, holders, outer_posts
from ..holders.carried import next_sentence_holder
from ..holders.earlier import held_before
from ..holders.frames import acting_frame
from ..holders.gapped import Gap, gapped_holders, head_length
from ..holders.inner import inner_holders
from ..holders.lists import plural
from ..holders.led import led_body, led_title
from ..holders.left import dashed_to_left, left_post
from ..holders.known import known_holder, known_person
from ..holders.referred import referred_holder
from ..holders.resigned import resigned
from ..holders.offices import Seat, in_a_name, office, office_references, seat, seat_kind
from ..holders.possessed import possessed_positions
from ..holders.succession import predecessors, successors
from ..roles.title import genitive, resolved_title, singular_title
from .position_groups import group_posts, merge_positions
from .seats import context_seat, main_place, stated_seat
from ..taggers.roles import RolePost
from ..roles.where import (
    ORGANIZATIONS,
    PLACE_TYPES,
    post_agency,
    post_organization,
    post_place,
    post_region,
    stand_in_place,
)

__all__ = ["build_positions"]

HOME_COUNTRY = "RU"
"""The gazetteer key of the country whose offices ``role_known_holders.tsv`` lists."""


@dataclass(frozen=True, slots=True)
class _Claim:
    """One person holding one post: the post's mention, the PERSON mention, the post's place,
    what differs from a post stated at the name (a holder only referred to, a predecessor) and,
    for a post that only refers to its holder, the post it refers to (for its agency)."""

    post: Found
    person: Found
    place: Found | None
    update: dict[str, str | None] = field(default_factory=dict)
    referent: Found | None = None
    referent_place: Found | None = None


def build_positions(
    analysis: Analysis,
    found: Sequence[Found],
    index: RecordIds,
    main_region: str | None = None,
    agency_records: Sequence[Agency] = (),
) -> tuple[Position, ...]:
    """Position records ``pos1``, ``pos2``... in order of first mention, one per person, office
    and status (``position_groups``); their ROLE mentions are assigned in ``index``.

    ``main_region`` is the gazetteer key of the article's main region, the seat of posts
    the text places nowhere (``seats.context_seat``). A post in a body whose record has a
    region (``agency_records``: "глава правительства" in an item about Ингушетия) sits there.
    """
    claims = sorted(_claims(analysis, found, index), key=lambda claim: claim.post.start)
    posts = [claim.post for claim in claims]
    records = [_position(analysis, f"pos{n}", claim, found, index) for n, claim in enumerate(claims, 1)]
    records = [r.model_copy(update=c.update) if c.update else r for r, c in zip(records, claims)]
    records = [r.model_copy(update={"holders": (r.holder,) if r.holder else ()}) for r in records]
    records = respective_titles(analysis, posts, [c.person for c in claims], records, found)
    records = possessed_positions(analysis, posts, [c.person for c in claims], records)
    groups = group_posts(analysis, posts, [c.referent for c in claims], records, found)
    main = main_place(found, main_region)
    bodies = {a.id: a for a in agency_records if a.region is not None}
    positions = []
    for number, members in enumerate(groups, 1):
        record = merge_positions(f"pos{number}", [records[n] for n in members], [posts[n] for n in members])
        record = _in_body_region(record, posts[members[0]], main, bodies, found, index)
        positions.append(_in_context(record, posts[members[0]], main, found, index))
        for n in members:
            if index.record("positions", posts[n]) is None:
                index.assign("positions", record.id, [posts[n]])
    return tuple(positions)


def _in_body_region(
    record: Position, post: Found, main: Found | None, bodies: dict[str, Agency], found: Sequence[Found],
    index: RecordIds,
) -> Position:  # fmt: skip
    """A post placed nowhere in a body that has a region sits there: named by the body's name
    ("Мосгордума", seat basis title) or given the article's (context), where the post may sit
    in the article's region at all (``seats.context_seat``)."""
    body = bodies.get(record.agency or "")
    if record.region is not None or body is None or record.agency is None:
        return record
    region = body.region
    entry = _agency_entry(found, index, record.agency)
    named = entry is not None and entry.name == body.name
    if not named and context_seat(post, main, False, foreign=False) is None:
        return record
    return record.model_copy(update={"region": region, "seat_basis": "title" if named else "context"})


def _in_context(record: Position, post: Found, main: Found | None, found: Sequence[Found], index: RecordIds) -> Position:
    """A post placed nowhere sits in the article's main region, where it may (``seats``)."""
    if record.region is not None or main is None:
        return record
    federal = record.agency is not None and _agency_level(found, index, record.agency) == "federal"
    foreign = record.municipality is None and _foreign(record.place, found, index)
    place = context_seat(post, main, federal, foreign=foreign)
    if place is None:
        return record
    return record.model_copy(update={"region": index.record("regions", place), "seat_basis": "context"})


def _foreign(place: str | None, found: Sequence[Found], index: RecordIds) -> bool:
    """Whether a post's place without a Region record is abroad (a country, a foreign state or city);
    a municipality the post names ("глава поселка Сосновка") is not."""
    mention = next((f for f in found if place is not None and index.mentions.get(id(f)) == place), None)
    if mention is None:
        return False
    key = mention.key or ""
    return mention.type == "COUNTRY" or key.startswith(("country:", "place:"))


def _agency_level(found: Sequence[Found], index: RecordIds, agency_id: str) -> str | None:
    """The level of an agency by id, from its gazetteer entry (None when unknown)."""
    entry = _agency_entry(found, index, agency_id)
    return entry.level if entry is not None else None


def _agency_entry(found: Sequence[Found], index: RecordIds, agency_id: str) -> AgencyEntry | None:
    """The gazetteer entry of an agency by id, if its first mention names one."""
    mention = next((f for f in found if f.type == "AGENCY" and index.record("agencies", f) == agency_id), None)
    return agencies().get(mention.key or "") if mention is not None else None


def _claims(analysis: Analysis, found: Sequence[Found], index: RecordIds) -> list[_Claim]:
    """Every (post, person) pair: holders of the outer posts, their predecessors, holders of nested posts."""
    person_of = lambda f: index.record("persons", f)
    posts = outer_posts(analysis, found)
    people = [f for f in found if f.type == "PERSON" and analysis.zone_of(f.first) in ARTICLE_ZONES and person_of(f)]
    holder = holders(analysis, posts, people, person_of)
    places = _places(analysis, posts, found, index)
    people_of = {n: held.people for n, held in holder.items()}
    claims = [
        _own_place(analysis, _claim(posts, n, held, person, places, _update(analysis, posts, n, held.stated, person)), found)
        for n, held in holder.items() for person in held.people
    ]  # fmt: skip
    claims += _gapped_claims(analysis, posts, holder, places, claims, people, found, index)
    claims += [
        _Claim(_held_in_full(posts[n], found), person, places.get(n), {"status": "former"})
        for n, person in predecessors(analysis, posts, people_of, people, person_of)
    ]
    claims += [
        _Claim(_held_in_full(posts[n], found), person, places.get(n), {"status": status})
        for n, person, status in referred_respectively(analysis, posts, people)
    ]
    claims += [_Claim(posts[n], person, places.get(n)) for n, person in successors(analysis, posts, people_of, people, person_of)]
    claims += [_Claim(post, person, None) for post, person in inner_holders(analysis, posts, people_of, found, people)]
    offices, seats = _post_offices(analysis, posts, places, found, index)
    claims += _office_claims(analysis, posts, people_of, places, offices, seats, index)
    claims += _later_claims(analysis, posts, claims, places, offices, people)
    return claims


def _gapped_claims(
    analysis: Analysis, posts: Sequence[Found], holder: dict[int, Held], places: dict[int, Found],
    claims: Sequence[_Claim], people: Sequence[Found], found: Sequence[Found], index: RecordIds,
) -> list[_Claim]:  # fmt: skip
    """Later holders of a post whose head the text leaves out ("..., департамента спорта — Олег
    Рыбин": ``holders.gapped``): the first post's head with their own complement and its agency,
    at the first post's place and with its status."""
    updates = {id(c.post): c.update for c in claims}
    gapped = []
    for n, held in holder.items():
        if not held.stated or len(held.people) != 1:
            continue
        for gap in gapped_holders(analysis, posts[n], held.people[0], people, found):
            own = _gap_update(analysis, posts[n], gap, found, index)
            if own is not None:
                gapped.append(_Claim(posts[n], gap.person, places.get(n), {**updates.get(id(posts[n]), {}), **own}))
    return gapped


def _gap_update(
    analysis: Analysis, post: Found, gap: Gap, found: Sequence[Found], index: RecordIds
) -> dict[str, str | None] | None:
    """The title and agency of a post with its head left out: the first post's head words in the
    nominative, then the gap's complement as the text gives it (None when the post's normal form
    does not match its words one to one)."""
    words = post.normal.split(" ")
    if len(words) != post.last - post.first + 1:
        return None
    head = " ".join(words[: head_length(analysis, post, found)])
    complement = analysis.text[analysis.words[gap.first].start : analysis.words[gap.last].stop]
    agency = next((f for f in found if f.type == "AGENCY" and gap.first <= f.first and f.last <= gap.last), None)
    record = index.record("agencies", agency) if agency is not None else None
    return {"title": f"{head} {complement}", "agency": record, "organization": None}


def _held_in_full(post: Found, found: Sequence[Found]) -> Found:
    """The post a predecessor held: an acting post's inner post without the acting words
    ("временно исполняющим обязанности губернатора области" → "губернатор области"), else the post."""
    if post.value.status != "acting":
        return post
    inner = [
        f for f in found
        if f.type == "ROLE" and f is not post and post.first < f.first and f.last == post.last
    ]  # fmt: skip
    return min(inner, key=lambda f: f.first, default=post)


def _own_place(analysis: Analysis, claim: _Claim, found: Sequence[Found]) -> _Claim:
    """A holder listed after a plural post with a place of their own before the name
    ("губернаторы Твери Иван Сомов и Рязани Олег Петров"): the post at that place."""
    if claim.person.first <= claim.post.last + 1 or not plural(analysis, claim.post):
        return claim
    place = next((f for f in found if f.type in PLACE_TYPES and f.last == claim.person.first - 1), None)
    if place is None or claim.post.first <= place.first <= claim.post.last:
        return claim
    entry = regions().get(place.key or "")
    head = singular_title(analysis, claim.post).split(" ")[0]
    title = f"{head} {genitive(entry.name if entry is not None else place.normal)}"
    return _Claim(claim.post, claim.person, place, {**claim.update, "title": title}, claim.referent, claim.referent_place)


def _claim(
    posts: Sequence[Found], n: int, held: Held, person: Found, places: dict[int, Found], update: dict[str, str | None]
) -> _Claim:
    """The claim of one holder of post ``n``; a post that only refers to its holder takes the
    place of the post it refers to when it names none ("Губернатор" after "Губернатор Самарской
    области")."""
    m = held.referent
    if m is None:
        return _Claim(posts[n], person, places.get(n), update)
    return _Claim(posts[n], person, places.get(n), update, posts[m], places.get(m))


def _post_offices(
    analysis: Analysis, posts: Sequence[Found], places: dict[int, Found], found: Sequence[Found], index: RecordIds
) -> tuple[dict[int, str], dict[int, Seat]]:
    """The office each post names (``role_offices.tsv``) and the record it is held at."""
    record_of = index.record
    named = [f for f in found if f.type in ORGANIZATIONS]
    seats = {n: seat(post, places.get(n), named, record_of) for n, post in enumerate(posts)}
    offices = {
        n: name for n, post in enumerate(posts)
        if not in_a_name(post, named) and (name := office(analysis, post, seat_kind(post, places.get(n), seats[n])))
    }  # fmt: skip
    return offices, seats


def _office_claims(
    analysis: Analysis, posts: Sequence[Found], people_of: dict[int, tuple[Found, ...]],
    places: dict[int, Found], offices: dict[int, str], seats: dict[int, Seat], index: RecordIds,
) -> list[_Claim]:  # fmt: skip
    """Posts without a holder that name, in other words, an office one person holds here
    ("Глава государства" for "Президент России"): held by that person, at the referent's place
    when the post names none."""
    references = office_references(analysis, posts, people_of, offices, seats, lambda f: index.record("persons", f))
    return [
        _Claim(posts[n], person, places.get(n), {"holder": None}, posts[m], places.get(m))
        for n, (m, person) in references.items()
    ]


def _later_claims(
    analysis: Analysis, posts: Sequence[Found], claims: Sequence[_Claim], places: dict[int, Found],
    offices: dict[int, str], people: Sequence[Found],
) -> list[_Claim]:  # fmt: skip
    """Posts still without a holder: the full name opening the next sentence, else the person
    public knowledge gives for a bare post of the country's office (``holders.known``)."""
    claimed = {id(claim.post) for claim in claims}
    numbers = {id(post): n for n, post in enumerate(posts)}
    held_offices = {offices[numbers[id(c.post)]] for c in claims if numbers.get(id(c.post)) in offices}
    later = []
    for n, post in enumerate(posts):
        if id(post) in claimed:
            continue
        person = next_sentence_holder(analysis, post, people)
        if person is not None and not known_person(person):
            later.append(_Claim(post, person, places.get(n)))
        elif _home_country(places.get(n)) and (person := known_holder(analysis, post, offices.get(n), held_offices, people)):
            later.append(_Claim(post, person, places.get(n), {"holder": None}))
        elif (person := referred_holder(analysis, post, people)) is not None:
            later.append(_Claim(post, person, places.get(n), {"holder": None}))
    return later


def _home_country(place: Found | None) -> bool:
    """No place, or Russia: the seat of the offices ``role_known_holders.tsv`` lists."""
    return place is None or place.key == HOME_COUNTRY


def _update(analysis: Analysis, posts: Sequence[Found], n: int, stated: bool, person: Found) -> dict[str, str | None]:
    """What differs from the post's own record: no holder mention when only referred to, acting
    status for a post after "обязанности", former for a post named as left ("принял отставку
    главы района", "освобождён от должности министра", and a post joined to it by a dash:
    ``holders.left``) or as held in the past ("ранее занимал должность мэра": ``holders.earlier``),
    or whose holder is told to have left it ("мэр Рязани Иван Петров ушёл в отставку":
    ``holders.resigned``)."""
    post = posts[n]
    update: dict[str, str | None] = {} if stated else {"holder": None}
    if acting_frame(analysis, post):
        update["status"] = "acting"
    gone = left_post(analysis, post) or dashed_to_left(analysis, post, posts)
    gone = gone or held_before(analysis, post) or resigned(analysis, post, person)
    if gone and post.value.status != "acting" and "status" not in update:
        update["status"] = "former"
    return update


def _places(analysis: Analysis, posts: Sequence[Found], found: Sequence[Found], index: RecordIds) -> dict[int, Found]:
    """The place mention of each post, shared along posts joined by a dash. A place inside the
    name of an organisation that is no government body ("фракции «Единой России»") is no seat."""
    names = [f for f in found if f.type == "ORGANIZATION"]
    named = {id(f) for f in found if f.type in PLACE_TYPES and _in_a_name(f, names)}  # once, not per lookup
    region_of = lambda f: None if id(f) in named else index.record("regions", f)
    table = regions()
    places = {}
    for n, post in enumerate(posts):
        place = post_region(post, found, region_of, _attached_at(analysis, post))
        if place is None and not plural(analysis, post):  # the heads of regions may head several
            place = stand_in_place(analysis, post, found, region_of, table)
        if place is not None:
            places[n] = place
    for n in range(len(posts) - 2, -1, -1):
        if n not in places and n + 1 in places and _dashed(analysis, posts[n], posts[n + 1]):
            places[n] = places[n + 1]
    return places


def _attached_at(analysis: Analysis, post: Found) -> int | None:
    """The index of a "при" inside the post (what follows names what the body is attached to)."""
    return next((n for n in range(post.first + 1, post.last + 1) if analysis.words[n].lemma == "при"), None)


def _in_a_name(place: Found, names: Sequence[Found]) -> bool:
    """Inside a longer organisation name (an organisation tagged on the place's words alone is the place)."""
    return any(
        name.first <= place.first and place.last <= name.last and (name.first, name.last) != (place.first, place.last)
        for name in names
    )


def _dashed(analysis: Analysis, left: Found, right: Found) -> bool:
    return right.first == left.last + 2 and analysis.words[left.last + 1].text in DASHES


def _kind(post: Found) -> PostKind:
    """The post's kind from its head (``roles.tsv``): post, rank or profession."""
    kind = post.value.kind if isinstance(post.value, RolePost) else "post"
    return "rank" if kind == "rank" else "profession" if kind == "profession" else "post"


def _position(analysis: Analysis, record_id: str, claim: _Claim, found: Sequence[Found], index: RecordIds) -> Position:
    post, person = claim.post, claim.person
    seat = stated_seat(analysis, post, claim.place, claim.referent_place)
    place = seat.place
    region = index.record("regions", place) if place is not None else None
    agency_of = lambda f: index.record("agencies", f)
    led = led_body(analysis, post, found)
    agency = post_agency(post, found, agency_of) or (led if led is not None and agency_of(led) else None)
    if agency is None and claim.referent is not None:
        agency = post_agency(claim.referent, found, agency_of)
    organization = post_organization(post, found, agency_of)
    elsewhere = post_place(post, found, lambda f: index.record("regions", f)) if region is None else None
    title = singular_title(analysis, post) if plural(analysis, post) else post.normal
    if place is not None and not post.first <= place.first <= post.last:
        entry = regions().get(place.key or "")
        title = resolved_title(analysis, post, entry.name if entry is not None else place.normal, title)
    if led is not None:
        title = led_title(post, led)
    return Position(
        id=record_id,
        person=index.record("persons", person) or "",
        holder=index.mention(person) if person.type == "PERSON" else None,
        title=title,
        agency=index.record("agencies", agency) if agency is not None else None,
        region=region,
        municipality=seat.municipality,
        seat_basis=seat.basis if region is not None else None,
        organization=index.mention(organization) if organization is not None else None,
        place=index.mention(elsewhere) if elsewhere is not None else None,
        status=post.value.status,
        kind=_kind(post),
        mention=index.mention(post),
        mentions=(index.mention(post),),
        zone=analysis.zone_of(post.first),  # type: ignore[arg-type]
    )
