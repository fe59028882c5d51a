"""What the text around an event mention says about it: place, who took part and how (its date:
``events.when``).

Each place, date and person goes with the EVENT mention of its sentence fewest words away
from it (``closest_event``), one of its own clause first (not across ", а", ", но", ", и" or
";"); of two as near, the one before it: "В мае прошли выборы, а в июне — референдум" gives
"в мае" to the elections only, and "Форум прошёл в Казани, а выставка ..." Казань to the forum.

* The place: a CITY, REGION, COUNTRY or LOCATION inside the mention ("выборах
  президента США"), or after "в"/"во"/"на" in the mention's sentence (a place-kind noun or
  the place's adjectives may stand between, ``events.venues``: "в селе Малиновка", "в
  лондонском Альберт-холле") outside other names (a post, an agency) and not in a "что"
  clause after it ("на совещании отметил, что в Казани ..."): within six words of it ("форума, который проходит в Москве";
  a date between counts as one word: "стрельба в ночь на 19 апреля в Омске"), after a verbal
  event in its clause, no comma between ("Умер вчера ... директор завода в Казани"), or
  opening the sentence before its verb ("Во вторник в Нижнем Новгороде ... принял участие в
  открытии сессии"); a place's adjective after the place it qualifies ("Альберт-холле", not
  "лондонском"), then a city or a venue (``taggers.venues``: "на Ваганьковском кладбище в
  Москве") before other places, then the nearest. A place in the clause before the mention
  is not its place. Places joined to it by commas and "и" ("в Техасе, Огайо и Вермонте") are
  places of the event too (``Event.places``).
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
from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from ..gazetteers.places import normalize_lemma
from .lexicon import event_parts
from .venues import is_venue, word_before_name

__all__ = [
    "PLACE_TYPES", "closest_event", "coordinated_places", "distance", "distant_subject", "event_place", "is_agent", "mentions_by_sentence",
    "nearest_event", "opens_sentence", "organizer_after", "part_between", "sentence_of", "speech_part", "takes_part",
    "words_between",
]  # fmt: skip

PLACE_TYPES = frozenset({"CITY", "REGION", "COUNTRY", "LOCATION"})
_NAMES = frozenset({"PERSON", "ROLE", "AGENCY", "ORGANIZATION", "INITIATIVE"})
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
_TOLD = frozenset({"что", "чтобы"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})
_CLAUSE_PLACE_REACH = 16
_ORGANIZER_REACH = 3
_PLACE_REACH = 6
_JOINS = frozenset({",", "и", "а", "также"}) | _PLACE_PREPOSITIONS
_JOIN_WORDS = 3
_CLAUSE_CONJUNCTIONS = frozenset({"а", "но", "и", "однако"})
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
        if (f.type in PLACE_TYPES or is_venue(f, analysis)) and sentence_of(analysis, f) == sentence
        and not _named_within(f, found)
        and (_inside(f, mention) or _after_preposition(analysis, f) and _reaches(analysis, f, mention, found)
             and closest_event(analysis, found, f) is mention and not _told_of(analysis, mention, f))
    ]  # fmt: skip
    return min(candidates, key=lambda f: (_modifies(analysis, f, candidates), f.type != "CITY" and not is_venue(f, analysis), distance(f, mention)),
               default=None)  # fmt: skip


def coordinated_places(analysis: Analysis, found: Sequence[Found], place: Found) -> list[Found]:
    """The places joined to ``place`` after it by commas and "и" ("в Техасе, Огайо и Вермонте"),
    each of them a place the event is held in too; a preposition may repeat ("в Омске и в Томске")."""
    joined: list[Found] = []
    last = place
    for other in sorted((f for f in found if f.type in PLACE_TYPES and f.first > place.last), key=lambda f: f.first):
        between = [w.lemma for w in analysis.words[last.last + 1 : other.first]]
        if not between or len(between) > _JOIN_WORDS or not set(between) <= _JOINS or between[-1] in _PLACE_PREPOSITIONS and len(between) == 1:
            break
        joined.append(other)
        last = other
    return joined


def _modifies(analysis: Analysis, place: Found, candidates: Sequence[Found]) -> bool:
    """Whether the place is an adjective of another candidate that follows it ("в лондонском Альберт-холле")."""
    return analysis.words[place.last].pos == "ADJ" and any(
        f.first > place.last and word_before_name(analysis, f.first) < place.first for f in candidates
    )


def _reaches(analysis: Analysis, place: Found, mention: Found, found: Sequence[Found] = ()) -> bool:
    """Whether a place after a preposition is near enough the mention to be its place, and not
    in the clause before it ("Форум прошёл в Казани, а выставка ...": Казань is not the exhibition's)."""
    if place.last < mention.first and _joined_clause(analysis, place.last + 1, mention.first):
        return False
    return (_near(analysis, place, mention, _PLACE_REACH) or _in_verbs_clause(analysis, mention, place)
            or _dated_between(analysis, place, mention, found))


def _dated_between(analysis: Analysis, place: Found, mention: Found, found: Sequence[Found]) -> bool:
    """Whether the place follows the mention within reach once the dates between count a word each
    ("взрыв в ночь на 3 марта 2023 года в Омске")."""
    dates = [f for f in found if f.type == "DATE" and mention.last < f.first and f.last < place.first]
    if not dates or place.first < mention.last:
        return False
    covered = sum(w.text[:1].isalnum() for f in dates for w in analysis.words[f.first : f.last + 1])
    return words_between(analysis, mention, place) - covered + len(dates) <= _PLACE_REACH


def _joined_clause(analysis: Analysis, first: int, stop: int) -> bool:
    """Whether words ``first``..``stop - 1`` hold a comma before a conjunction that opens a clause
    (", а", ", но", ", и") or a semicolon."""
    words = analysis.words[first:stop]
    return any(
        w.text == ";" or w.text == "," and n < len(words) - 1 and words[n + 1].lemma in _CLAUSE_CONJUNCTIONS
        for n, w in enumerate(words)
    )


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


def _near(analysis: Analysis, other: Found, mention: Found, reach: int) -> bool:
    """Within ``reach`` words of the mention, or opening its sentence before the verb."""
    return words_between(analysis, other, mention) <= reach or opens_sentence(analysis, other, mention)


def closest_event(analysis: Analysis, found: Sequence[Found], other: Found) -> Found | None:
    """The EVENT mention of ``other``'s sentence fewest words away from it, one of its own clause
    first ("Форум прошёл в Казани, а выставка ...": Казань goes with the forum); of two as near,
    the one before it."""
    sentence = sentence_of(analysis, other)
    events = [f for f in found if f.type == "EVENT" and sentence_of(analysis, f) == sentence]
    return min(events, key=lambda f: (_across(analysis, f, other), words_between(analysis, f, other), f.start > other.start,
                                      distance(f, other)), default=None)  # fmt: skip


def _across(analysis: Analysis, one: Found, other: Found) -> bool:
    """Whether a clause joined by ", а", ", но", ", и" or ";" lies between two mentions."""
    low, high = sorted((one, other), key=lambda f: f.first)
    return _joined_clause(analysis, low.last + 1, high.first)


def nearest_event(mentions: Sequence[Found], other: Found) -> Found | None:
    """The event mention closest to ``other`` in characters."""
    return min(mentions, key=lambda m: distance(m, other), default=None)


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
    near = words_between(analysis, person, mention) <= _PERSON_REACH or distant_subject(analysis, person, mention)
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
    before = word_before_name(analysis, found.first)
    return before >= 0 and analysis.words[before].lemma in _PLACE_PREPOSITIONS


def _inside(inner: Found, outer: Found) -> bool:
    return outer.start <= inner.start and inner.stop <= outer.stop


def _named_within(place: Found, found: Sequence[Found]) -> bool:
    return any(f.type in _NAMES and _inside(place, f) and f is not place for f in found)


def distance(one: Found, other: Found) -> int:
    """Characters between two mentions (0 when they touch or overlap)."""
    return max(one.start - other.stop, other.start - one.stop, 0)


def words_between(analysis: Analysis, one: Found, other: Found) -> int:
    """Words (not punctuation) between two mentions."""
    low, high = sorted((one, other), key=lambda f: f.first)
    return sum(w.text[:1].isalnum() for w in analysis.words[low.last + 1 : high.first])


def opens_sentence(analysis: Analysis, place: Found, mention: Found) -> bool:
    """Whether the place comes before the sentence's first verb and the mention after it."""
    sentence = analysis.sentence_words[sentence_of(analysis, place)]
    verb = next((i for i in sentence if analysis.words[i].pos == "VERB"), None)
    return verb is not None and place.last < verb < mention.first
