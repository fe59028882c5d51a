"""Attribution clauses: the words around a verb of saying that name who spoke.

After a quote, the clause follows a dash ("», — отметил Андрей Гнеушев", "- сообщил он")
and its verb of saying comes first or right after the speaker, or any verb in the past
opens it ("», — представил своего заместителя губернатор"); a verb of saying that ends its
line takes a name standing alone on the next ("— сказал\n\nИван Петров."). Before a quote, the
clause ends in a colon ("Андрей Гнеушев отметил: «", or a line that opens with a name: "Алексей Воробьёв,
председатель правительства: «"), is a "как" clause ("Как отметил X, «"), names the
source with "по словам" ("По словам Азарова, «", the speaker in any case: ``oblique``), or
reports the speech with "что" ("X заявил, что «…»": ``reported``, a quote that must end its
sentence, so that a quoted name after "что" is not taken for speech). Verbs of saying are
listed in ``ruskin/data/speech_verbs.tsv``, the nouns of "по словам" in
``ruskin/data/speech_sources.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..gazetteers.gazetteer import load_table
from ..nlp.analysis import Analysis, Word

__all__ = [
    "DASHES",
    "ENDS",
    "MARKS",
    "Attribution",
    "Speech",
    "attribution_after",
    "attribution_before",
    "by_source",
    "is_speech_verb",
    "named_line",
    "names_person",
    "person_words",
    "same_line",
    "tells_of_document",
]

DASHES = frozenset({"—", "–", "-", "--", "―"})
ENDS = frozenset({",", ".", "!", "?", "…", "...", "?!", "!?", "?..", "!.."})
CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":", "…", "..."})
MARKS = frozenset({"«", "»", '"', "„", "“", "”"})
MAX_CLAUSE = 20
_NAME_LINE = 4


@dataclass(frozen=True, slots=True)
class Attribution:
    """The clause that names the speaker: words ``first``..``last`` around the verb ``verb``."""

    verb: int
    first: int
    last: int
    oblique: bool = False
    """The speaker may be named in any case ("по словам Азарова")."""
    reported: bool = False
    """Speech reported after "что": it is a quote only if it ends its sentence."""


@dataclass(frozen=True, slots=True)
class Speech:
    """Direct speech ``text[start:stop]`` (without its quotation marks) and its attribution."""

    start: int
    stop: int
    attribution: Attribution | None


@cache
def _speech_words() -> frozenset[str]:
    return frozenset(_plain(row["word"]) for row in load_table("speech_verbs"))


@cache
def _source_nouns() -> frozenset[str]:
    return frozenset(_plain(row["word"]) for row in load_table("speech_sources"))


def _plain(word: str) -> str:
    return word.lower().replace("ё", "е")


@cache
def _document_words() -> frozenset[str]:
    return frozenset(_plain(row["word"]) for row in load_table("speech_verbs") if row["source"] == "document")


def tells_of_document(word: Word) -> bool:
    """Whether a verb of saying is impersonal, its clause naming a document ("говорится в указе")."""
    return _plain(word.lemma) in _document_words()


def is_speech_verb(word: Word) -> bool:
    """Whether a word is a verb of saying ("отметил", "подчеркнула", "уверен")."""
    table = _speech_words()
    return _plain(word.lemma) in table or _plain(word.text) in table


def attribution_after(analysis: Analysis, last: int) -> Attribution | None:
    """An attribution after word ``last``: [punctuation] dash, then a clause with a speech verb."""
    words = analysis.words
    position = last + 1
    while position < len(words) and words[position].text in ENDS and position <= last + 2:
        position += 1
    if position >= len(words) or words[position].text not in DASHES or not same_line(analysis, last, position):
        return None
    return _clause(analysis, position + 1, _clause_end(analysis, position + 1))


def _clause_end(analysis: Analysis, first: int) -> int:
    """The last word of the clause from ``first``: up to its line's end or a break, or the name
    alone on the next line when a verb of saying ends this one ("— сказал\n\nИван Петров.")."""
    words = analysis.words
    last = first
    while last + 1 < len(words) and last + 1 - first < MAX_CLAUSE and _continues(analysis, last + 1):
        last += 1
    if last == first < len(words) and is_speech_verb(words[first]):
        return _name_line(analysis, last + 1) or last
    return last


def _name_line(analysis: Analysis, first: int) -> int | None:
    """The last word of a line that holds only a person's name (and a full stop), when the
    speech verb ended the line before it: a page that broke "— сказал\n\nИван Петров."."""
    words = analysis.words
    if first >= len(words):
        return None
    last = first
    while last + 1 < len(words) and same_line(analysis, last, last + 1) and last - first < _NAME_LINE:
        last += 1
    name = [i for i in range(first, last + 1) if words[i].text not in CLAUSE_ENDS]
    whole = last + 1 >= len(words) or not same_line(analysis, last, last + 1)
    return last if whole and name and all(names_person(analysis, i) for i in name) else None


def _continues(analysis: Analysis, position: int) -> bool:
    words = analysis.words
    if words[position].text in CLAUSE_ENDS or not same_line(analysis, position - 1, position):
        return False
    follower = words[position + 1].text if position + 1 < len(words) else ""
    return not (words[position].text == "," and follower in DASHES)


def _clause(analysis: Analysis, first: int, last: int) -> Attribution | None:
    """The clause after a dash, when a speech verb opens it or follows the speaker directly, or
    any verb in the past opens it ("», — представил своего заместителя губернатор")."""
    if first > last or first >= len(analysis.words):
        return None
    if _past_verb(analysis.words[first]):
        return Attribution(first, first, last)
    for position in range(first, min(last, first + 4) + 1):
        word = analysis.words[position]
        if is_speech_verb(word):
            return Attribution(position, first, last)
        if word.pos == "PUNCT":
            return None
    return None


def _past_verb(word: Word) -> bool:
    return word.pos == "VERB" and word.feats.get("Tense") == "Past" and word.feats.get("VerbForm") == "Fin"


def attribution_before(analysis: Analysis, opened: int) -> Attribution | None:
    """An attribution before the opening mark: "X отметил: «", "Как отметил X, «", "По словам X, «", "X заявил, что «"."""
    words = analysis.words
    mark = opened - 1
    if mark < 1 or words[mark].text not in {":", ","} and words[mark].lemma != "что":
        return None
    if words[mark].lemma == "что":
        return _reported(analysis, mark)
    first, last = _clause_before(analysis, mark - 1)
    if words[mark].text == ":":
        return _with_verb(analysis, first, last) or named_line(analysis, first, last)
    if words[first].lemma == "как":
        return _with_verb(analysis, first, last)
    return by_source(analysis, first, last)


def _clause_before(analysis: Analysis, last: int) -> tuple[int, int]:
    first = last
    while first - 1 >= 0 and last - first < MAX_CLAUSE and _continues_back(analysis, first - 1):
        first -= 1
    return first, last


def _with_verb(analysis: Analysis, first: int, last: int, *, reported: bool = False) -> Attribution | None:
    verb = next((i for i in range(last, first - 1, -1) if is_speech_verb(analysis.words[i])), None)
    return Attribution(verb, first, last, reported=reported) if verb is not None else None


def named_line(analysis: Analysis, first: int, last: int, known: frozenset[str] = frozenset()) -> Attribution | None:
    """A line that opens with a person's name before a colon: "Путин: ...", "Иван Петров,
    председатель правительства области: «…»" (the colon, having no gender, as verb)."""
    words = analysis.words
    opens = first == 0 or not same_line(analysis, first - 1, first)
    if not opens or not names_person(analysis, first, known) or last + 1 >= len(words) or words[last + 1].text != ":":
        return None
    return Attribution(last + 1, first, last)


