"""Holders found further away: a name a few words after the post and the subject of the sentence.

* a name within a few words after the post, in the same case, with no verb or other name
  between ("сенатор от штата Невада Томас Брейди", "старшего тренера клуба Олега Дымова");
* a post in the instrumental or after a frame word ("был мэром Еревана", "на посту мэра")
  belongs to the subject: the last name in the nominative before it in the sentence, or,
  when the subject is "он"/"она", the person last named in the sentence before.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..taggers.roles import RolePost
from ..nlp.analysis import Analysis, Word
from .agree import counted_case, indeclinable, lead_word
from .frames import frame_words
from ..roles.lexicon import lemma_set, norm
from ..roles.spans import mention_index
from .lists import plural

__all__ = ["acting_predicate", "agent", "appoints", "gap_holder", "governed", "naming_verbs", "subject_holder"]

GAP_WINDOW = 5
BACK_SENTENCES = 1
SUBJECT_PRONOUNS = frozenset({"он", "она"})
QUOTES = frozenset({"«", "»", '"', "„", "“", "”"})
BREAKING = frozenset({"VERB", "AUX", "SCONJ", "PRON"})
DESCRIBING = frozenset({"ADJ", "DET", "NUM"})
BECOMING = frozenset({"стать", "становиться", "являться", "остаться", "оставаться"})


def gap_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """A name a few words after the post, in the post's case, with only nouns, adjectives and
    prepositions between; a name in the genitive between is whose post it is ("адвокат Гибсона
    Стивен Колодни")."""
    head = counted_case(analysis, post)
    for person in (p for p in mention_index(people).starting(post.last + 1, len(analysis.words)) if p.first > post.last):
        between = analysis.words[post.last + 1 : person.first]
        if head is None or len(between) > GAP_WINDOW or any(_breaks(w) for w in between):
            return None
        if analysis.words[person.first].sentence != analysis.words[post.first].sentence:
            return None
        name = analysis.words[person.first].case
        if name == head:
            return person
        if name != "Gen":
            return None
    return None


def _breaks(word: Word) -> bool:
    """A verb, pronoun, conjunction or punctuation mark, or a word after which a name held the post
    before ("вместо": ``role_succession.tsv``); a participle in a case describes ("объединённого")."""
    if word.pos == "VERB" and word.feats.get("VerbForm") == "Part" and word.case is not None:
        return False
    return word.pos in BREAKING or (word.pos == "PUNCT" and word.text not in QUOTES) or norm(word.lemma) in lemma_set("role_succession")


def subject_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The subject of the sentence, for a post in the instrumental or after a frame word; not
    for a head that needs a complement standing without one ("был эффективным руководителем")."""
    if not _predicative(analysis, post) or bare_head(analysis, post):
        return None
    sentence = analysis.sentence_words[analysis.words[post.first].sentence]
    before = [p for p in people if sentence.start <= p.first and p.last < post.first]
    relative = _relative_antecedent(analysis, before, post)
    if relative is not None:
        return relative
    subjects = [p for p in before if analysis.words[p.first].case == "Nom"]
    if subjects:
        return None if appoints(analysis.words[subjects[-1].last + 1 : post.first]) else subjects[-1]
    pronoun = any(_subject_pronoun(analysis.words[i]) for i in range(sentence.start, post.first))
    return _last_named(analysis, people, sentence.start) if pronoun and not before else None


def _relative_antecedent(analysis: Analysis, before: Sequence[Found], post: Found) -> Found | None:
    """The name a "который" in the nominative stands for, when the post is in its clause:
    "сменил Андрея Сомова, который был назначен главой министерства" → Сомов."""
    for index in range(post.first - 1, before[0].last if before else -1, -1):
        word = analysis.words[index]
        if word.lemma == "который" and word.case == "Nom":
            named = [p for p in before if p.last < index and index - p.last <= 2]
            return named[-1] if named else None
    return None


def bare_head(analysis: Analysis, post: Found) -> bool:
    """A head that needs a complement to name a post ("руководитель", "глава"), with none."""
    value = post.value
    if not isinstance(value, RolePost) or value.alone:
        return False
    return norm(analysis.words[post.last].lemma) == value.key.split(" ")[-1]


def _subject_pronoun(word: Word) -> bool:
    """"он" or "она" as a subject, not "его", "её" or "ему"."""
    return word.lemma in SUBJECT_PRONOUNS and word.case == "Nom"


def _predicative(analysis: Analysis, post: Found) -> bool:
    """A post in the instrumental that is not governed by a preposition ("с губернатором"), or framed."""
    head = lead_word(analysis, post)
    before = analysis.words[post.first - 1] if post.first > 0 else None
    framed = before is not None and norm(before.lemma) in frame_words()
    bare = not governed(analysis, post) and not plural(analysis, post) and not agent(analysis, post)
    return (head.case == "Ins" and bare) or framed


def governed(analysis: Analysis, post: Found) -> bool:
    """Whether a preposition governs the post, adjectives aside ("с новым губернатором")."""
    index = post.first - 1
    while index >= 0 and analysis.words[index].pos in DESCRIBING:
        index -= 1
    return index >= 0 and analysis.words[index].pos == "ADP"


def agent(analysis: Analysis, post: Found) -> bool:
    """Whether the post follows a passive that it is the agent of ("убит бойцом", not "назначен министром")."""
    index = post.first - 1
    while index >= 0 and analysis.words[index].pos in DESCRIBING:
        index -= 1
    word = analysis.words[index] if index >= 0 else None
    return word is not None and word.feats.get("Voice") == "Pass" and norm(word.lemma) not in naming_verbs()


def appoints(words: Sequence[Word]) -> bool:
    """An active verb of appointing between a name and a post: the name appoints, it does not
    hold the post ("Путин, назначив временно исполняющим обязанности ... Цивилёва")."""
    return any(norm(w.lemma) in appointing_verbs() and w.feats.get("Voice") != "Pass" for w in words)


def appointing_verbs() -> frozenset[str]:
    """Verbs whose subject puts someone else in a post: ``role_appointing_verbs.tsv``."""
    return lemma_set("role_appointing_verbs")


def acting_predicate(analysis: Analysis, post: Found) -> bool:
    """A post opening with an indeclinable word ("врио", "и. о.") right after a verb it is the
    predicate of ("назначен врио губернатора", "стал и. о. министра"): its own case cannot say so."""
    words = analysis.words
    if post.first == 0 or not indeclinable(words[post.first]):
        return False
    verb = words[post.first - 1]
    return verb.pos in ("VERB", "AUX") and norm(verb.lemma) in naming_verbs() | BECOMING


def naming_verbs() -> frozenset[str]:
    """Verbs whose passive takes a post: ``role_naming_verbs.tsv``."""
    return lemma_set("role_naming_verbs")


def _last_named(analysis: Analysis, people: Sequence[Found], stop: int) -> Found | None:
    """The person named last before word ``stop``, in the sentences just before it."""
    sentence = analysis.words[stop].sentence
    first = analysis.sentence_words[max(sentence - BACK_SENTENCES, 0)].start
    before = [p for p in people if first <= p.first and p.last < stop]
    return before[-1] if before else None
