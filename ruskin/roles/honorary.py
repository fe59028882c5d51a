"""Honorary titles: "народный артист России" names the post "артист" and a title, not a post.

After an adjective listed as honorary in ``role_honorary.tsv`` ("народный", "заслуженная")
the post is its head alone, unless the head is listed as a post that keeps its complement
("народный депутат Украины").
"""

from __future__ import annotations

from functools import cache

from ..gazetteers.gazetteer import load_table
from ..nlp.analysis import Analysis
from .extent import Extent
from .lexicon import norm

__all__ = ["honorary_end", "honorary_words"]


@cache
def honorary_words() -> dict[str, str]:
    """Lemma → kind ("honorary" or "post") from ``role_honorary.tsv``."""
    return {norm(row["lemma"]): row["kind"] for row in load_table("role_honorary")}


def honorary_end(analysis: Analysis, extent: Extent) -> Extent:
    """The post cut to its head when an honorary adjective stands right before the head."""
    before = extent.head_first - 1
    if before < 0 or extent.last == extent.head_last:
        return extent
    words = honorary_words()
    head = norm(analysis.words[extent.head_first].lemma)
    if words.get(norm(analysis.words[before].lemma)) != "honorary" or words.get(head) == "post":
        return extent
    return Extent(
        extent.first, extent.head_first, extent.head_last, extent.head_last, extent.head, extent.status,
        extent.acting_words,
    )
