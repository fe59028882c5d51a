"""Predictions as JSON Lines: one document a line, spans as ``[start, stop]``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .items import Prediction

__all__ = ["dump_line", "prediction_json", "write_dump"]


def prediction_json(doc_id: str, prediction: Prediction) -> dict[str, Any]:
    """``{"id", "entities", "relations", "occupations"}`` for one document."""
    return {
        "id": doc_id,
        "entities": [{"type": e.type, "start": e.start, "stop": e.stop} for e in prediction.entities],
        "relations": [{"type": r.type, "head": list(r.head), "tail": list(r.tail)} for r in prediction.relations],
        "occupations": [
            {"who": list(o.who), "position": list(o.position), "where": list(o.where) if o.where is not None else None}
            for o in prediction.occupations
        ],
    }


def dump_line(doc_id: str, prediction: Prediction) -> str:
    """One JSON line (no newline at the end), Cyrillic kept as is."""
    return json.dumps(prediction_json(doc_id, prediction), ensure_ascii=False)


def write_dump(path: str | Path, ids: Iterable[str], predictions: Iterable[Prediction]) -> None:
    """Write every document's line to ``path`` in UTF-8."""
    with open(path, "w", encoding="utf-8") as out:
        for doc_id, prediction in zip(ids, predictions, strict=True):
            out.write(dump_line(doc_id, prediction) + "\n")
