"""Initiative records: INITIATIVE mentions grouped by what they name.

Mentions of a known initiative share its record and canonical name; other mentions
share a record when their words have the same lemmas ("национальных проектов",
"национальные проекты"). The name is the first mention in the nominative.
"""

from __future__ import annotations

from ..found import Found
from ..ids import RecordIds
from ..nlp.analysis import Analysis
from ..gazetteers.places import normalize_lemma
from ..records import Initiative

__all__ = ["build_initiatives"]


def build_initiatives(analysis: Analysis, found: list[Found], index: RecordIds) -> tuple[Initiative, ...]:
    """``Initiative`` records ``i1``, ``i2``, ... in order of first mention; assigns their mentions."""
    groups: dict[tuple[str, ...], list[Found]] = {}
    for mention in (f for f in found if f.type == "INITIATIVE"):
        groups.setdefault(_identity(analysis, mention), []).append(mention)
    records = []
    for number, group in enumerate(groups.values(), 1):
        index.assign("initiatives", f"i{number}", group)
        records.append(_record(f"i{number}", group, index))
    return tuple(records)


def _identity(analysis: Analysis, mention: Found) -> tuple[str, ...]:
    if mention.key is not None:
        return ("known", mention.key)
    return tuple(normalize_lemma(w.lemma) for w in analysis.words[mention.first : mention.last + 1] if w.text.isalnum())


def _record(record_id: str, group: list[Found], index: RecordIds) -> Initiative:
    first = group[0]
    name = first.key if first.key is not None and first.value.kind != "law" else first.normal
    return Initiative(
        id=record_id,
        name=name,
        kind=first.value.kind,
        mentions=tuple(index.mention(m) for m in group),
    )
