"""A body "во главе с" a person: "правительство во главе с Иваном Сомовым".

The post "главе" between "во" and "с" is held by the name in the instrumental right after
"с", and it is the head of the body named right before "во": its title names that body
("глава правительства").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from ..roles.spans import mention_index
from ..roles.title import genitive

__all__ = ["led_body", "led_holder", "led_title"]

HEAD = "глава"
BEFORE = frozenset({"во", "в"})
AFTER = frozenset({"с", "со"})


def led_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The name in the instrumental right after "во главе с"."""
    if not _led(analysis, post):
        return None
    holder = next((p for p in people if p.first == post.last + 2), None)
    if holder is None or analysis.words[holder.first].case not in (None, "Ins"):
        return None
    return holder


def led_body(analysis: Analysis, post: Found, found: Sequence[Found]) -> Found | None:
    """The AGENCY mention that ends right before "во главе с"."""
    if not _led(analysis, post) or post.first < 2:
        return None
    body = mention_index(found).ending(post.first - 2)
    if body is None or body.type != "AGENCY":
        body = next((f for f in found if f.type == "AGENCY" and f.last == post.first - 2), None)
    return body


def led_title(post: Found, body: Found) -> str:
    """"глава" and the body's name in the genitive: "глава Правительства"."""
    return f"{post.normal} {genitive(body.normal)}"


def _led(analysis: Analysis, post: Found) -> bool:
    """Whether the post is the one word "главе" between "во" and "с"."""
    words = analysis.words
    if post.first != post.last or post.first == 0 or post.last + 2 >= len(words):
        return False
    return (
        words[post.first].lemma == HEAD and words[post.first - 1].lemma.lower() in BEFORE
        and words[post.last + 1].lemma.lower() in AFTER
    )  # fmt: skip
