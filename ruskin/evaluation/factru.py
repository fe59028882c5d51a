"""Read factRuEval-2016: a folder of ``book_N.txt`` with its annotation layers.

The devset and the testset are laid out alike but for two things, and both are read: the
testset folder also holds an index (``list.txt``, the names of its books), which is no
document, so a ``.txt`` with none of the annotation layers beside it is skipped; and its
facts name the post slot ``Job`` where the devset says ``Position``.

``.spans`` give character offsets into the ``.txt`` (``start``, ``length``) and the
tokens they cover; ``.objects`` group spans into typed mentions; ``.coref`` groups
mentions into objects (``obj47`` in ``.facts``); ``.facts`` hold Occupation facts whose
``Who`` and ``Where`` are objects and whose ``Position`` is a span (or several
alternatives, ``span1 | span2``). A mention's span runs from its first span's start to its
last span's stop. Offsets are checked against the token texts each span lists, so a text
read with the wrong line ends or a byte-order mark fails loudly instead of shifting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from .files import corpus_files, fitting_text, read_text
from .items import Entity, Span

__all__ = ["FACTRU_TYPES", "FactruDoc", "FactruOccupation", "load_factru"]

FACTRU_TYPES = {
    "Person": "PERSON",
    "Org": "ORGANIZATION",
    "Location": "LOCATION",
    "LocOrg": "LOCATION",
    "Project": "PROJECT",
}
"""factRuEval mention types and the labels ruskin scores them as."""

_REFERENCE = re.compile(r"\b(obj|span)(\d+)\b")
_ROLES = ("Who", "Position", "Where")
_SLOT_NAMES = {"Job": "Position"}
"""Slot names of the testset and the devset's names for them."""
_LAYERS = (".spans", ".objects", ".coref", ".facts")


@dataclass(frozen=True, slots=True)
class FactruOccupation:
    """A gold Occupation fact: every mention of who, the post's span(s), every mention of where."""

    who: tuple[Span, ...]
    position: tuple[Span, ...]
    where: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class FactruDoc:
    """One factRuEval document: its name, text, gold mentions and Occupation facts."""

    id: str
    text: str
    entities: tuple[Entity, ...]
    occupations: tuple[FactruOccupation, ...]


def load_factru(path: str | Path) -> Iterator[FactruDoc]:
    """Every document of a factRuEval folder (``devset/`` or ``testset/``), in file name order.

    A ``.txt`` without annotation layers (the testset's ``list.txt``) is not a document;
    ``CorpusError`` if the folder has no document at all.
    """
    books = [file for file in corpus_files(path, "*.txt", "factRuEval") if _is_book(file)]
    if not books:
        raise CorpusError(f"no factRuEval documents (.txt with .spans beside it) in {path}")
    for file in books:
        yield _document(file)


def _is_book(file: Path) -> bool:
    """A text with any annotation layer beside it; a missing layer of a book fails when read."""
    return any(file.with_suffix(layer).exists() for layer in _LAYERS)


def _document(file: Path) -> FactruDoc:
    spans, checks = _spans(file.with_suffix(".spans"))
    text = fitting_text(file, lambda text: all(_covers(text, *check) for check in checks))
    objects = {key: (label, _join(spans, ids, file)) for key, label, ids in _rows(file.with_suffix(".objects"))}
    entities = tuple(Entity(FACTRU_TYPES.get(label, label.upper()), *span) for label, span in objects.values())
    mentions = {key: tuple(objects[m][1] for m in members if m in objects) for key, members in _coref(file)}
    facts = _occupations(file.with_suffix(".facts"), spans, mentions)
    return FactruDoc(file.stem, text, entities, facts)


def _coref(file: Path) -> Iterator[tuple[str, list[str]]]:
    """(object id, ids of its mentions) for every record of the ``.coref`` layer."""
    for block in _blocks(file.with_suffix(".coref")):
        key, *members = block[0].split()
        yield key, members


def _spans(file: Path) -> tuple[dict[str, Span], list[tuple[Span, str, str]]]:
    """Every span's offsets; and each span with its first and last token's text, to check by."""
    spans, checks = {}, []
    for number, line in enumerate(_lines(file), 1):
        fields, _, reference = line.partition("#")
        key, _, start, length, _, count = _fields(fields, 6, file, number)
        if not (start + length + count).isdigit():
            raise CorpusError(f"{file}:{number}: expected numbers for start, length and token count in {line!r}")
        texts = reference.split()[int(count) :] or [""]
        spans[key] = (int(start), int(start) + int(length))
        checks.append((spans[key], texts[0], texts[-1]))
    return spans, checks


def _covers(text: str, span: Span, first: str, last: str) -> bool:
    covered = text[span[0] : span[1]]
    return covered.startswith(first) and covered.endswith(last)


def _rows(file: Path) -> Iterator[tuple[str, str, list[str]]]:
    for number, line in enumerate(_lines(file), 1):
        key, label, *ids = _fields(line.partition("#")[0], 3, file, number)
        yield key, label, ids


def _join(spans: dict[str, Span], ids: list[str], file: Path) -> Span:
    if not all(key in spans for key in ids):
        raise CorpusError(f"{file}: a mention refers to a missing span among {ids}")
    return min(spans[key][0] for key in ids), max(spans[key][1] for key in ids)


def _occupations(
    file: Path, spans: dict[str, Span], mentions: dict[str, tuple[Span, ...]]
) -> tuple[FactruOccupation, ...]:
    facts = []
    for first, *lines in _blocks(file):
        if first.split()[1:2] != ["Occupation"]:
            continue
        slots = {_slot(line): _REFERENCE.findall(line) for line in lines}
        try:
            who, position, where = (_resolve(slots.get(role, []), spans, mentions) for role in _ROLES)
        except KeyError as error:
            raise CorpusError(f"{file}: fact {first!r} refers to a missing {error}") from None
        facts.append(FactruOccupation(who, position, where))
    return tuple(facts)


def _slot(line: str) -> str:
    """The slot a fact line fills, under the devset's name ("Job" is "Position")."""
    name = line.split(" ", 1)[0]
    return _SLOT_NAMES.get(name, name)


def _resolve(
    references: list[tuple[str, str]], spans: dict[str, Span], mentions: dict[str, tuple[Span, ...]]
) -> tuple[Span, ...]:
    """The spans that ``span12``/``obj34`` references stand for, in the order given."""
    resolved: list[Span] = []
    for kind, key in references:
        resolved.extend([spans[key]] if kind == "span" else mentions[key])
    return tuple(resolved)


def _blocks(file: Path) -> Iterator[list[str]]:
    """Blank-line separated records, as lists of stripped lines."""
    for block in re.split(r"\n\s*\n", read_text(file)):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            yield lines


def _fields(line: str, least: int, file: Path, number: int) -> list[str]:
    fields = line.split()
    if len(fields) < least:
        raise CorpusError(f"{file}:{number}: expected at least {least} fields in {line!r}")
    return fields


def _lines(file: Path) -> list[str]:
    return [line for line in read_text(file).split("\n") if line.strip()]
