"""Who takes part in an event mentioned in their sentence, and in what part.

A person (or a post standing for its holder) takes part in the event mention of their
sentence fewest words away (``links.closest_event``) when within eight words of it, a
name between (a post, an agency, a region) counting as one word ("поездка полномочного
представителя Президента в Уральском федеральном округе Артёма Жоги"), or when
they open the clause of a verbal event (``links.takes_part``). The part:

* the subject of an active verb of the event: the kind's agent part of
  ``event_kinds.tsv`` ("Путин назначил ..." → signer), or no part at all where the kind
  has none ("убил"); but the patient's part where the subject undergoes the event though
  the verb takes an object ("X возглавил министерство", "X подал в отставку" → appointee,
  participant: ``event_undergone.tsv``);
* a decree's word right before them, in the instrumental ("указом президента Владимира
  Путина") or a decree's noun before them in the genitive ("распоряжение главы региона о
  назначении ...") → signer;
* a word between them (``event_parts.tsv``): "провёл совещание" → chair (at kinds that
  ``event_kinds.tsv`` says are chaired), "выступил на" → speaker, "подписал указ о
  назначении" → signer;
* after "с" at a meeting or talks ("встретился с губернатором", "встреча с X") → guest;
* anyone else at an event of a kind with a patient part ("назначен Иванов",
  "Путин назначил Иванова") → that part (appointee); otherwise participant.

The source of "по словам X", "по мнению X" only tells of the event and takes no part in it
(``events.told``).

The people of a verbal event also take part in the event it happens at, named before it after
"на", "в ходе" or "во время" ("во время сессии собрания ... избран Иван Петров": ``linking.event_people``).
The subject opening a sentence also takes part in the later events of its clauses
(``shares_subject``): a verb its clause reaches ("Иванов, победивший на выборах, вступил в
должность"), a verb joined by "и" ("принял отставку ... и назначил") and an event in a
gerund's clause ("назначил ..., отправив в отставку ..."), as their agent where the kind
gives one.

A person who says something (``says``: the subject of a verb of saying) in one of the three
sentences after an event's, in a sentence naming no event, speaks at that event, the latest
one people gather at (``lexicon.gathering_kinds``: not an appointment or an address)
("Губернатор провёл встречу с депутатами. Иван Петров отметил, что ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from ..quotes.attribution import is_speech_verb
from ..gazetteers.places import normalize_lemma
from .lexicon import chaired_kinds, event_parts, event_roles, undergone_verbs
from .told import only_tells
from .links import distant_subject, is_agent, part_between, takes_part

__all__ = ["NAMES", "around_events", "event_part", "near_words", "says", "shares_subject"]

NAMES = frozenset({"PERSON", "ROLE", "AGENCY", "ORGANIZATION", "REGION", "CITY", "COUNTRY", "LOCATION"})
_GUEST_KINDS = frozenset({"meeting", "talks"})
_WITH = frozenset({"с", "со"})
_REACH = 8
_SAYS_REACH = 3
_GERUND_REACH = 3
_AND = frozenset({"и"})


def event_part(analysis: Analysis, around: Sequence[Found], who: Found, mention: Found) -> str | None:
    """The part ``who`` plays in the event ``mention`` of its sentence, or None if it takes no part.

    ``around`` holds the mentions of the sentence, whose names count as one word each.
    """
    agent, patient = event_roles().get(mention.value.kind, ("", ""))
    if is_agent(analysis, who, mention):
        return _actor_part(mention, agent, patient)
    if not (near_words(analysis, around, who, mention) <= _REACH or takes_part(analysis, who, mention)):
        return None
    if only_tells(analysis, around, who):
        return None
    part = part_between(analysis, who, mention)
    if part == "participant" and _by_decree(analysis, around, who):
        part = "signer"
    if part == "chair" and mention.value.kind not in chaired_kinds():
        part = "participant"
    if part != "participant":
        return part
    if mention.value.kind in _GUEST_KINDS and _after_with(analysis, around, who):
        return "guest"
    return patient or part


def shares_subject(analysis: Analysis, around: Sequence[Found], who: Found, mention: Found) -> bool:
    """Whether ``who``, the subject opening its sentence, is also the subject of a later event of it:
    a verb its clause reaches ("Анна Ветрова, набравшая больше всех голосов, вступила в должность"), a verb
    joined by "и" ("принял отставку ..., и назначил"), or an event in a gerund's clause ("назначил
    ..., отправив в отставку ..."). Another subject between ends the chain."""
    words = analysis.words
    if mention.first <= who.last or words[who.first].case not in (None, "Nom"):
        return False
    if any(f.type == "PERSON" and who.last < f.first < mention.first and words[f.first].case == "Nom" for f in around):
        return False
    if distant_subject(analysis, who, mention):
        return True
    if not _opens_clause(analysis, who):
        return False
    if mention.value.verbal and words[mention.first - 1].lemma in _AND:
        return True
    before = words[max(who.last + 1, mention.first - _GERUND_REACH) : mention.first]
    return any(w.feats.get("VerbForm") == "Conv" for w in before)


