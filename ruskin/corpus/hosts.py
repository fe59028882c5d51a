"""Step 1 of joining people: in one document, a name without a surname joins the Person it belongs to.

A lone word that is (the start of) a surname there ("Калимат", a lemma cut short, for
"Калиматов") or else the given name of one Person there ("Дмитрий"), or a given name and
patronymic ("Сергей Владимирович") whose parts fit one full name there, is that Person: its
entry follows the full name's into the corpus.
"""

from __future__ import annotations

from collections import defaultdict

from .names import name_parts
from .summary import PersonEntry

__all__ = ["hosts_in_documents"]


def hosts_in_documents(entries: list[PersonEntry]) -> tuple[list[PersonEntry], dict[PersonEntry, PersonEntry]]:
    """Entries that stand for themselves, and the others mapped to the entry of their document they join."""
    guests: dict[PersonEntry, PersonEntry] = {}
    by_source: dict[str, list[PersonEntry]] = defaultdict(list)
    for entry in entries:
        by_source[entry.source].append(entry)
    for document in by_source.values():
        for entry in document:
            host = _host(entry, document)
            if host is not None:
                guests[entry] = host
    return [e for e in entries if e not in guests], guests


def _host(entry: PersonEntry, document: list[PersonEntry]) -> PersonEntry | None:
    """The one full name in the document a surname-less or truncated name belongs to."""
    parts = name_parts(entry.last, entry.first, entry.middle)
    if parts.surname:
        return None
    named = [(other, name_parts(other.last, other.first, other.middle)) for other in document if other is not entry]
    named = [(other, p) for other, p in named if p.surname]
    if parts.patronymic:
        fits = [o for o, p in named if p.given_fits(parts) and p.given and p.patronymic_fits(parts)]
    else:
        fits = [o for o, p in named if _surname_start(parts.given, p.surname)]
        fits = fits or [o for o, p in named if p.full_given and p.given == parts.given]  # "Дмитрий" alone
    return fits[0] if len({(e.last, e.first) for e in fits}) == 1 else None


def _surname_start(word: str, surname: str) -> bool:
    return surname == word or (surname.startswith(word) and 0 < len(surname) - len(word) <= 3 and len(word) >= 4)
