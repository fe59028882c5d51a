"""What the text around an event mention says about it: place, date, who took part and how.

Each place, date and person goes with the EVENT mention of its sentence fewest words away
from it (``closest_event``; of two as near, the one before it): "В мае прошли выборы,
а в июне — референдум" gives "в мае" to the elections only.

* The place: a CITY, REGION, COUNTRY or LOCATION inside the mention ("выборах
  президента США"), or after "в"/"во"/"на" in the mention's sentence outside other
  names (a post, an agency) and not in a "что" clause after it ("на совещании отметил, что в
  Казани ..."), either within six words of it ("форума, который проходит в Москве"), or after
  a verbal event in its clause, no comma between ("Умер вчера ... директор завода в Казани") or opening the sentence before its verb ("Во вторник в Нижнем Новгороде
  ... принял участие в открытии сессии"); a city before a region, then the nearest.
* The date: the nearest DATE in the sentence that names a moment ("вчера", "в 2019
  году"), not only a length of time ("пять лет"), within ten words of the mention, or
  opening the sentence before its verb when a word of ``event_holding.tsv`` comes just
  before the mention ("Во вторник, 23 апреля, ... принял участие в открытии сессии"), or
  when the mention is that verb ("Сегодня, 12 марта, Президент России ... подписал указ").
  The holding word may stand up to five words before the mention, in its clause ("провели
  последнее в этом году заседание"); a date that names a day wins over a nearer one that
  names only a month or a year ("в этом году").
  An event a signed act is about takes the signing's date ("7 марта президент подписал указ о
  назначении ..."). The only date of a sentence also goes on to a later event in a gerund's clause after the
  one it dates ("3 мая мэр назначил ..., отправив в отставку его предшественника"), or to a
  verb joined to it by "и" ("18 мая Путин принял отставку ... и назначил ..."). A date in a
  relative clause about something else ("декана, который работал в университете с 1990 года")
  is not the mention's; one about the mention's noun ("ярмарке, которая откроется 5 мая") is.
* People: a person takes part in the event mentioned within eight words of them in
  their sentence, or as the subject opening the clause of a verbal event with only an
  apposition between ("Джеймс Гандольфини, получивший ..., скончался"), unless they are
  the subject of an active transitive verb ("Путин
  назначил Иванова": Иванов takes part, Путин acts); the words between them give the
  part ("в открытии" → opened). A sentence right after
  the event's with a speech word ("в своём выступлении", "с докладом") and a person
  makes them a speaker.
* Organisers: an agency right after the mention ("сессии АСИ") or right after an
  organiser's word ("организованной Агентством стратегических инициатив").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..gazetteers.places import normalize_lemma
from .lexicon import event_holding, event_parts

__all__ = [
    "PLACE_TYPES", "closest_event", "distant_subject", "event_date", "following_date", "then_date", "event_place", "is_agent", "mentions_by_sentence",
    "nearest_event", "organizer_after", "part_between", "sentence_of", "speech_part", "takes_part",
]  # fmt: skip

PLACE_TYPES = frozenset({"CITY", "REGION", "COUNTRY", "LOCATION"})
_NAMES = frozenset({"PERSON", "ROLE", "AGENCY", "ORGANIZATION", "INITIATIVE"})
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
_TOLD = frozenset({"что", "чтобы"})
_THEN = frozenset({"тогда"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})
_CLAUSE_PLACE_REACH = 16
_ORGANIZER_REACH = 3
_PLACE_REACH = 6
_DATE_REACH = 10
_CARRY_REACH = 24
_HOLDING_REACH = 5
_PERSON_REACH = 8
_SUBJECT_REACH = 40
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def sentence_of(analysis: Analysis, found: Found) -> int:
    """The number of the sentence a mention starts in."""
    return analysis.words[found.first].sentence


def mentions_by_sentence(analysis: Analysis, found: Sequence[Found]) -> dict[int, list[Found]]:
    """The mentions of each sentence, in the order given: what the links below look through."""
    by_sentence: dict[int, list[Found]] = defaultdict(list)
    for mention in found:
        by_sentence[sentence_of(analysis, mention)].append(mention)
    return by_sentence


def event_place(analysis: Analysis, found: Sequence[Found], mention: Found) -> Found | None:
    """The place mention the event is held in, if its sentence names one.

    ``found`` holds the mentions of the event mention's sentence (``mentions_by_sentence``);
    more may be given, at a cost on long texts.
    """
    sentence = sentence_of(analysis, mention)
    candidates = [
        f for f in found
        if f.type in PLACE_TYPES and sentence_of(analysis, f) == sentence and not _named_within(f, found)
        and (_inside(f, mention) or _after_preposition(analysis, f) and (_near(analysis, f, mention, _PLACE_REACH) or _in_verbs_clause(analysis, mention, f))
             and closest_event(analysis, found, f) is mention and not _told_of(analysis, mention, f))
    ]  # fmt: skip
    return min(candidates, key=lambda f: (f.type != "CITY", _distance(f, mention)), default=None)


def _in_verbs_clause(analysis: Analysis, mention: Found, place: Found) -> bool:
    """Whether the place follows a verbal event in its clause, no comma between ("Умер вчера
    ... директор завода Иван Петров в Казани")."""
    if not mention.value.verbal or place.first <= mention.last:
        return False
    between = analysis.words[mention.last + 1 : place.first]
    return len(between) <= _CLAUSE_PLACE_REACH and not any(w.text in _CLAUSE_BREAKS for w in between)


def _told_of(analysis: Analysis, mention: Found, place: Found) -> bool:
    """Whether the place is in a clause of what was said after the mention ("На совещании он отметил,
    что в Казани ..."): not where the event was."""
    return any(w.lemma in _TOLD for w in analysis.words[mention.last + 1 : place.first])


def _leads(analysis: Analysis, date: Found, mention: Found) -> bool:
    """Whether the date opens the sentence before its verb and a holding word comes right before the
    mention ("Во вторник, 23 апреля, ... принял участие в открытии сессии")."""
    first = date.first == analysis.sentence_words[sentence_of(analysis, date)].start
    if first and mention.value.verbal:
        return _first_verb(analysis, date) == mention.first
    return first and _opens_sentence(analysis, date, mention) and _held(analysis, mention)


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


def _near(analysis: Analysis, other: Found, mention: Found, reach: int) -> bool:
    """Within ``reach`` words of the mention, or opening its sentence before the verb."""
    return _words_between(analysis, other, mention) <= reach or _opens_sentence(analysis, other, mention)


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
        if (_words_between(analysis, f, mention) <= _DATE_REACH or _leads(analysis, f, mention))
        and closest_event(analysis, found, f) is mention
    ]  # fmt: skip
    decree = _signed_before(analysis, found, mention) if not dates else None
    if decree is not None:
        return event_date(analysis, found, decree)
    if not dates and len(moments) == 1:
        return _carried(analysis, found, moments[0], mention)
    return min(dates, key=lambda f: (not _names_day(f) and any(map(_names_day, dates)), _distance(f, mention)), default=None)


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
    return date if (gerund or joined) and _words_between(analysis, date, mention) <= _CARRY_REACH else None


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