def _opens_clause(analysis: Analysis, who: Found) -> bool:
    """Whether a mention comes before the first finite verb of its sentence."""
    sentence = analysis.sentence_words[analysis.words[who.first].sentence]
    verb = next((i for i in sentence if analysis.words[i].pos in ("VERB", "AUX")
                 and analysis.words[i].feats.get("VerbForm") in (None, "Fin")
                 and not _aside(analysis, i, sentence.start)), None)  # fmt: skip
    return verb is not None and who.last < verb


def _aside(analysis: Analysis, verb: int, start: int) -> bool:
    """Whether a finite verb opening its sentence is set off by a comma, an aside and not the
    clause's verb ("Напомним, ...", "Отметим, ...")."""
    return verb == start and verb + 1 < len(analysis.words) and analysis.words[verb + 1].text == ","


def subject_part(analysis: Analysis, who: Found, mention: Found) -> str | None:
    """The part of the subject of an event it shares (``shares_subject``): the kind's agent part where
    it acts ("назначил" → signer), none where the kind gives the actor none; else the patient's part."""
    agent, patient = event_roles().get(mention.value.kind, ("", ""))
    if not mention.value.verbal or is_agent(analysis, who, mention):
        return _actor_part(mention, agent, patient)
    return patient or "participant"


def _actor_part(mention: Found, agent: str, patient: str) -> str | None:
    """The part of the subject of an active verb: the kind's agent's ("Путин назначил ..." →
    signer), or the patient's where the subject undergoes the event ("X возглавил министерство",
    "X подал в отставку": ``undergone_verbs``)."""
    if mention.value.verbal and mention.value.key in undergone_verbs():
        return patient or "participant"
    return agent or None


def near_words(analysis: Analysis, around: Sequence[Found], one: Found, other: Found) -> int:
    """Words between two mentions, each name mention between them counting as one word."""
    low, high = sorted((one, other), key=lambda f: f.first)
    inside = [f for f in around if f.type in NAMES and low.last < f.first and f.last < high.first]
    covered = {i for f in inside for i in range(f.first, f.last + 1)}
    words = analysis.words
    alone = sum(words[i].text[:1].isalnum() for i in range(low.last + 1, high.first) if i not in covered)
    return alone + len(_outermost(inside))


def _outermost(mentions: list[Found]) -> list[Found]:
    return [f for f in mentions if not any(o is not f and o.first <= f.first and f.last <= o.last for o in mentions)]


def _after_with(analysis: Analysis, around: Sequence[Found], who: Found) -> bool:
    """Whether "с"/"со" comes right before the mention or the post before it ("встретился с
    губернатором Иваном Петровым")."""
    first = who.first
    post = next((f for f in around if f.type == "ROLE" and f.last == first - 1), None)
    first = post.first if post is not None else first
    return first > 0 and analysis.words[first - 1].lemma in _WITH


def says(analysis: Analysis, who: Found) -> bool:
    """Whether a person in the nominative is the subject of a verb of saying right after them
    ("Анатолий Буров отметил, что ...", "Губернатор подчеркнул")."""
    words = analysis.words
    if words[who.first].case not in (None, "Nom"):
        return False
    after = words[who.last + 1 : who.last + 1 + _SAYS_REACH]
    return any(w.pos == "VERB" and is_speech_verb(w) for w in after)


def around_events(around: Sequence[Found]) -> bool:
    """Whether a sentence's mentions include an event."""
    return any(f.type == "EVENT" for f in around)


def _by_decree(analysis: Analysis, around: Sequence[Found], who: Found) -> bool:
    """Whether a decree's word in the instrumental comes right before the mention or its post
    ("указом президента Владимира Путина": the signer), or a decree's noun right before a post or
    name in the genitive, whose decree it is ("распоряжение главы региона о назначении ...")."""
    first = who.first
    post = next((f for f in around if f.type == "ROLE" and f.last == first - 1), None)
    first = post.first if post is not None else first
    if first == 0:
        return False
    word = analysis.words[first - 1]
    found = event_parts().get(normalize_lemma(word.lemma))
    if found is None or found[0] != "signer":
        return False
    return word.case == "Ins" or word.pos == "NOUN" and analysis.words[first].case == "Gen"
