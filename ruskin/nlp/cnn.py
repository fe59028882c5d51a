"""A fast forward pass of slovnet's CNN taggers, on slovnet's own weights.

slovnet pads every batch to its longest sentence and builds a copy of every convolution
window. Here all sentences of a batch lie end to end in one array, separated by zero
rows as wide as the convolution's padding, so a convolution is one matrix product per
kernel offset over contiguous memory, with no padding waste. The result is the same as
slovnet's (the tests compare them); the word embedding, shared by the NER and morphology
models, is looked up once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class ConvLayer:
    """Convolution, ReLU, then batch norm folded to ``scale`` and ``shift``."""

    kernels: Array  # kernel offset x in x out
    bias: Array
    scale: Array
    shift: Array


@dataclass(frozen=True)
class TagNet:
    """One tagger: shape embedding, convolution layers and the output projection."""

    shapes: Array
    layers: tuple[ConvLayer, ...]
    weight: Array
    bias: Array


@dataclass(frozen=True)
class Flat:
    """Sentences laid end to end: ``rows`` are the token rows, the others are zero gaps."""

    size: int
    rows: Array
    gaps: Array


def tag_net(model: Any) -> TagNet:
    """Our TagNet from a slovnet ``Tag`` model (adapter: slovnet's objects stop here)."""
    layers = tuple(_conv_layer(layer) for layer in model.encoder.layers)
    head = model.head.proj
    return TagNet(model.emb.shape.weight.array, layers, head.weight.array, head.bias.array)


def _conv_layer(layer: Any) -> ConvLayer:
    weight = layer.conv.weight.array  # out x in x kernel
    norm = layer.norm
    scale = norm.weight.array / norm.std.array
    shift = norm.bias.array - norm.mean.array * scale
    return ConvLayer(np.ascontiguousarray(weight.transpose(2, 1, 0)), layer.conv.bias.array, scale, shift)


def word_vectors(navec: Any, word_ids: Array) -> Array:
    """navec's product-quantised vectors for word ids (tokens x 300)."""
    indexes = navec.indexes.array[word_ids]
    codes = navec.codes.array
    vectors = codes[np.arange(codes.shape[0]), indexes]  # tokens x subvectors x chunk
    return vectors.reshape(len(word_ids), -1)


def flat_layout(lengths: Sequence[int], gap: int) -> Flat:
    """Where each token goes when sentences of ``lengths`` lie end to end with ``gap`` zero rows."""
    starts = np.cumsum([gap] + [length + gap for length in lengths[:-1]]) if lengths else np.zeros(0, int)
    rows = np.concatenate([np.arange(s, s + n) for s, n in zip(starts, lengths)]) if lengths else np.zeros(0, int)
    size = int(starts[-1] + lengths[-1] + gap) if lengths else 0
    gaps = np.ones(size, dtype=bool)
    gaps[rows] = False
    return Flat(size, rows, gaps)


def forward(net: TagNet, words: Array, shape_ids: Array, flat: Flat) -> Array:
    """Output scores per token (tokens x tags) for tokens laid out as ``flat``."""
    features = np.concatenate([words, net.shapes[shape_ids]], axis=1)
    x = np.zeros((flat.size, features.shape[1]), dtype=np.float32)
    x[flat.rows] = features
    for layer in net.layers:
        x = _convolve(layer, x)
        x[flat.gaps] = 0
    return x[flat.rows] @ net.weight + net.bias


def _convolve(layer: ConvLayer, x: Array) -> Array:
    width, size = layer.kernels.shape[0], x.shape[0]
    pad = width // 2
    inner = size - 2 * pad
    y = x[0:inner] @ layer.kernels[0]
    for offset in range(1, width):
        y += x[offset : offset + inner] @ layer.kernels[offset]
    out = np.zeros((size, y.shape[1]), dtype=np.float32)
    out[pad : pad + inner] = np.maximum(y + layer.bias, 0) * layer.scale + layer.shift
    return out


def viterbi(emissions: Array, transitions: Array, lengths: Sequence[int]) -> list[Array]:
    """Best tag sequence per sentence under a CRF, for sentences whose emissions lie end to end."""
    bounds = np.cumsum([0, *lengths])
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    paths: list[Array] = [np.zeros(0, dtype=int)] * len(lengths)
    for begin in range(0, len(order), 256):
        chunk = order[begin : begin + 256]
        for index, path in zip(chunk, _viterbi_batch(emissions, transitions, bounds, chunk, lengths)):
            paths[index] = path
    return paths


def _viterbi_batch(
    emissions: Array, transitions: Array, bounds: Array, chunk: list[int], lengths: Sequence[int]
) -> list[Array]:
    sizes = np.array([lengths[i] for i in chunk])
    batch = np.zeros((len(chunk), int(sizes.max()), emissions.shape[1]), dtype=np.float32)
    for row, index in enumerate(chunk):
        batch[row, : lengths[index]] = emissions[bounds[index] : bounds[index + 1]]
    score, history = batch[:, 0], []
    for step in range(1, batch.shape[1]):
        candidates = score[:, :, None] + transitions + batch[:, step, None, :]
        history.append(candidates.argmax(1))
        score = np.where((step < sizes)[:, None], candidates.max(1), score)
    return [_backtrack(score[row], [h[row] for h in history[: size - 1]]) for row, size in enumerate(sizes)]


def _backtrack(score: Array, history: list[Array]) -> Array:
    best = int(np.argmax(score))
    path = [best]
    for pointers in reversed(history):
        best = int(pointers[best])
        path.append(best)
    return np.array(path[::-1])
