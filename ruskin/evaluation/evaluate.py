"""Run the pipeline over a corpus and score it: the tables each corpus is judged by.

NEREL is scored on the entity and relation labels ruskin predicts. factRuEval is scored on
its mention types (PERSON, ORGANIZATION, LOCATION; ruskin's STATE_OR_PROVINCE, CITY and
COUNTRY count as LOCATION) and on Occupation facts; a fact without a Position span
(13 of 211 in the devset) cannot be matched by who and position and is left out.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Literal

from ..pipeline import Pipeline
from .convert import NEREL_ENTITY_LABELS, NEREL_RELATION_LABELS, document_prediction
from .factru import FactruDoc, load_factru
from .items import Entity, Prediction
from .nerel import NerelDoc, load_nerel
from .score import Counts, Table, add, score_entities, score_occupations, score_relations

__all__ = ["CORPORA", "FACTRU_ENTITY_LABELS", "Evaluation", "evaluate", "factru_tables", "nerel_tables"]

Corpus = Literal["factru", "nerel"]
CORPORA: tuple[Corpus, ...] = ("factru", "nerel")
"""The corpora ``evaluate`` reads."""

FACTRU_ENTITY_LABELS = ("PERSON", "ORGANIZATION", "LOCATION")
"""factRuEval's mention types as ruskin scores them."""

_FACTRU_LABEL = {
    "PERSON": "PERSON",
    "ORGANIZATION": "ORGANIZATION",
    "STATE_OR_PROVINCE": "LOCATION",
    "CITY": "LOCATION",
    "COUNTRY": "LOCATION",
}


@dataclass(frozen=True)
class Evaluation:
    """The scores of one run, with every document's name and prediction."""

    corpus: Corpus
    tables: dict[str, Table]
    ids: tuple[str, ...]
    predictions: tuple[Prediction, ...]
    seconds: float


def evaluate(
    corpus: Corpus, path: str | Path, pipeline: Pipeline | None = None, limit: int | None = None
) -> Evaluation:
    """Read the corpus at ``path`` (its first ``limit`` documents), run the pipeline and score it.

    Without a ``pipeline`` one is loaded once the corpus has been read.
    """
    began = time.perf_counter()
    docs: list[NerelDoc] | list[FactruDoc] = (
        list(islice(load_nerel(path), limit)) if corpus == "nerel" else list(islice(load_factru(path), limit))
    )
    pipeline = pipeline if pipeline is not None else Pipeline()
    documents = pipeline.pipe([doc.text for doc in docs], sources=[doc.id for doc in docs])
    predictions = tuple(document_prediction(document) for document in documents)
    tables = _tables(corpus, docs, predictions)
    return Evaluation(corpus, tables, tuple(doc.id for doc in docs), predictions, time.perf_counter() - began)


def nerel_tables(docs: Sequence[NerelDoc], predictions: Sequence[Prediction]) -> dict[str, Table]:
    """NEREL entities and relations, per label."""
    entities: Table = {}
    relations: Table = {}
    for doc, prediction in zip(docs, predictions, strict=True):
        entities = add(entities, score_entities(doc.entities, prediction.entities, NEREL_ENTITY_LABELS))
        relations = add(relations, score_relations(doc.relations, prediction.relations, NEREL_RELATION_LABELS))
    return {
        "NEREL entities": _ordered(entities, NEREL_ENTITY_LABELS),
        "NEREL relations": _ordered(relations, NEREL_RELATION_LABELS),
    }


def factru_tables(docs: Sequence[FactruDoc], predictions: Sequence[Prediction]) -> dict[str, Table]:
    """factRuEval mentions per type, and Occupation facts."""
    entities: Table = {}
    occupations: Table = {}
    for doc, prediction in zip(docs, predictions, strict=True):
        entities = add(entities, score_entities(doc.entities, _as_factru(prediction), FACTRU_ENTITY_LABELS))
        facts = [fact for fact in doc.occupations if fact.who and fact.position]
        occupations = add(occupations, {"OCCUPATION": score_occupations(facts, prediction.occupations)})
    return {
        "factRuEval entities": _ordered(entities, FACTRU_ENTITY_LABELS),
        "factRuEval facts": _ordered(occupations, ("OCCUPATION",)),
    }


def _as_factru(prediction: Prediction) -> list[Entity]:
    """Predicted entities under factRuEval's types; those it does not annotate are left out."""
    return [Entity(_FACTRU_LABEL[e.type], e.start, e.stop) for e in prediction.entities if e.type in _FACTRU_LABEL]


def _tables(
    corpus: Corpus, docs: list[NerelDoc] | list[FactruDoc], predictions: Sequence[Prediction]
) -> dict[str, Table]:
    if corpus == "factru":
        return factru_tables(docs, predictions)  # type: ignore[arg-type]
    return nerel_tables(docs, predictions)  # type: ignore[arg-type]


def _ordered(table: Table, labels: Sequence[str]) -> Table:
    """Every label, in the given order, zero where nothing was counted."""
    return {label: table.get(label, Counts()) for label in labels}
