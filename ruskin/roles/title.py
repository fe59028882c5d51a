"""A post's title with its stand-in place named: "губернатор региона" → "губернатор Нижегородской области"."""

from __future__ import annotations

from ..found import Found
from ..nlp.analysis import Analysis
from ..nlp.morph import shared_morphology
from ..nlp.normal import restore_case
from .lexicon import norm, role_lexicon

__all__ = ["genitive", "resolved_title", "singular_title"]

NAMED_KINDS = frozenset({"region", "district", "city"})


def resolved_title(analysis: Analysis, post: Found, place_name: str, title: str | None = None) -> str:
    """The title (``post.normal`` unless given) with its genitive stand-in word ("региона")
    replaced by the place's name."""
    title = post.normal if title is None else title
    table = role_lexicon().places
    for word in reversed(analysis.words[post.first : post.last + 1]):
        if table.get(norm(word.lemma)) in NAMED_KINDS and word.case == "Gen" and title.endswith(word.text):
            return title[: len(title) - len(word.text)] + genitive(place_name)
    return title


def singular_title(analysis: Analysis, post: Found) -> str:
    """``post.normal`` with its plural words up to the first noun put in the singular ("первые
    заместители председателя" → "первый заместитель председателя"), for one of its holders."""
    words = analysis.words[post.first : post.last + 1]
    noun = next((n for n, w in enumerate(words) if w.pos in ("NOUN", "PROPN")), None)
    pieces = post.normal.split(" ")
    parse = words[noun].parse if noun is not None else None
    if noun is None or parse is None or len(pieces) <= noun or any(w.pos == "PUNCT" for w in words[:noun]):
        return post.normal
    gender = parse.tag.gender
    forms = [_singular(piece, gender) for piece in pieces[: noun + 1]]
    return " ".join(forms + pieces[noun + 1 :])


def _singular(form: str, gender: str | None) -> str:
    """One nominative plural word in the nominative singular, adjectives in ``gender``."""
    parse = next((p for p in shared_morphology().parses(form) if {"nomn", "plur"} in p.tag), None)
    if parse is None:
        return form
    target = {"nomn", "sing"} | ({gender} if gender and parse.tag.POS in ("ADJF", "PRTF") else set())
    inflected = parse.inflect(target)
    return restore_case(form, inflected.word) if inflected is not None else form


def genitive(name: str) -> str:
    """A place name in the genitive: its words up to the first noun change, the rest stay; a
    word that may be an adjective before another word is one ("Тверская область", not the
    surname "Тверская")."""
    words = name.split(" ")
    forms: list[str] = []
    for number, word in enumerate(words):
        parses = [p for p in shared_morphology().parses(word) if "nomn" in p.tag]
        adjective = next((p for p in parses if p.tag.POS == "ADJF"), None) if number + 1 < len(words) else None
        parse = adjective or next(iter(parses), None)
        inflected = parse.inflect({"gent"}) if parse is not None else None
        forms.append(restore_case(word, inflected.word) if inflected is not None else word)
        if parse is not None and parse.tag.POS == "NOUN":
            return " ".join(forms + words[number + 1 :])
    return " ".join(forms)