def closest_event(analysis: Analysis, found: Sequence[Found], other: Found) -> Found | None:
    """The EVENT mention of ``other``'s sentence fewest words away from it; of two as near, the one before it."""
    sentence = sentence_of(analysis, other)
    events = [f for f in found if f.type == "EVENT" and sentence_of(analysis, f) == sentence]
    return min(events, key=lambda f: (_words_between(analysis, f, other), f.start > other.start, _distance(f, other)),
               default=None)  # fmt: skip


def _moment(date: Found) -> bool:
    """Whether a DATE names a day, month, year or a relative moment ("вчера"), not only a length."""
    value = date.value
    return value is not None and (value.start is not None or value.relative is not None or value.duration is None)


def nearest_event(mentions: Sequence[Found], other: Found) -> Found | None:
    """The event mention closest to ``other`` in characters."""
    return min(mentions, key=lambda m: _distance(m, other), default=None)


def part_between(analysis: Analysis, one: Found, other: Found) -> str:
    """The part named by a word between two mentions ("принял участие в открытии": opened); "participant"
    if none names another."""
    low, high = sorted((one, other), key=lambda f: f.first)
    parts = event_parts()
    for word in analysis.words[low.last + 1 : high.first]:
        for lemma in (normalize_lemma(word.lemma), normalize_lemma(word.text)):
            if lemma in parts and parts[lemma][0] != "participant":
                return parts[lemma][0]
    return "participant"


