"""Agency records from AGENCY mentions: one ``Agency`` per group of mentions.

Mentions of one gazetteer key, of one abbreviation defined in the text, or with the same
words (by lemma) are one body. The name is the gazetteer's canonical name, or else the
nominative of the body's longest mention; the region is the Region record of a place
named inside a mention. The office of a presidential envoy that names no district takes
the district named last before it ("Аппарат полномочного представителя" after "... в ПФО").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..gazetteers.agencies import agencies
from ..found import Found
from ..ids import RecordIds
from ..nlp.analysis import Analysis
from ..gazetteers.places import REGION_STAND_INS, normalize_lemma
from ..records import Agency
from .agency_seats import (
    RegionalBody,
    body_head,
    legislature_name,
    listed_legislature_name,
    regional_body,
    regional_namesake,
    stands_alone,
    stood_in_body,
)
from ..taggers.agency_abbreviations import AgencyValue

__all__ = ["agency_groups", "build_agencies"]

PLACE_TYPES = frozenset({"REGION", "CITY", "COUNTRY"})
ENVOY_WORDS = frozenset({"полномочный", "полпред", "полпредство"})


def build_agencies(
    analysis: Analysis, found: Sequence[Found], index: RecordIds, main_region: str | None = None
) -> tuple[Agency, ...]:
    """``Agency`` records numbered ``a1``, ``a2``... in order of first mention, assigned in ``index``.

    In an article about one region (``main_region``, a gazetteer key), a body named without
    its region ("правительство республики") is that region's (``agency_seats``), and one
    record with a body named in full. A bare head word ("полиция", "министерство") makes no
    record: its AGENCY mentions stay, without one.
    """
    drafts = [_agency("", analysis, group, found, index) for group in agency_groups(found, index)]
    drafts = [_in_region(analysis, draft, group, found, index, main_region) for draft, group in drafts]
    drafts = [(draft, group) for draft, group in drafts if _named(analysis, draft, group)]
    records: list[Agency] = []
    places = [f for f in found if f.type in PLACE_TYPES]
    for draft, group in _same_bodies(analysis, drafts, places):
        record = draft.model_copy(update={"id": f"a{len(records) + 1}", "mentions": tuple(index.mention(m) for m in group)})
        index.assign("agencies", record.id, group)
        records.append(record)
    return tuple(records)


def _in_region(
    analysis: Analysis, draft: Agency, group: list[Found], found: Sequence[Found], index: RecordIds, main: str | None
) -> tuple[Agency, list[Found]]:
    """The draft, or the main region's body it names without the region: a body of its own
    ("правительство республики"), or one the gazetteer knows as federal, named with a word for
    the region ("Минфин республики") or by a name the region's legislature shares ("Госсовет")."""
    if agencies().get(group[0].key or "") is not None:
        namesake = next(
            (b for m in group if (b := regional_namesake(analysis, m, main) or stood_in_body(analysis, m, main))), None
        )
        if namesake is None:
            return _unplaced(analysis, draft, group), group
        return _regional(draft, namesake, found, index), group
    if draft.region is not None:
        named = next((n for m in group if (n := legislature_name(analysis, m, found) or listed_legislature_name(analysis, m))), None)
        return (draft.model_copy(update={"name": named, "level": "regional"}) if named else draft), group
    longest = max(group, key=lambda m: m.stop - m.start)
    body = regional_body(analysis, longest, main)
    if body is None:
        return draft, group
    return _regional(draft, body, found, index), group


def _unplaced(analysis: Analysis, draft: Agency, group: list[Found]) -> Agency:
    """A body the gazetteer knows as federal, named with a word standing for a region that the
    article does not name ("министерство транспорта области"): a regional body of no known region,
    under the name the text gives it, not the federal one."""
    stood = [m for m in group if normalize_lemma(analysis.words[m.last].lemma) in REGION_STAND_INS
             and analysis.words[m.last].case == "Gen"]  # fmt: skip
    if not stood:
        return draft
    longest = max(stood, key=lambda m: m.stop - m.start)
    return draft.model_copy(update={"name": longest.normal, "level": "regional", "region": None, "abbreviation": None})


def _regional(draft: Agency, body: RegionalBody, found: Sequence[Found], index: RecordIds) -> Agency:
    """The draft as the region's own body: its whole name, its region, the regional level."""
    region = next((r for f in found if f.key == body.region and (r := index.record("regions", f))), None)
    return draft.model_copy(update={"name": body.name, "region": region, "level": "regional", "abbreviation": None})


def _named(analysis: Analysis, draft: Agency, group: list[Found]) -> bool:
    """Whether a body is named: by the gazetteer, with its region, in more than its bare head
    word, by a head that names a region's own body alone ("парламент", ``agency_seats``), or
    listed with others under one head; "полиция", "министерство" or "мэрия" alone name no body a record can tell apart."""
    if draft.region is not None or agencies().get(group[0].key or "") is not None:
        return True
    return any(mention.last > mention.first or stands_alone(analysis, mention) or _listed(mention) for mention in group)


