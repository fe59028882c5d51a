"""The posts inside a post, as NEREL marks them.

* "исполняющий обязанности губернатора": the post without the acting words;
* a head that is a post by itself, with a complement ("губернатор Самарской области"):
  the head with its modifiers ("губернатор"), and, when the post ends with a place and has
  more before it ("министр энергетики РФ"), the post without the place;
* a post named in the complement ("заместитель министра финансов",
  "заместитель полномочного представителя президента РФ в ПФО"): that post to the end,
  and the posts inside it in turn; a "по ..." field after a named post that is a post by itself
  is the outer post's ("президента РФ" in "помощник президента РФ по внутренней политике").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..found import Found
from ..nlp.analysis import Analysis
from .extent import NOMINAL, Extent, complement_end, head_at
from .lexicon import Head
from .tails import place_noun

__all__ = ["nested_spans"]


def nested_spans(analysis: Analysis, extent: Extent, places: Mapping[int, Found]) -> Iterator[Extent]:
    """The posts nested in ``extent``, outermost first; never ``extent`` itself."""
    if extent.acting_words:
        inner = _without_acting(extent)
        yield inner
        yield from nested_spans(analysis, inner, places)
        return
    if extent.head.alone and extent.last > extent.head_last:
        yield _replace(extent, extent.first, extent.head_last)
        bare = _without_place(analysis, extent, places)
        if bare is not None:
            yield bare
    named = _inner_post(analysis, extent, places)
    if named is not None:
        yield named
        yield from nested_spans(analysis, named, places)


def _without_acting(extent: Extent) -> Extent:
    first = extent.first + extent.acting_words
    return Extent(first, extent.head_first, extent.head_last, extent.last, extent.head, extent.status, 0)


def _replace(extent: Extent, first: int, last: int) -> Extent:
    return Extent(first, extent.head_first, extent.head_last, last, extent.head, extent.status, 0)


def _without_place(analysis: Analysis, extent: Extent, places: Mapping[int, Found]) -> Extent | None:
    """The post without a place that ends it, if words remain between head and place other than the
    place's common noun ("губернатор штата Техас" holds no "губернатор штата")."""
    place = next((p for p in places.values() if p.last == extent.last and p.first > extent.head_last + 1), None)
    if place is None:
        return None
    last = place.first - 1
    while last > extent.head_last and analysis.words[last].pos not in NOMINAL:
        last -= 1
    if last <= extent.head_last or place_noun(analysis.words[last]):
        return None
    return _replace(extent, extent.first, last)


def _inner_post(analysis: Analysis, extent: Extent, places: Mapping[int, Found]) -> Extent | None:
    """The first post named in the complement, up to the end of the outer post."""
    stop = extent.last + 1
    for index in range(extent.head_last + 1, stop):
        match = head_at(analysis, index, stop)
        if match is not None:
            head, head_last = match
            last = min(complement_end(analysis, head, head_last, stop, places), extent.last)
            last = _before_field(analysis, head, head_last, last)
            return Extent(index, index, head_last, last, head, extent.status, 0)
    return None


def _before_field(analysis: Analysis, head: Head, head_last: int, last: int) -> int:
    """A named office that is a post by itself ends before a "по ..." field, which is the outer post's:
    "помощник | президента РФ | по внутренней политике"."""
    if not head.alone or head.kind not in ("post", "rank"):
        return last
    field = next((i for i in range(head_last + 1, last + 1) if analysis.words[i].lemma == "по"), None)
    return last if field is None else field - 1
