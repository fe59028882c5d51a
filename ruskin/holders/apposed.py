"""A name set off after its post by a comma: "вице-губернатор Тверской области, 42-летний
Павел Звягин", "его адвокат, Стивен Брунстайн, отказался".

The name follows the comma, with only adjectives and numbers between ("42-летний"), stands
in the post's case and ends its clause: a comma, bracket, dash, full stop or a verb comes
after it. A post in a prepositional phrase or in the plural is not set off this way.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis, Word
from .agree import cases_agree, lead_word
from .context import governed
from .lists import plural

__all__ = ["comma_holder"]

DESCRIBING = frozenset({"ADJ", "NUM"})
CLOSING = frozenset({",", "(", ")", ".", "-", "–", "—", ";", ":", "!", "?"})
GAP_WINDOW = 2


def comma_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The name after a comma that follows the post, in the post's case, ending its clause."""
    comma = post.last + 1
    if comma >= len(analysis.words) or analysis.words[comma].text != ",":
        return None
    if governed(analysis, post) or plural(analysis, post):
        return None
    person = next((p for p in people if p.first > comma), None)
    if person is None or not _only_describing(analysis.words[comma + 1 : person.first]):
        return None
    head, name = lead_word(analysis, post), analysis.words[person.first]
    if name.sentence != head.sentence or not cases_agree(head, name):
        return None
    return person if _ends_clause(analysis, person) else None


def _only_describing(words: Sequence[Word]) -> bool:
    return len(words) <= GAP_WINDOW and all(w.pos in DESCRIBING for w in words)


def _ends_clause(analysis: Analysis, person: Found) -> bool:
    """A punctuation mark or a verb right after the name, or the end of the text."""
    after = person.last + 1
    if after >= len(analysis.words):
        return True
    word = analysis.words[after]
    return word.text in CLOSING or word.pos in ("VERB", "AUX") or word.sentence != analysis.words[person.last].sentence
