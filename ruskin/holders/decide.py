"""Who holds a post: the PERSON mention a ROLE mention belongs to.

Tried in this order for each outer post of the headline and the article body:

0. none for a post only sought or ended ("баллотироваться на пост мэра", "кандидат в
   депутаты", ``ruskin.holders.frames``);
1. apposition (``ruskin.holders.adjacent``): the name right after the post ("губернатор
   Самарской области Дмитрий Азаров", past a client's name or a bracketed aside) or before it
   with a comma, dash or bracket ("Юлия Бренер, заместитель министра"); a name after a comma
   that ends its clause (``ruskin.holders.apposed``: "вице-губернатор Тверской области,
   42-летний Павел Звягин"); from ``ruskin.holders.inverted``, a post, a dash and a name
   ("Министр обороны — Ицунори Онодэра") and an opening post in the instrumental, a verb and a
   name ("а министром транспорта станет Эндрю Маршалл");
   an opening post in the instrumental, its verb left out, a dash and a name, before a name that
   ends the clause before it ("..., директором департамента — Олег Рыбин");
2. a predicate, the post in the instrumental (or opening with "врио", "и. о." right after
   "назначен", "стал": ``context.acting_predicate``) a few words after a name in the same sentence
   ("Иванов назначен заместителем министра"; not after a preposition, in the plural, or as
   the agent of a passive: "задержан полицейским"; the one who appoints is not the holder:
   "Путин назначил министром обороны Сергея Шойгу"), or a post named as an office
   ("освободил Астахова от должности министра", "исполнять обязанности главы",
   ``ruskin.holders.frames``); then, from ``ruskin.holders.context``, a name a few words after the
   post in its case ("депутат от округа Заречный Иван Рыбин"; not after "вместо") and the subject of a post in the
   instrumental ("Карапетян ранее возглавлял компанию, а в 2010 году был мэром Еревана");
3. posts joined by a dash, a comma or "и" (adjectives may come before the second), or
   standing side by side in cases that may agree, share the holder one of them has
   ("заместитель министра – руководитель департамента ... Юлия Бренер", "командующий войсками
   округа генерал-полковник Александр Постников"); a plural post does not share a singular
   one's holder;
4. coreference: a post without a name ("заместитель полпреда отметил", "замполпреда")
   belongs to the one person who holds a post that begins with the same posts in the
   document ("заместитель полномочного представителя президента РФ в ПФО"); it is not
   ``stated`` there (``Held``).

A plural post right before a list of names is held by each of them
(``ruskin.holders.lists``: "сенаторы Роберт Хейл и Дэвид Норман"); held by one name only after
"один из" ("одна из солисток группы"). Predecessors and successors ("назначил на его место
Олега Рыбина": ``ruskin.holders.succession``) and holders
of nested posts (``ruskin.holders.inner``) are found by ``ruskin.linking.positions`` from these
holders.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..found import Found
from ..nlp.analysis import Analysis, Word
from ..taggers.roles import RolePost
from .adjacent import after_holder, before_holder, past_aside
from .agree import cases_agree, lead_word
from .apposed import comma_holder
from .carried import clause_subject_holder, frame_subject_holder, pronoun_holder
from .context import acting_predicate, agent, appoints, gap_holder, governed, subject_holder
from .frames import frame_holder, unheld
from .inverted import copula_holder, dash_holder, elided_holder, pronoun_copula_holder
from .led import led_holder
from ..roles.lexicon import norm
from .lists import after_verbs, introduced_holder, listed_holders, plural

__all__ = ["ARTICLE_ZONES", "Held", "holders", "outer_posts"]

ARTICLE_ZONES = frozenset({"title", "body"})
DESCRIBING = frozenset({"ADJ", "CCONJ", "PUNCT", "ADV"})
JOINS = frozenset({",", "и", "-", "–", "—"})
PREDICATE_WINDOW = 6
JOIN_WINDOW = 4
ONE_OF_WINDOW = 6
APPOINTEE_WINDOW = 2


@dataclass(frozen=True, slots=True)
class Held:
    """Who holds one post: the PERSON mentions, and whether the text names them at the post
    (``stated``) or the post only refers back to a post they hold elsewhere (step 4): the
    ``referent``, the nearest such post (earlier first) where the holder is stated, by its
    position in ``posts``."""

    people: tuple[Found, ...]
    stated: bool = True
    referent: int | None = None


def outer_posts(analysis: Analysis, found: Sequence[Found]) -> list[Found]:
    """The outer ROLE mentions of the headline and the article body, in text order."""
    return [
        f for f in found
        if f.type == "ROLE" and isinstance(f.value, RolePost) and f.value.outer
        and analysis.zone_of(f.first) in ARTICLE_ZONES
    ]  # fmt: skip


def holders(
    analysis: Analysis, posts: Sequence[Found], people: Sequence[Found], person_of: Callable[[Found], str | None]
) -> dict[int, Held]:
    """Who holds each post, keyed by the post's position in ``posts``.

    ``person_of`` gives the Person record id of a PERSON mention; a plural post may have several.
    """
    people = [p for p in people if analysis.zone_of(p.first) in ARTICLE_ZONES and person_of(p)]
    found = {n: p for n, post in enumerate(posts) if (p := _direct(analysis, post, people)) is not None}
    _share_in_groups(analysis, posts, found)
    stated = set(found)
    referents = _corefer(analysis, posts, found, person_of, stated)
    held = {
        n: Held(listed_holders(analysis, posts[n], found[n], people), n in stated, referents.get(n))
        for n in sorted(found)
    }  # fmt: skip
    return {n: h for n, h in held.items() if not _lone_plural(analysis, posts[n], h)}


def _lone_plural(analysis: Analysis, post: Found, held: Held) -> bool:
    """A plural post with one holder, not "one of" them ("одна из солисток группы"): the name
    belongs to something else ("представители Госдумы, ... шейх Равиль Гайнутдин")."""
    if len(held.people) != 1 or not plural(analysis, post):
        return False
    return not _one_of(analysis, post)


def _one_of(analysis: Analysis, post: Found) -> bool:
    """"один из" a few words before the post ("один из самых опытных в стране хирургов")."""
    words = analysis.words[max(post.first - ONE_OF_WINDOW, 0) : post.first]
    return any(a.lemma == "один" and b.lemma == "из" for a, b in zip(words, words[1:]))


def _direct(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    if unheld(analysis, post):
        return None
    return (
        led_holder(analysis, post, people)
        or after_holder(analysis, post, people)
        or elided_holder(analysis, post, people)
        or before_holder(analysis, post, people)
        or comma_holder(analysis, post, people)
        or introduced_holder(analysis, post, people)
        or after_verbs(analysis, post, people)
        or dash_holder(analysis, post, people)
        or copula_holder(analysis, post, people)
        or pronoun_copula_holder(analysis, post, people)
        or _predicate(analysis, post, people)
        or frame_holder(analysis, post, people)
        or gap_holder(analysis, post, people)
        or subject_holder(analysis, post, people)
        or pronoun_holder(analysis, post, people)
        or clause_subject_holder(analysis, post, people)
        or frame_subject_holder(analysis, post, people)
    )


def _predicate(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The nearest name before a post in the instrumental, with no other name or post between."""
    head = lead_word(analysis, post)
    predicative = head.case == "Ins" or acting_predicate(analysis, post)
    if not predicative or governed(analysis, post) or plural(analysis, post) or agent(analysis, post):
        return None
    sentence = head.sentence
    before = [p for p in people if p.last < post.first and analysis.words[p.first].sentence == sentence]
    after = [p for p in people if p.first > post.last and analysis.words[p.first].sentence == sentence]
    if before and post.first - before[-1].last <= PREDICATE_WINDOW:
        if analysis.words[before[-1].first].case == "Ins":
            return None  # an agent named with its post ("назначен президентом Иваном Сомовым главой ...")
        between = analysis.words[before[-1].last + 1 : post.first]
        if appoints(between) and analysis.words[before[-1].first].case == "Nom":
            return _appointee(analysis, post, after)
        return before[-1] if _plain(between) else None
    subject = next((p for p in after if analysis.words[p.first].case in (None, "Nom")), None)
    if subject is not None and subject.first - post.last <= PREDICATE_WINDOW:
        between = analysis.words[post.last + 1 : subject.first]
        return subject if _plain(between) and any(w.pos in ("VERB", "AUX") for w in between) else None
    return None


