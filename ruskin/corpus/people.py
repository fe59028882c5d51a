"""One corpus person per real person: Persons of many documents joined by name, kept apart by seat.

How Persons join (every step depends only on the set of documents, never on their order):

1. In one document, a name without a surname joins the one Person there it can belong to:
   a lone word that is (the start of) a surname there ("Калимат" for "Калиматов"), a given
   name and patronymic ("Сергей Владимирович") whose given name and patronymic fit.
2. Across documents, Persons with the same surname (lower case, ё as е) and the same full
   given name join, unless their patronymics differ or they are **namesakes**: two Persons
   holding current posts in different regions, both dated and seen within a year of each
   other, cannot be one person. Where a date is unknown they join: a post linked to the wrong
   region by mistake is more common than two officials with one name.
3. Initials ("М. К. Кумпилов") join the one full name with those initials; a bare surname
   ("Путин") joins the one person with that surname. Where there are several, the one that
   shares a region of its posts; where that does not decide, it stays apart.

Step 1 is ``hosts``, the keys ``keys``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .hosts import hosts_in_documents
from .keys import give_keys
from .names import NameParts, name_parts
from .summary import PersonEntry, entry_places, entry_seats

__all__ = ["Cluster", "cluster_people"]

NAMESAKE_DAYS = 366
"""Current posts in two regions seen this close in time cannot be one person's."""


@dataclass
class Cluster:
    """Persons found to be one person, the name parts they share, and what tells namesakes apart."""

    parts: NameParts
    entries: list[PersonEntry] = field(default_factory=list)
    key: str = ""
    seats: set[str] = field(default_factory=set)  # regions of its current posts
    seated: list[dt.date] = field(default_factory=list)  # sorted dates of its Persons with such posts
    patronymics: set[str] = field(default_factory=set)
    first: tuple[dt.date, str, str] = (dt.date.max, "\uffff", "")

    def add(self, entry: PersonEntry) -> None:
        """Take in one more Person."""
        self.entries.append(entry)
        self.first = min(self.first, (entry.seen or dt.date.max, entry.source, entry.id))
        seats = entry_seats(entry)
        if seats:
            self.seats |= seats
            if entry.seen is not None:
                bisect.insort(self.seated, entry.seen)
        patronymic = _parts(entry).patronymic
        if patronymic:
            self.patronymics.add(patronymic)

    def seated_near(self, day: dt.date | None) -> bool:
        """True if a Person of it with a current regional post was seen within ``NAMESAKE_DAYS`` of ``day``
        (False where a date is unknown: nothing then says the two posts were held at one time)."""
        if day is None or not self.seated:
            return False
        at = bisect.bisect_left(self.seated, day - dt.timedelta(days=NAMESAKE_DAYS))
        return at < len(self.seated) and self.seated[at] <= day + dt.timedelta(days=NAMESAKE_DAYS)

    def earliest(self) -> tuple[dt.date, str, str]:
        """Sort key: the earliest seen date, then the first source and id."""
        return self.first


def cluster_people(entries: Iterable[PersonEntry]) -> list[Cluster]:
    """Every Person of the corpus in one cluster, each cluster with its key; ordered by key."""
    ordered = sorted(entries, key=lambda e: (e.source, _id_order(e.id)))
    hosts, guests = hosts_in_documents(ordered)
    clusters: list[Cluster] = []
    by_surname: dict[str, list[PersonEntry]] = defaultdict(list)
    for entry in hosts:
        parts = _parts(entry)
        if parts.surname:
            by_surname[parts.surname].append(entry)
        else:
            clusters.append(_new(parts, entry))
    clusters = _join_nameonly(clusters)
    for surname in sorted(by_surname):
        clusters += _surname_clusters(by_surname[surname])
    _add_guests(clusters, guests)
    give_keys(clusters)
    return sorted(clusters, key=lambda c: c.key)


def _id_order(person_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in person_id if ch.isdigit())
    return (int(digits) if digits else 0, person_id)


