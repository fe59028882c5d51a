"""Holders the text names away from the post: in the next sentence, by a pronoun, or as the
subject of an earlier clause.

Tried for a post that no rule of ``ruskin.holders.decide`` gives a holder at its own words:

- ``next_sentence_holder``: a singular post that ends its sentence as an object, or stands in a
  sentence that names nobody, is held by the full name that opens the next sentence
  ("Президент провёл встречу с главой Тверской области. Пётр Самойлов рассказал о ...";
  "Губернатор края отмечает юбилей. Ивану Сомову исполнилось 60 лет"); not when post and name
  are both subjects, which are more often two people;
- ``pronoun_holder``: a post in the instrumental a few words after "он"/"она" in any case
  ("в 2015 году его назначили заместителем министра", "затем она стала вице-мэром") is held by
  the person the pronoun stands for: the latest person of its gender named in that sentence or
  the two before, one in the nominative first;
- ``clause_subject_holder``: a post in the instrumental right after a link verb that continues
  a clause ("Сомов преподавал в университете, позже был заместителем министра")
  is held by the name in the nominative that opens the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..nlp.antecedents import PRONOUN_GENDERS, antecedent, carried_subject, has_subject, nominative, verb_agrees
from .agree import lead_word
from .context import bare_head, governed
from .frames import frame_words, unheld
from ..roles.lexicon import norm
from .lists import plural

__all__ = ["clause_subject_holder", "frame_subject_holder", "next_sentence_holder", "pronoun_holder"]

PRONOUN_WINDOW = 4
LINK_VERBS = frozenset({"быть", "стать", "являться", "работать", "служить", "трудиться"})
APPOINTED = frozenset({"назначить", "избрать", "утвердить", "переназначить", "переизбрать", "назначать", "избирать"})
SUBJECTS = frozenset({"NOUN", "PROPN", "PRON"})


def next_sentence_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The full name that opens the sentence after a singular post's sentence, when the sentence
    names nobody or the post ends it as an object ("встреча с главой области.")."""
    if plural(analysis, post) or unheld(analysis, post):
        return None
    sentence = analysis.words[post.first].sentence
    if sentence + 1 >= len(analysis.sentence_words):
        return None
    named = [p for p in people if _sentence(analysis, p) == sentence]
    if named and not (_ends_sentence(analysis, post) and lead_word(analysis, post).case not in (None, "Nom")):
        return None
    opening = analysis.sentence_words[sentence + 1].start
    holder = next((p for p in people if p.first == opening), None)
    if holder is None or holder.last == holder.first or analysis.zone_of(opening) != analysis.zone_of(post.first):
        return None
    if any(p.normal == holder.normal for p in named) or _both_subjects(analysis, post, holder):
        return None
    return holder


def _both_subjects(analysis: Analysis, post: Found, holder: Found) -> bool:
    """A post and a name that are both subjects of their sentences are more often two people
    ("Президент Франции выступил. Владимир Путин ответил") than one."""
    return lead_word(analysis, post).case in (None, "Nom") and nominative(analysis.words[holder.first])


def _ends_sentence(analysis: Analysis, post: Found) -> bool:
    """Only punctuation follows the post in its sentence."""
    rest = analysis.words[post.last + 1 : analysis.sentence_words[analysis.words[post.last].sentence].stop]
    return all(w.pos == "PUNCT" for w in rest)


def pronoun_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The person a pronoun a few words before a post in the instrumental stands for."""
    if not _predicative(analysis, post):
        return None
    sentence = analysis.words[post.first].sentence
    window = analysis.words[max(post.first - PRONOUN_WINDOW, 0) : post.first]
    pronoun = next((w for w in reversed(window) if w.sentence == sentence and _personal(w)), None)
    if pronoun is None or _possessive(analysis, pronoun) or any(pronoun.index < p.first < post.first for p in people):
        return None
    nominative = pronoun.case in (None, "Nom")
    return antecedent(analysis, people, pronoun.index, PRONOUN_GENDERS[pronoun.lemma], same_sentence=nominative)


def clause_subject_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The subject of a post in the instrumental after a link verb ("был", "стал", "был назначен"):
    the name in the nominative before the verb in its sentence, or, in a sentence with no subject,
    the latest name in the nominative of the two sentences before, of the verb's gender."""
    if not _predicative(analysis, post):
        return None
    verbs = _link_verbs(analysis, post)
    if not verbs:
        return None
    sentence = verbs[0].sentence
    before = analysis.words[analysis.sentence_words[sentence].start : verbs[0].index]
    if any(w.lemma == "который" for w in before):
        return None
    subject = next((w for w in before if nominative(w) and w.pos in SUBJECTS), None)
    gendered = next((v for v in verbs if v.feats.get("Gender")), verbs[0])
    if subject is None:
        return carried_subject(analysis, people, sentence, gendered)
    holder = next((p for p in people if p.first <= subject.index <= p.last), None)
    return holder if holder is not None and verb_agrees(analysis, holder, gendered) else None


def _link_verbs(analysis: Analysis, post: Found) -> list[Word]:
    """The verbs right before a post that link it to its subject ("был назначен", "стала"),
    adverbs between allowed; none when the last of them is not such a verb or is plural."""
    verbs: list[Word] = []
    index = post.first - 1
    while index >= 0 and analysis.words[index].pos in ("VERB", "AUX", "ADV"):
        word = analysis.words[index]
        if word.pos != "ADV":
            if not (word.lemma in LINK_VERBS or _passive(word)) or word.feats.get("Number") == "Plur":
                return []
            verbs.insert(0, word)
        index -= 1
    return verbs


def _passive(word: Word) -> bool:
    """A passive participle of a verb that puts someone in a post ("назначен", "избрана")."""
    return word.lemma in APPOINTED and word.feats.get("Voice") == "Pass"


def frame_subject_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The subject carried from the sentences before to a post named as an office in a sentence
    with no subject and no name ("Потом три года занимал пост заместителя мэра")."""
    if post.first == 0 or norm(analysis.words[post.first - 1].lemma) not in frame_words() or unheld(analysis, post):
        return None
    sentence = analysis.words[post.first].sentence
    if any(_sentence(analysis, p) == sentence for p in people) or has_subject(analysis, sentence):
        return None
    span = analysis.sentence_words[sentence]
    verb = next((w for w in analysis.words[span.start : post.first] if w.pos in ("VERB", "AUX")), None)
    if verb is None or verb.feats.get("Number") == "Plur":
        return None
    return carried_subject(analysis, people, sentence, verb)


def _predicative(analysis: Analysis, post: Found) -> bool:
    """A singular post in the instrumental that no preposition governs: what someone is or became;
    not a head that needs a complement to be a post, standing without one ("был эффективным
    руководителем" praises, it names no office)."""
    head = lead_word(analysis, post)
    return head.case == "Ins" and not governed(analysis, post) and not plural(analysis, post) and not bare_head(analysis, post)


def _personal(word: Word) -> bool:
    return word.pos == "PRON" and word.lemma in PRONOUN_GENDERS


def _possessive(analysis: Analysis, pronoun: Word) -> bool:
    """"его"/"её" before a noun or adjective owns it ("Его дедушка был премьер-министром")."""
    following = analysis.words[pronoun.index + 1] if pronoun.index + 1 < len(analysis.words) else None
    return following is not None and following.pos in ("NOUN", "PROPN", "ADJ", "NUM", "DET")


def _sentence(analysis: Analysis, mention: Found) -> int:
    return analysis.words[mention.first].sentence
