"""EVENT mentions: forums, sessions, meetings, visits, elections, wars, accidents, ...

A mention is an event noun of ``event_words.tsv`` with the modifiers before it and the
complements its entry allows after it (see ``ruskin.events.spans``). A capitalised event word that slovnet tags as an
organisation is one ("Форум стран-экспортёров газа"), not an event. Entries marked
``long`` need a modifier or complement ("Второй мировой войны", not "войны"); entries
marked ``about`` are events only after "о"/"об" ("указ о назначении"), entries marked ``state``
never in the prepositional after "в" ("полковник в отставке"), entries marked ``under`` never
after "под" ("под домашним арестом"); a word joining two
event words by a hyphen ("выставка-форум") is one of its first word's kind, and so is an event
word glued to its year ("ЧМ-2018", "Олимпиада-80"; entries marked ``year`` only so:
"Евро-2020"). Entries marked ``capital`` are events only capitalised and not named by the event
noun right before ("День Победы"; not "в день голосования", nor "празднование Дня города",
whose name it is). Verbs are
``event_verbs.tsv`` phrases ("скончался", "подал в отставку"), not right after "не" or
"быть" ("не избран", "должен быть избран": nothing took place); a verb of death, injury, crime
or arrest takes in the count of its victims after it ("погибли 8 человек", "задержали 5
человек"), one of birth the child born ("родился сын"); one marked ``object`` only with the thing
taken away, in the genitive ("лишили аккредитации"; not "лишили его"); one marked ``between``
also with the one it is about between its words ("признал его виновным"); "встретился" only with a person
named, or named with a post, after "с" ("встретился с губернатором Иваном Петровым"); a verb's
mention is normalised to the noun of its event where the file names one ("назначил" →
"назначение"). ``Found.value`` is an ``EventCue``: the event's kind, the entry it matched and whether it was a verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..events.lexicon import Phrase, event_modifiers, event_nouns, event_verbs, first_lemma
from ..events.spans import modifiers_before, name_reach, object_after, person_after, reach_after, victims_after
from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..gazetteers.places import normalize_lemma
from ..nlp.normal import normalize_phrase
from ..roles.lexicon import norm, role_lexicon
from .places import word_lemmas

__all__ = ["EventCue", "event_mentions"]

_HEAD_POS = frozenset({"NOUN", "PROPN"})
_PREPOSITIONS = frozenset({"ADP"})
_VERB_TAGS = frozenset({"VERB", "INFN", "PRTS"})
_VICTIM_KINDS = frozenset({"death", "injury", "crime", "arrest"})
_BIRTH = "birth"
_YEAR_GLUED = re.compile(r"[-–](?:\d{2}|\d{4})$")
_ABOUT = frozenset({"о", "об"})
_IN = frozenset({"в", "во"})
_UNREAL = frozenset({"не", "быть"})
_MET = frozenset({"встретиться", "встречаться"})
_WHOSE = frozenset({"его", "её", "ее", "их"})
"""Verbs that report a meeting only with a person named after "с" (``_meets_person``)."""
_MET_REACH = 8
_MAX_BETWEEN = 6
_OBJECT_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PRON"})
"""The words that may stand between the parts of an entry marked ``between``: the one it is about."""


@dataclass(frozen=True, slots=True)
class EventCue:
    """What an EVENT mention's trigger says: kind, data entry, whether a verb, whether named past its
    head, and the noun that names its event ("назначение" for "назначил" and for "назначении";
    empty for a verb the word list does not name)."""

    kind: str
    key: str
    verbal: bool = False
    specific: bool = False
    noun: str = ""
    name: str = ""
    """The event's name where it says more than the mention ("поездка в Ярославскую область" for
    "поездке", ``spans.name_reach``); empty: the mention's normal form."""
    named_by: str = ""
    """The lemma of the first word that names the event past the mention ("житель" of "встреча с
    жителями микрорайона"): two mentions named by different words are two events."""


def event_mentions(analysis: Analysis) -> list[Found]:
    """EVENT mentions in text order, each with its ``EventCue``."""
    found: list[Found] = []
    for sentence in analysis.sentence_words:
        position = sentence.start
        while position < sentence.stop:
            mention = _noun_at(analysis, position, sentence) or _verb_at(analysis, position, sentence.stop)
            found.extend([mention] if mention else [])
            position = mention.last + 1 if mention else position + 1
    return found


def _noun_at(analysis: Analysis, position: int, sentence: range) -> Found | None:
    words = analysis.words
    phrase = event_nouns().match(words, position, sentence.stop) or _compound(words[position]) or _dated(words[position])
    if phrase is None:
        return None
    dated = _YEAR_GLUED.search(words[position].text) is not None
    if "year" in phrase.options and not dated or "capital" in phrase.options and not _holiday(words, position):
        return None
    head = position + len(phrase.lemmas) - 1
    if words[head].pos not in _HEAD_POS or _organization_name(words[head]):
        return None
    if "about" in phrase.options and (position == 0 or words[position - 1].lemma not in _ABOUT):
        return None
    if "state" in phrase.options and _in_state(words, position):
        return None
    first = modifiers_before(words, position, sentence.start, event_modifiers())
    if "under" in phrase.options and first > sentence.start and words[first - 1].lemma == "под":
        return None
    last = reach_after(words, head, sentence.stop, phrase.options)
    if "long" in phrase.options and (first, last) == (position, head) and not dated:
        return None
    normal = normalize_phrase(words[first : last + 1], analysis.text)
    to = name_reach(words, last, sentence.stop, phrase.options)
    name = normalize_phrase(words[first : to + 1], analysis.text) if to is not None else ""
    named_by = next((w.lemma for w in words[last + 1 : (to or last) + 1] if w.pos not in _PREPOSITIONS), "")
    cue = EventCue(
        phrase.label, phrase.key, specific=last > head or to is not None, noun=phrase.key, name=name, named_by=named_by
    )
    return _found(analysis, first, last, normal, cue)