def _parts(entry: PersonEntry) -> NameParts:
    parts = name_parts(entry.last, entry.first, entry.middle)
    if not parts.surname and not parts.patronymic and parts.given and " " not in parts.given:
        return NameParts(parts.given, "", "")  # a lone word: most often a surname
    return parts


def _join_nameonly(clusters: list[Cluster]) -> list[Cluster]:
    """Names without a surname across documents: one cluster per given name and patronymic."""
    joined: dict[tuple[str, str], Cluster] = {}
    for cluster in clusters:
        key = (cluster.parts.given, cluster.parts.patronymic)
        if key in joined:
            for entry in cluster.entries:
                joined[key].add(entry)
        else:
            joined[key] = cluster
    return list(joined.values())


# steps 2 and 3: one surname


def _surname_clusters(entries: list[PersonEntry]) -> list[Cluster]:
    full: list[Cluster] = []
    by_given: dict[str, list[PersonEntry]] = defaultdict(list)
    initials, bare = [], []
    for entry in entries:
        parts = _parts(entry)
        if parts.full_given:
            by_given[parts.given].append(entry)
        elif parts.given:
            initials.append(entry)
        else:
            bare.append(entry)
    for given in sorted(by_given):
        full += _namesakes(by_given[given])
    clusters = full + _attach(initials, full, by_initials=True)
    return clusters + _attach(bare, clusters, by_initials=False)


def _namesakes(entries: list[PersonEntry]) -> list[Cluster]:
    """Persons with one full name: apart where patronymics or seats say they are two people."""
    seated = sorted((e for e in entries if entry_seats(e)), key=lambda e: (e.seen or dt.date.min, e.source))
    clusters: list[Cluster] = []
    for entry in seated:
        home = next((c for c in clusters if _fits(entry, c)), None)
        if home is None:
            clusters.append(_new(_parts(entry), entry))
        else:
            home.add(entry)
    for entry in (e for e in entries if not entry_seats(e)):
        homes = [c for c in clusters if _patronymic_fits(entry, c)]
        if homes:
            min(homes, key=lambda c: (-len(c.entries), c.earliest())).add(entry)
        else:
            clusters.append(_new(_parts(entry), entry))
    return clusters


def _new(parts: NameParts, entry: PersonEntry) -> Cluster:
    cluster = Cluster(parts)
    cluster.add(entry)
    return cluster


def _patronymic_fits(entry: PersonEntry, cluster: Cluster) -> bool:
    parts = _parts(entry)
    return all(parts.patronymic_fits(NameParts("", "", other)) for other in cluster.patronymics)


def _fits(entry: PersonEntry, cluster: Cluster) -> bool:
    """False when ``entry`` cannot be the person of ``cluster``: another patronymic, or a namesake
    (current posts only in other regions than the cluster's, seen near the time of its own); a
    post held before in the cluster's region says it is the same person, moved on."""
    if not _patronymic_fits(entry, cluster):
        return False
    return bool(entry_places(entry) & cluster.seats) or not cluster.seated_near(entry.seen)


def _attach(entries: list[PersonEntry], clusters: list[Cluster], *, by_initials: bool) -> list[Cluster]:
    """Initials or bare surnames into the one cluster they fit; the rest as clusters of their own."""
    own: dict[tuple[str, str], Cluster] = {}
    for entry in entries:
        parts = _parts(entry)
        fits = [c for c in clusters if _name_fits(parts, c) and (not by_initials or _patronymic_fits(entry, c))]
        if len(fits) > 1:
            fits = [c for c in fits if entry_seats(entry) & c.seats]
        if len(fits) == 1:
            fits[0].add(entry)
        else:
            own.setdefault((parts.initial, parts.patronymic[:1]), Cluster(parts)).add(entry)
    return list(own.values())


def _name_fits(parts: NameParts, cluster: Cluster) -> bool:
    return parts.given_fits(cluster.parts)


def _add_guests(clusters: list[Cluster], guests: dict[PersonEntry, PersonEntry]) -> None:
    home = {id(entry): cluster for cluster in clusters for entry in cluster.entries}
    for guest, host in guests.items():
        home[id(host)].add(guest)
