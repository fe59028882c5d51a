"""Where direct speech is and which words say who spoke it.

Three layouts are read, each within one paragraph (line):

* a quote followed by its attribution: «…», — отметил Андрей Гнеушев; "…", - сообщил он;
  or with its attribution set off by dashes inside the marks: «…, — отметил он. — …»;
* an attribution ending in a colon before the quote: Андрей Гнеушев отметил: «…»
  (the colon may end the line before), or "Как отметил Андрей Гнеушев, «…»", or
  "По словам Андрея Гнеушева, «…»", or reported speech that ends its sentence:
  "Андрей Гнеушев заявил, что «…».";
* a paragraph of dialogue that starts with a dash: — Это важно, — сказал губернатор.
  — Мы продолжим. (the part after the attribution is a second stretch of speech);
* a turn of an interview or a transcript: a line that opens with a name and a colon
  ("Путин: Какие вопросы вы хотели бы обсудить сегодня?", ``turns``).

A quote that opens the last line of the text and is never closed is speech too: the excerpt
stops inside it (``marks.cut_off_quote``).

Direct speech opens a sentence of its own (after a full stop, a colon, a dash or at the
start of a line): a quote that follows a word of its sentence ("проект «…», — добавили")
is speech only after an introducing colon ("X отметил: «…»") or "как" clause, or when it
starts with a small letter after a verb of saying ("отметил, что это «важный шаг»",
``lead_in.fragment_lead``). Quoted
words without an attribution are speech only when they open a sentence and read as one
(``is_sentence_like``): four words or more, a capital letter, final punctuation inside
the marks or right after them. Names
in quotation marks follow the word they name («Инновационные проекты…» after "сессии",
"Театральная" after "метро", a law's title after "ФЗ") and are not quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..nlp.analysis import Analysis
from .attribution import DASHES, ENDS, Attribution, Speech, attribution_after, attribution_before, same_line
from .dialogue import dialogue_speeches
from .lead_in import fragment_lead
from .marks import cut_off_quote, quoted_spans
from .turns import turn_speeches

__all__ = ["Attribution", "Speech", "is_sentence_like", "speeches"]

OPENERS = frozenset({".", "!", "?", ":", "…", "...", "—", "–", "-"})
MIN_WORDS = 4
SENTENCE_ENDS = frozenset({".", "!", "?", "…", "...", ";"})

_WORD = re.compile(r"\w+")


def speeches(analysis: Analysis) -> list[Speech]:
    """Every stretch of direct speech in the text, in text order."""
    found = list(_quoted(analysis)) + list(dialogue_speeches(analysis)) + list(turn_speeches(analysis))
    return sorted(found, key=lambda s: s.start)


def _quoted(analysis: Analysis) -> Iterator[Speech]:
    starts = [word.start for word in analysis.words]
    for opening, closing in quoted_spans(analysis.view):
        start, stop = _strip(analysis.view, opening + 1, closing)
        if start >= stop:
            continue
        opened, closed = _word_at(starts, opening), _word_at(starts, closing)
        alone = _stands_alone(analysis, opened)
        attribution = (attribution_after(analysis, closed) if alone else None) or attribution_before(analysis, opened)
        if attribution is not None and attribution.reported and not _ends_sentence(analysis, closed):
            attribution = None  # "сообщил, что «Роснефть» увеличила добычу": a name, not speech
        if attribution is None and not alone:
            attribution = fragment_lead(analysis, opened, analysis.view[start:stop])
        if attribution is None and alone:
            attribution = _attribution_inside(analysis, opened, closed)
        after = analysis.view[closing + 1 : closing + 2]
        if attribution is not None or (alone and is_sentence_like(analysis.view[start:stop], after)):
            yield Speech(start, stop, attribution)
    cut = cut_off_quote(analysis.view)
    if cut is not None:
        yield from _cut_off(analysis, starts, cut)


def _cut_off(analysis: Analysis, starts: list[int], cut: tuple[int, int]) -> Iterator[Speech]:
    """The speech of a quote the text stops inside: one that opens its line and reads as a
    sentence, or words quoted after a verb of saying or "по словам" ("По словам министра, область
    «замыкает рейтинг" at the end of an excerpt)."""
    start, stop = _strip(analysis.view, cut[0] + 1, cut[1])
    opened = _word_at(starts, cut[0])
    if _stands_alone(analysis, opened):
        if is_sentence_like(analysis.view[start:stop] + "."):
            yield Speech(start, stop, _attribution_inside(analysis, opened, len(analysis.words)))
    elif (lead := fragment_lead(analysis, opened, analysis.view[start:stop])) is not None:
        yield Speech(start, stop, lead)


def _attribution_inside(analysis: Analysis, opened: int, closed: int) -> Attribution | None:
    """An attribution set off by dashes inside the marks: «…, — отметил Иван Петров. — …»."""
    words = analysis.words
    for index in range(opened + 1, closed - 1):
        if words[index].text in ENDS and words[index + 1].text in DASHES:
            found = attribution_after(analysis, index - 1)
            if found is not None and found.last < closed:
                return found
    return None


def _stands_alone(analysis: Analysis, opened: int) -> bool:
    """Whether a quote opens its own sentence, rather than naming the word before it ("шоу «…»")."""
    if opened == 0 or not same_line(analysis, opened - 1, opened):
        return True
    return analysis.words[opened - 1].text in OPENERS


def _ends_sentence(analysis: Analysis, closed: int) -> bool:
    """Whether the closing mark at word ``closed`` ends its sentence (or line, or text)."""
    after = closed + 1
    if after >= len(analysis.words) or not same_line(analysis, closed, after):
        return True
    return analysis.words[after].text in SENTENCE_ENDS


def is_sentence_like(text: str, after: str = "") -> bool:
    """Whether quoted words read as speech: several words, a capital, final punctuation (inside
    the marks, or right after them: «…».)."""
    stripped = text.strip()
    letters = [c for c in stripped if c.isalpha()]
    return (
        len(_WORD.findall(stripped)) >= MIN_WORDS
        and bool(letters) and letters[0].isupper()
        and (stripped[-1] in ".!?…" or after in (".", "!", "?", "…"))
    )


def _word_at(starts: list[int], offset: int) -> int:
    """Index of the word that holds character ``offset`` (word starts in ``starts``)."""
    return max(bisect_right(starts, offset) - 1, 0)


def _strip(text: str, start: int, stop: int) -> tuple[int, int]:
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop
