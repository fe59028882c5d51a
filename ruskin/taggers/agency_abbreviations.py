"""Abbreviations defined in the text: "Агентство стратегических инициатив (АСИ)".

A word in parentheses that is written as an abbreviation (two or more capitals, or a
Latin acronym), right after an AGENCY mention or inside or after a slovnet ORGANIZATION,
defines the abbreviation of that name. The name (without the parenthesis) and every
occurrence of the abbreviation in the text become AGENCY mentions of the name's group,
and all of them carry the abbreviation.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..found import Found
from ..nlp.analysis import Analysis
from ..gazetteers.places import normalize_lemma
from .agency_complement import Context
from .places import is_abbreviation, nominative_parts

__all__ = ["AgencyValue", "abbreviation_mentions", "is_defined_abbreviation"]

CLOSING_QUOTES = frozenset({"»", '"', "“", "”", "'"})


@dataclass(frozen=True, slots=True)
class AgencyValue:
    """What an AGENCY mention says about its body; mentions of one ``group`` are one body."""

    group: str
    level: str | None = None
    region: str | None = None
    abbreviation: str | None = None
    head: int | None = None
    """The head word a listed body shares with others ("парламенты Адыгеи и Калмыкии")."""


def abbreviation_mentions(analysis: Analysis, context: Context, mentions: list[Found]) -> list[Found]:
    """``mentions`` with the names and abbreviations that the text defines, in text order."""
    by_span = {(f.first, f.last): f for f in mentions}
    definitions: dict[str, Found] = {}
    words = analysis.words
    for index in range(1, len(words) - 2):
        if words[index].text == "(" and words[index + 2].text == ")" and is_defined_abbreviation(words[index + 1].text):
            name = _name_before(analysis, context, by_span, index)
            if name is not None:
                abbreviation = words[index + 1].text
                name = replace(name, value=replace(name.value, abbreviation=abbreviation))
                by_span[(name.first, name.last)] = name
                definitions.setdefault(abbreviation, name)
    for word in words:
        name = definitions.get(word.text)
        if name is not None:
            by_span[(word.index, word.index)] = _short(analysis, word.index, name)
    return sorted(by_span.values(), key=lambda f: (f.start, -f.stop))


def is_defined_abbreviation(text: str) -> bool:
    """Whether a word in parentheses may be an abbreviation: АСИ, ФСЭГ, CDC (not РФ-like digits)."""
    letters = text.replace("-", "")
    return 2 <= len(letters) <= 10 and letters.isalpha() and is_abbreviation(text)


def _name_before(analysis: Analysis, context: Context, by_span: dict[tuple[int, int], Found], index: int) -> Found | None:
    last = index - 1
    if analysis.words[last].text in CLOSING_QUOTES:
        last -= 1
    if last < 0 or index + 1 in context.places:
        return None
    agency = next((f for (first, end), f in by_span.items() if end == last), None)
    if agency is not None:
        return agency
    organization = next((f for f in context.organizations if f.first <= last <= f.last), None)
    if organization is None or organization.first > last:
        return None
    return _new(analysis, organization.first, last)


def _new(analysis: Analysis, first: int, last: int) -> Found:
    words = analysis.words[first : last + 1]
    group = "text:" + " ".join(normalize_lemma(w.lemma) for w in words)
    normal = nominative_parts(list(words), analysis.text)
    return Found("AGENCY", first, last, words[0].start, words[-1].stop, normal, value=AgencyValue(group))


def _short(analysis: Analysis, index: int, name: Found) -> Found:
    word = analysis.words[index]
    return Found("AGENCY", index, index, word.start, word.stop, word.text, key=name.key, value=name.value)
