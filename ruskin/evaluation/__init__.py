"""Evaluation on factRuEval-2016 and NEREL, read from a folder the user gives.

Modules, one job each::

    items           spans, entities, relations, occupations: what gold and predictions hold
    nerel, factru   read a corpus in its original format into plain frozen dataclasses
    files           read corpus text files; choose the reading the offsets fit
    convert         the one mapping from a ruskin Document to predictions in NEREL's terms
    lookup          the mention spans of a document's records, by id
    score           precision, recall and F1 per label, exact span and overlap
    evaluate        run the pipeline over a corpus and score it
    report          score tables for a terminal or as Markdown
    dump            predictions as JSON Lines
    command         the ``ruskin evaluate`` command
"""

from __future__ import annotations

from .command import add_evaluate_parser, run_evaluate
from .convert import NEREL_ENTITY_LABELS, NEREL_RELATION_LABELS, document_prediction, entity_label
from .dump import dump_line, write_dump
from .evaluate import Evaluation, evaluate
from .factru import FactruDoc, FactruOccupation, load_factru
from .items import Entity, Occupation, Prediction, Relation, Span
from .nerel import NerelDoc, load_nerel
from .report import markdown_table, text_table
from .score import Counts

__all__ = [
    "NEREL_ENTITY_LABELS",
    "NEREL_RELATION_LABELS",
    "Counts",
    "Entity",
    "Evaluation",
    "FactruDoc",
    "FactruOccupation",
    "NerelDoc",
    "Occupation",
    "Prediction",
    "Relation",
    "Span",
    "add_evaluate_parser",
    "document_prediction",
    "dump_line",
    "entity_label",
    "evaluate",
    "load_factru",
    "load_nerel",
    "markdown_table",
    "run_evaluate",
    "text_table",
    "write_dump",
]
