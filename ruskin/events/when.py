"""The date of an event mention: what its sentence, or the ones around it, say of when it was.

* The nearest DATE in the sentence that names a moment ("вчера", "в 2019 году"), not only a
  length of time ("пять лет"), within ten words of the mention and with no nearer event, or
  opening the sentence before its verb when a word of ``event_holding.tsv`` comes up to five
  words before the mention, in its clause ("Во вторник, 23 апреля, ... принял участие в
  открытии сессии", "провели пятое в этом году заседание"), or when the mention is that
  verb ("Сегодня, 12 марта, Президент России ... подписал указ"); a date that names a day
  wins over a nearer one that names only a month or a year ("в этом году").
* An event a signed act is about takes the signing's date ("7 марта президент подписал указ о
  назначении ...").
* The only date of a sentence also goes on to a later event in a gerund's clause after the
  one it dates ("3 мая мэр назначил ..., отправив в отставку его предшественника"), or to a
  verb joined to it by "и" ("18 мая ректор принял отставку ... и назначил ...").
* A date in a relative clause about something else ("декана, который работал в университете с
  1990 года") is not the mention's; one about the mention's noun ("ярмарке, которая откроется
  5 мая") is.
* Failing these, the record may take the only date of the sentence before when the mention's
  opens with "Тогда" (``then_date``), the day the next sentence names when it names no
  event of its own (``following_date``), or, for an appointment or a dismissal, the day of the
  decree signed in the sentence right before or after (``decree_date``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..found import Found
from ..gazetteers.places import normalize_lemma
from ..nlp.analysis import Analysis, Word
from .lexicon import DECREED_KINDS, event_holding, signs_decree
from .links import closest_event, distance, opens_sentence, sentence_of, words_between

__all__ = ["decree_date", "event_date", "following_date", "then_date"]

_THEN = frozenset({"тогда"})
_DATE_REACH = 10
_CARRY_REACH = 24
_HOLDING_REACH = 5


def _leads(analysis: Analysis, date: Found, mention: Found) -> bool:
    """Whether the date opens the sentence before its verb and a holding word comes right before the
    mention ("Во вторник, 23 апреля, ... принял участие в открытии сессии")."""
    first = date.first == analysis.sentence_words[sentence_of(analysis, date)].start
    if first and mention.value.verbal:
        return _first_verb(analysis, date) == mention.first
    return first and opens_sentence(analysis, date, mention) and _held(analysis, mention)


def _first_verb(analysis: Analysis, found: Found) -> int | None:
    """The first verb of a mention's sentence."""
    sentence = analysis.sentence_words[sentence_of(analysis, found)]
    return next((i for i in sentence if analysis.words[i].pos == "VERB"), None)


def _held(analysis: Analysis, mention: Found) -> bool:
    """Whether one of the two words before the mention says it is held or joined ("участие в", "состоится")."""
    before = analysis.words[max(0, mention.first - _HOLDING_REACH) : mention.first]
    for word in reversed(before):
        if not word.text[:1].isalnum():
            return False
        if normalize_lemma(word.lemma) in event_holding():
            return True
    return False


def event_date(analysis: Analysis, found: Sequence[Found], mention: Found) -> Found | None:
    """The nearest DATE in the mention's sentence that names a moment and has no nearer event.

    ``found`` holds the mentions of the mention's sentence, as for ``event_place``.
    """
    sentence = sentence_of(analysis, mention)
    moments = [
        f for f in found
        if f.type == "DATE" and sentence_of(analysis, f) == sentence and _moment(f) and not _relative_apart(analysis, f, mention)
    ]  # fmt: skip
    dates = [
        f for f in moments
        if (words_between(analysis, f, mention) <= _DATE_REACH or _leads(analysis, f, mention))
        and closest_event(analysis, found, f) is mention
    ]  # fmt: skip
    decree = _signed_before(analysis, found, mention) if not dates else None
    if decree is not None:
        return event_date(analysis, found, decree)
    if not dates and len(moments) == 1:
        return _carried(analysis, found, moments[0], mention)
    return min(dates, key=lambda f: (not _names_day(f) and any(map(_names_day, dates)), distance(f, mention)), default=None)


def _names_day(date: Found) -> bool:
    """Whether a DATE names a day ("3 марта", "сегодня"), not only a month or a year ("в текущем году")."""
    value = date.value
    return len(value.start or "") >= 7 and value.start.count("-") >= 2 or value.relative in ("+0 day", "0 day", "-1 day", "+1 day")


def then_date(analysis: Analysis, in_sentence: Mapping[int, Sequence[Found]], mention: Found) -> Found | None:
    """The only moment of the sentence before, when the mention's sentence opens with "тогда" ("В 2018
    году он возглавил область. Тогда президент назначил его ...")."""
    sentence = sentence_of(analysis, mention)
    if sentence == 0 or analysis.words[analysis.sentence_words[sentence].start].lemma not in _THEN:
        return None
    moments = [f for f in in_sentence.get(sentence - 1, []) if f.type == "DATE" and _moment(f)]
    return moments[0] if len(moments) == 1 else None


