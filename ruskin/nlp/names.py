"""Person names: split into last / first / middle and put in the nominative.

Handles "Андрей Гнеушев", surname first ("Иванов Денис"), patronymics ("Дмитрий
Игоревич Азаров"), initials before or after the surname ("А. Гнеушев", "Гнеушев А. С.")
and oblique cases ("Глеба Никитина" → "Глеб Никитин", "Юлии Бренер" → "Юлия Бренер").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pymorphy3.analyzer import Parse

from .analysis import Word
from .morph import UD_TO_OC_FEATS, Morphology
from .normal import restore_case

GENDERS = {"Masc": "masc", "Fem": "femn"}


@dataclass(frozen=True, slots=True)
class NameParts:
    """A person's name in the nominative."""

    first: str | None
    middle: str | None
    last: str | None

    @property
    def full(self) -> str:
        """First name first: 'Андрей Гнеушев', 'А. С. Пушкин'."""
        return " ".join(part for part in (self.first, self.middle, self.last) if part)


def parse_name(words: Sequence[Word], morph: Morphology) -> NameParts | None:
    """Name parts of a PER span, or ``None`` when it holds no word."""
    parts = _group_initials(words)
    if not parts:
        return None
    gender = _gender(parts, morph)
    roles = _assign_roles(parts, morph)
    found: dict[str, str] = {}
    for part, role in zip(parts, roles):
        if role not in found:
            found[role] = part if isinstance(part, str) else _nominative(part, role, gender, morph)
    return NameParts(found.get("first"), found.get("middle"), found.get("last"))


def _group_initials(words: Sequence[Word]) -> list[Word | str]:
    """Words of the name; each initial ("А", with or without its dot) becomes "А."."""
    parts: list[Word | str] = []
    for word in words:
        if _is_initial(word):
            parts.append(word.text + ".")
        elif any(char.isalpha() for char in word.text):
            parts.append(word)
    return parts


def _is_initial(word: Word) -> bool:
    return len(word.text) == 1 and word.text.isupper()


def _assign_roles(parts: list[Word | str], morph: Morphology) -> list[str]:
    words = [p for p in parts if isinstance(p, Word)]
    initials = [p for p in parts if isinstance(p, str)]
    if initials:
        names = iter(["first", "middle"])
        return [next(names, "middle") if isinstance(p, str) else "last" for p in parts]
    kinds = [_kind(word, morph) for word in words]
    if len(words) == 1:
        return ["first" if kinds[0] == "first" else "last"]
    if len(words) == 2:
        return ["last", "first"] if kinds[0] == "last" and kinds[1] == "first" else ["first", "last"]
    if "middle" in kinds[1:2]:
        return ["first", "middle", "last"] + ["last"] * (len(words) - 3)
    if kinds[0] != "first" and "middle" in kinds[2:3]:
        return ["last", "first", "middle"] + ["last"] * (len(words) - 3)
    return ["first", "middle", "last"] + ["last"] * (len(words) - 3)


def _kind(word: Word, morph: Morphology) -> str:
    """'first', 'middle' or 'last', as pymorphy3's dictionary sees the word."""
    parses = morph.parses(word.text)
    if any("Patr" in p.tag for p in parses):
        return "middle"
    name = any("Name" in p.tag for p in parses)
    surname = any("Surn" in p.tag for p in parses)
    if name and not (surname and word.parse is not None and "Surn" in word.parse.tag):
        return "first"
    return "last"


def _gender(parts: list[Word | str], morph: Morphology) -> str | None:
    for part in parts:
        if isinstance(part, Word) and word_is_first_name(part, morph):
            genders = {p.tag.gender for p in morph.parses(part.text) if "Name" in p.tag}
            if len(genders) == 1:
                return genders.pop()
    for part in parts:
        if isinstance(part, Word) and part.feats.get("Gender") in GENDERS:
            return GENDERS[part.feats["Gender"]]
    return None


def word_is_first_name(word: Word, morph: Morphology) -> bool:
    """Whether pymorphy3 knows the word as a first name."""
    return any("Name" in p.tag for p in morph.parses(word.text))


def _nominative(word: Word, role: str, gender: str | None, morph: Morphology) -> str:
    grammeme = {"first": "Name", "middle": "Patr", "last": "Surn"}[role]
    parse = _best_parse(word, grammeme, gender, morph)
    return restore_case(word.text, _inflected(word, parse, gender))


def _best_parse(word: Word, grammeme: str, gender: str | None, morph: Morphology) -> Parse | None:
    candidates = [p for p in morph.parses(word.text) if grammeme in p.tag]
    if gender:
        candidates = [p for p in candidates if p.tag.gender in (gender, None)] or candidates
    case = word.case
    if case and candidates:
        cases = UD_TO_OC_FEATS["Case"].get(case, frozenset())
        candidates = [p for p in candidates if p.tag.case in cases] or candidates
    return candidates[0] if candidates else None


def _inflected(word: Word, parse: Parse | None, gender: str | None) -> str:
    if word.case in (None, "Nom") and (parse is None or parse.tag.case == "nomn"):
        return word.text
    if parse is None:
        return word.text
    target = {"nomn", "sing"} | ({gender} if gender and parse.tag.gender else set())
    inflected = parse.inflect(target) or parse.inflect({"nomn"})
    return inflected.word if inflected is not None else word.text
