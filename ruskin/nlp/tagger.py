"""slovnet adapter: named-entity and morphology tags for sentences of words.

slovnet's NER and morphology models share a vocabulary and navec's word vectors, so each
word is encoded and looked up once, and both models run on the same layout (see
``nlp.cnn``). Sentences go through in chunks of at most ``CHUNK_TOKENS`` tokens, so memory
stays bounded on any input. This module and ``nlp.cnn`` are the only ones that touch
slovnet's objects.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from . import cnn
from .models import Models

CHUNK_TOKENS = 8192


@dataclass(frozen=True, slots=True)
class SentenceTags:
    """Tags for one sentence: BIO entity tags and UD part of speech with features."""

    ner: tuple[str, ...]
    pos: tuple[str, ...]
    feats: tuple[dict[str, str], ...]


EMPTY = SentenceTags((), (), ())


class Tagger:
    """The two slovnet models as fast nets sharing one embedding lookup."""

    def __init__(self, models: Models) -> None:
        self.encoder = models.ner.infer.encoder
        self.navec = models.ner.infer.model.emb.word
        self.transitions = models.ner.infer.model.head.crf.transitions.array
        self.ner = cnn.tag_net(models.ner.infer.model)
        self.morph = cnn.tag_net(models.morph.infer.model)
        self.ner_tags = models.ner.infer.decoder.tags_vocab.items
        self.morph_tags = models.morph.infer.decoder.tags_vocab.items

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[SentenceTags]:
        """Tags for each sentence, in the order given; an empty sentence gets empty tags."""
        results = [EMPTY] * len(sentences)
        for chunk in _chunks([i for i, words in enumerate(sentences) if words], sentences):
            for index, tags in zip(chunk, self._tag_chunk([sentences[i] for i in chunk])):
                results[index] = tags
        return results

    def _tag_chunk(self, sentences: list[Sequence[str]]) -> list[SentenceTags]:
        encoded = [self.encoder.item(words) for words in sentences]
        word_ids = np.fromiter((w for ids, _ in encoded for w in ids), dtype=np.int64)
        shape_ids = np.fromiter((s for _, ids in encoded for s in ids), dtype=np.int64)
        lengths = [len(words) for words in sentences]
        flat = cnn.flat_layout(lengths, gap=1)
        vectors = cnn.word_vectors(self.navec, word_ids)
        paths = cnn.viterbi(cnn.forward(self.ner, vectors, shape_ids, flat), self.transitions, lengths)
        morph = cnn.forward(self.morph, vectors, shape_ids, flat).argmax(1)
        bounds = np.cumsum([0, *lengths])
        return [
            self._sentence_tags(path, morph[bounds[i] : bounds[i + 1]]) for i, path in enumerate(paths)
        ]

    def _sentence_tags(self, ner: np.ndarray, morph: np.ndarray) -> SentenceTags:
        pos, feats = zip(*(parse_tag(self.morph_tags[i]) for i in morph.tolist()))
        return SentenceTags(tuple(self.ner_tags[i] for i in ner.tolist()), pos, feats)


def _chunks(indexes: list[int], sentences: Sequence[Sequence[str]]) -> Iterator[list[int]]:
    chunk: list[int] = []
    size = 0
    for index in indexes:
        if chunk and size + len(sentences[index]) > CHUNK_TOKENS:
            yield chunk
            chunk, size = [], 0
        chunk.append(index)
        size += len(sentences[index])
    if chunk:
        yield chunk


@lru_cache(maxsize=None)
def parse_tag(tag: str) -> tuple[str, dict[str, str]]:
    """'NOUN|Case=Gen|Number=Sing' → ('NOUN', {'Case': 'Gen', 'Number': 'Sing'}); shared, do not mutate."""
    pos, _, rest = tag.partition("|")
    if not rest:
        return pos, {}
    return pos, dict(item.split("=", 1) for item in rest.split("|"))


@lru_cache(maxsize=4)
def tagger_for(models: Models) -> Tagger:
    """The fast tagger for a set of loaded models, built once."""
    return Tagger(models)


def tag_sentences(models: Models, sentences: Sequence[Sequence[str]]) -> list[SentenceTags]:
    """BIO NER tags and UD morphology for each sentence, in the order given."""
    return tagger_for(models).tag(sentences)
