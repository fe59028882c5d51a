"""A corpus as typed tables: one Parquet file per table and a DuckDB database with the same tables.

pyarrow and duckdb are an optional extra (``pip install "ruskin[corpus]"``), imported only
here. Dates are dates, kinds are categories (dictionary columns; ENUM in DuckDB), offsets
and counts are integers; events and dates also get ``start_date`` and ``end_date``, set
where their ISO value is a whole date.

``write_tables`` reads its input twice (once for the corpus's people, once for the rows)
and writes the document tables a chunk of documents at a time, so memory holds the corpus
summaries and one chunk, not every Document.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import MissingExtraError
from ..views.frames import DOCUMENT_FRAMES, columns, frame_rows, item_rows, items_corpus, named_items
from ..records import Document, ErrorRecord
from .summary import iso_date
from .tables import people_rows, tenure_rows

__all__ = ["TABLES", "arrow_tables", "write_duckdb", "write_parquet", "write_tables"]

TABLES = (
    "documents", "mentions", "persons", "positions", "events", "participants", "dates", "quotes",
    "regions", "agencies", "initiatives", "people", "tenures",
)  # fmt: skip
"""The tables, in the order they are written."""

CATEGORIES = frozenset({"type", "zone", "status", "part", "kind", "level", "precision"})
DATES = frozenset({"doc_date", "first_seen", "last_seen", "start_date", "end_date"})
INTEGERS = frozenset({"start", "stop", "chars", "documents", "mentions", "posts"})
BOOLEANS = frozenset({"tokens_omitted", "background"})
WHOLE_DATES = frozenset({"events", "dates"})
CHUNK = 256
"""Documents per chunk of rows in ``write_tables``."""

Items = Iterable[Document | ErrorRecord]


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise MissingExtraError(f'{name} is needed for corpus tables: pip install "ruskin[corpus]"') from error


def arrow_tables(items: Items) -> dict[str, Any]:
    """One typed ``pyarrow.Table`` per table name of ``TABLES``, all in memory."""
    pa = _module("pyarrow")
    rows = frame_rows(items)
    return {name: _table(pa, name, rows[name]) for name in TABLES}


def write_tables(
    read: Callable[[], Items], *, parquet: str | Path | None = None, database: str | Path | None = None
) -> dict[str, int]:
    """Write the tables of the items ``read()`` yields (called twice) to Parquet files in the folder
    ``parquet`` and/or into the DuckDB file ``database``; the number of rows of each table."""
    pa = _module("pyarrow")
    corpus = items_corpus(named_items(read()))  # first: an unreadable input leaves no files behind
    sinks: list[_Sink] = []
    if parquet is not None:
        sinks.append(_ParquetSink(Path(parquet)))
    if database is not None:
        sinks.append(_DuckSink(Path(database)))
    counts: Counter[str] = Counter()
    seen: set[str | int] = set()
    for chunk in _chunks(named_items(read()), CHUNK):
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in DOCUMENT_FRAMES}
        for source, item in chunk:
            for name, item_table in item_rows(corpus, source, item, keyed=source not in seen).items():
                rows[name] += item_table
            seen.add(source)
        _write(pa, sinks, rows, counts)
    _write(pa, sinks, {"people": people_rows(corpus), "tenures": tenure_rows(corpus)}, counts)
    for sink in sinks:
        sink.close()
    return {name: counts[name] for name in TABLES}


def _write(pa: Any, sinks: list[_Sink], rows: dict[str, list[dict[str, Any]]], counts: Counter[str]) -> None:
    for name, table_rows in rows.items():
        table = _table(pa, name, table_rows)
        counts[name] += table.num_rows
        for sink in sinks:
            sink.write(name, table)


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(islice(items, size)):
        yield chunk


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
    if column in BOOLEANS:
        return pa.bool_()
    return pa.string()


def write_parquet(tables: dict[str, Any], folder: str | Path) -> list[Path]:
    """Each in-memory table to ``folder/<name>.parquet``; the paths written."""
    sink = _ParquetSink(Path(folder))
    for name, table in tables.items():
        sink.write(name, table)
    sink.close()
    return [Path(folder) / f"{name}.parquet" for name in tables]


def write_duckdb(tables: dict[str, Any], path: str | Path) -> Path:
    """In-memory tables into a DuckDB database file (each replaced if it is there); its path."""
    sink = _DuckSink(Path(path))
    for name, table in tables.items():
        sink.write(name, table)
    sink.close()
    return Path(path)


class _Sink:
    """Where tables go, a chunk of rows at a time."""

    def write(self, name: str, table: Any) -> None:
        """Append ``table``'s rows to the table ``name``."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish every table."""


class _ParquetSink(_Sink):
    def __init__(self, folder: Path) -> None:
        self.parquet = _module("pyarrow.parquet")
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.writers: dict[str, Any] = {}

    def write(self, name: str, table: Any) -> None:
        if name not in self.writers:
            self.writers[name] = self.parquet.ParquetWriter(self.folder / f"{name}.parquet", table.schema)
        self.writers[name].write_table(table)

    def close(self) -> None:
        for writer in self.writers.values():
            writer.close()


class _DuckSink(_Sink):
    def __init__(self, path: Path) -> None:
        self.connection = _module("duckdb").connect(str(path))
        self.started: dict[str, list[str]] = {}  # table → its category columns

    def write(self, name: str, table: Any) -> None:
        self.connection.register("incoming", table)
        if name in self.started:
            self.connection.execute(f'insert into "{name}" select * from incoming')
        else:
            self.connection.execute(f'create or replace table "{name}" as select * from incoming')
            self.started[name] = [field.name for field in table.schema if field.name in CATEGORIES]
        self.connection.unregister("incoming")

    def close(self) -> None:
        """Make each category column an ENUM of the values it holds, then close the file."""
        for name, categories in self.started.items():
            self._enums(name, categories)
        self.connection.close()

    def _enums(self, name: str, categories: list[str]) -> None:
        for column in categories:
            values = [v for (v,) in self.connection.execute(f'select distinct "{column}" from "{name}"').fetchall()]
            members = ", ".join("'" + v.replace("'", "''") + "'" for v in sorted(v for v in values if v is not None))
            if members:
                self.connection.execute(f'alter table "{name}" alter "{column}" type enum({members})')
