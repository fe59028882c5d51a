"""Posts a verb names: "Ранее республику возглавлял Иван Сомов", "Сомов возглавил министерство
культуры", "Департаментом транспорта продолжит руководить Анна Котова".

A verb of ``role_heading_verbs.tsv`` with a region or a body a few words away in the verb's
case ("республику", a REGION or an AGENCY with a record) and a name in the nominative in its
sentence (for a participle, the name before it: "Анна Котова, возглавившая Тверскую
область") gives that person a Position with no ROLE mention: "глава <region>" for a region,
"министр ..." for a ministry, "руководитель <body>" for another body. A verb of holding in the
past tense makes it former ("возглавлял"); one of taking it ("возглавил"), current. A person
who already holds a post of that body, or a head's post in that region, gets none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..found import Found
from ..gazetteers.gazetteer import load_table
from ..gazetteers.places import REGION_STAND_INS, normalize_lemma, regions
from ..ids import RecordIds
from ..nlp.analysis import Analysis, Word
from ..records import Agency, Position
from ..holders.decide import ARTICLE_ZONES
from ..holders.gapped import dashed_mentions
from ..roles.title import genitive

__all__ = ["headed_positions"]

OBJECT_WINDOW = 4
SUBJECT_WINDOW = 8
HEAD_STEMS = ("глав", "губернатор", "руководител", "президент", "мэр", "врио", "временно", "исполняющ")
OBJECT_CASES = {"Acc": frozenset({"Acc", "Nom"}), "Ins": frozenset({"Ins"})}


@dataclass(frozen=True, slots=True)
class _Verb:
    case: str
    perfective: bool


@dataclass(frozen=True, slots=True)
class _Headed:
    """One person heading one region or body, by one verb."""

    verb: Word
    person: Found
    body: Found | None
    region: Found | None
    stand_in: bool
    status: str


@cache
def _verbs() -> dict[str, _Verb]:
    return {row["lemma"]: _Verb(row["case"], row["aspect"] == "perf") for row in load_table("role_heading_verbs")}


def headed_positions(
    analysis: Analysis, found: Sequence[Found], index: RecordIds, positions: Sequence[Position],
    agencies: Sequence[Agency], main: Found | None,
) -> tuple[Position, ...]:  # fmt: skip
    """Positions the heading verbs name, numbered after ``positions``; none that repeats one."""
    people = [f for f in found if f.type == "PERSON" and index.record("persons", f)]
    names = {a.id: a.name for a in agencies}
    seats = {a.id: a.region for a in agencies}
    context = {
        a.id: index.record("regions", main) for a in agencies if a.region is None and a.level != "federal" and main is not None
    }  # fmt: skip
    records: list[Position] = []
    for headed in _headings(analysis, found, people, main):
        record = _record(f"pos{len(positions) + len(records) + 1}", analysis, headed, index, names, seats, context)
        if record is not None and not _repeats(record, [*positions, *records]):
            records.append(record)
    return tuple(records)


def _headings(analysis: Analysis, found: Sequence[Found], people: Sequence[Found], main: Found | None) -> list[_Headed]:
    places = [f for f in found if f.type == "REGION" and f.key]
    bodies = [f for f in found if f.type == "AGENCY"]
    headings = []
    for word in analysis.words:
        verb = _verbs().get(word.lemma)
        if verb is None or word.pos != "VERB" or analysis.zone_of(word.index) not in ARTICLE_ZONES:
            continue
        person = _subject(analysis, word, people)
        if person is None:
            continue
        body = _object(analysis, word, verb, bodies)
        region = _object(analysis, word, verb, places) if body is None else None
        stand_in = region is None and body is None and _stand_in(analysis, word, verb)
        if body is not None or region is not None or (stand_in and main is not None):
            headings.append(_Headed(word, person, body, region or (main if stand_in else None), stand_in, _status(word, verb)))
        if body is not None or region is not None:
            headings += _gapped(analysis, word, verb, person, body or region, bodies, places, people)  # type: ignore[arg-type]
    return headings


def _gapped(
    analysis: Analysis, word: Word, verb: _Verb, person: Found, named: Found, bodies: Sequence[Found],
    places: Sequence[Found], people: Sequence[Found],
) -> list[_Headed]:  # fmt: skip
    """The later heads of a verb left out: "..., а управлением спорта — Пётр Гусев"."""
    last = max(word.index, person.last, named.last)
    kind = bodies if named.type == "AGENCY" else places
    return [
        _Headed(word, holder, mention if mention.type == "AGENCY" else None, mention if mention.type == "REGION" else None, False, _status(word, verb))
        for mention, holder in dashed_mentions(analysis, last, OBJECT_CASES[verb.case], kind, people)
    ]  # fmt: skip


def _subject(analysis: Analysis, verb: Word, people: Sequence[Found]) -> Found | None:
    """The name in the nominative nearest the verb in its sentence; for a participle, the name
    right before it and its comma."""
    mine = [p for p in people if analysis.words[p.first].sentence == verb.sentence]
    if verb.feats.get("VerbForm") == "Part":
        before = [p for p in mine if p.last + 2 == verb.index and analysis.words[p.last + 1].text == ","]
        return before[-1] if before else None
    nominative = [p for p in mine if analysis.words[p.first].case in (None, "Nom") and _near(p, verb, SUBJECT_WINDOW)]
    return min(nominative, key=lambda p: (_distance(p, verb), p.first > verb.index), default=None)


def _object(analysis: Analysis, verb: Word, kind: _Verb, mentions: Sequence[Found]) -> Found | None:
    """A mention in the verb's case a few words from it, in its sentence and clause (no comma
    between): after it first."""
    near = [
        m for m in mentions
        if analysis.words[m.first].sentence == verb.sentence and _near(m, verb, OBJECT_WINDOW)
        and analysis.words[m.first].case in OBJECT_CASES[kind.case] and not _comma_between(analysis, m, verb)
    ]  # fmt: skip
    return min(near, key=lambda m: (m.first < verb.index, _distance(m, verb)), default=None)


def _comma_between(analysis: Analysis, mention: Found, verb: Word) -> bool:
    first, last = (verb.index, mention.first) if mention.first > verb.index else (mention.last, verb.index)
    return any(w.text == "," for w in analysis.words[first + 1 : last])


def _stand_in(analysis: Analysis, verb: Word, kind: _Verb) -> bool:
    """A word standing for the region ("республику", "регион") right before or after the verb."""
    for index in (verb.index - 1, verb.index + 1):
        if 0 <= index < len(analysis.words):
            word = analysis.words[index]
            if normalize_lemma(word.lemma) in REGION_STAND_INS and word.case in OBJECT_CASES[kind.case] and word.sentence == verb.sentence:
                return True
    return False


def _status(verb: Word, kind: _Verb) -> str:
    past = verb.feats.get("Tense") == "Past"
    return "former" if past and not kind.perfective else "current"


def _record(
    record_id: str, analysis: Analysis, headed: _Headed, index: RecordIds, names: dict[str, str],
    seats: dict[str, str | None], context: dict[str, str | None],
) -> Position | None:  # fmt: skip
    """The Position of one heading; a body's post sits in the body's region (``seats``), else
    in the article's main region unless the body is federal (``context``)."""
    person = index.record("persons", headed.person)
    if person is None:
        return None
    agency = index.record("agencies", headed.body) if headed.body is not None else None
    region = index.record("regions", headed.region) if headed.region is not None else seats.get(agency or "")
    in_context = region is None and agency in context
    region = region or context.get(agency or "")
    title = _title(headed, names.get(agency or ""))
    if title is None:
        return None
    return Position(
        id=record_id,
        person=person,
        holder=index.mention(headed.person),
        holders=(index.mention(headed.person),),
        title=title,
        agency=agency,
        region=region,
        seat_basis=("context" if headed.stand_in or in_context else "title") if region is not None else None,
        status=headed.status,  # type: ignore[arg-type]
        zone=analysis.zone_of(headed.verb.index),  # type: ignore[arg-type]
    )


def _title(headed: _Headed, agency_name: str | None) -> str | None:
    """"глава <region>", "министр <ministry's complement>" or "руководитель <body>"."""
    if headed.body is not None:
        if agency_name is None:
            return None
        head, _, rest = agency_name.partition(" ")
        if head.lower() == "министерство" and rest:
            return f"министр {rest}"
        return f"руководитель {genitive(agency_name)}"
    if headed.region is None:
        return None
    entry = regions().get(headed.region.key or "")
    return f"глава {genitive(entry.name if entry is not None else headed.region.normal)}"


def _repeats(record: Position, positions: Sequence[Position]) -> bool:
    """The person already holds a post of the body, or a head's post in the region."""
    for other in positions:
        if other.person != record.person:
            continue
        if record.agency is not None and other.agency == record.agency:
            return True
        if record.agency is None and other.region == record.region and other.title.lower().startswith(HEAD_STEMS):
            return True
    return False


def _near(mention: Found, verb: Word, window: int) -> bool:
    return _distance(mention, verb) <= window


def _distance(mention: Found, verb: Word) -> int:
    return verb.index - mention.last if mention.last < verb.index else mention.first - verb.index
