"""Named entities from slovnet's BIO tags: PER, LOC and ORG spans as mentions.

slovnet's PER spans are mended before they become PERSON mentions (see ``person_spans``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate

from ..found import Found
from ..nlp.analysis import Analysis
from ..nlp.morph import Morphology
from ..nlp.names import parse_name
from ..nlp.normal import normalize_phrase
from ..records import MentionType
from .person_spans import named_after, overlaps, person_spans

NER_TYPES: dict[str, MentionType] = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def entity_mentions(analysis: Analysis, morph: Morphology) -> list[Found]:
    """PERSON, LOCATION and ORGANIZATION mentions, each with its nominative form."""
    spans = list(bio_spans(analysis))
    persons = person_spans(analysis, [(first, last) for label, first, last in spans if label == "PER"], morph)
    persons += [span for span in named_after(analysis, morph) if not any(overlaps(span, p) for p in persons)]
    inside = _within(persons)
    others = [(label, first, last) for label, first, last in spans if label != "PER" and not inside(first, last)]
    labelled = sorted([("PER", first, last) for first, last in persons] + others, key=lambda s: s[1])
    return [_mention(analysis, label, first, last, morph) for label, first, last in labelled]


def _within(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether ``first..last`` lies within one of ``spans``: the spans sorted by start, with the
    furthest end reached so far, answer by bisection instead of a scan per question."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max))

    def within(first: int, last: int) -> bool:
        number = bisect_right(starts, first) - 1
        return number >= 0 and reach[number] >= last

    return within


def _mention(analysis: Analysis, label: str, first: int, last: int, morph: Morphology) -> Found:
    words = analysis.words[first : last + 1]
    name = parse_name(words, morph) if label == "PER" else None
    normal = name.full if name is not None and name.full else normalize_phrase(words, analysis.text)
    return Found(NER_TYPES[label], first, last, words[0].start, words[-1].stop, normal, name)


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


