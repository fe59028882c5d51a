"""Quote records: direct speech with the Person who said it.

Speech without an attribution of its own is the previous quote's speaker's when it goes on
in the paragraph right after that quote, or else the speaker named by the sentence just
before it when that sentence has a verb of saying ("Министр подвёл итоги года. «…»";
``lead_in``).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..found import Found
from ..ids import RecordIds
from ..nlp.analysis import Analysis
from ..nlp.zones import zone_of_span
from ..records import Position, Quote
from .layout import Speech, speeches
from .lead_in import continues, sentence_before
from .speakers import Speakers

__all__ = ["build_quotes"]


def build_quotes(
    analysis: Analysis, found: list[Found], index: RecordIds, positions: Iterable[Position] = ()
) -> tuple[Quote, ...]:
    """``Quote`` records ``q1``, ``q2``... in text order, each with its speaker's Person id.

    ``found`` is the resolved list of mentions in text order; ``index`` must already hold
    the "persons" records (and "positions", when ``positions`` are given, to resolve
    speakers named by their post alone).
    """
    found_speech = _disjoint(speeches(analysis))
    quoted = [(speech.start, speech.stop) for speech in found_speech]
    speakers = Speakers(analysis, found, index, {p.id: p.person for p in positions}, quoted)
    quotes: list[Quote] = []
    for number, speech in enumerate(found_speech, 1):
        quote = _quote(f"q{number}", analysis, speech, speakers, quotes[-1] if quotes else None)
        if quote.speaker is not None:
            speakers.said(quote.stop, quote.speaker)
        quotes.append(quote)
    return tuple(quotes)


def _quote(quote_id: str, analysis: Analysis, speech: Speech, speakers: Speakers, previous: Quote | None) -> Quote:
    if speech.attribution is not None:
        speaker = speakers.speaker(speech.attribution, speech.start)
    elif previous is not None and previous.speaker and continues(analysis, previous.stop, speech.start):
        speaker = previous.speaker
    else:
        attribution = sentence_before(analysis, speech.start)
        speaker = speakers.speaker(attribution, speech.start) if attribution is not None else None
    return Quote(
        id=quote_id,
        speaker=speaker,
        text=analysis.text[speech.start : speech.stop],
        start=speech.start,
        stop=speech.stop,
        zone=zone_of_span(analysis, speech.start, speech.stop),
    )


def _disjoint(found: list[Speech]) -> list[Speech]:
    """Speeches that do not overlap an earlier one (a quote inside dialogue counts once)."""
    kept: list[Speech] = []
    for speech in found:
        if not kept or speech.start >= kept[-1].stop:
            kept.append(speech)
    return kept
