"""Where an agency's name ends and which bodies a sentence names: phrases that do not belong
to a name, persons after a head, abbreviations and coordinated bodies. Real sentences through
the pipeline; names and places are made up for ruskin."""

from __future__ import annotations

from ruskin import Document, Pipeline


def names(doc: Document) -> set[str]:
    """The names of the document's Agency records."""
    return {agency.name for agency in doc.agencies}


def test_a_po_phrase_of_how_a_thing_is_done_ends_the_name(pipeline: Pipeline) -> None:
    doc = pipeline("Новый устав поселка приняла Заречная районная дума по итогам публичных слушаний в марте.")
    assert names(doc) == {"Заречная районная дума"}
