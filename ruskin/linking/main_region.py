"""The article's main region: the federal subject a news item is about.

Seat rules use it for posts the text places nowhere ("вице-губернатор", "министр
культуры" in an item about one region). Every article mention of a federal subject
counts, a city for its region: a mention in the headline three times, in the first
sentence of the body (where the dateline is) twice, elsewhere once. The region with the
most weight is the main region when it has at least half of all the weight and more than
any other; an item about several regions alike has none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from ..gazetteers.places import regions
from ..holders.decide import ARTICLE_ZONES

__all__ = ["WIDE_KINDS", "main_region_key"]

WIDE_KINDS = frozenset({"country", "federal district"})
"""Region kinds that are no federal subject."""

WEIGHTS = {"title": 3, "lead": 2, "body": 1}
SHARE = 0.5


def main_region_key(analysis: Analysis, found: Sequence[Found]) -> str | None:
    """The gazetteer key of the article's main region, or None when it has none."""
    weights: Counter[str] = Counter()
    lead = _lead_sentence(analysis)
    table = regions()
    for mention in found:
        entry = table.get(mention.key or "")
        if mention.type not in ("REGION", "CITY") or entry is None or entry.kind in WIDE_KINDS:
            continue
        zone = analysis.zone_of(mention.first)
        if zone in ARTICLE_ZONES:
            place = "title" if zone == "title" else "lead" if analysis.words[mention.first].sentence == lead else "body"
            weights[mention.key or ""] += WEIGHTS[place]
    ranked = weights.most_common(2)
    if not ranked:
        return None
    best, weight = ranked[0]
    beaten = len(ranked) == 1 or weight > ranked[1][1]
    return best if beaten and weight >= SHARE * sum(weights.values()) else None


def _lead_sentence(analysis: Analysis) -> int | None:
    """The first sentence of the body, where a dateline stands."""
    zones = analysis.zones or ["body"] * len(analysis.sentences)
    return next((n for n, zone in enumerate(zones) if zone == "body"), None)
