"""The analysed text that later stages read: words with morphology and entity tags.

``analyze_many`` runs clean-up, segmentation, slovnet's taggers and pymorphy3 over a
batch of texts; the taggers and linkers downstream read the resulting ``Analysis``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pymorphy3.analyzer import Parse

from ..record_types import Zone
from .clean import analysis_view, glued_breaks, word_joins
from .models import Models
from .morph import Morphology
from .segment import Segmented, segment
from .tagger import SentenceTags, tag_sentences


@dataclass(slots=True)
class Word:
    """A token with its analysis; ``index`` is its position in ``Analysis.words``."""

    index: int
    start: int
    stop: int
    text: str
    sentence: int
    pos: str
    feats: dict[str, str]
    ner: str
    parse: Parse | None
    lemma: str

    @property
    def case(self) -> str | None:
        """UD case in context (Nom, Gen, ...), if the word has one."""
        return self.feats.get("Case")


@dataclass(slots=True)
class Analysis:
    """A text, its same-length analysis view, sentences, words and page zones per sentence."""

    text: str
    view: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    sentence_words: list[range] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)

    def zone_of(self, word_index: int) -> Zone:
        """Page zone of the sentence a word is in ("body" until zones are set)."""
        sentence = self.words[word_index].sentence
        return self.zones[sentence] if sentence < len(self.zones) else "body"


def analyze_many(texts: Sequence[str], models: Models, morph: Morphology) -> list[Analysis]:
    """Analyse several texts, running the neural taggers over all their sentences at once."""
    views = [analysis_view(text) for text in texts]
    segmented = [segment(view, glued_breaks(view), word_joins(text)) for text, view in zip(texts, views)]
    flat = [[piece.text for piece in s.tokens] for sentences in segmented for s in sentences]
    tags = iter(tag_sentences(models, flat))
    return [
        _build(text, view, sentences, [next(tags) for _ in sentences], morph)
        for text, view, sentences in zip(texts, views, segmented)
    ]


def _build(
    text: str, view: str, sentences: list[Segmented], tags: list[SentenceTags], morph: Morphology
) -> Analysis:
    analysis = Analysis(text=text, view=view)
    for number, (sentence, sentence_tags) in enumerate(zip(sentences, tags)):
        first = len(analysis.words)
        for piece, ner, pos, feats in zip(
            sentence.tokens, sentence_tags.ner, sentence_tags.pos, sentence_tags.feats
        ):
            parse = morph.choose(piece.text, pos, feats) if _is_wordlike(piece.text) else None
            lemma = parse.normal_form if parse is not None else piece.text.lower()
            analysis.words.append(
                Word(len(analysis.words), piece.start, piece.stop, piece.text,
                     number, pos, feats, ner, parse, lemma)
            )
        analysis.sentences.append((sentence.start, sentence.stop))
        analysis.sentence_words.append(range(first, len(analysis.words)))
    return analysis


def _is_wordlike(text: str) -> bool:
    return any(char.isalpha() for char in text)
