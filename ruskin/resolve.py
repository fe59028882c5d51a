"""Resolve overlaps between what the taggers found.

Nested mentions of different types are kept (a REGION inside an ORGANIZATION or a ROLE,
a DATE inside an EVENT), as users and NEREL expect. What goes:

* exact duplicates (same type and span), keeping the first found; a PERSON on exactly the
  words of a region ("Карачаево-Черкесией" read as a name) is the region (a city may be a
  surname: Чехов, Пушкин);
* a slovnet LOCATION that overlaps a gazetteer place (REGION, CITY, COUNTRY): the
  gazetteer knows which kind of place it is; a venue's LOCATION (``taggers.venues``) stays
  with the place nested in it ("аэропорту Казани");
* a slovnet ORGANIZATION that an AGENCY covers: the same span, one starting with it and
  inside it ("МВД" in "МВД России"), one it crosses, or one whose letters and digits are
  all inside AGENCY mentions ("Форума стран-экспортеров газа (ФСЭГ)"); an ORGANIZATION
  that holds an agency and more words stays ("Комитет Госдумы по науке");
* a mention of a lower-ranked type that crosses (overlaps without nesting) a
  higher-ranked one; but a post nested in a longer post that crosses a body the longer
  post holds goes, and the body stays ("Депутаты собрания" in "Депутаты Народного
  собрания КЧР"); an EVENT whose complement runs into a name first reaches to that
  name's end when the rest is short ("выборы главы" of "главы Республики Карелия"); but a
  verb's EVENT whose object opens an act's name stays with it ("подписал указ" of "указ о
  ..."), unless the act names an event of its own ("указ об отставке ...": that event is the news).

Mentions are resolved cluster by cluster (runs of mentions that overlap one another), so
the work grows with the text, not with its square.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .found import Found
from .taggers.venues import VENUE

PLACES = frozenset({"REGION", "CITY", "COUNTRY"})
MAX_REACH_OVER = 40
"""Characters an EVENT may grow by to take in the rest of a name its complement runs into."""
# Earlier wins when two mentions cross.
RANK = ("DATE", "PERSON", "ROLE", "REGION", "CITY", "COUNTRY", "AGENCY", "INITIATIVE", "EVENT", "ORGANIZATION", "LOCATION")


def resolve_overlaps(found: list[Found], text: str) -> list[Found]:
    """The mentions to keep, in text order."""
    found = _drop_organizations_under_agencies(found, text)
    regions = {(f.start, f.stop) for f in found if f.type == "REGION"}  # not cities: Чехов, Пушкин
    found = [f for f in found if not (f.type == "PERSON" and (f.start, f.stop) in regions)]
    unique = {(f.type, f.start, f.stop): f for f in reversed(found)}
    ordered = sorted(unique.values(), key=lambda f: (f.start, -f.stop, f.type))
    kept = [mention for cluster in _clusters(ordered) for mention in _resolve_cluster(cluster, text)]
    return sorted(kept, key=lambda f: (f.start, -f.stop, f.type))


def _clusters(ordered: list[Found]) -> Iterator[list[Found]]:
    cluster: list[Found] = []
    end = -1
    for mention in ordered:
        if cluster and mention.start >= end:
            yield cluster
            cluster = []
        cluster.append(mention)
        end = max(end, mention.stop) if len(cluster) > 1 else mention.stop
    if cluster:
        yield cluster


def _resolve_cluster(cluster: list[Found], text: str) -> list[Found]:
    if len(cluster) == 1:
        return cluster
    places = [f for f in cluster if f.type in PLACES]
    kept = [f for f in cluster if not (f.type == "LOCATION" and f.value != VENUE and any(_overlap(f, p) for p in places))]
    kept = [f for f in kept if not _inner_post_across_body(f, cluster)]
    kept.sort(key=lambda f: RANK.index(f.type))
    chosen: list[Found] = []
    for mention in kept:
        if mention.type == "EVENT" and not getattr(mention.value, "verbal", True):
            mention = _reach_over(mention, chosen, text)
        if not any(_cross(mention, other) and not _act_on_initiative(mention, other, cluster) for other in chosen):
            chosen.append(mention)
    return chosen


def _act_on_initiative(event: Found, other: Found, cluster: list[Found]) -> bool:
    """A verb's event whose object opens an act's name ("подписал указ" of "указ о ..."; "приняла
    закон" of "закон о ..."): both stay, as NEREL marks them; but not where the act names an event
    of its own ("подписал указ об отставке ...", "указ о награждении ..."): that event is the news,
    and the signer takes part in it."""
    if event.type != "EVENT" or other.type != "INITIATIVE" or not getattr(event.value, "verbal", False):
        return False
    return not any(f.type == "EVENT" and _contains(other, f) for f in cluster)


def _inner_post_across_body(mention: Found, cluster: list[Found]) -> bool:
    """A post nested in a longer post that crosses a body the longer post holds ("Депутаты
    собрания" in "Депутаты Народного собрания КЧР"): the body is kept, the inner post goes."""
    if mention.type != "ROLE":
        return False
    bodies = [f for f in cluster if f.type == "AGENCY" and _cross(mention, f)]
    return any(
        _contains(outer, mention) and _contains(outer, body)
        for body in bodies for outer in cluster if outer.type == "ROLE" and outer is not mention
    )  # fmt: skip


def _contains(outer: Found, inner: Found) -> bool:
    return outer.start <= inner.start and inner.stop <= outer.stop


def _reach_over(event: Found, chosen: list[Found], text: str) -> Found:
    """An EVENT noun whose complement runs into a name that goes on past it ("выборы главы" of "главы
    Республики Карелия", "назначение начальника" of "начальника ГУ МЧС по области") reaches to that
    name's end, when the rest is short and on the same line; otherwise it stays as it is."""
    for other in chosen:
        if _cross(event, other) and event.start < other.start and event.stop < other.stop:
            rest = text[event.stop : other.stop]
            if len(rest) > MAX_REACH_OVER or "\n" in rest:
                return event
            event = replace(event, last=other.last, stop=other.stop, normal=event.normal + rest)
    return event


def _drop_organizations_under_agencies(found: list[Found], text: str) -> list[Found]:
    agencies = [f for f in found if f.type == "AGENCY"]
    if not agencies:
        return found
    return [f for f in found if not (f.type == "ORGANIZATION" and _covered(f, agencies, text))]


def _covered(organization: Found, agencies: list[Found], text: str) -> bool:
    nearby = [a for a in agencies if _overlap(a, organization)]
    if any(a.start == organization.start and organization.stop <= a.stop or _cross(a, organization) for a in nearby):
        return True
    inside = [a for a in nearby if organization.start <= a.start and a.stop <= organization.stop]
    uncovered = (i for i in range(organization.start, organization.stop) if not any(a.start <= i < a.stop for a in inside))
    return bool(inside) and not any(text[i].isalnum() for i in uncovered)


def _overlap(a: Found, b: Found) -> bool:
    return a.start < b.stop and b.start < a.stop


def _cross(a: Found, b: Found) -> bool:
    nested = (a.start <= b.start and b.stop <= a.stop) or (b.start <= a.start and a.stop <= b.stop)
    return _overlap(a, b) and not nested