def _listed(mention: Found) -> bool:
    """A body listed with others under one head ("Сосновского" of "прокуратуры Ольховского,
    Сосновского и Лесного районов"): named by the head it shares."""
    return isinstance(mention.value, AgencyValue) and mention.value.head is not None


def _same_bodies(
    analysis: Analysis, drafts: list[tuple[Agency, list[Found]]], places: Sequence[Found]
) -> list[tuple[Agency, list[Found]]]:
    """Drafts that name one body as one, mentions in text order: one region's body by its head
    and region alone in other words ("Кабмин Чувашии", "Кабинет министров Чувашской
    Республики"), then one name (case aside), under the fuller name."""
    by_head = _merged(drafts, lambda draft, group: _body_key(analysis, draft, group, places))
    return _merged(by_head, lambda draft, group: _folded(draft.name))


def _folded(name: str) -> str:
    return name.lower().replace("ё", "е")


def _merged(
    drafts: list[tuple[Agency, list[Found]]], key_of: Callable[[Agency, list[Found]], str]
) -> list[tuple[Agency, list[Found]]]:
    """Drafts of one key as one, under the fuller name, in order of first mention."""
    merged: dict[str, tuple[Agency, list[Found]]] = {}
    for draft, group in drafts:
        key = key_of(draft, group)
        if key in merged:
            first, mentions = merged[key]
            merged[key] = (_fuller(first, draft), sorted([*mentions, *group], key=lambda m: m.start))
        else:
            merged[key] = (draft, list(group))
    return sorted(merged.values(), key=lambda item: item[1][0].start)


def _body_key(analysis: Analysis, draft: Agency, group: list[Found], places: Sequence[Found]) -> str:
    """The name that tells bodies apart: the head and region of a region's body named by them
    alone, else the name."""
    if draft.region is not None and agencies().get(group[0].key or "") is None:
        heads = {body_head(analysis, mention, places) for mention in group}
        if len(heads) == 1 and (head := heads.pop()) is not None:
            return f"{head.lower()}@{draft.region}"
    return _folded(draft.name)


def _fuller(first: Agency, other: Agency) -> Agency:
    """Of two drafts of one body, the one with a region, then the longer name."""
    if (first.region is None) != (other.region is None):
        return first if first.region is not None else other
    return other if len(other.name) > len(first.name) else first


def agency_groups(found: Sequence[Found], index: RecordIds) -> list[list[Found]]:
    """The kept AGENCY mentions grouped by body, groups in order of first mention."""
    groups: dict[str, list[Found]] = {}
    for mention in sorted(found, key=lambda f: (f.start, -f.stop)):
        if mention.type == "AGENCY" and id(mention) in index.mentions:
            groups.setdefault(_group(mention), []).append(mention)
    return list(groups.values())


def _group(mention: Found) -> str:
    value = mention.value
    return value.group if isinstance(value, AgencyValue) else mention.key or mention.normal.lower()


def _agency(
    record_id: str, analysis: Analysis, group: list[Found], found: Sequence[Found], index: RecordIds
) -> tuple[Agency, list[Found]]:
    values = [m.value for m in group if isinstance(m.value, AgencyValue)]
    entry = agencies().get(group[0].key or "")
    name = entry.name if entry is not None else max(group, key=lambda m: m.stop - m.start).normal
    abbreviation = next((v.abbreviation for v in values if v.abbreviation), entry.abbreviation if entry else None)
    level = next((v.level for v in values if v.level), None)
    record = Agency(
        id=record_id,
        name=name,
        abbreviation=abbreviation,
        level=level,  # type: ignore[arg-type]
        region=_region(analysis, group, found, index),
        mentions=tuple(index.mention(m) for m in group),
    )
    return record, group


def _region(analysis: Analysis, group: list[Found], found: Sequence[Found], index: RecordIds) -> str | None:
    places = [f for f in found if f.type in PLACE_TYPES and id(f) in index.mentions]
    for mention in group:
        inside = [p for p in places if mention.start <= p.start and p.stop <= mention.stop and p.key != "RU"]
        record = next((index.record("regions", p) for p in reversed(inside) if index.record("regions", p)), None)
        if record is not None:
            return record
    if _is_envoy_office(analysis, group[0]):
        before = [p for p in places if p.stop <= group[0].start and (p.key or "").startswith("fd-")]
        return index.record("regions", before[-1]) if before else None
    return None


def _is_envoy_office(analysis: Analysis, mention: Found) -> bool:
    words = analysis.words[mention.first : mention.last + 1]
    return any(normalize_lemma(w.lemma) in ENVOY_WORDS for w in words)
