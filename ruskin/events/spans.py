"""How far a mention reaches around its head word: modifiers before, complements after.

* Before the head: adjectives and ordinals in the head's case ("Третьего форума",
  "досрочных парламентских выборах"), except those of ``event_modifiers.tsv``.
* After a verb of death, injury, crime or arrest, the count of its victims ("погибли 8 человек",
  "ранены по меньшей мере 13 человек", "задержаны 5 человек"): a number and "человек" within a
  few words. After a verb of birth, the child born ("родился третий сын"): a common noun of a
  person in the nominative.
* After a verb whose entry is marked ``object``, the thing taken away, in the genitive ("лишили
  украинского гражданства", "лишена аккредитации"): no person, no name.
* After the head, as the entry's options allow: a chain of genitives ("форума социальных
  инноваций регионов", "чемпионате мира"), stopping at a person or an organisation,
  except the organisation that holds a sitting, first in the chain ("заседании областной
  думы", entries marked ``body``);
  a "по" phrase ("сессии по реализации ключевых проектов ... в Приволжском федеральном
  округе"); an "о" phrase ("соглашение о сотрудничестве в сфере логистики"); and always a
  quoted name («Инновационные проекты ...»), but not quoted words in the instrumental
  ("назвала выборы «грандиозным обманом»"); the person it is named after ("конкурс имени
  Петра Чайковского").
* What names the event past its mention stays out of the mention, as NEREL marks it
  (``name_reach``): a trip's destination ("поездки в Ярославскую область"), those met
  ("встречи с жителями микрорайона"), the people of a meeting ("совещание директоров школ").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..nlp.analysis import Word
from ..gazetteers.places import normalize_lemma

__all__ = [
    "QUOTES_CLOSE", "QUOTES_OPEN", "destination", "modifiers_before", "name_reach", "object_after", "quoted_end",
    "reach_after", "person_after", "victims_after",
]  # fmt: skip

QUOTES_OPEN = frozenset("«„“\"")
QUOTES_CLOSE = {"«": "»", "„": "“", "“": "”", '"': '"'}
_ORDINAL = re.compile(r"^(?:[IVXLC]+|\d+-?(?:й|го|м|е|я|ого|ому|ом|ий|ый|ая|ой|ую))$")
_NOMINAL = frozenset({"NOUN", "PROPN"})
_MAX_QUOTE = 25
_MAX_COUNT = 5
_PEOPLE = frozenset({"человек", "люди"})
_NAMED_AFTER = frozenset({"имени", "им"})


def modifiers_before(words: Sequence[Word], head: int, begin: int, skip: frozenset[str]) -> int:
    """The first word of the mention: ``head`` or the agreeing modifiers right before it."""
    first = head
    while first - 1 >= begin and _modifies(words[first - 1], words[head], skip):
        first -= 1
    return first


def _modifies(word: Word, head: Word, skip: frozenset[str]) -> bool:
    if _ORDINAL.match(word.text):
        return True
    if word.pos != "ADJ" or normalize_lemma(word.lemma) in skip or not word.text[:1].isalpha():
        return False
    return word.case is None or head.case is None or word.case == head.case


def reach_after(words: Sequence[Word], last: int, end: int, options: frozenset[str]) -> int:
    """The last word of the mention: ``last`` or the end of its complements."""
    last = _quoted_name(words, last + 1, end) or last
    if options & {"gen", "genall"}:
        last = _genitives(words, last + 1, end, "genall" in options, strict=True, body="body" in options) or last
        last = _quoted_name(words, last + 1, end) or last
    last = _named_after(words, last, end) or last
    if "po" in options:
        last = _po_phrase(words, last + 1, end) or last
    if "o" in options:
        last = _about_phrase(words, last + 1, end) or last
    return last


def name_reach(words: Sequence[Word], last: int, end: int, options: frozenset[str]) -> int | None:
    """The last word of what names the event past its mention, if anything: a trip's destination
    ("поездка в Ярославскую область", option ``to``), those met ("встреча с жителями микрорайона", ``with``),
    any genitive ("совещание директоров школ", "празднование 300-летия города", ``whose``)."""
    if "to" in options and (found := destination(words, last + 1, end)) is not None:
        return found
    if "with" in options and (found := _with_phrase(words, last + 1, end)) is not None:
        return found
    if "whose" in options and words[last].case not in ("Gen", None):
        return _genitives(words, last + 1, end, animate=True, strict=True)
    return None


def _with_phrase(words: Sequence[Word], at: int, end: int) -> int | None:
    """The last word of "с" and a group of common nouns in the instrumental with their genitives
    ("с врачами областной больницы"), not a person's name."""
    if at >= end or words[at].lemma not in ("с", "со"):
        return None
    head = _noun_group(words, at + 1, end, "Ins")
    if head is None or words[head].pos != "NOUN" or words[head].ner.endswith("PER"):
        return None
    return _genitives(words, head + 1, end, animate=True, strict=True) or head


def destination(words: Sequence[Word], at: int, end: int) -> int | None:
    """The last word of "в"/"на" and a place slovnet tags ("поездки в Ярославскую область"), if any."""
    if at + 1 >= end or words[at].lemma not in ("в", "на") or words[at + 1].ner != "B-LOC":
        return None
    last = at + 1
    while last + 1 < end and words[last + 1].ner == "I-LOC":
        last += 1
    return last