def _appointee(analysis: Analysis, post: Found, after: Sequence[Found]) -> Found | None:
    """The name right after a post that someone appoints to, a rank between allowed
    ("назначил министром внутренних дел страны генерала Рауля Медину")."""
    if not after or after[0].first - post.last - 1 > APPOINTEE_WINDOW:
        return None
    between = analysis.words[post.last + 1 : after[0].first]
    return after[0] if all(w.pos in ("NOUN", "ADJ") for w in between) else None


def _plain(words: Sequence[Word]) -> bool:
    """No punctuation but commas between a name and its post."""
    return not any(w.pos == "PUNCT" and w.text != "," for w in words)


def _share_in_groups(analysis: Analysis, posts: Sequence[Found], found: dict[int, Found]) -> None:
    """Posts joined by a dash, comma or "и" take the holder of their neighbour, right to left;
    a post only sought or ended takes none ("Среди претендентов на пост главы — депутат ...")."""
    for n in range(len(posts) - 2, -1, -1):
        if n not in found and n + 1 in found and _joined(analysis, posts[n], posts[n + 1]) and not unheld(analysis, posts[n]):
            found[n] = found[n + 1]
    for n in range(1, len(posts)):
        if n not in found and n - 1 in found and _joined(analysis, posts[n - 1], posts[n]) and not unheld(analysis, posts[n]):
            found[n] = found[n - 1]


