"""Corpus keys for people: surname and given name, lower case; namesakes after the first take their region.

"путин-владимир", "кумпилов-м-к" (initials), "путин" (a bare surname that could not be
joined), "сергей-владимирович" (no surname), "попов-александр-ru-kya" (a namesake).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from .names import NameParts, slug
from .summary import entry_seats

if TYPE_CHECKING:
    from .people import Cluster

__all__ = ["give_keys"]


def give_keys(clusters: list[Cluster]) -> None:
    """Keys from the names; namesakes after the first take the code of their region, else a number."""
    by_base: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        by_base[_base_key(cluster.parts)].append(cluster)
    for base, same in by_base.items():
        same.sort(key=lambda cluster: cluster.earliest())
        used = {base}
        same[0].key = base
        for number, cluster in enumerate(same[1:], 2):
            seat = _main_seat(cluster)
            key = slug(base, seat) if seat and slug(base, seat) not in used else f"{base}-{number}"
            cluster.key = key
            used.add(key)


def _base_key(parts: NameParts) -> str:
    """'путин-владимир', 'кумпилов-м-к', 'путин'; 'сергей-владимирович' for a name without a surname."""
    if not parts.surname:
        return slug(parts.given, parts.patronymic) or "?"
    given = parts.given if parts.full_given or not parts.patronymic else f"{parts.given} {parts.patronymic[0]}"
    return slug(parts.surname, given)


def _main_seat(cluster: Cluster) -> str:
    counts = Counter(seat for entry in cluster.entries for seat in entry_seats(entry))
    return min(counts, key=lambda seat: (-counts[seat], seat)) if counts else ""
