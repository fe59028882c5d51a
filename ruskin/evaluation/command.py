"""``ruskin evaluate {factru,nerel} PATH``: score the pipeline on a corpus from the terminal."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from ..errors import CorpusError
from ..pipeline import Pipeline
from .dump import write_dump
from .evaluate import CORPORA, evaluate
from .report import markdown_table, text_table

__all__ = ["add_evaluate_parser", "run_evaluate"]


def add_evaluate_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``evaluate`` command on an ``add_subparsers()`` object."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score ruskin on factRuEval-2016 or NEREL",
        description="Run ruskin over a corpus in its original format and print P / R / F1 per type, "
        "by exact span and by overlap.",
    )
    parser.add_argument(
        "corpus", choices=CORPORA, help="factru: a factRuEval-2016 folder (devset/); nerel: a NEREL folder (dev/)"
    )
    parser.add_argument("path", help="the corpus folder")
    parser.add_argument("--dump", metavar="PRED.jsonl", help="also write the predictions, one document a line")
    parser.add_argument("--limit", metavar="N", type=_count, help="only the first N documents")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.set_defaults(run=run_evaluate)
    return parser


def run_evaluate(args: argparse.Namespace, pipeline: Pipeline | None = None) -> int:
    """Evaluate as ``args`` asks and print the tables; 0 on success, 2 if the corpus cannot be read.

    The pipeline is loaded once, after the corpus has been read, unless one is given.
    """
    began = time.perf_counter()
    try:
        result = evaluate(args.corpus, args.path, pipeline, limit=getattr(args, "limit", None))
    except CorpusError as error:
        print(f"ruskin evaluate: {error}", file=sys.stderr)
        return 2
    if getattr(args, "dump", None):
        write_dump(args.dump, result.ids, result.predictions)
    table = markdown_table if getattr(args, "markdown", False) else text_table
    print("\n\n".join(table(title, scores) for title, scores in result.tables.items()))
    took = time.perf_counter() - began
    count = len(result.ids)
    print(f"\n{count} document{'' if count == 1 else 's'} in {took:.1f} s")
    return 0


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a number of documents, got {value!r}")
    return int(value)
