"""``ruskin corpus OUT.jsonl --parquet DIR --duckdb FILE``: the tables of a corpus, from ``ruskin extract`` output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import MissingExtraError
from ..records import Document, ErrorRecord
from .store import TABLES, write_tables

__all__ = ["add_corpus_parser", "read_items", "run_corpus"]


def add_corpus_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``corpus`` command on an ``add_subparsers()`` object."""
    parser = subparsers.add_parser(
        "corpus",
        help="tables of a corpus (people across documents too) as Parquet files and a DuckDB database",
        description=f"Read the JSON Lines of `ruskin extract` and write one table per record kind "
        f"({', '.join(TABLES)}) as Parquet files and/or into a DuckDB database. "
        'Needs pip install "ruskin[corpus]".',
    )
    parser.add_argument(
        "jsonl", type=Path, nargs="+", metavar="OUT.jsonl", help="output of ruskin extract (several files: one corpus)"
    )
    parser.add_argument("--parquet", type=Path, metavar="DIR", help="write DIR/<table>.parquet")
    parser.add_argument("--duckdb", type=Path, metavar="FILE", help="write the tables into this DuckDB file")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary")
    parser.set_defaults(run=run_corpus)
    return parser


def run_corpus(args: argparse.Namespace) -> int:
    """Write the tables ``args`` asks for; 0 on success, 2 if the input or an extra is missing."""
    try:
        counts = write_tables(lambda: read_items(*args.jsonl), parquet=args.parquet, database=args.duckdb)
    except (OSError, MissingExtraError) as error:
        print(f"ruskin corpus: {error}", file=sys.stderr)
        return 2
    if not args.quiet:
        summary = ", ".join(f"{counts[name]} {name}" for name in ("documents", "people", "positions"))
        print(f"ruskin corpus: {summary}", file=sys.stderr)
    return 0


def read_items(*paths: Path) -> Iterator[Document | ErrorRecord]:
    """The Documents and error records of JSON Lines files, in order."""
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if '"text":' in line:  # only a Document has it unescaped
                    yield Document.model_validate_json(line)
                elif line.strip():
                    yield ErrorRecord.model_validate_json(line)
