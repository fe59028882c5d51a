"""Score tables as text: aligned columns for a terminal, or Markdown for the docs."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .record_score import CategoryScore
from .score import Counts, Table, micro

__all__ = ["HEADER", "markdown_table", "record_table", "table_rows", "text_table"]

HEADER = ("label", "gold", "pred", "P", "R", "F1", "P~", "R~", "F1~")
"""Column names: counts, then exact-span scores, then overlap scores (``~``)."""


def table_rows(table: Table) -> Iterator[tuple[str, ...]]:
    """One row of cells per label, then the micro average over all labels (``ALL``)."""
    for label, counts in table.items():
        yield _row(label, counts)
    if len(table) > 1:
        yield _row("ALL", micro(table))


def text_table(title: str, table: Table) -> str:
    """The table with aligned columns under its title."""
    rows = [HEADER, *table_rows(table)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(HEADER))]
    return "\n".join([title, *("  ".join(_aligned(row, widths)) for row in rows)])


def markdown_table(title: str, table: Table) -> str:
    """The table in Markdown, under a bold title; exact and overlap scores side by side."""
    header = ["label", "gold", "predicted", "P exact", "R exact", "F1 exact", "P overlap", "R overlap", "F1 overlap"]
    rows = [header, ["---", *["---:"] * (len(header) - 1)], *map(list, table_rows(table))]
    return "\n".join([f"**{title}**", "", *("| " + " | ".join(row) + " |" for row in rows)])


def _row(label: str, counts: Counts) -> tuple[str, ...]:
    scores = (*counts.prf(counts.exact), *counts.prf(counts.overlap))
    return (label, str(counts.gold), str(counts.predicted), *(f"{score:.3f}" for score in scores))


def _aligned(row: tuple[str, ...], widths: list[int]) -> list[str]:
    """The label padded to the left edge, the numbers to the right."""
    return [row[0].ljust(widths[0]), *(cell.rjust(width) for cell, width in zip(row[1:], widths[1:]))]


def record_table(title: str, scores: Mapping[str, CategoryScore], markdown: bool = False) -> str:
    """Record-level scores per category: counts, precision, recall and F1."""
    header = ("category", "gold", "predicted", "correct", "P", "R", "F1")
    rows = [
        (category, str(s.gold), str(s.predicted), str(s.correct), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
        for category, s in scores.items()
    ]
    if markdown:
        lines = [header, ("---", *["---:"] * (len(header) - 1)), *rows]
        return "\n".join([f"**{title}**", "", *("| " + " | ".join(row) + " |" for row in lines)])
    everything = [header, *rows]
    widths = [max(len(row[column]) for row in everything) for column in range(len(header))]
    return "\n".join([title, *("  ".join(_aligned(row, widths)) for row in everything)])
