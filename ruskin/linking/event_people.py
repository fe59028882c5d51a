"""Who took part in each event, and how: people named, pronouns that stand for them and posts
that stand for their holders, linked to the event mentions of their sentence
(``events.people``) or, for one who speaks after an event, to the latest event people gather at;
one named in a sentence of votes or candidates that names no vote ran in the latest vote
before it (an election, or one chosen by a vote: "избран"); one who signs a decree in a sentence
that names no event signs the appointments and dismissals of the sentence before or after it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..events.background import is_setting
from ..events.groups import is_article
from ..events.lexicon import DECREED_KINDS, gathering_kinds, signs_decree
from ..events.links import closest_event, is_agent, mentions_by_sentence, sentence_of, speech_part
from ..events.people import around_events, event_part, says, shares_subject, subject_part
from ..events.pronouns import pronoun_objects, pronoun_subjects, zero_subjects
from ..found import Found
from ..ids import RecordIds
from ..nlp.analysis import Analysis
from ..records import Participant, Position
from ..taggers.person_spans import is_named_after

__all__ = ["event_people", "unique_participants"]

_FOLLOW_SENTENCES = 3
_DURING = frozenset({"в ход", "в время"})
_VOTE_WORDS = frozenset({"голос", "проголосовать", "кандидат", "кандидатура", "оппонент", "соперник"})
_PLACES = frozenset({"второй", "третий", "четвёртый", "четвертый", "пятый", "шестой", "последний"})
_VOTED = frozenset({"избрание", "избрание на новый срок"})


def event_people(
    analysis: Analysis,
    found: list[Found],
    index: RecordIds,
    groups: list[list[Found]],
    ids: list[str],
    positions: Sequence[Position],
) -> dict[str, list[Participant]]:
    """Who took part in each event, and how, keyed by event id: people named, then posts named
    without their holder's name in the sentence (the holder, with the Position)."""
    owner = {id(m): record_id for record_id, group in zip(ids, groups) for m in group}
    article = [f for f in found if is_article(analysis, f)]
    by_sentence = mentions_by_sentence(analysis, article)
    events = [f for f in article if f.type == "EVENT"]
    people: dict[str, list[Participant]] = {record_id: [] for record_id in ids}
    for who, person, position in _who(analysis, article, index, positions):
        for mention, part in _links(analysis, who, by_sentence, events):
            people[owner[id(mention)]].append(Participant(person=person, part=part, position=position))  # type: ignore[arg-type]
    return {record_id: unique_participants(found_people) for record_id, found_people in people.items()}


def _who(
    analysis: Analysis, article: list[Found], index: RecordIds, positions: Sequence[Position]
) -> Iterator[tuple[Found, str, str | None]]:
    """(mention, Person id, Position id) of each PERSON mention (not one something is named after:
    "конкурс имени Петра Чайковского"), of each pronoun opening a clause
    ("Он провёл совещание", ``events.pronouns``) and of each post whose holder is not named in its
    sentence ("Губернатор провёл совещание"), or that names again, without its holder's name in
    the sentence, the title only one person holds in the text."""
    by_id = {p.id: p for p in positions}
    named = {index.mentions[id(f)]: sentence_of(analysis, f) for f in article if f.type == "PERSON"}
    persons = [f for f in article if f.type == "PERSON"]
    events = [f for f in article if f.type == "EVENT"]
    carried = (*pronoun_subjects(analysis, persons), *pronoun_objects(analysis, persons, events), *zero_subjects(analysis, persons))
    for pronoun, antecedent in carried:
        if (record := index.record("persons", antecedent)) and is_article(analysis, pronoun):
            yield pronoun, record, None
    titled = _held_titles(positions)
    for mention in article:
        if mention.type == "PERSON" and is_named_after(analysis, mention.first):
            continue
        if mention.type == "PERSON" and (record := index.record("persons", mention)):
            yield mention, record, None
        elif mention.type == "ROLE" and (position := by_id.get(index.record("positions", mention) or "")):
            if sentence_of(analysis, mention) not in _named_in(position, named):
                yield mention, position.person, position.id
        elif mention.type == "ROLE" and (position := titled.get(mention.normal.lower())):
            if sentence_of(analysis, mention) not in _named_in(position, named):
                yield mention, position.person, position.id


def _named_in(position: Position, named: dict[str, int]) -> set[int | None]:
    """The sentences of the mentions that name a Position's holder (``holder``, ``holders``)."""
    return {named.get(holder) for holder in (*position.holders, position.holder) if holder}


def _held_titles(positions: Sequence[Position]) -> dict[str, Position]:
    """Title → the Position of its one holder, for titles only one person holds ("вице-губернатор НСО"
    named again without a name is that holder)."""
    holders: dict[str, set[str]] = {}
    for position in positions:
        holders.setdefault(position.title.lower(), set()).add(position.person)
    return {
        position.title.lower(): position for position in positions if len(holders[position.title.lower()]) == 1
    }


def unique_participants(participants: list[Participant]) -> list[Participant]:
    """Each person once per part, and as a plain participant only without another part; one named
    in the text wins over one reached through a post."""
    kept: dict[tuple[str, str], Participant] = {}
    for participant in participants:
        key = (participant.person, participant.part)
        if key not in kept or kept[key].position is not None and participant.position is None:
            kept[key] = participant
    parted = {person for person, part in kept if part != "participant"}
    return [p for (person, part), p in kept.items() if part != "participant" or person not in parted]


