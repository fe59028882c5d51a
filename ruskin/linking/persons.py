"""Join PERSON mentions that name the same person within a document.

Two mentions are one person when their surnames agree and their first names do not
contradict each other ("Андрей Гнеушев", "А. Гнеушев", "Гнеушев"); a first name alone
joins the one person who has it. The person's name gathers the parts its mentions give
("Пётр Семёнов" and "Пётр Андреевич" are Пётр Андреевич Семёнов). People who share a surname stay apart ("Андрей Гнеушев",
"Алексей Гнеушев"); a surname alone then goes to the one named last before it. A name in
brackets right after another ("Брендт Кристенсен (Brendt Christensen)", "Анна Сомова (урождённая
Лунина)") is that person's.

References by post alone ("заместитель полпреда отметил", "замполпреда", "губернатор
региона") are ROLE mentions, never PERSON mentions: ``ruskin.linking.positions`` gives each
a Position of the person who holds that post in the document, which is their link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..found import Found
from ..gazetteers.gazetteer import load_table
from ..nlp.names import NameParts


@dataclass
class PersonGroup:
    """Mentions of one person and the fullest name seen for them."""

    name: NameParts
    mentions: list[Found] = field(default_factory=list)


def group_persons(mentions: list[Found], text: str = "") -> list[PersonGroup]:
    """Group PERSON mentions, in order of first appearance; with the ``text``, a name in brackets
    right after another ("Брендт Кристенсен (Brendt Christensen)") is that person's, under the
    first name."""
    aliases = _aliases(mentions, text)
    groups: list[PersonGroup] = []
    for mention in sorted((m for m in mentions if id(m) not in aliases), key=_fullness, reverse=True):
        name = mention.name or NameParts(None, None, mention.normal)
        group = _nearest([g for g in groups if same_person(g.name, name)], mention)
        if group is None and _bare_surname(name):
            group = _nearest([g for g in groups if _inflected(g.name, name)], mention)
        if group is None:
            groups.append(PersonGroup(name, [mention]))
        else:
            group.mentions.append(mention)
            group.name = _completed(group.name, name)
    for group in groups:
        group.mentions += [alias for alias in mentions if (named := aliases.get(id(alias))) in group.mentions]
        group.mentions.sort(key=lambda m: m.start)
    return sorted(groups, key=lambda g: g.mentions[0].start)


def _aliases(mentions: list[Found], text: str) -> dict[int, Found]:
    """``id()`` of each PERSON mention in brackets right after another, alone or after words that
    bring in another name of the same person (``person_aliases.tsv``: "урождённая", "настоящая
    фамилия") → that mention."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return {
        id(alias): named
        for named, alias in zip(ordered, ordered[1:])
        if bracketed_alias(text, (named.start, named.stop), (alias.start, alias.stop))
    }


def bracketed_alias(text: str, named: tuple[int, int], alias: tuple[int, int]) -> bool:
    """Whether the name at span ``alias`` is in brackets right after the one at ``named``, alone or
    after words that bring in another name of the same person ("Джон Кларк (John Clark)")."""
    return _introduces_alias(text[named[1] : alias[0]]) and text[alias[1] : alias[1] + 1] == ")"


def _introduces_alias(between: str) -> bool:
    """Whether the text between two names is an opening bracket and, maybe, words of an alias."""
    stripped = between.strip()
    if not stripped.startswith("("):
        return False
    words = " ".join(stripped[1:].lower().replace("ё", "е").replace(":", " ").split())
    return not words or words in _alias_words()


@cache
def _alias_words() -> frozenset[str]:
    return frozenset(row["words"] for row in load_table("person_aliases"))


def _nearest(groups: list[PersonGroup], mention: Found) -> PersonGroup | None:
    """Of the people a short name fits ("Гнеушев" after "Андрей Гнеушев" and "Алексей
    Гнеушев"), the one named last before it, else the one named first after it."""
    if len(groups) < 2:
        return groups[0] if groups else None
    before = [g for g in groups if _last_before(g, mention.start) >= 0]
    if before:
        return max(before, key=lambda g: _last_before(g, mention.start))
    return min(groups, key=lambda g: min(m.start for m in g.mentions))


def _last_before(group: PersonGroup, start: int) -> int:
    return max((m.start for m in group.mentions if m.start < start), default=-1)


def same_person(a: NameParts, b: NameParts) -> bool:
    """Whether two names can belong to one person."""
    if _lone(a) and b.last and _same(a.first or "", b.last) or _lone(b) and a.last and _same(b.first or "", a.last):
        return True  # a surname the tagger took for a first name ("Удоратин" after "Николай Удоратин")
    if a.last and b.last:
        return _same(a.last, b.last) and _compatible(a.first, b.first) and _compatible(a.middle, b.middle)
    if not a.last and not b.last or not (a.first and b.first):
        return False
    return _same(a.first, b.first) and _compatible(a.middle, b.middle)


_CASE_ENDINGS = ("а", "у", "ым", "ом", "е", "ого", "ому", "ой", "ую")
"""Endings an unknown surname takes in the oblique cases ("Бездудного", "Трутнева")."""
SHORTEST_STEM = 4


def _bare_surname(name: NameParts) -> bool:
    """A name of one word: a surname alone, or a word the tagger read as a first name."""
    return sum(1 for part in (name.first, name.middle, name.last) if part) == 1


def _inflected(full: NameParts, bare: NameParts) -> bool:
    """Whether a one-word name is an oblique case form of a full name's surname, left unnormalised
    ("Бездудного" for "Юрий Бездудный", "Трутнева" for "Юрий Трутнев"); tried only when no
    name matches as it is."""
    if not full.last or not (full.first or full.middle):
        return False
    word = (bare.last or bare.first or "").lower().replace("ё", "е")
    surname = full.last.lower().replace("ё", "е")
    stem = surname[:-2] if surname.endswith(("ый", "ий", "ой")) else surname
    if len(stem) < SHORTEST_STEM or not word.startswith(stem):
        return False
    return word[len(stem) :] in _CASE_ENDINGS


def _completed(name: NameParts, other: NameParts) -> NameParts:
    """A name with the parts it lacks taken from another name of the same person ("Пётр
    Андреевич" and "Пётр Семёнов" are Пётр Андреевич Семёнов); a word read as a lone
    first name is no first name to take."""
    if _lone(other) and name.last and _same(other.first or "", name.last):
        return name
    full = name.first is not None and len(name.first.rstrip(".")) > 1
    return NameParts(
        first=name.first if full or not other.first else other.first,
        middle=name.middle or (other.middle if other.middle and len(other.middle.rstrip(".")) > 1 else None),
        last=name.last or other.last,
    )


def _lone(name: NameParts) -> bool:
    """A name of one word read as a first name."""
    return bool(name.first) and not name.last and not name.middle


def _fullness(mention: Found) -> tuple[int, int]:
    name = mention.name
    if name is None:
        return (0, 0)
    parts = (name.first, name.middle, name.last)
    return (sum(1 for p in parts if p), sum(len(p) for p in parts if p))


def _same(a: str, b: str) -> bool:
    return a.lower().replace("ё", "е") == b.lower().replace("ё", "е")


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    if a.endswith(".") or b.endswith("."):
        return a[0].lower() == b[0].lower()
    return _same(a, b)
