"""People across documents on govnews-dev: one corpus key per person, one person per key.

For each item, each gold person (``persons`` in ``gold/dNNN.json``) is matched by name to
the document's Persons, and through them to their corpus keys. Two figures:

- *split*: gold people named in several items that got more than one key;
- *shared*: corpus keys that stand for two different gold people (two names that cannot be one
  person's: another surname, another given name or patronymic).

Gold names are one person when surname and given name agree ("Махмуд-Али Калиматов",
"Махмуд Али Калиматов"); a bare surname or initials join the one full gold name that fits.
Run it as ``python -m ruskin.evaluation.people ../shared/corpora/govnews-dev``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..corpus import Corpus
from ..corpus.names import NameParts, name_parts
from ..errors import CorpusError
from ..records import Document, Person

__all__ = ["PeopleScore", "gold_people", "main", "read_govnews", "score_people"]


@dataclass
class PeopleScore:
    """What the corpus made of the gold people."""

    people: int = 0
    repeated: int = 0
    split: dict[str, set[str]] = field(default_factory=dict)
    shared: dict[str, set[str]] = field(default_factory=dict)
    missed: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The score as lines of text, the cases after the counts."""
        out = [
            f"gold people: {self.people}; named in several items: {self.repeated}",
            f"split (several keys for one person): {len(self.split)}",
            f"shared (one key for several people): {len(self.shared)}",
            f"not found in an item (extraction, not the corpus): {len(self.missed)}",
        ]
        out += [f"  split  {name}: {', '.join(sorted(keys))}" for name, keys in sorted(self.split.items())]
        out += [f"  shared {key}: {', '.join(sorted(names))}" for key, names in sorted(self.shared.items())]
        return out


def read_govnews(folder: Path) -> tuple[list[tuple[str, str, str | None]], dict[str, list[str]]]:
    """``(id, text, page date)`` per item and the gold ``persons`` per id; ``CorpusError`` if unreadable."""
    try:
        with (folder / "sources.tsv").open(encoding="utf-8") as table:
            dates = {row["id"]: row["page_date"] or None for row in csv.DictReader(table, delimiter="\t")}
        items = [(i, (folder / "texts" / f"{i}.txt").read_text(encoding="utf-8"), d) for i, d in sorted(dates.items())]
        gold = {i: json.loads((folder / "gold" / f"{i}.json").read_text(encoding="utf-8"))["persons"] for i in dates}
    except (OSError, KeyError, ValueError) as error:
        raise CorpusError(f"not a govnews folder: {folder}: {error}") from error
    return items, gold


def gold_people(gold: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    """Per item, each gold name → the one person it stands for (the fullest gold name of that person)."""
    parts = {name: _gold_parts(name) for names in gold.values() for name in names}
    full = {name: p for name, p in parts.items() if p.full_given}
    identity = {}
    for name, p in parts.items():
        if p.full_given:
            identity[name] = min((n for n, q in full.items() if (q.surname, q.given) == (p.surname, p.given)), key=len)
            continue
        fits = {identity_of for identity_of in _full_fits(p, full)}
        identity[name] = fits.pop() if len(fits) == 1 else name
    return {item: {name: identity[name] for name in names} for item, names in gold.items()}


def _full_fits(parts: NameParts, full: dict[str, NameParts]) -> set[str]:
    fits = [n for n, q in full.items() if q.surname == parts.surname and parts.given_fits(q) and parts.patronymic_fits(q)]
    canonical = {(full[n].surname, full[n].given): n for n in sorted(fits, key=len, reverse=True)}
    return set(canonical.values())


def _gold_parts(name: str) -> NameParts:
    words = name.split()
    if len(words) == 1:
        return name_parts(words[0], None, None)
    return name_parts(words[-1], words[0], " ".join(words[1:-1]) or None)


def score_people(corpus: Corpus, documents: Iterable[Document], gold: dict[str, list[str]]) -> PeopleScore:
    """Split and shared keys of ``corpus`` against the gold persons; documents' sources are item ids."""
    people = gold_people(gold)
    keys: dict[str, set[str]] = defaultdict(set)  # gold person → corpus keys
    items: dict[str, set[str]] = defaultdict(set)  # gold person → items
    score = PeopleScore()
    for document in documents:
        source = document.source or ""
        for name, person in people.get(source, {}).items():
            found = {corpus.key_of(source, p.id) for p in document.persons if _matches(name, p)}
            items[person].add(source)
            keys[person] |= found
            if not found:
                score.missed.append((source, name))
    names: dict[str, set[str]] = defaultdict(set)
    for person, person_keys in keys.items():
        for key in person_keys:
            names[key].add(person)
    score.people = len(items)
    score.repeated = sum(len(sources) > 1 for sources in items.values())
    score.split = {p: ks for p, ks in keys.items() if len(items[p]) > 1 and len(ks) > 1}
    score.shared = {k: ps for k, ps in names.items() if _different(ps)}
    return score


def _different(names: set[str]) -> bool:
    """True when two of the gold names cannot be one person's (a bare "Попов" and "Александр Попов" can)."""
    parts = [_gold_parts(name) for name in names]
    return any(
        one.surname != other.surname or not one.given_fits(other) or not one.patronymic_fits(other)
        for n, one in enumerate(parts)
        for other in parts[n + 1 :]
    )


def _matches(gold_name: str, person: Person) -> bool:
    asked = _gold_parts(gold_name)
    known = name_parts(person.last, person.first, person.middle)
    if not known.surname:
        known = name_parts(person.first, None, None) if not person.middle else known
    return bool(known.surname) and asked.surname == known.surname and asked.given_fits(known)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m ruskin.evaluation.people FOLDER [--jsonl OUT]``: extract, build the corpus, print the score."""
    parser = argparse.ArgumentParser(prog="python -m ruskin.evaluation.people", description=__doc__)
    parser.add_argument("folder", type=Path, help="the govnews-dev folder (texts/, gold/, sources.tsv)")
    parser.add_argument("--jsonl", type=Path, help="read the Documents from this file instead of extracting")
    args = parser.parse_args(argv)
    try:
        items, gold = read_govnews(args.folder)
    except CorpusError as error:
        print(f"ruskin: {error}", file=sys.stderr)
        return 2
    documents = _documents(items, args.jsonl)
    score = score_people(Corpus(documents), documents, gold)
    print("\n".join(score.lines()))
    return 0


def _documents(items: list[tuple[str, str, str | None]], jsonl: Path | None) -> list[Document]:
    if jsonl is not None:
        lines = jsonl.read_text(encoding="utf-8").splitlines()
        return [Document.model_validate_json(line) for line in lines if '"text":' in line]
    from ..pipeline import default_pipeline

    texts, dates, sources = [t for _, t, _ in items], [d for _, _, d in items], [i for i, _, _ in items]
    return list(default_pipeline().pipe(texts, doc_dates=dates, sources=sources, tokens=False))


if __name__ == "__main__":
    raise SystemExit(main())
