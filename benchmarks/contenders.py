"""What is measured: each contender loads its models, then processes every text once.

A contender's ``load()`` does its imports and loads its models (that is its initialisation
time); it returns a function that takes the workload and yields one item per document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Workload:
    """The same documents, as texts and as files (for the file-based batch layer)."""

    texts: list[str]
    files: list[str]


Run = Callable[[Workload], Iterator[object]]


@dataclass(frozen=True, slots=True)
class Contender:
    """A named way to process the workload; ``pool`` if it starts worker processes."""

    name: str
    load: Callable[[], Run]
    pool: bool = False
    summary: str = ""


def natasha_ner() -> Run:
    """natasha's NER alone: ``NewsNERTagger(NewsEmbedding())`` called on each text."""
    from natasha import NewsEmbedding, NewsNERTagger

    ner = NewsNERTagger(NewsEmbedding())
    return lambda work: (ner(text) for text in work.texts)


def natasha_full() -> Run:
    """natasha's full pipeline: segment, morph, syntax, NER, span normalisation, names, dates."""
    from natasha import (
        DatesExtractor,
        MorphVocab,
        NamesExtractor,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    vocab, embedding = MorphVocab(), NewsEmbedding()
    stages = _NatashaStages(
        Segmenter(), vocab, NewsMorphTagger(embedding), NewsSyntaxParser(embedding),
        NewsNERTagger(embedding), NamesExtractor(vocab), DatesExtractor(vocab),
    )
    return lambda work: (stages.process(text) for text in work.texts)


@dataclass(frozen=True, slots=True)
class _NatashaStages:
    segmenter: object
    vocab: object
    morph: object
    syntax: object
    ner: object
    names: object
    dates: object

    def process(self, text: str) -> tuple[object, list[object]]:
        """One text through every stage, as natasha's documentation runs it."""
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph)
        doc.parse_syntax(self.syntax)
        doc.tag_ner(self.ner)
        for span in doc.spans:
            span.normalize(self.vocab)
            if span.type == "PER":
                span.extract_fact(self.names)
        return doc, list(self.dates(text))


def ruskin_pipe() -> Run:
    """ruskin's full extraction in one process: ``Pipeline().pipe(texts)``."""
    from ruskin.pipeline import Pipeline

    pipeline = Pipeline()
    return lambda work: pipeline.pipe(work.texts)


def ruskin_batch(jobs: int) -> Callable[[], Run]:
    """ruskin's batch layer over files (what ``ruskin extract --jobs N`` runs)."""

    def load() -> Run:
        from ruskin.batch import Settings, extract_lines
        from ruskin.pipeline import default_pipeline
        from ruskin.pool import start_worker_server

        if jobs == 1:
            default_pipeline()  # at jobs 1 the models load in this process, before the clock
        else:
            start_worker_server()  # at jobs 2 they load once in the fork server, before the clock
        return lambda work: _checked(extract_lines(work.files, jobs=jobs, settings=Settings()))

    return load


def _checked(lines: Iterator[tuple[bool, str]]) -> Iterator[object]:
    for ok, line in lines:
        if not ok:
            raise RuntimeError(f"ruskin failed on a benchmark document: {line[:300]}")
        yield line


CONTENDERS = {
    contender.name: contender
    for contender in (
        Contender("natasha-ner", natasha_ner, summary="natasha NER alone"),
        Contender("natasha-full", natasha_full, summary="natasha full pipeline with names and dates"),
        Contender("ruskin", ruskin_pipe, summary="ruskin Pipeline().pipe(texts), one process"),
        Contender("ruskin-jobs1", ruskin_batch(1), summary="ruskin batch over files, --jobs 1"),
        Contender("ruskin-jobs2", ruskin_batch(2), pool=True, summary="ruskin batch over files, --jobs 2"),
    )
}
"""Every contender by name, in the order they run."""
