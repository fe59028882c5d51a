"""Who speaks in a quote that has no attribution of its own: the text right before it.

* A quote that goes on in the paragraph right after an attributed one ("«…», — сказал
  губернатор." then "«…»" on the next line) continues that speech (``continues``).
* Otherwise the sentence just before the quote, when it has a verb of saying, names the
  speaker (``sentence_before``): its clause around that verb, from the comma before it to the
  end of the sentence ("Министр подвёл итоги года.", "..., сообщил пресс-секретарь
  Дмитрий Песков."); or the sentence before that one in its paragraph, when the sentence
  between names no one and goes on with what was said.
* Words quoted inside a sentence, not opening it, that start with a small letter are
  quoted speech when a verb of saying or "по словам" comes before them in the sentence
  ("отметил, что считает решение «важным шагом»", "По его словам, район «готов
  к зиме»", "Сроки, по его словам, «пока не сорваны»"): that verb's clause, or the "по словам"
  clause, names the speaker (``fragment_lead``).
"""

from __future__ import annotations

from bisect import bisect_right

from ..nlp.analysis import Analysis
from .attribution import Attribution, by_source, is_speech_verb, same_line

__all__ = ["continues", "fragment_lead", "sentence_before"]

_MARKS = "«»\"„“”'.,!?…—–- \t\r"


def continues(analysis: Analysis, stop: int, start: int) -> bool:
    """Whether the text between a quote ending at ``stop`` and one starting at ``start`` is only
    the end of the first one's paragraph (its attribution, marks) and one line break."""
    between = analysis.text[stop:start]
    lines = between.split("\n")
    return 1 < len(lines) and not any(line.strip(_MARKS) for line in lines[1:])


def sentence_before(analysis: Analysis, start: int) -> Attribution | None:
    """The clause with a verb of saying in the sentence just before offset ``start``, or in the one
    before it in its paragraph when the sentence between names no one (it goes on with what the
    speaker said: "Полпред назвал ... приоритетными. Для этого необходимо ... «Уверен, ...»")."""
    sentence = _sentence_at(analysis, start) - 1
    if sentence < 0 or not analysis.sentence_words[sentence]:
        return None
    found = _saying(analysis, sentence)
    if found is None and sentence > 0 and _goes_on(analysis, sentence):
        found = _saying(analysis, sentence - 1)
    return found


def _goes_on(analysis: Analysis, sentence: int) -> bool:
    """Whether a sentence names no one and continues the paragraph of the sentence before it."""
    span = analysis.sentence_words[sentence]
    words = analysis.words
    before = analysis.sentence_words[sentence - 1]
    return bool(before) and same_line(analysis, before.stop - 1, span.start) and not any(
        words[i].ner.endswith("PER") for i in span
    )


def _saying(analysis: Analysis, sentence: int) -> Attribution | None:
    """The clause around the verb of saying of a sentence, from the comma before it to its end."""
    span = analysis.sentence_words[sentence]
    words = analysis.words
    verb = next((i for i in span if is_speech_verb(words[i]) and words[i].pos == "VERB"), None)
    if verb is None:
        return None
    first = verb
    while first - 1 >= span.start and words[first - 1].text != ",":
        first -= 1
    return Attribution(verb, first, span.stop - 1)


def _sentence_at(analysis: Analysis, offset: int) -> int:
    starts = [start for start, _ in analysis.sentences]
    return max(bisect_right(starts, offset) - 1, 0)


def fragment_lead(analysis: Analysis, opened: int, text: str) -> Attribution | None:
    """The clause of a verb of saying before quoted words ``text`` (a small letter first) that open
    at word ``opened``, in its sentence and paragraph; None if there is none."""
    if not text[:1].islower():
        return None
    words = analysis.words
    first = analysis.sentence_words[words[opened].sentence].start
    while first < opened and not same_line(analysis, first, opened):
        first += 1
    verb = next((i for i in range(opened - 1, first - 1, -1) if words[i].pos == "VERB" and is_speech_verb(words[i])), None)
    if verb is None:
        sources = (i for i in range(opened - 1, first - 1, -1) if words[i].lemma == "по")
        return next(filter(None, (by_source(analysis, i, _clause_stop(analysis, i, opened)) for i in sources)), None)
    start = verb
    while start - 1 >= first and words[start - 1].text not in {",", ":", ";"}:
        start -= 1
    return Attribution(verb, start, _clause_stop(analysis, verb, opened))


def _clause_stop(analysis: Analysis, at: int, opened: int) -> int:
    """The last word before the first comma after ``at`` (or before the quote)."""
    return next((i - 1 for i in range(at + 1, opened) if analysis.words[i].text == ","), opened - 1)