def _compound(word: Word) -> Phrase | None:
    """The entry of the first part of a word joining two event words by a hyphen ("выставка-форум",
    "конкурс-фестиваль"): the event is of its first word's kind."""
    parts = normalize_lemma(word.lemma).split("-")
    if len(parts) != 2:
        return None
    found = [next((p for p in event_nouns().by_first.get(part, ()) if len(p.lemmas) == 1), None) for part in parts]
    return found[0] if found[0] is not None and found[1] is not None else None


def _in_state(words: Sequence[Word], position: int) -> bool:
    """Whether the word is in the prepositional right after "в": a state ("в отставке": retired)."""
    return position > 0 and words[position - 1].lemma in _IN and words[position].case == "Loc"


def _holiday(words: Sequence[Word], position: int) -> bool:
    """Whether a capitalised word names a holiday of its own ("День Победы"), not what an event
    right before celebrates ("празднование Дня города": that event's name)."""
    if not words[position].text[:1].isupper():
        return False
    before = event_nouns().match(words, position - 1, position) if position > 0 else None
    return before is None or "whose" not in before.options


def _dated(word: Word) -> Phrase | None:
    """The entry of an event word glued to its year by a hyphen ("ЧМ-2018", "Олимпиада-80")."""
    glued = _YEAR_GLUED.search(word.text)
    if glued is None or glued.start() == 0:
        return None
    entries = event_nouns().by_first.get(first_lemma(word.text[: glued.start()]), ())
    return next((entry for entry in entries if len(entry.lemmas) == 1), None)


def _organization_name(word: Word) -> bool:
    """A capitalised event word tagged as an organisation: "Форум стран-экспортёров газа"."""
    return word.text[:1].isupper() and word.ner.endswith("ORG")


def _verb_at(analysis: Analysis, position: int, end: int) -> Found | None:
    words = analysis.words
    word = words[position]
    if word.parse is None or word.parse.tag.POS not in _VERB_TAGS:
        return None
    phrase: Phrase | None = event_verbs().match(words, position, end)
    last = position + len(phrase.lemmas) - 1 if phrase is not None else -1
    if phrase is None and (across := _across_object(words, position, end)) is not None:
        phrase, last = across
    if phrase is None or _negated(words, position):
        return None
    if phrase.key in _MET and not _meets_person(words, last, end):
        return None
    if phrase.label in _VICTIM_KINDS:
        last = victims_after(words, last + 1, end) or last
    if phrase.label == _BIRTH:
        last = person_after(words, last + 1, end, "Nom") or last
    if "object" in phrase.options:
        taken = object_after(words, last + 1, end)
        if taken is None:
            return None
        last = taken
    normal = phrase.name or analysis.text[word.start : words[last].stop]
    return _found(analysis, position, last, normal, EventCue(phrase.label, phrase.key, verbal=True, noun=phrase.name))


def _across_object(words: Sequence[Word], position: int, end: int) -> tuple[Phrase, int] | None:
    """An entry marked ``between`` matched with the one it is about between its first word and the
    rest ("признал его виновным", "признала Анну Петрову виновной"), and the index of its last word."""
    entries = (p for lemma in word_lemmas(words[position]) for p in event_verbs().by_first.get(lemma, ()))
    for phrase in (p for p in entries if "between" in p.options):
        rest = phrase.lemmas[1:]
        for at in range(position + 2, min(end - len(rest), position + 1 + _MAX_BETWEEN) + 1):
            if words[at - 1].pos not in _OBJECT_POS:
                break
            if all(lemma in word_lemmas(w) for lemma, w in zip(rest, words[at : at + len(rest)])):
                return phrase, at + len(rest) - 1
    return None


def _meets_person(words: Sequence[Word], last: int, end: int) -> bool:
    """Whether "с" right after the verb opens a phrase naming a person, by name or by a post with
    the name within a few words, "его"/"её"/"их"/"свой" before the post aside ("встретился с
    Петровым", "встретился с её главой Иваном Петровым"; not "встретились с дозорными",
    "встретился с рыбаком Петровым")."""
    if last + 1 >= end or words[last + 1].lemma not in ("с", "со"):
        return False
    whose = last + 2 < end and (words[last + 2].text.lower() in _WHOSE or words[last + 2].lemma == "свой")
    first = last + 2 + whose
    if first >= end:
        return False
    if words[first].ner.endswith("PER"):
        return True
    posts = role_lexicon().heads.get(norm(words[first].lemma), ())
    named = any(w.ner.endswith("PER") for w in words[first + 1 : min(end, first + _MET_REACH)])
    return named and any(head.kind == "post" for head in posts)


def _negated(words: Sequence[Word], position: int) -> bool:
    """Whether "не" or a "быть" of what must or may be stands right before the verb ("не избран",
    "должен быть избран"): no event took place."""
    return position > 0 and words[position - 1].text.lower() in _UNREAL


def _found(analysis: Analysis, first: int, last: int, normal: str, cue: EventCue) -> Found:
    start, stop = analysis.words[first].start, analysis.words[last].stop
    return Found(type="EVENT", first=first, last=last, start=start, stop=stop, normal=normal, value=cue)
