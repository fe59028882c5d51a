"""Named entities from slovnet's BIO tags: PER, LOC and ORG spans as mentions."""

from __future__ import annotations

from collections.abc import Iterator

from ..found import Found
from ..nlp.analysis import Analysis
from ..nlp.morph import Morphology
from ..nlp.names import parse_name
from ..nlp.normal import normalize_phrase
from ..records import MentionType

NER_TYPES: dict[str, MentionType] = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def entity_mentions(analysis: Analysis, morph: Morphology) -> list[Found]:
    """PERSON, LOCATION and ORGANIZATION mentions, each with its nominative form."""
    found = []
    for label, first, last in bio_spans(analysis):
        words = analysis.words[first : last + 1]
        start, stop = words[0].start, words[-1].stop
        name = parse_name(words, morph) if label == "PER" else None
        normal = name.full if name is not None and name.full else normalize_phrase(words, analysis.text)
        found.append(Found(NER_TYPES[label], first, last, start, stop, normal, name))
    return found


def bio_spans(analysis: Analysis) -> Iterator[tuple[str, int, int]]:
    """(label, first word, last word) for every BIO span, never crossing a sentence."""
    for words in analysis.sentence_words:
        label, first = None, 0
        for index in words:
            prefix, _, tag = analysis.words[index].ner.partition("-")
            if label is not None and (prefix != "I" or tag != label):
                yield label, first, index - 1
                label = None
            if prefix == "B" or (prefix == "I" and label is None):
                label, first = tag, index
        if label is not None:
            yield label, first, words[-1]
