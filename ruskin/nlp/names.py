"""Person names: split into last / first / middle and put in the nominative.

Handles "Андрей Гнеушев", surname first ("Иванов Денис"), patronymics ("Дмитрий
Игоревич Азаров"), initials before or after the surname ("А. Гнеушев", "Гнеушев А. С.")
and oblique cases ("Глеба Никитина" → "Глеб Никитин", "Юлии Бренер" → "Юлия Бренер"),
foreign surnames pymorphy3 does not know ("Дэвидом Мойесом" → "Дэвид Мойес") and regnal
numbers ("Николаю II" → "Николай II"). Also what a word can be in a name: an initial, a
first name (pymorphy3's dictionary, natasha's ``dict/first.txt``), or a common word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pymorphy3.analyzer import Parse

from .analysis import Word
from .models import natasha_data_dir
from .morph import UD_TO_OC_FEATS, Morphology
from .normal import restore_case

GENDERS = {"Masc": "masc", "Fem": "femn"}
NAME_GRAMMEMES = ("Name", "Surn", "Patr")
ROMAN_NUMERALS = frozenset("IVXL")
# "шестидесятилетний", "68-летняя": an age, never part of a name.
AGE = re.compile(r"летн(?:ий|яя|ее|его|ей|ему|им|ем|юю|ие|их|ими)$")


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
    """Name parts of a PER span, or ``None`` when it holds no word.

    A regnal number stays with the name before it: "Николаю II" → "Николай II".
    """
    if len(words) > 1 and is_roman_numeral(words[-1]):
        name = parse_name(words[:-1], morph)
        return _numbered(name, words[-1].text) if name is not None else None
    parts = _group_initials(words)
    if not parts:
        return None
    gender = _gender(parts, morph)
    roles = _assign_roles(parts, morph)
    given = (part for part, role in zip(parts, roles) if role == "first" and isinstance(part, Word))
    case = next((word.case for word in given if word.case), None)
    found: dict[str, str] = {}
    for part, role in zip(parts, roles):
        if role not in found:
            found[role] = part if isinstance(part, str) else _nominative(part, role, gender, morph, case)
    return NameParts(found.get("first"), found.get("middle"), found.get("last"))


def _numbered(name: NameParts, numeral: str) -> NameParts:
    if name.last:
        return NameParts(name.first, name.middle, f"{name.last} {numeral}")
    return NameParts(f"{name.first} {numeral}", name.middle, None) if name.first else name


def is_roman_numeral(word: Word) -> bool:
    """A regnal number written in Roman numerals: "II" of "Николай II"."""
    return bool(word.text) and all(char in ROMAN_NUMERALS for char in word.text)


def _group_initials(words: Sequence[Word]) -> list[Word | str]:
    """Words of the name; each initial ("А", with or without its dot) becomes "А.", the two initials
    of a double first name one ("Ю.-Б.")."""
    parts: list[Word | str] = []
    for index, word in enumerate(words):
        if _is_initial(word) and index >= 2 and words[index - 1].text == "-" and isinstance(parts[-1], str):
            parts[-1] += "-" + word.text + "."
        elif _is_initial(word):
            parts.append(word.text + ".")
        elif any(char.isalpha() for char in word.text):
            parts.append(word)
    return parts


def _is_initial(word: Word) -> bool:
    return is_initial(word)


def is_initial(word: Word) -> bool:
    """A one-letter capital that stands for a name ("А" of "А. С. Пушкин"), not a Roman numeral."""
    return len(word.text) == 1 and word.text.isupper() and word.text not in ROMAN_NUMERALS


def name_grammemes(word: Word, morph: Morphology) -> frozenset[str]:
    """Which of Name, Surn and Patr pymorphy3 gives the word in any of its analyses."""
    return frozenset(g for p in morph.parses(word.text) for g in NAME_GRAMMEMES if g in p.tag)


def known_first_name(word: Word, morph: Morphology) -> bool:
    """Whether pymorphy3's dictionary (not its guesser) has the word as a first name."""
    return any("Name" in p.tag and p.is_known for p in morph.parses(word.text))


