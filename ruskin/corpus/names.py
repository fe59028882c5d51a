"""Names made comparable: lower case, ё as е, hyphens as spaces, initials as one letter.

``Махмуд-Али Калиматов`` and ``Махмуд Али Калиматов`` (the second word read as a
patronymic) give the same given name; ``М. К. Кумпилов`` gives the initials of
``Мурат Каральбиевич Кумпилов``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..gazetteers.gazetteer import load_table

__all__ = ["NameParts", "is_patronymic", "name_parts", "normal_word", "patronymic_endings", "slug"]


@lru_cache(maxsize=1)
def patronymic_endings() -> tuple[str, ...]:
    """Endings of patronymics, from ``patronymic_endings.tsv``."""
    return tuple(row["ending"] for row in load_table("patronymic_endings"))


def normal_word(word: str | None) -> str:
    """``word`` in lower case, ё as е, hyphens and dots as spaces, single-spaced."""
    if not word:
        return ""
    cleaned = word.lower().replace("ё", "е").replace("-", " ").replace(".", " ")
    return " ".join(cleaned.split())


def is_patronymic(word: str) -> bool:
    """True for a patronymic or its initial."""
    normal = normal_word(word)
    return len(normal) == 1 or normal.endswith(patronymic_endings())


@dataclass(frozen=True, slots=True)
class NameParts:
    """A person's name as compared across documents; empty strings for parts not given."""

    surname: str
    given: str
    patronymic: str

    @property
    def initial(self) -> str:
        """First letter of the given name, '' if there is none."""
        return self.given[:1]

    @property
    def full_given(self) -> bool:
        """True when the given name is a name, not an initial."""
        return len(self.given) > 1

    def patronymic_fits(self, other: NameParts) -> bool:
        """False when both give patronymics (or initials) that cannot be the same."""
        mine, theirs = self.patronymic, other.patronymic
        if not mine or not theirs:
            return True
        if len(mine) > 1 and len(theirs) > 1:
            return mine == theirs
        return mine[0] == theirs[0]

    def given_fits(self, other: NameParts) -> bool:
        """True when the given names (or initials) can be the same."""
        if not self.given or not other.given:
            return True
        if self.full_given and other.full_given:
            return self.given == other.given
        return self.initial == other.initial


@lru_cache(maxsize=65536)
def name_parts(last: str | None, first: str | None, middle: str | None) -> NameParts:
    """Comparable parts of a Person's name; a middle word that is not a patronymic joins the given name."""
    given, patronymic = normal_word(first), normal_word(middle)
    if patronymic and not is_patronymic(middle or ""):
        given, patronymic = f"{given} {patronymic}".strip(), ""
    if len(given.split()) > 1 and all(len(part) == 1 for part in given.split()):
        given, patronymic = given.split()[0], patronymic or given.split()[1]
    return NameParts(normal_word(last), given, patronymic)


def slug(*words: str) -> str:
    """A key from words: lower case, joined with hyphens ('путин-владимир')."""
    return "-".join("-".join(normal_word(word).split()) for word in words if word)