def following_date(analysis: Analysis, in_sentence: Mapping[int, Sequence[Found]], mention: Found) -> Found | None:
    """The day named by the sentence right after the mention's, when that sentence names no event of
    its own and only that one moment ("Иванов переизбран председателем. Итоги голосования подвели 12 октября.")."""
    sentence = sentence_of(analysis, mention) + 1
    if sentence >= len(analysis.sentence_words) or analysis.zone_of(analysis.sentence_words[sentence].start) != analysis.zone_of(mention.first):
        return None
    around = in_sentence.get(sentence, [])
    moments = [f for f in around if f.type == "DATE" and _moment(f)]
    if any(f.type == "EVENT" for f in around) or len(moments) != 1 or not _names_day(moments[0]):
        return None
    return moments[0]


def decree_date(analysis: Analysis, in_sentence: Mapping[int, Sequence[Found]], mention: Found) -> Found | None:
    """The day of the decree signed in the sentence right before or after an appointment's or a
    dismissal's, when that sentence names no event of its own and that one moment ("Распоряжение
    подписал губернатор 27 сентября. «Назначить Петрова ...»")."""
    if mention.value.kind not in DECREED_KINDS:
        return None
    for sentence in (sentence_of(analysis, mention) - 1, sentence_of(analysis, mention) + 1):
        if not 0 <= sentence < len(analysis.sentence_words):
            continue
        span = analysis.sentence_words[sentence]
        around = in_sentence.get(sentence, [])
        moments = [f for f in around if f.type == "DATE" and _moment(f)]
        if signs_decree(analysis.words[span.start : span.stop]) and len(moments) == 1 and _names_day(moments[0]) \
                and not any(f.type == "EVENT" for f in around):  # fmt: skip
            return moments[0]
    return None


def _signed_before(analysis: Analysis, found: Sequence[Found], mention: Found) -> Found | None:
    """The signing the mention is the subject of ("президент подписал указ о назначении ..."): its date
    is the mention's."""
    words = analysis.words
    if mention.first < 2 or words[mention.first - 1].lemma not in ("о", "об"):
        return None
    return next((f for f in found if f.type == "EVENT" and f.last == mention.first - 2 and f.value.kind == "signing"), None)


def _carried(analysis: Analysis, found: Sequence[Found], date: Found, mention: Found) -> Found | None:
    """The only date of the sentence, when it opens an earlier event of the sentence that stands
    between it and the mention, the mention in a gerund's clause ("3 мая мэр назначил ...,
    отправив в отставку ...")."""
    owner = closest_event(analysis, found, date)
    if owner is None or not date.last < owner.first <= owner.last < mention.first:
        return None
    gerund = any(w.feats.get("VerbForm") == "Conv" for w in analysis.words[owner.last + 1 : mention.first])
    joined = mention.value.verbal and analysis.words[mention.first - 1].lemma == "и"
    return date if (gerund or joined) and words_between(analysis, date, mention) <= _CARRY_REACH else None


def _relative_apart(analysis: Analysis, date: Found, mention: Found) -> bool:
    """Whether the date stands in a relative clause about something else than the mention
    ("отставку декана Сомова, который работал с 1990 года, и назначил ...")."""
    words = analysis.words
    sentence = analysis.sentence_words[sentence_of(analysis, date)]
    opener = next((i for i in range(date.first - 1, sentence.start - 1, -1) if words[i].lemma == "который"), None)
    if opener is None or opener - 2 < sentence.start or words[opener - 1].text != ",":
        return False
    if any(words[i].text == "," for i in range(opener + 1, date.first)):
        return False
    close = next((i for i in range(date.last + 1, sentence.stop) if words[i].text == ","), sentence.stop)
    antecedent = opener - 2
    if opener <= mention.first <= close or mention.first <= antecedent <= mention.last:
        return False
    return not any(_agree(words[opener], word) for word in words[mention.first : mention.last + 1] if word.pos == "NOUN")


def _agree(pronoun: Word, noun: Word) -> bool:
    """Whether "который" agrees with a noun in number and, in the singular, gender ("ярмаркой, которая")."""
    number = pronoun.feats.get("Number")
    if number is None or number != noun.feats.get("Number"):
        return False
    return number == "Plur" or pronoun.feats.get("Gender") == noun.feats.get("Gender")


def _moment(date: Found) -> bool:
    """Whether a DATE names a day, month, year or a relative moment ("вчера"), not only a length."""
    value = date.value
    return value is not None and (value.start is not None or value.relative is not None or value.duration is None)