def quoted_end(words: Sequence[Word], at: int, end: int, longest: int = _MAX_QUOTE) -> int | None:
    """The index of the closing quote if ``words[at]`` opens a quoted name of at most ``longest`` words."""
    if at >= end or words[at].text not in QUOTES_OPEN:
        return None
    closing = QUOTES_CLOSE[words[at].text]
    for index in range(at + 1, min(end, at + longest)):
        if words[index].text == closing or words[index].text in "»”" and closing != '"':
            return index if index > at + 1 else None
    return None


def _quoted_name(words: Sequence[Word], at: int, end: int) -> int | None:
    """The closing quote of a quoted name right after the mention, not of quoted words in the
    instrumental that say what the event is called ("назвала выборы «грандиозным обманом»")."""
    found = quoted_end(words, at, end)
    if found is None or words[at + 1].pos in ("ADJ", "NOUN") and words[at + 1].case == "Ins":
        return None
    return found


def _named_after(words: Sequence[Word], last: int, end: int) -> int | None:
    """The last word of the person an event is named after ("конкурс имени Петра Чайковского",
    "фестиваля им. Шаляпина"), the mention ending in "имени" or right before it."""
    at = last if words[last].text.lower() in _NAMED_AFTER else last + 1
    if at >= end or words[at].text.lower() not in _NAMED_AFTER:
        return None
    at += 2 if at + 1 < end and words[at + 1].text == "." else 1
    named = None
    while at < end and (words[at].ner.endswith("PER") or words[at].text[:1].isupper() or words[at].text == "."):
        named = at if len(words[at].text) > 1 else named
        at += 1
    return named


def _genitives(words: Sequence[Word], at: int, end: int, animate: bool, strict: bool, body: bool = False) -> int | None:
    """The last word of a run of genitive noun groups starting at ``at``; with ``body``, the
    organisation that holds the event may be the first ("заседания областной думы")."""
    last = None
    index = at
    while index < end:
        group = _noun_group(words, index, end, "Gen")
        if group is not None and body and index == at and words[group].ner.endswith("ORG"):
            last = index = _organization_end(words, group, end)
            index += 1
            continue
        if group is None or strict and not _plain(words[group], animate):
            break
        last = index = group
        index += 1
    return last


def _organization_end(words: Sequence[Word], at: int, end: int) -> int:
    """The last word of the organisation name that word ``at`` is in, as slovnet tags it."""
    last = at
    while last + 1 < end and words[last + 1].ner == "I-ORG":
        last += 1
    return last


def _noun_group(words: Sequence[Word], at: int, end: int, case: str) -> int | None:
    """The index of the noun closing adjectives (and possessives: "со своим коллегой") + noun in
    ``case`` from ``at``, if any."""
    index = at
    while index < end and words[index].pos in ("ADJ", "DET") and words[index].case == case:
        index += 1
    if index < end and words[index].pos in _NOMINAL and words[index].case == case:
        return index
    return None


def _plain(noun: Word, animate: bool) -> bool:
    """Whether a genitive may join: not a person's or organisation's name; animate only if allowed."""
    if noun.ner.endswith(("PER", "ORG")):
        return False
    return animate or noun.feats.get("Animacy") != "Anim"


def _po_phrase(words: Sequence[Word], at: int, end: int) -> int | None:
    """The last word of "по <noun group> <genitives> [в <place>]" from ``at``, if there is one."""
    if at >= end or words[at].lemma != "по":
        return None
    head = _noun_group(words, at + 1, end, "Dat") or _noun_group(words, at + 1, end, "Loc")
    if head is None:
        return None
    last = _genitives(words, head + 1, end, animate=True, strict=False) or head
    if last + 1 < end and words[last + 1].lemma in ("в", "во"):
        return _noun_group(words, last + 2, end, "Loc") or last
    return last


def _about_phrase(words: Sequence[Word], at: int, end: int) -> int | None:
    """The last word of "о <noun group> <genitives>" from ``at`` ("о сотрудничестве регионов"), if any."""
    if at >= end or words[at].lemma not in ("о", "об"):
        return None
    head = _noun_group(words, at + 1, end, "Loc")
    return _genitives(words, head + 1, end, animate=False, strict=True) or head if head is not None else None


def person_after(words: Sequence[Word], at: int, end: int, case: str) -> int | None:
    """The index of a common noun of a person in ``case`` that the verb before ``at`` is about,
    with its adjectives ("родился третий сын", "убил девушку"); not a name."""
    head = _noun_group(words, at, end, case)
    if head is None or words[head].pos != "NOUN" or words[head].feats.get("Animacy") != "Anim":
        return None
    return None if words[head].ner.endswith("PER") or normalize_lemma(words[head].lemma) in _PEOPLE else head


def object_after(words: Sequence[Word], at: int, end: int) -> int | None:
    """The index of an inanimate genitive noun right at ``at`` or after its adjectives, whatever case
    the tagger gives them ("лишили всех наград", "лишил духовного сана"), not a person nor a name;
    None if there is none."""
    head = at
    while head < min(end, at + _MAX_COUNT) and words[head].pos in ("ADJ", "DET"):
        head += 1
    if head >= end or words[head].pos != "NOUN" or words[head].case != "Gen" or not _plain(words[head], animate=False):
        return None
    return head


def victims_after(words: Sequence[Word], at: int, end: int) -> int | None:
    """The index of "человек" closing a count of people that starts at ``at`` ("8 человек"), if any."""
    counted = False
    for index in range(at, min(end, at + _MAX_COUNT)):
        word = words[index]
        if normalize_lemma(word.lemma) in _PEOPLE:
            return index if counted else None
        if not word.text[:1].isalnum():
            return None
        counted = counted or word.pos == "NUM" or word.text[:1].isdigit()
    return None
