"""Quote records: direct speech with the Person who said it."""

from __future__ import annotations

from collections.abc import Iterable

from ..found import Found
from ..ids import RecordIds
from ..nlp.analysis import Analysis
from ..nlp.zones import zone_of_span
from ..records import Position, Quote
from .layout import Speech, speeches
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
    speakers = Speakers(analysis, found, index, {p.id: p.person for p in positions})
    return tuple(
        _quote(f"q{number}", analysis, speech, speakers)
        for number, speech in enumerate(_disjoint(speeches(analysis)), 1)
    )


def _quote(quote_id: str, analysis: Analysis, speech: Speech, speakers: Speakers) -> Quote:
    speaker = speakers.speaker(speech.attribution, speech.start) if speech.attribution else None
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