def names_person(analysis: Analysis, index: int, known: frozenset[str] = frozenset()) -> bool:
    """Whether a word is tagged as part of a name, or is one of the ``known`` words so tagged
    elsewhere in the text ("Калиматов:" opening a turn, read as a name before; ``person_words``)."""
    word = analysis.words[index]
    return word.ner.endswith("PER") or word.text[:1].isupper() and word.text in known


def person_words(analysis: Analysis) -> frozenset[str]:
    """The words of the text that the tagger reads as part of a person's name."""
    return frozenset(word.text for word in analysis.words if word.ner.endswith("PER"))


def _reported(analysis: Analysis, that: int) -> Attribution | None:
    """ "X заявил, что «": a clause with a verb of saying, a comma, then "что"."""
    if analysis.words[that - 1].text != "," or that < 2:
        return None
    first, last = _clause_before(analysis, that - 2)
    return _with_verb(analysis, first, last, reported=True)


def by_source(analysis: Analysis, first: int, last: int) -> Attribution | None:
    """ "По словам X, «": "по" opens the clause (words ``first``..``last``), a noun of saying follows it."""
    words = analysis.words
    if words[first].lemma != "по" or first + 1 > last:
        return None
    noun = next((i for i in range(first + 1, min(first + 3, last + 1)) if _plain(words[i].lemma) in _source_nouns()), None)
    return Attribution(noun, first, last, oblique=True) if noun is not None else None


def _continues_back(analysis: Analysis, position: int) -> bool:
    words = analysis.words
    text = words[position].text
    return text not in CLAUSE_ENDS and text not in MARKS and same_line(analysis, position, position + 1)


def same_line(analysis: Analysis, left: int, right: int) -> bool:
    """Whether words ``left`` and ``right`` are on one line (paragraph)."""
    words = analysis.words
    return "\n" not in analysis.view[words[left].stop : words[right].start]