def _joined(analysis: Analysis, left: Found, right: Found) -> bool:
    """Posts side by side in the same case, or joined by a dash, comma or "и", adjectives
    before the second allowed ("солист оперы и балета, заслуженный артист Башкирии"); a plural post
    is not joined to a singular one ("представители федеральной власти, глава области ...")."""
    if plural(analysis, left) != plural(analysis, right):
        return False
    if right.first == past_aside(analysis, left.last + 1):
        return cases_agree(lead_word(analysis, left), lead_word(analysis, right))
    between = analysis.words[left.last + 1 : right.first]
    if not between or between[0].lemma not in JOINS or len(between) > JOIN_WINDOW:
        return False
    return all(w.pos in DESCRIBING and (w.pos != "PUNCT" or w.lemma in JOINS) for w in between[1:])


def _corefer(
    analysis: Analysis, posts: Sequence[Found], found: dict[int, Found], person_of: Callable[[Found], str | None],
    stated: set[int],
) -> dict[int, int]:  # fmt: skip
    """Posts still without a holder take the one holder of a post they abbreviate; returns, for
    each, the nearest post (earlier first) it abbreviates where that holder is stated."""
    referents: dict[int, int] = {}
    for n, post in enumerate(posts):
        if n in found or not _singular(analysis, post):
            continue
        matches = [m for m in sorted(found) if _refers(post, posts[m])]
        if len({person_of(found[m]) for m in matches}) != 1:
            continue
        found[n] = found[matches[-1]]
        named = [m for m in matches if m in stated]
        if named:
            referents[n] = min(named, key=lambda m: (m > n, abs(m - n)))
    return referents


def _singular(analysis: Analysis, post: Found) -> bool:
    return all(analysis.words[i].feats.get("Number") != "Plur" for i in range(post.first, post.last + 1)[:1])


def _refers(short: Found, full: Found) -> bool:
    """Whether the post ``short`` can stand for ``full`` ("заместитель полпреда", "губернатор")."""
    mine, theirs = short.value, full.value
    if theirs.chain[: len(mine.chain)] != mine.chain:
        return False
    if mine.stand_in is not None:
        return mine.alone or theirs.stand_in == mine.stand_in
    return len(mine.chain) >= 2 or (short.first == short.last and mine.alone)
