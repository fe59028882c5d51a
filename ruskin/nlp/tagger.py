"""slovnet adapter: named-entity and morphology tags for sentences of words.

NER and morphology models share one vocabulary, so each sentence is encoded once and
both models run on the same batch. Sentences are batched by length to waste little on
padding. This is the only module that touches slovnet's internals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .models import Models


@dataclass(frozen=True, slots=True)
class SentenceTags:
    """Tags for one sentence: BIO entity tags and UD part of speech with features."""

    ner: tuple[str, ...]
    pos: tuple[str, ...]
    feats: tuple[dict[str, str], ...]


EMPTY = SentenceTags((), (), ())


def tag_sentences(
    models: Models, sentences: Sequence[Sequence[str]], batch_size: int = 32
) -> list[SentenceTags]:
    """BIO NER tags and UD morphology for each sentence, in the order given."""
    results: list[SentenceTags] = [EMPTY] * len(sentences)
    order = sorted((i for i, words in enumerate(sentences) if words), key=lambda i: len(sentences[i]))
    for begin in range(0, len(order), batch_size):
        batch = order[begin : begin + batch_size]
        for index, tags in zip(batch, _tag_batch(models, [sentences[i] for i in batch])):
            results[index] = tags
    return results


def _tag_batch(models: Models, batch: list[Sequence[str]]) -> list[SentenceTags]:
    encoder = models.ner.infer.encoder
    inputs = encoder.input([encoder.item(words) for words in batch])
    ner_tags = _ner_tags(models, inputs)
    morph_tags = _morph_tags(models, inputs)
    return [
        SentenceTags(tuple(ner), *_split_morph(morph)) for ner, morph in zip(ner_tags, morph_tags)
    ]


def _ner_tags(models: Models, inputs: object) -> list[list[str]]:
    infer = models.ner.infer
    pred = infer.model(inputs.word_id, inputs.shape_id, inputs.pad_mask)  # type: ignore[attr-defined]
    ids = infer.model.head.crf.decode(pred, ~inputs.pad_mask)  # type: ignore[attr-defined]
    vocab = infer.decoder.tags_vocab
    return [[vocab.decode(i) for i in row] for row in ids]


def _morph_tags(models: Models, inputs: object) -> list[list[str]]:
    infer = models.morph.infer
    pred = infer.model(inputs.word_id, inputs.shape_id, inputs.pad_mask)  # type: ignore[attr-defined]
    ids = infer.model.head.decode(pred)
    sizes = (~inputs.pad_mask).sum(-1)  # type: ignore[attr-defined]
    vocab = infer.decoder.tags_vocab
    return [[vocab.decode(i) for i in ids[row, :size]] for row, size in enumerate(sizes)]


def _split_morph(tags: list[str]) -> tuple[tuple[str, ...], tuple[dict[str, str], ...]]:
    pos, feats = zip(*(_parse_tag(tag) for tag in tags))
    return tuple(pos), tuple(feats)


def _parse_tag(tag: str) -> tuple[str, dict[str, str]]:
    pos, _, rest = tag.partition("|")
    if not rest:
        return pos, {}
    return pos, dict(item.split("=", 1) for item in rest.split("|"))