def is_common_word(word: Word, morph: Morphology) -> bool:
    """A word that is no part of a name: with a digit or an age ("68-летний"), or in the
    dictionary only as an adjective, a verb or a noun for people ("рокер", "праправнук")."""
    if any(char.isdigit() for char in word.text) or AGE.search(word.text.lower()):
        return True
    known = _plain_parses(word, morph)
    return bool(known) and all(p.tag.POS != "NOUN" or "anim" in p.tag for p in known)


def is_plain_word(word: Word, morph: Morphology) -> bool:
    """A word pymorphy3's dictionary has, never as a name, and no first name natasha knows."""
    return bool(_plain_parses(word, morph))


def _plain_parses(word: Word, morph: Morphology) -> list[Parse]:
    """The dictionary analyses of a word that is never a name; none for a possible name."""
    parses = morph.parses(word.text)
    forms = {_lower(word.text)} | {_lower(p.normal_form) for p in parses}
    if name_grammemes(word, morph) or forms & first_names():
        return []
    return [p for p in parses if p.is_known]


def _lower(text: str) -> str:
    return text.lower().replace("ё", "е")


@cache
def first_names() -> frozenset[str]:
    """First names in lower case, from natasha's name dictionary (``dict/first.txt``)."""
    path = natasha_data_dir() / "dict" / "first.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return frozenset(_lower(line.split("#")[0].strip()) for line in lines if line.strip())


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
        if kinds[1] == "middle":
            return ["first", "middle"]
        return ["last", "first"] if kinds[0] == "last" and kinds[1] == "first" else ["first", "last"]
    if "middle" in kinds[1:2]:
        return ["first", "middle", "last"] + ["last"] * (len(words) - 3)
    if "middle" in kinds[2:3] and (kinds[0] != "first" or kinds[1] == "first"):
        # surname first, as documents write it: "Иванов Денис Петрович", also when the surname
        # could be a first name ("Турчака Андрея Анатольевича": a first name, then a patronymic)
        return ["last", "first", "middle"] + ["last"] * (len(words) - 3)
    return ["first", "middle", "last"] + ["last"] * (len(words) - 3)


def _kind(word: Word, morph: Morphology) -> str:
    """'first', 'middle' or 'last', as pymorphy3's dictionary sees the word."""
    parses = morph.parses(word.text)
    if any("Patr" in p.tag for p in parses):
        return "middle"
    name = any("Name" in p.tag and p.tag.number != "plur" for p in parses)  # "Калиматов" is no plural of Калимат
    surname = any("Surn" in p.tag for p in parses)
    if name and not (surname and word.parse is not None and "Surn" in word.parse.tag):
        return "first"
    return "last"


def _gender(parts: list[Word | str], morph: Morphology) -> str | None:
    """The name's gender: a first name's in pymorphy3's dictionary when it has one gender there
    (a guessed one says nothing: "Айсура" is no man's "Айсур"), else a woman's surname in the
    nominative ("Цыренова" tagged so), else the tagger's."""
    for part in parts:
        if isinstance(part, Word) and word_is_first_name(part, morph):
            genders = {p.tag.gender for p in morph.parses(part.text) if "Name" in p.tag and p.is_known}
            if len(genders) == 1:
                return genders.pop()
    if any(isinstance(part, Word) and _womans_nominative(part, morph) for part in parts):
        return "femn"
    for part in parts:
        if isinstance(part, Word) and part.feats.get("Gender") in GENDERS:
            return GENDERS[part.feats["Gender"]]
    return None


def _womans_nominative(word: Word, morph: Morphology) -> bool:
    """A surname tagged in the nominative whose only nominative as a surname is a woman's ("Цыренова")."""
    if word.case != "Nom":
        return False
    genders = {p.tag.gender for p in morph.parses(word.text) if "Surn" in p.tag and p.tag.case == "nomn"}
    return genders == {"femn"}


def word_is_first_name(word: Word, morph: Morphology) -> bool:
    """Whether pymorphy3 knows the word as a first name."""
    return any("Name" in p.tag for p in morph.parses(word.text))


