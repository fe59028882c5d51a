"""factRuEval's Occupation facts from a document's Positions.

factRu's conventions, as its devset shows them, and how a Position is mapped to them:

- Every Occupation has a Where: an organisation, or the country or region a post is held
  in, stated or left implicit ("Премьер-министр Владимир Путин" is Russia's). A calling
  ("писатель", "врач", "блогер", "академик"; ``factru_heads.tsv``) is recorded only with
  the organisation it is followed in ("экономист ФАО"), so a calling's Position makes a
  fact only when it names a workplace; a post of office makes one with or without.
- Owning and founding are factRu's Ownership fact, not an Occupation ("владелец кафе",
  "основатель Facebook").
- A fact is stated once per person and post, at the first mention of the post that is
  stated with its holder; a post that only refers back to its holder counts when the
  person is named in its sentence.
- Who is the Position's holder mention, else the person's mention nearest the post; the
  position is the post's mention up to the place or organisation it names ("мэра" in
  "мэра Москвы", "министр торговли" in "министр торговли КНР"): the mention is cut before
  the first place or organisation mention inside it, and before a stand-in word that only
  names the place ("глава государства"); where is the agency's (else the organisation's,
  the region's, the place's) mention nearest the post.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from ..gazetteers.gazetteer import load_table
from ..records import Document, Position
from ..roles.lexicon import lemma_set, norm, role_lexicon
from .items import Occupation, Span, distance, enclosing, nearest
from .lookup import RecordSpans

__all__ = ["WORKPLACE_TYPES", "document_occupations", "factru_heads", "founder_words", "founding", "workplaces"]

WORKPLACE_TYPES = frozenset({"AGENCY", "ORGANIZATION", "REGION", "CITY", "COUNTRY"})
"""Mention types that name where someone works."""

_LOOSE = frozenset({"ADP", "PUNCT", "CCONJ", "SCONJ"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_Rank = tuple[bool, int]


def document_occupations(
    document: Document, records: RecordSpans, posts: Sequence[Position] | None = None
) -> tuple[Occupation, ...]:
    """One occupation per person and post, at the mention of the post factRu states it at.

    ``posts`` are the document's Positions one per ROLE mention (``posts.stated_posts``);
    the Positions themselves when not given.
    """
    posts = document.positions if posts is None else posts
    facts: dict[tuple[str, tuple[str, ...]], tuple[_Rank, Occupation]] = {}
    shared = _shared_posts(posts)
    for position in posts:
        occupation = _occupation(position, records, document) if position.mention not in shared else None
        if occupation is None:
            continue
        key, rank = (position.person, _lemmas(document, occupation.position)), _rank(position, occupation)
        if key not in facts or rank < facts[key][0]:
            facts[key] = (rank, occupation)
    return tuple(occupation for _, occupation in facts.values())


def _shared_posts(posts: Sequence[Position]) -> set[str | None]:
    """Post mentions held by several people ("такие музыканты, как Колин Дэвис, Валерий
    Гергиев"): factRu records no Occupation for a plural post listing its holders."""
    counts = Counter(position.mention for position in posts if position.status != "former")
    return {mention for mention, count in counts.items() if count > 1}


def workplaces(position: Position, records: RecordSpans) -> list[list[Span]]:
    """Mention spans of the agency, organization, region and place a Position names (for an
    organisation or place, every mention of the same name); a region taken from the
    article's context is no workplace the text states."""
    return [
        records.of(position.agency),
        records.alike_spans(position.organization),
        records.of(position.region) if position.seat_basis != "context" else [],
        records.alike_spans(position.place),
    ]


def founding(title: str) -> bool:
    """Whether the post is a founder's ("основатель компании"), which NEREL does not count as WORKS_AS."""
    return norm(title.split(" ", 1)[0]) in founder_words()


def founder_words() -> frozenset[str]:
    """Head words of founders: ``role_founders.tsv``."""
    return lemma_set("role_founders")


@cache
def factru_heads() -> dict[str, str]:
    """Head lemma → "calling" or "owner": ``factru_heads.tsv``."""
    return {norm(row["lemma"]): row["kind"] for row in load_table("factru_heads")}


def _occupation(position: Position, records: RecordSpans, document: Document) -> Occupation | None:
    role = records.span(position.mention)
    if role is None or founding(position.title):
        return None
    who = records.span(position.holder) or _referent(records.of(position.person), role, document)
    where = next((span for spans in workplaces(position, records) if (span := nearest(spans, role))), None)
    post = _factru_post(document, role)
    if who is None or not _recorded(document, post, where):
        return None
    return Occupation(who, post, where)


def _rank(position: Position, occupation: Occupation) -> _Rank:
    """Posts stated with their holder first, the earliest of them; then the one nearest the person."""
    if position.holder is not None:
        return (False, occupation.position[0])
    return (True, distance(occupation.who, occupation.position))


def _referent(people: list[Span], role: Span, document: Document) -> Span | None:
    """For a post stated without its holder: the person's mention in its sentence nearest it; of two
    as near, the one after it."""
    sentences = ((s.start, s.stop) for s in document.sentences)
    sentence = enclosing(role, sentences) or (0, len(document.text))
    inside = [span for span in people if sentence[0] <= span[0] < sentence[1]]
    return min(inside, key=lambda span: (distance(span, role), span[0] < role[0], span), default=None)


def _recorded(document: Document, post: Span, where: Span | None) -> bool:
    """Whether factRu records the post as an Occupation: never an owner's; a calling only with its workplace."""
    kind = factru_heads().get(_head(document, post))
    return kind != "owner" and (kind != "calling" or where is not None)


def _head(document: Document, post: Span) -> str:
    """The lemma of the post's first noun ("врач" in "тбилисский врач")."""
    nouns = (t for t in document.tokens if post[0] <= t.start and t.stop <= post[1] and t.pos in _NOUNS)
    return norm(next((t.lemma for t in nouns), ""))


def _factru_post(document: Document, role: Span) -> Span:
    """The post as factRu marks it: cut before the first place, organisation or stand-in word in it."""
    cuts = [m.start for m in document.mentions if m.type in WORKPLACE_TYPES and role[0] < m.start < role[1]]
    cuts += [t.start for t in document.tokens if role[0] < t.start < role[1] and _stand_in(t.lemma)]
    if not cuts:
        return role
    words = [t for t in document.tokens if role[0] <= t.start and t.stop <= min(cuts) and t.pos not in _LOOSE]
    return (role[0], words[-1].stop) if words else role


def _stand_in(lemma: str) -> bool:
    return norm(lemma) in role_lexicon().places


def _lemmas(document: Document, span: Span) -> tuple[str, ...]:
    return tuple(t.lemma for t in document.tokens if span[0] <= t.start and t.stop <= span[1])
