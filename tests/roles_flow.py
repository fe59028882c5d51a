"""Tagging and building one analysed text through the pipeline's own stages (zones may be set by hand)."""

from __future__ import annotations

from ruskin import Pipeline
from ruskin.found import Found
from ruskin.nlp.analysis import Analysis, analyze_many
from ruskin.nlp.zones import page_zones
from ruskin.records import Document


def analyse(pipeline: Pipeline, text: str, zones: list[str] | None = None) -> Analysis:
    """One analysed text, with its page zones (or the ones given)."""
    [analysis] = analyze_many([text], pipeline.models, pipeline.morph)
    analysis.zones = zones if zones is not None else page_zones(analysis)
    return analysis


def tagged(pipeline: Pipeline, analysis: Analysis) -> list[Found]:
    """Every tagger's mentions, overlaps resolved, as the pipeline finds them."""
    return pipeline._find(analysis, None)


def document(pipeline: Pipeline, text: str, zones: list[str] | None = None) -> Document:
    """The Document the pipeline builds, with the page zones given (or found)."""
    return pipeline._document(analyse(pipeline, text, zones), None, None)


def positions(doc: Document) -> set[tuple[str, str, str | None, str]]:
    """(person, title, region, status) of every position."""
    names = {p.id: p.name for p in doc.persons}
    regions = {r.id: r.name for r in doc.regions}
    return {(names[p.person], p.title, regions.get(p.region or ""), p.status) for p in doc.positions}


def office_mentions(doc: Document, name: str) -> list[list[str]]:
    """The texts of every ROLE mention of each Position the named person holds."""
    names = {p.id: p.name for p in doc.persons}
    return [[doc.mention(m).text for m in p.mentions] for p in doc.positions if names[p.person] == name]