def _nominative(word: Word, role: str, gender: str | None, morph: Morphology, case: str | None = None) -> str:
    """The word in the nominative as the name part ``role``; ``case`` is the first name's."""
    grammeme = {"first": "Name", "middle": "Patr", "last": "Surn"}[role]
    parse = _best_parse(word, grammeme, gender, morph)
    if parse is None and role == "last" and gender == "masc":
        return _foreign_surname(word, case or word.case, morph)
    if parse is None and role == "last" and gender == "femn" and (female := _RUSSIAN_FEMALE.match(word.text)):
        return female.group(1) + "а"
    form = restore_case(word.text, _inflected(word, parse, gender))
    return form if "ё" in word.text.lower() else form.replace("ё", "е").replace("Ё", "Е")


_RUSSIAN_SURNAME = re.compile(r"^(.+(?:ов|ев|ёв|ин|ын))(а|у|ым|е)$")
_RUSSIAN_ENDINGS = {"Gen": "а", "Acc": "а", "Dat": "у", "Ins": "ым", "Loc": "е"}
"""A man's surname in -ов, -ев, -ин that pymorphy3 does not know, by its case ending: "Сомовым" → "Сомов"."""
_RUSSIAN_FEMALE = re.compile(r"^(.+(?:ов|ев|ёв|ин|ын))(?:ой|у)$")
"""A woman's surname in -ова, -ева, -ина that pymorphy3 does not know, out of the nominative: "Сомовой" → "Сомова"."""


def _foreign_surname(word: Word, case: str | None, morph: Morphology) -> str:
    """A man's surname pymorphy3 does not know as one: in -ов, -ев, -ин by its case ending
    ("Сомовым" → "Сомов"), else declined as a masculine noun or one in -а ("Мойесом" → "Мойес",
    "Гирбы" → "Гирба"); one that does not decline ("Корреа") stays as written."""
    cases = UD_TO_OC_FEATS["Case"].get(case or "Nom", frozenset())
    parses = morph.parses(word.text)
    if case in (None, "Nom") or any("Fixd" in p.tag for p in parses):
        return word.text
    russian = _RUSSIAN_SURNAME.match(word.text)
    if russian is not None and _RUSSIAN_ENDINGS.get(case or "") == russian.group(2):
        return russian.group(1)
    nouns = [p for p in parses if p.tag.POS == "NOUN" and p.tag.case in cases and _declines_as_mans(p)]
    return restore_case(word.text, nouns[0].normal_form.replace("ё", "е")) if nouns else word.text


def _declines_as_mans(parse: Parse) -> bool:
    """A noun a man's surname declines as: a masculine one, or one in -а/-я ("Гирбы" → "Гирба")."""
    return "sing" in parse.tag and ("masc" in parse.tag or "femn" in parse.tag and parse.normal_form[-1:] in ("а", "я"))


def _best_parse(word: Word, grammeme: str, gender: str | None, morph: Morphology) -> Parse | None:
    candidates = [p for p in morph.parses(word.text) if grammeme in p.tag]
    if gender:  # a guessed analysis of the other gender is no reading ("Айсура" is no "Айсур")
        candidates = [p for p in candidates if p.tag.gender in (gender, None)] or [p for p in candidates if p.is_known]
    case = word.case
    if case and candidates:
        cases = UD_TO_OC_FEATS["Case"].get(case, frozenset())
        candidates = [p for p in candidates if p.tag.case in cases] or candidates
    if case not in (None, "Nom"):  # "Анне" is Анна's dative more often than Anne
        candidates = [p for p in candidates if "Fixd" not in p.tag] or candidates
    return candidates[0] if candidates else None


def _inflected(word: Word, parse: Parse | None, gender: str | None) -> str:
    if word.case in (None, "Nom") and (parse is None or parse.tag.case == "nomn"):
        return word.text
    if parse is None:
        return word.text
    target = {"nomn", "sing"} | ({gender} if gender and parse.tag.gender else set())
    inflected = parse.inflect(target) or parse.inflect({"nomn"})
    return inflected.word if inflected is not None else word.text


def words_gender(words: Sequence[Word]) -> str | None:
    """The grammatical gender ("Masc", "Fem") of a name's words, from the first that has one."""
    genders = (word.feats.get("Gender") for word in words)
    return next((gender for gender in genders if gender in ("Masc", "Fem")), None)
