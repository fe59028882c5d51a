"""The benchmark's table and ratios, as plain text or Markdown."""

from __future__ import annotations

from collections.abc import Sequence

Result = dict[str, object]

COLUMNS = ("contender", "init s", "run s", "CPU s", "docs/s", "chars/s", "chars/CPU s", "peak RSS MiB", "tree peak MiB", "largest worker MiB")

TARGETS = (
    # (label, numerator, denominator or None for an absolute value, field, comparison, target)
    ("ruskin ÷ natasha-full, chars/s", "ruskin", "natasha-full", "chars_per_s", ">=", 2.0),
    ("ruskin ÷ natasha-full, chars/CPU s", "ruskin", "natasha-full", "chars_per_cpu_s", None, None),
    ("ruskin ÷ natasha-ner, chars/s", "ruskin", "natasha-ner", "chars_per_s", None, None),
    ("ruskin-jobs2 ÷ ruskin-jobs1, chars/s", "ruskin-jobs2", "ruskin-jobs1", "chars_per_s", ">=", 1.7),
    ("ruskin ÷ ruskin-jobs1, chars/s (batching)", "ruskin", "ruskin-jobs1", "chars_per_s", None, None),
    ("ruskin init, s", "ruskin", None, "init_s", "<", 1.5),
    ("ruskin peak RSS, MiB", "ruskin", None, "rss_mib", "<", 400.0),
)


def best_of(runs: Sequence[Result]) -> Result:
    """One result from repeated runs: the smallest times and the largest memory."""
    best = dict(min(runs, key=lambda run: float(run["run_s"])))  # type: ignore[arg-type]
    best["cpu_s"] = min(float(run["cpu_s"]) for run in runs)  # type: ignore[arg-type]
    best["init_s"] = min(float(run["init_s"]) for run in runs)  # type: ignore[arg-type]
    for field in ("rss_mib", "tree_mib", "worker_mib"):
        if field in best:
            best[field] = max(float(run[field]) for run in runs)  # type: ignore[arg-type]
    best["chars_per_s"] = float(best["chars"]) / float(best["run_s"])  # type: ignore[arg-type]
    best["docs_per_s"] = float(best["docs"]) / float(best["run_s"])  # type: ignore[arg-type]
    best["chars_per_cpu_s"] = float(best["chars"]) / float(best["cpu_s"])  # type: ignore[arg-type]
    return best


def table_rows(results: Sequence[Result]) -> list[tuple[str, ...]]:
    """One row of formatted cells per contender."""
    return [
        (
            str(r["name"]), f"{r['init_s']:.2f}", f"{r['run_s']:.1f}", f"{r['cpu_s']:.1f}",
            f"{r['docs_per_s']:.2f}", f"{r['chars_per_s']:,.0f}", f"{r['chars_per_cpu_s']:,.0f}",
            f"{r['rss_mib']:.0f}", _optional(r, "tree_mib"), _optional(r, "worker_mib"),
        )
        for r in results
    ]


def ratio_rows(results: Sequence[Result]) -> list[tuple[str, str, str]]:
    """(what, value, target and whether it is met) for every ratio whose contenders ran."""
    by_name = {str(r["name"]): r for r in results}
    rows = []
    for label, top, bottom, field, comparison, target in TARGETS:
        if top in by_name and (bottom is None or bottom in by_name):
            value = float(by_name[top][field])  # type: ignore[arg-type]
            value /= float(by_name[bottom][field]) if bottom else 1.0  # type: ignore[arg-type]
            rows.append((label, f"{value:.2f}", _verdict(value, comparison, target)))
    return rows


def _verdict(value: float, comparison: str | None, target: float | None) -> str:
    if comparison is None or target is None:
        return ""
    met = value >= target if comparison == ">=" else value < target
    return f"{comparison} {target:g}: {'met' if met else 'NOT met'}"


def _optional(result: Result, field: str) -> str:
    return f"{result[field]:.0f}" if field in result else ""


def plain(rows: Sequence[Sequence[str]], header: Sequence[str]) -> str:
    """An aligned plain-text table."""
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows)]
    lines = [header, ["-" * width for width in widths], *rows]
    return "\n".join("  ".join(cell.rjust(width) for cell, width in zip(line, widths)).rstrip() for line in lines)


def markdown(rows: Sequence[Sequence[str]], header: Sequence[str]) -> str:
    """A Markdown table, numbers right-aligned."""
    align = ["---"] + ["---:"] * (len(header) - 1)
    return "\n".join("| " + " | ".join(line) + " |" for line in [header, align, *rows])


def render(results: Sequence[Result], context: str, as_markdown: bool) -> str:
    """The whole report: context line, table of contenders, table of ratios."""
    draw = markdown if as_markdown else plain
    parts = [context, draw(table_rows(results), COLUMNS)]
    if ratios := ratio_rows(results):
        parts.append(draw(ratios, ("ratio or target", "value", "target")))
    return "\n\n".join(parts) + "\n"
