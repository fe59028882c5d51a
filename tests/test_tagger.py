"""ruskin's fast forward pass gives exactly slovnet's tags."""

from __future__ import annotations

import pytest
from razdel import sentenize, tokenize

from ruskin import Pipeline
from ruskin.nlp.tagger import CHUNK_TOKENS, Tagger

from .conftest import SEED_FORUM, SEED_SESSION


def seed_sentences() -> list[list[str]]:
    texts = [path.read_text(encoding="utf-8") for path in (SEED_FORUM, SEED_SESSION)]
    return [[t.text for t in tokenize(s.text)] for text in texts for s in sentenize(text)]


def slovnet_tags(pipeline: Pipeline, sentences: list[list[str]]) -> list[tuple[list[str], list[str]]]:
    """slovnet's own inference on the same words: its encoder, model and CRF decoder."""
    infer = pipeline.models.ner.infer
    ner = []
    for inputs in infer.encoder(sentences):
        pred = infer.model(inputs.word_id, inputs.shape_id, inputs.pad_mask)
        ner.extend([infer.decoder.tags_vocab.decode(i) for i in row] for row in infer.model.head.crf.decode(pred, ~inputs.pad_mask))
    morph = [[t.pos for t in markup.tokens] for markup in pipeline.models.morph.map(sentences)]
    return list(zip(ner, morph))


def test_fast_tags_equal_slovnets_on_the_seed_pages(pipeline: Pipeline) -> None:
    sentences = [words for words in seed_sentences() if words]
    ours = Tagger(pipeline.models).tag(sentences)
    theirs = slovnet_tags(pipeline, sentences)
    assert [(list(t.ner), list(t.pos)) for t in ours] == theirs


@pytest.mark.parametrize("sizes", [[1], [3, 1, 7], [CHUNK_TOKENS - 1, 5], [CHUNK_TOKENS + 3]])
def test_chunking_and_empty_sentences_keep_order(pipeline: Pipeline, sizes: list[int]) -> None:
    words = ["Губернатор", "Дмитрий", "Азаров", "посетил", "Москву", "."]
    sentences = [[words[i % len(words)] for i in range(size)] for size in sizes]
    sentences.insert(1, [])
    tags = Tagger(pipeline.models).tag(sentences)
    assert [len(t.ner) for t in tags] == [len(s) for s in sentences]
    alone = [Tagger(pipeline.models).tag([s])[0] for s in sentences if len(s) < CHUNK_TOKENS]
    assert [t for t in tags if 0 < len(t.ner) < CHUNK_TOKENS] == [a for a in alone if a.ner]