def _links(
    analysis: Analysis, who: Found, by_sentence: dict[int, list[Found]], events: list[Found]
) -> list[tuple[Found, str]]:
    """The event mentions a person (or post) takes part in, each with the part."""
    sentence = sentence_of(analysis, who)
    around = _without_settings(analysis, by_sentence.get(sentence, []))
    closest = closest_event(analysis, around, who)
    if closest is not None:
        part = event_part(analysis, around, who, closest)
        if part is not None:
            others = [
                m for m in around
                if m.type == "EVENT" and m is not closest and m.first > who.last and _alone(analysis, around, who, m)
            ]  # fmt: skip
            shared = [
                m for m in around
                if m.type == "EVENT" and m is not closest and m not in others and shares_subject(analysis, around, who, m)
            ]  # fmt: skip
            settings = [m for m in _settings(analysis, around, closest) if m not in others and m not in shared]
            return [
                (closest, part),
                *((m, p) for m in others if (p := event_part(analysis, around, who, m)) is not None),
                *((m, p) for m in shared if (p := subject_part(analysis, who, m)) is not None),
                *((m, "participant") for m in settings),
                *((m, "participant") for m in _vote_before(analysis, by_sentence, events, sentence)),
            ]
        if is_agent(analysis, who, closest):
            return []
    if not around_events(around) and (voted := _vote_before(analysis, by_sentence, events, sentence)):
        return [(voted[-1], "participant")]
    if not around_events(around) and (signed := _signed_next_to(analysis, who, events, sentence)):
        return [(m, "signer") for m in signed]
    part = speech_part(analysis, sentence) or ("speaker" if says(analysis, who) and not around_events(around) else None)
    earlier = [
        m for m in events
        if sentence - _FOLLOW_SENTENCES <= sentence_of(analysis, m) < sentence and m.value.kind in gathering_kinds()
    ]  # fmt: skip
    return [(earlier[-1], part)] if part is not None and earlier else []


def _without_settings(analysis: Analysis, around: list[Found]) -> list[Found]:
    """The mentions of a sentence, a war named only as the setting of another of its events left
    out ("вручил награды ветеранам боевых действий на церемонии": the ceremony's people)."""
    settings = [m for m in around if m.type == "EVENT" and is_setting(analysis, m)]
    if not settings or all(m.type != "EVENT" or m in settings for m in around):
        return around
    return [m for m in around if m not in settings]


def _signed_next_to(analysis: Analysis, who: Found, events: list[Found], sentence: int) -> list[Found]:
    """The appointments and dismissals of the sentence right before or after one in which ``who``,
    in the nominative, signs a decree ("Распоряжение подписал губернатор Иван Сомов. «Назначить
    Петрова ...»": a verb and a noun of ``event_parts.tsv``'s signer): the decree's signer signs them."""
    span = analysis.sentence_words[sentence]
    if not signs_decree(analysis.words[span.start : span.stop]) or analysis.words[who.first].case not in (None, "Nom"):
        return []
    return [
        m for m in events
        if abs(sentence_of(analysis, m) - sentence) == 1 and m.value.kind in DECREED_KINDS
    ]  # fmt: skip


def _vote_before(
    analysis: Analysis, by_sentence: dict[int, list[Found]], events: list[Found], sentence: int
) -> list[Found]:
    """The latest vote up to three sentences before a sentence of votes that names no vote of its own
    (a sentence naming none before it in a row of such sentences reaching further back): empty if none."""
    around = by_sentence.get(sentence, [])
    if any(m.type == "EVENT" and _voting(m) for m in around) or not _votes(analysis, sentence):
        return []
    first = sentence
    while first > 0 and not around_events(by_sentence.get(first - 1, [])) and _votes(analysis, first - 1):
        first -= 1
    voted = [m for m in events if first - _FOLLOW_SENTENCES <= sentence_of(analysis, m) < sentence and _voting(m)]
    return voted[-1:]


def _votes(analysis: Analysis, sentence: int) -> bool:
    """Whether a sentence tells of votes or candidates ("За Ивана Петрова проголосовали 12 депутатов",
    "кандидат садоводов получил 12% голосов"), opens with a place in a vote ("На пятом месте
    оказался ...") or, after such a sentence, with "за" ("За Петра Сомова — 3."): those it names
    ran in the vote before it."""
    span = analysis.sentence_words[sentence]
    words = analysis.words
    if len(span) > 1 and words[span.start].lemma == "на" and words[span.start + 1].lemma in _PLACES:
        return True
    if words[span.start].lemma == "за" and sentence > 0 and _votes(analysis, sentence - 1):
        return True
    return any(words[i].lemma in _VOTE_WORDS for i in span)


def _voting(mention: Found) -> bool:
    """Whether an event mention is a vote: an election, or one chosen by a vote ("избран")."""
    return mention.value.kind == "election" or mention.value.noun in _VOTED


def _settings(analysis: Analysis, around: list[Found], verb: Found) -> list[Found]:
    """Events of the sentence that a verbal event happens at, named before it after "на", "в ходе",
    "во время" ("во время сессии собрания ... избран Иван Петров"): its people take part in them too."""
    if not verb.value.verbal:
        return []
    words = analysis.words
    return [
        m for m in around
        if m.type == "EVENT" and m.last < verb.first and not m.value.verbal
        and (words[m.first - 1].lemma == "на" or " ".join(w.lemma for w in words[m.first - 2 : m.first]) in _DURING)
    ]  # fmt: skip


def _alone(analysis: Analysis, around: list[Found], who: Found, mention: Found) -> bool:
    """Whether no other person or post stands between ``who`` and an event mention: a person takes
    part in the closest event of their sentence and in the later ones so reached ("Маккейн
    победил на праймериз, а затем на выборах")."""
    low, high = sorted((who, mention), key=lambda f: f.first)
    return not any(f.type in ("PERSON", "ROLE") and low.last < f.first and f.last < high.first for f in around)
