"""Run the pipeline over a record-level gold corpus and score its article records."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from ..pipeline import Pipeline
from .govnews import load_govnews
from .record_score import CATEGORIES, DocumentScore, score_document, total
from .records_view import ArticleRecords, article_records

__all__ = ["GovnewsEvaluation", "evaluate_govnews", "misses_text", "records_json", "scores_json"]


@dataclass(frozen=True)
class GovnewsEvaluation:
    """The summed scores of one run, with every document's id, records and scores."""

    total: DocumentScore
    ids: tuple[str, ...]
    records: tuple[ArticleRecords, ...]
    scores: tuple[DocumentScore, ...]
    seconds: float


def evaluate_govnews(path: str | Path, pipeline: Pipeline | None = None, limit: int | None = None) -> GovnewsEvaluation:
    """Read the corpus at ``path`` (its first ``limit`` documents), run the pipeline, score the records.

    Each text gets its page date as ``doc_date``. Without a ``pipeline`` one is loaded once
    the corpus has been read.
    """
    began = time.perf_counter()
    docs = list(islice(load_govnews(path), limit))
    pipeline = pipeline if pipeline is not None else Pipeline()
    documents = pipeline.pipe(
        [doc.text for doc in docs], doc_dates=[doc.doc_date for doc in docs], sources=[doc.id for doc in docs]
    )
    records = tuple(article_records(document) for document in documents)
    scores = tuple(score_document(doc, found) for doc, found in zip(docs, records, strict=True))
    return GovnewsEvaluation(total(scores), tuple(doc.id for doc in docs), records, scores, time.perf_counter() - began)


def scores_json(scores: DocumentScore) -> str:
    """One JSON object: a key per category, each ``{"gold", "predicted", "correct", "precision", "recall", "f1"}``."""
    return json.dumps({category: scores[category].as_json() for category in CATEGORIES}, ensure_ascii=False, indent=2)


def misses_text(result: GovnewsEvaluation) -> str:
    """What was missed (``-``) and what was extra (``+``), per category and document."""
    return "\n".join(_misses_lines(result))


def _misses_lines(result: GovnewsEvaluation) -> Iterator[str]:
    for category in CATEGORIES:
        yield f"== {category}"
        for doc_id, scores in zip(result.ids, result.scores, strict=True):
            score = scores[category]
            if score.missed or score.extra:
                yield doc_id
                yield from (f"  - {item}" for item in score.missed)
                yield from (f"  + {item}" for item in score.extra)


def records_json(doc_id: str, records: ArticleRecords) -> dict[str, Any]:
    """A document's article records as the gold files write them, for ``--dump``."""
    found = asdict(records)
    return {
        "id": doc_id,
        "persons": found["persons"],
        "officials": found["officials"],
        "regions": found["regions"],
        "agencies": [{"name": name, "abbreviation": abbreviation} for name, abbreviation in records.agencies],
        "events": found["events"],
        "dates": [{"start": start, "end": end} for start, end in records.dates],
        "quotes": found["quotes"],
    }
