"""Evaluation on factRuEval-2016, NEREL and record-level government news gold, read from a folder.

Modules, one job each::

    items           spans, entities, relations, occupations: what gold and predictions hold
    nerel, factru   read a corpus in its original format into plain frozen dataclasses
    files           read corpus text files; choose the reading the offsets fit
    convert         the one mapping from a ruskin Document to predictions in NEREL's terms
    posts           a Position as one post per ROLE mention, for the span corpora
    lookup          the mention spans of a document's records, by id
    score           precision, recall and F1 per label, exact span and overlap
    evaluate        run the pipeline over a corpus and score it
    report          score tables for a terminal or as Markdown
    dump            predictions as JSON Lines
    command         the ``ruskin evaluate`` command

and for record-level gold (``ruskin evaluate govnews``)::

    govnews           read a govnews folder (texts/, gold/, sources.tsv)
    records_view      a Document's article records as names and values
    matching          the matching rules, one function a rule
    record_score      count gold, predicted and correct per category
    govnews_evaluate  run the pipeline over the corpus, score it, report misses
"""

from __future__ import annotations

from .command import add_evaluate_parser, run_evaluate
from .convert import NEREL_ENTITY_LABELS, NEREL_RELATION_LABELS, document_prediction, entity_label
from .dump import dump_line, write_dump
from .evaluate import Evaluation, evaluate
from .factru import FactruDoc, FactruOccupation, load_factru
from .govnews import GovnewsDoc, load_govnews
from .govnews_evaluate import GovnewsEvaluation, evaluate_govnews
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
    "GovnewsDoc",
    "GovnewsEvaluation",
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
    "evaluate_govnews",
    "load_factru",
    "load_govnews",
    "load_nerel",
    "markdown_table",
    "run_evaluate",
    "text_table",
    "write_dump",
]