def takes_part(analysis: Analysis, person: Found, mention: Found) -> bool:
    """Whether a person in the mention's sentence takes part in it: near it or its distant subject, not its agent."""
    near = _words_between(analysis, person, mention) <= _PERSON_REACH or distant_subject(analysis, person, mention)
    return near and not is_agent(analysis, person, mention)


def distant_subject(analysis: Analysis, person: Found, mention: Found) -> bool:
    """Whether the person opens a clause whose first finite verb is the event, an apposition between
    ("Джеймс Гандольфини, получивший известность за роль ..., скончался в Риме")."""
    if not mention.value.verbal or person.last >= mention.first or analysis.words[person.first].case != "Nom":
        return False
    between = analysis.words[person.last + 1 : mention.first]
    finite = any(w.pos in _CLAUSE_POS and w.feats.get("VerbForm") in (None, "Fin") for w in between)
    return len(between) <= _SUBJECT_REACH and not finite and not any(w.ner.endswith("PER") for w in between)


def is_agent(analysis: Analysis, who: Found, mention: Found) -> bool:
    """Whether ``who`` is the subject of an active transitive event verb ("Путин назначил ..."):
    the one who acts, not the one it happens to."""
    if not mention.value.verbal:
        return False
    parse = analysis.words[mention.first].parse
    active = parse is not None and "tran" in parse.tag and "pssv" not in parse.tag
    return active and analysis.words[who.first].case == "Nom"


def speech_part(analysis: Analysis, sentence: int) -> str | None:
    """The part a speech word in the sentence gives its people ("выступлении" → speaker), if any."""
    parts = event_parts()
    words = analysis.words[analysis.sentence_words[sentence].start : analysis.sentence_words[sentence].stop]
    found = (parts.get(normalize_lemma(w.lemma)) for w in words)
    return next((part for part, follows in filter(None, found) if follows), None)


def organizer_after(analysis: Analysis, candidates: Sequence[Found], mention: Found) -> list[Found]:
    """Mentions of organisers: right after the mention or closing it ("заседания областной думы"), or
    just after an organiser's word."""
    cues = [i for i in range(mention.last + 1, _sentence_stop(analysis, mention)) if _is_organizer_word(analysis, i)]
    return [
        f for f in candidates
        if f.first == mention.last + 1 or mention.first < f.first and f.last == mention.last
        or any(0 < f.first - cue <= _ORGANIZER_REACH for cue in cues)
    ]  # fmt: skip


def _is_organizer_word(analysis: Analysis, index: int) -> bool:
    part = event_parts().get(normalize_lemma(analysis.words[index].lemma))
    return part is not None and part[0] == "organizer"


def _sentence_stop(analysis: Analysis, found: Found) -> int:
    return analysis.sentence_words[sentence_of(analysis, found)].stop


def _after_preposition(analysis: Analysis, found: Found) -> bool:
    return found.first > 0 and analysis.words[found.first - 1].lemma in _PLACE_PREPOSITIONS


def _inside(inner: Found, outer: Found) -> bool:
    return outer.start <= inner.start and inner.stop <= outer.stop


def _named_within(place: Found, found: Sequence[Found]) -> bool:
    return any(f.type in _NAMES and _inside(place, f) and f is not place for f in found)


def _distance(one: Found, other: Found) -> int:
    return max(one.start - other.stop, other.start - one.stop, 0)


def _words_between(analysis: Analysis, one: Found, other: Found) -> int:
    low, high = sorted((one, other), key=lambda f: f.first)
    return sum(w.text[:1].isalnum() for w in analysis.words[low.last + 1 : high.first])


def _opens_sentence(analysis: Analysis, place: Found, mention: Found) -> bool:
    """Whether the place comes before the sentence's first verb and the mention after it."""
    sentence = analysis.sentence_words[sentence_of(analysis, place)]
    verb = next((i for i in sentence if analysis.words[i].pos == "VERB"), None)
    return verb is not None and place.last < verb < mention.first
