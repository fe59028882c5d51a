"""Mentions by word position, so that finding those inside or next to a post is not a scan.

A list-like page ("заместитель заместитель …", an attendee list of thousands of lines) has
thousands of posts and thousands of mentions; asking every mention about every post made
linking quadratic (a 6,400-line list took 48 s). ``MentionIndex`` sorts the mentions once by
their first word: the mentions inside a post are one slice of it, found by bisection. Every
answer keeps the order of the list it was built from, so results are the same as a scan.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..found import Found

__all__ = ["AROUND_LIMIT", "EARLIER_LIMIT", "MentionIndex", "mention_index"]

EARLIER_LIMIT = 200
"""How many mentions ending before a post ``before`` looks at (the nearest ones): a post that
refers back to a place ("губернатор региона") finds it within a few sentences, not pages."""

AROUND_LIMIT = 50
"""How many words before a post ``around`` looks for a name that holds it: no organisation's
name runs 50 words ahead of a post inside it."""


class MentionIndex:
    """The mentions of a document sorted by first word and by stop offset, built once."""

    def __init__(self, found: Sequence[Found]) -> None:
        self.found = found
        self._by_first = sorted(range(len(found)), key=lambda n: found[n].first)
        self._firsts = [found[n].first for n in self._by_first]
        self._by_stop = sorted(range(len(found)), key=lambda n: found[n].stop)
        self._stops = [found[n].stop for n in self._by_stop]
        self._by_last: dict[int, Found] | None = None

    def starting(self, first: int, last: int) -> list[Found]:
        """Mentions whose first word is in ``first..last``, in list order."""
        low, high = bisect_left(self._firsts, first), bisect_right(self._firsts, last)
        return [self.found[n] for n in sorted(self._by_first[low:high])]

    def at(self, first: int) -> Found | None:
        """The first mention in list order whose first word is ``first``."""
        found = self.starting(first, first)
        return found[0] if found else None

    def ending(self, last: int) -> Found | None:
        """The first mention in list order whose last word is ``last``."""
        if self._by_last is None:
            self._by_last = {}
            for mention in reversed(self.found):
                self._by_last[mention.last] = mention
        return self._by_last.get(last)

    def around(self, post: Found, reach: int = AROUND_LIMIT) -> list[Found]:
        """Mentions that start in the ``reach`` words before the post and reach its end, in list order."""
        return [f for f in self.starting(post.first - reach, post.first - 1) if f.last >= post.last]

    def inside(self, post: Found, *, strict: bool = False) -> list[Found]:
        """Mentions within the post's words (starting after its first word if ``strict``), in list order."""
        return [f for f in self.starting(post.first + strict, post.last) if f.last <= post.last and f is not post]

    def before(self, offset: int) -> list[Found]:
        """The ``EARLIER_LIMIT`` mentions nearest before character ``offset`` (stop ≤ offset), in list order."""
        high = bisect_right(self._stops, offset)
        return [self.found[n] for n in sorted(self._by_stop[max(0, high - EARLIER_LIMIT) : high])]


_CACHED = 16
_recent: dict[int, tuple[Sequence[Found], int, MentionIndex]] = {}


def mention_index(found: Sequence[Found]) -> MentionIndex:
    """The index of ``found``, reused while the same unchanged list is asked about (one document).

    A few lists are kept (linking asks about more than one); each entry holds its list, so
    an id is never reused while its entry lives.
    """
    entry = _recent.get(id(found))
    if entry is None or entry[0] is not found or entry[1] != len(found):
        if len(_recent) >= _CACHED:
            del _recent[next(iter(_recent))]  # the oldest
        entry = _recent[id(found)] = (found, len(found), MentionIndex(found))
    return entry[2]
