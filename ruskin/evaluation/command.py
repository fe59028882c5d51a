"""``ruskin evaluate {factru,nerel,govnews} PATH``: score the pipeline on a corpus from the terminal."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from ..errors import CorpusError
from ..pipeline import Pipeline
from .dump import write_dump
from .evaluate import CORPORA, evaluate
from .govnews_evaluate import GovnewsEvaluation, evaluate_govnews, misses_text, records_json, scores_json
from .report import markdown_table, record_table, text_table

__all__ = ["COMMAND_CORPORA", "add_evaluate_parser", "run_evaluate"]

COMMAND_CORPORA = (*CORPORA, "govnews")
"""The corpora ``ruskin evaluate`` reads."""


def add_evaluate_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``evaluate`` command on an ``add_subparsers()`` object."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score ruskin on factRuEval-2016, NEREL or record-level government news gold",
        description="Run ruskin over a corpus in its original format and print P / R / F1: per type, by exact "
        "span and by overlap (factru, nerel), or per record category (govnews).",
    )
    parser.add_argument(
        "corpus",
        choices=COMMAND_CORPORA,
        help="factru: a factRuEval-2016 folder (devset/ or testset/); nerel: a NEREL folder (dev/); "
        "govnews: a folder with texts/, gold/ and sources.tsv",
    )
    parser.add_argument("path", help="the corpus folder")
    parser.add_argument("--dump", metavar="PRED.jsonl", help="also write the predictions, one document a line")
    parser.add_argument("--limit", metavar="N", type=_count, help="only the first N documents")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--json", action="store_true", help="govnews: print one JSON object of scores per category")
    parser.add_argument(
        "--misses", action="store_true", help="govnews: also list what was missed and extra, per category and document"
    )
    parser.set_defaults(run=run_evaluate)
    return parser


def run_evaluate(args: argparse.Namespace, pipeline: Pipeline | None = None) -> int:
    """Evaluate as ``args`` asks and print the tables; 0 on success, 2 if the corpus cannot be read.

    The pipeline is loaded once, after the corpus has been read, unless one is given.
    """
    began = time.perf_counter()
    limit = getattr(args, "limit", None)
    try:
        if args.corpus == "govnews":
            _report_govnews(evaluate_govnews(args.path, pipeline, limit=limit), args)
        else:
            _report_spans(args, pipeline, limit)
    except CorpusError as error:
        print(f"ruskin evaluate: {error}", file=sys.stderr)
        return 2
    if not getattr(args, "json", False):
        took = time.perf_counter() - began
        print(f"\n{_documents_count(args.count)} in {took:.1f} s")
    return 0


def _report_spans(args: argparse.Namespace, pipeline: Pipeline | None, limit: int | None) -> None:
    result = evaluate(args.corpus, args.path, pipeline, limit=limit)
    if getattr(args, "dump", None):
        write_dump(args.dump, result.ids, result.predictions)
    table = markdown_table if getattr(args, "markdown", False) else text_table
    print("\n\n".join(table(title, scores) for title, scores in result.tables.items()))
    args.count = len(result.ids)


def _report_govnews(result: GovnewsEvaluation, args: argparse.Namespace) -> None:
    if getattr(args, "dump", None):
        with open(args.dump, "w", encoding="utf-8") as out:
            for doc_id, records in zip(result.ids, result.records, strict=True):
                out.write(json.dumps(records_json(doc_id, records), ensure_ascii=False) + "\n")
    if getattr(args, "json", False):
        print(scores_json(result.total))
    else:
        print(record_table("govnews records", result.total, markdown=getattr(args, "markdown", False)))
    if getattr(args, "misses", False):
        print("\n" + misses_text(result))
    args.count = len(result.ids)


def _documents_count(count: int) -> str:
    return f"{count} document{'' if count == 1 else 's'}"


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a number of documents, got {value!r}")
    return int(value)
