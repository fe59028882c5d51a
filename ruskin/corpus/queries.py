"""The questions a corpus answers: one person by name, who held a post, which events where and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import cache

from ..errors import UnknownPersonError
from ..gazetteers.gazetteer import load_table
from .names import name_parts, normal_word
from .records import CorpusEvent, CorpusPerson, Tenure

__all__ = ["find_person", "holding", "in_region", "title_fits", "within"]


def find_person(people: Iterable[CorpusPerson], key_or_name: str) -> CorpusPerson:
    """The person with this key, or the one whose name fits this name; ``UnknownPersonError`` otherwise."""
    people = list(people)
    for person in people:
        if person.key == key_or_name:
            return person
    fits = [person for person in people if _name_fits(key_or_name, person)]
    if len(fits) == 1:
        return fits[0]
    if not fits:
        raise UnknownPersonError(f"no person called {key_or_name!r} in the corpus")
    raise UnknownPersonError(f"{key_or_name!r} fits several people: {', '.join(p.key for p in fits)}")


def _name_fits(name: str, person: CorpusPerson) -> bool:
    words = name.split()
    asked = name_parts(words[-1], words[0] if len(words) > 1 else None, " ".join(words[1:-1]) or None)
    known = name_parts(person.last, person.first, person.middle)
    if not known.surname:
        return normal_word(name) == normal_word(person.name)
    return asked.surname == known.surname and asked.given_fits(known) and asked.patronymic_fits(known)


def title_fits(asked: str, title: str) -> bool:
    """True when every word of ``asked`` is in ``title`` in some form ('губернатор' in 'губернатор области'),
    and not as the office of a subordinate ('заместитель губернатора' is not a 'губернатор')."""
    words, wanted = normal_word(title).split(), normal_word(asked).split()
    places = [next((n for n, other in enumerate(words) if _same_word(word, other)), None) for word in wanted]
    if not wanted or None in places:
        return False
    before = words[: min(p for p in places if p is not None)]
    return not any(_same_word(word, lemma) for word in before for lemma in _subordinates())


@cache
def _subordinates() -> tuple[str, ...]:
    """Posts held under another post (``role_subordinates.tsv``): заместитель, помощник, советник, ..."""
    return tuple(normal_word(row["lemma"]) for row in load_table("role_subordinates"))


def _same_word(one: str, other: str) -> bool:
    """The same word in two case forms: equal but for the last two letters (the first three at least)."""
    length = max(3, min(len(one), len(other)) - 2)
    return one[:length] == other[:length] and abs(len(one) - len(other)) <= 3


def holding(tenures: list[Tenure], title: str, region: str | None, on: dt.date | None) -> tuple[Tenure, ...]:
    """Tenures with ``title`` in ``region``; with ``on``, those seen on both sides of that date, or else
    the one seen last before it (the last known holder)."""
    fits = [t for t in tenures if title_fits(title, t.title) and (region is None or region in (t.region_code, t.region))]
    fits.sort(key=lambda t: (t.first_seen or dt.date.max, t.person))
    if on is None:
        return tuple(fits)
    around = [t for t in fits if t.first_seen and t.last_seen and t.first_seen <= on <= t.last_seen]
    if around:
        return tuple(around)
    before = [t for t in fits if t.last_seen and t.last_seen <= on]
    return (max(before, key=lambda t: (t.last_seen, t.person)),) if before else ()


def in_region(events: Iterable[CorpusEvent], region: str | None) -> Iterator[CorpusEvent]:
    """The events in ``region`` (a region key or code)."""
    return (e for e in events if region in (e.region_code, e.region))


def within(events: Iterable[CorpusEvent], start: dt.date | None, stop: dt.date | None) -> Iterator[CorpusEvent]:
    """The dated events from ``start`` to ``stop``, both inclusive (either may be None: open)."""
    for event in events:
        if event.start is None:
            continue
        if (start is None or (event.end or event.start) >= start) and (stop is None or event.start <= stop):
            yield event
