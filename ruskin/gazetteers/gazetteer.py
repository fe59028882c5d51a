"""The one loader of ruskin's data files, and the checks every gazetteer passes.

A table is ``ruskin/data/<name>.tsv``: a header line of column names, then one entry a
line, tab-separated. Lines starting with ``#`` and blank lines are skipped; ``|``
separates several values within one cell (read them with ``split_values``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable
from functools import lru_cache
from importlib import resources

__all__ = ["conflicts", "duplicates", "load_table", "split_values"]

VALUE_SEPARATOR = "|"


def load_table(name: str) -> list[dict[str, str]]:
    """The rows of ``ruskin/data/<name>.tsv`` as dicts keyed by the header's column names."""
    return [dict(row) for row in _read(name)]


@lru_cache(maxsize=None)
def _read(name: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    text = resources.files("ruskin.data").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if _is_entry(line)]
    if not lines:
        raise ValueError(f"{name}.tsv has no header line")
    header = lines[0][1].split("\t")
    return tuple(_row(name, number, header, line) for number, line in lines[1:])


def _is_entry(line: str) -> bool:
    return bool(line.strip()) and not line.startswith("#")


def _row(name: str, number: int, header: list[str], line: str) -> tuple[tuple[str, str], ...]:
    cells = line.split("\t")
    if len(cells) > len(header):
        raise ValueError(f"{name}.tsv line {number}: {len(cells)} cells, header has {len(header)}")
    cells += [""] * (len(header) - len(cells))
    return tuple((column, cell.strip()) for column, cell in zip(header, cells))


def split_values(cell: str) -> list[str]:
    """The ``|``-separated values of a cell, stripped, empty ones dropped."""
    return [value.strip() for value in cell.split(VALUE_SEPARATOR) if value.strip()]


def duplicates(rows: Iterable[dict[str, str]], column: str) -> list[str]:
    """Values of ``column`` that more than one row has, in order of first repeat."""
    seen: set[str] = set()
    repeated: list[str] = []
    for row in rows:
        value = row[column]
        if value in seen and value not in repeated:
            repeated.append(value)
        seen.add(value)
    return repeated


def conflicts(
    pairs: Iterable[tuple[Hashable, str]], allowed: Collection[Hashable] = ()
) -> dict[Hashable, set[str]]:
    """Forms (lemmatised aliases) that resolve to more than one key, except ``allowed`` ones."""
    keys: dict[Hashable, set[str]] = defaultdict(set)
    for form, key in pairs:
        keys[form].add(key)
    return {form: found for form, found in keys.items() if len(found) > 1 and form not in allowed}
