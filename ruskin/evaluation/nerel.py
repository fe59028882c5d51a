"""Read NEREL: a folder of BRAT ``.txt`` + ``.ann`` pairs, one pair a document.

Only ``T`` (entity) and ``R`` (relation) lines are read; ``N``, ``A``, ``E`` and ``#``
lines and the rare continuation line of an entity whose text holds a line break are
skipped. A discontinuous entity (``PROFESSION 564 569;576 589``) becomes one span from
its smallest start to its largest stop. ``Arg1`` of a relation is its head, ``Arg2`` its
tail.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from .files import corpus_files, fitting_text, read_text
from .items import Entity, Relation, Span

__all__ = ["NerelDoc", "load_nerel", "nerel_id"]


@dataclass(frozen=True, slots=True)
class NerelDoc:
    """One NEREL document: its name, text, entities and relations."""

    id: str
    text: str
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]


def load_nerel(path: str | Path) -> Iterator[NerelDoc]:
    """Every document of a NEREL folder (``dev/``, ``train/``), in file name order."""
    for ann in corpus_files(path, "*.ann", "NEREL"):
        yield _document(ann)


def nerel_id(ann: Path) -> str:
    """The document's name in the corpus: ``1130`` for ``1130_text.ann``."""
    return ann.stem.removesuffix("_text")


def _document(ann: Path) -> NerelDoc:
    entities: dict[str, tuple[Entity, str]] = {}
    links: list[tuple[str, str, str]] = []
    for number, line in enumerate(read_text(ann).split("\n"), 1):
        fields = line.rstrip("\r").split("\t")
        try:
            if line.startswith("T") and len(fields) >= 3:
                entities[fields[0]] = (_entity(fields[1]), fields[2])
            elif line.startswith("R") and len(fields) >= 2:
                links.append(_link(fields[1]))
        except ValueError as error:
            raise CorpusError(f"{ann}:{number}: malformed line {line!r}: {error}") from None
    text = fitting_text(ann.with_suffix(".txt"), lambda text: all(_fits(text, *item) for item in entities.values()))
    spans = {key: entity.span for key, (entity, _) in entities.items()}
    relations = tuple(_relation(link, spans, ann) for link in links)
    return NerelDoc(nerel_id(ann), text, tuple(entity for entity, _ in entities.values()), relations)


def _fits(text: str, entity: Entity, surface: str) -> bool:
    """The entity lies inside the text and, if continuous (as long as its surface), reads as it."""
    if entity.stop > len(text):
        return False
    covered = text[entity.start : entity.stop]
    return covered == surface or len(covered) != len(surface)


def _entity(field: str) -> Entity:
    label, _, offsets = field.partition(" ")
    fragments = [tuple(int(number) for number in part.split()) for part in offsets.split(";")]
    if not all(len(pair) == 2 and 0 <= pair[0] <= pair[1] for pair in fragments):
        raise ValueError("expected offsets 'start stop' or 'start stop;start stop'")
    return Entity(label, min(pair[0] for pair in fragments), max(pair[1] for pair in fragments))


def _link(field: str) -> tuple[str, str, str]:
    label, first, second = field.split()
    return label, first.removeprefix("Arg1:"), second.removeprefix("Arg2:")


def _relation(link: tuple[str, str, str], spans: dict[str, Span], ann: Path) -> Relation:
    label, head, tail = link
    if head not in spans or tail not in spans:
        raise CorpusError(f"{ann}: relation {label} refers to a missing entity ({head}, {tail})")
    return Relation(label, spans[head], spans[tail])
