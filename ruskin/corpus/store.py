"""A corpus as typed tables: one Parquet file per table and a DuckDB database with the same tables.

pyarrow and duckdb are an optional extra (``pip install "ruskin[corpus]"``), imported only
here. Dates are dates, kinds are categories (dictionary columns; ENUM in DuckDB), offsets
and counts are integers; events and dates also get ``start_date`` and ``end_date``, set
where their ISO value is a whole date.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import MissingExtraError
from ..frames import columns, frame_rows
from ..records import Document, ErrorRecord
from .summary import iso_date

__all__ = ["TABLES", "arrow_tables", "write_duckdb", "write_parquet"]

TABLES = (
    "documents", "mentions", "persons", "positions", "events", "participants", "dates", "quotes",
    "regions", "agencies", "initiatives", "people", "tenures",
)  # fmt: skip
"""The tables, in the order they are written."""

CATEGORIES = frozenset({"type", "zone", "status", "part", "kind", "level", "precision"})
DATES = frozenset({"doc_date", "first_seen", "last_seen", "start_date", "end_date"})
INTEGERS = frozenset({"start", "stop", "chars", "documents", "mentions", "posts"})
WHOLE_DATES = frozenset({"events", "dates"})


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise MissingExtraError(f'{name} is needed for corpus tables: pip install "ruskin[corpus]"') from error


def arrow_tables(items: Iterable[Document | ErrorRecord]) -> dict[str, Any]:
    """One typed ``pyarrow.Table`` per table name of ``TABLES``."""
    pa = _module("pyarrow")
    rows = frame_rows(items)
    return {name: _table(pa, name, rows[name]) for name in TABLES}


def _table(pa: Any, name: str, rows: list[dict[str, Any]]) -> Any:
    names = list(columns(name))
    if name in WHOLE_DATES:
        names += ["start_date", "end_date"]
        rows = [{**row, "start_date": _whole(row["start"]), "end_date": _whole(row["end"])} for row in rows]
    if "source" in names:
        rows = [{**row, "source": str(row["source"])} for row in rows]
    schema = pa.schema([(column, _type(pa, name, column)) for column in names])
    return pa.Table.from_pylist([{c: row.get(c) for c in names} for row in rows], schema=schema)


def _whole(value: str | None) -> Any:
    return iso_date(value) if value and len(value) == 10 and not value.startswith("--") else None


def _type(pa: Any, table: str, column: str) -> Any:
    if column in DATES:
        return pa.date32()
    if column in CATEGORIES:
        return pa.dictionary(pa.int32(), pa.string())
    if column in INTEGERS and not (table in WHOLE_DATES and column == "start"):
        return pa.int64()  # the start of an event or a date is its ISO text
    if column == "tokens_omitted":
        return pa.bool_()
    return pa.string()


def write_parquet(tables: dict[str, Any], folder: str | Path) -> list[Path]:
    """Each table to ``folder/<name>.parquet``; the paths written."""
    parquet = _module("pyarrow.parquet")
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        path = target / f"{name}.parquet"
        parquet.write_table(table, path)
        written.append(path)
    return written


def write_duckdb(tables: dict[str, Any], path: str | Path) -> Path:
    """The tables into a DuckDB database file (each replaced if it is there); its path."""
    duckdb = _module("duckdb")
    target = Path(path)
    with duckdb.connect(str(target)) as connection:
        for name, table in tables.items():
            connection.register("incoming", table)
            connection.execute(f'create or replace table "{name}" as select {_select(table)} from incoming')
            connection.unregister("incoming")
    return target


def _select(table: Any) -> str:
    """The columns of ``table``, categories cast to ENUMs of their values."""
    return ", ".join(_column(field.name, table.column(field.name)) for field in table.schema)


def _column(name: str, column: Any) -> str:
    quoted = f'"{name}"'
    if name not in CATEGORIES:
        return quoted
    values = sorted({value for value in column.to_pylist() if value is not None})
    if not values:
        return quoted
    members = ", ".join("'" + value.replace("'", "''") + "'" for value in values)
    return f"cast({quoted} as enum({members})) as {quoted}"
