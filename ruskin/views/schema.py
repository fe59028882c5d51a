"""Publish the record contract: ``python -m ruskin.views.schema`` writes ``docs/schema.json``
and ``docs/records.md`` from the pydantic models, so the docs never drift from the code.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path
from types import UnionType
from typing import Literal, Union, get_args, get_origin

from pydantic import BaseModel

from .. import records
from ..records import Document

RECORDS: tuple[type[BaseModel], ...] = (
    records.Document, records.Sentence, records.Token, records.Mention, records.Person,
    records.Position, records.Region, records.Agency, records.Initiative, records.Event,
    records.Participant, records.DateValue, records.Quote, records.ErrorRecord,
)

INTRO = """# Records reference

Every record is a frozen pydantic model. Offsets are `start`/`stop`: half-open character
offsets into `Document.text`. Records refer to each other by `id`. This page is generated
from the code by `python -m ruskin.views.schema`; the JSON Schema of `Document` is
[schema.json](schema.json).

Mention types: {types}.
"""


def document_schema_json() -> str:
    """The JSON Schema of ``Document``, formatted as published in ``docs/schema.json``."""
    return json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2) + "\n"


def records_markdown() -> str:
    """The records reference page: one table of fields per record."""
    types = ", ".join(f"`{t}`" for t in records.MentionType.__args__)  # type: ignore[attr-defined]
    return INTRO.format(types=types) + "".join(_record_section(model) for model in RECORDS)


def _record_section(model: type[BaseModel]) -> str:
    rows = [
        f"| `{name}` | {_type_cell(field.annotation)} | {field.description or ''} |"
        for name, field in model.model_fields.items()
    ]
    doc = (model.__doc__ or "").strip().splitlines()[0]
    return f"\n## {model.__name__}\n\n{doc}\n\n| field | type | meaning |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n"


def _type_cell(annotation: object) -> str:
    """A type as a table cell: HTML code with ``|`` as an entity, which neither Python-Markdown
    nor GitHub takes for a column break (an escaped ``\\|`` in backticks shows its backslash)."""
    return "<code>" + html.escape(_type_name(annotation), quote=False).replace("|", "&#124;") + "</code>"


def _type_name(annotation: object) -> str:
    """A readable type, the same on every Python version: ``str | None``, ``tuple[Token, ...]``."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return "Literal[" + ", ".join(repr(a) for a in args) + "]"
    if origin in (Union, UnionType):
        return " | ".join(_type_name(a) for a in args)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return f"tuple[{_type_name(args[0])}, ...]"
    if origin is not None:
        return f"{getattr(origin, '__name__', origin)}[" + ", ".join(_type_name(a) for a in args) + "]"
    if annotation is type(None):
        return "None"
    return getattr(annotation, "__name__", str(annotation))


def write_docs(folder: Path) -> None:
    """Write ``schema.json`` and ``records.md`` into ``folder``."""
    (folder / "schema.json").write_text(document_schema_json(), encoding="utf-8")
    (folder / "records.md").write_text(records_markdown(), encoding="utf-8")


if __name__ == "__main__":
    write_docs(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs"))
