"""Bodies attached to an official or another body ("Совет при Президенте Российской
Федерации по ...", "комиссия при правительстве области"): "при ..." is part of the name.
Real sentences through the pipeline; the councils' topics are made up for ruskin."""

from __future__ import annotations

from ruskin import Document, Pipeline


def names(doc: Document) -> set[str]:
    """The names of the document's Agency records."""
    return {agency.name for agency in doc.agencies}


def test_a_council_attached_to_the_president_is_named_in_full(pipeline: Pipeline) -> None:
    doc = pipeline("Члены Совета при Президенте Российской Федерации по развитию спорта собрались в Сочи.")
    assert "Совет при Президенте Российской Федерации по развитию спорта" in names(doc)


def test_a_commission_attached_to_a_regional_government_keeps_its_topic(pipeline: Pipeline) -> None:
    doc = pipeline("Кандидатуру одобрила комиссия при правительстве области по вопросам экономики.")
    assert "комиссия при правительстве области по вопросам экономики" in names(doc)
