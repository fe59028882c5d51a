"""One plural post held by several people: "сенаторы Роберт Хейл и Дэвид Норман".

A post in the plural followed by a name holds that name and every name chained to it by
commas and "и" ("актрисы Гвинет Пэлтроу, Анджелина Джоли и Мира Сорвино"); a bracket
after a name ("Марк Цукерберг (Mark Zuckerberg)") or a place ("сенаторы Роберт Хейл из Огайо
и Дэвид Норман из Аризоны"), or a place before the next name ("губернаторы Твери Иван Сомов
и Рязани Олег Петров"), does not break the chain.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis, Word
from .adjacent import past_aside
from .agree import indeclinable, lead_word
from .frames import frame_words
from ..roles.lexicon import norm

__all__ = ["after_verbs", "introduced_holder", "listed_holders", "plural"]

LINKS = frozenset({",", "и"})
INTRODUCING = (("как",), (",", "как"), (":",), ("—",), ("–",), ("-",))
BRACKET_WINDOW = 12
PLACE_WINDOW = 3
VERB_WINDOW = 3


def plural(analysis: Analysis, post: Found) -> bool:
    """Whether the post's first noun or adjective is in the plural ("сенаторы", "первым зампредам");
    for a hyphenated word pymorphy3's analysis is trusted over the tagger's ("лётчики-космонавты")."""
    words = analysis.words[post.first : post.last + 1]
    first = next((w for w in words if (w.pos in ("NOUN", "ADJ", "PROPN") or _participle(w)) and not indeclinable(w)), None)
    if first is None:
        return False
    tagged = first.feats.get("Number") == "Plur"
    return tagged or (first.parse is not None and "-" in first.text and "plur" in first.parse.tag)


def _participle(word: Word) -> bool:
    """A participle such as "исполняющим" in "исполняющим обязанности губернатора": its number is the post's."""
    return word.pos == "VERB" and word.feats.get("VerbForm") == "Part"


def listed_holders(analysis: Analysis, post: Found, holder: Found, people: Sequence[Found]) -> tuple[Found, ...]:
    """The holder and, for a plural post named right before it (or before a verb and it:
    "Заместителями министра остались Иван Сомов и Олег Рыбин"; also a post framed as an office:
    "На должность заместителя губернатора назначены Иван Сомов (...) и Олег Рыбин"), the names
    listed after it."""
    if not (plural(analysis, post) or _framed(analysis, post)):
        return (holder,)
    if not (_right_after(analysis, post, holder) or _after_verbs(analysis, post, holder)):
        return (holder,)
    starts = {p.first: p for p in people}
    chain = [holder]
    while (following := _next_in_list(analysis, chain[-1], starts)) is not None:
        chain.append(following)
    return tuple(chain)


def introduced_holder(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The first name of a list that a plural post introduces with "как", a colon or a dash:
    "такие дирижёры, как Павел Рощин, Лев Аксёнов", "волейболистки клуба «Заря»: Вера
    Лапина, Инна Голубева"."""
    if not plural(analysis, post):
        return None
    start = _introduced_at(analysis, post.last + 1)
    person = next((p for p in people if p.first == start), None) if start is not None else None
    return person if person is not None and _same_sentence(analysis, post, person) else None


def _introduced_at(analysis: Analysis, index: int) -> int | None:
    """The index after an introducing "как", ", как", ":" or dash at ``index``."""
    texts = [w.text.lower() for w in analysis.words[index : index + 2]]
    opener = next((o for o in INTRODUCING if tuple(texts[: len(o)]) == o), None)
    return index + len(opener) if opener is not None else None


def after_verbs(analysis: Analysis, post: Found, people: Sequence[Found]) -> Found | None:
    """The first name after a plural post in the instrumental and a verb ("Заместителями министра
    остались Иван Сомов и Олег Рыбин"): the first of the holders ``listed_holders`` lists."""
    head = lead_word(analysis, post)
    if not plural(analysis, post) or head.case != "Ins" or _governed(analysis, post):
        return None
    person = next((p for p in people if p.first > post.last and _after_verbs(analysis, post, p)), None)
    return person if person is not None and analysis.words[person.first].case in (None, "Nom") else None


def _after_verbs(analysis: Analysis, post: Found, holder: Found) -> bool:
    """Only a verb and adverbs stand between the post and the name ("вновь утверждены")."""
    between = analysis.words[post.last + 1 : holder.first]
    if not between or len(between) > VERB_WINDOW or not any(w.pos in ("VERB", "AUX") for w in between):
        return False
    return all(w.pos in ("VERB", "AUX", "ADV") for w in between)


def _framed(analysis: Analysis, post: Found) -> bool:
    """A post named as an office after "в должности", "на пост" (``role_frames.tsv``)."""
    return post.first > 0 and norm(analysis.words[post.first - 1].lemma) in frame_words()


def _governed(analysis: Analysis, post: Found) -> bool:
    """A preposition right before the post."""
    return post.first > 0 and analysis.words[post.first - 1].pos == "ADP"


def _same_sentence(analysis: Analysis, post: Found, person: Found) -> bool:
    return analysis.words[post.first].sentence == analysis.words[person.first].sentence


def _right_after(analysis: Analysis, post: Found, holder: Found) -> bool:
    """The name follows the post directly, after a place ("учёные из США Джеймс Ротман") or
    after an introducing "как", colon or dash."""
    if _introduced_at(analysis, post.last + 1) == holder.first:
        return True
    between = analysis.words[post.last + 1 : holder.first]
    placed = all(w.pos in ("ADP", "PROPN") for w in between)
    return holder.first > post.last and len(between) <= PLACE_WINDOW and placed


def _next_in_list(analysis: Analysis, person: Found, starts: dict[int, Found]) -> Found | None:
    """The name joined to ``person`` by a comma or "и", skipping a bracket after it."""
    link = _after_place(analysis, past_aside(analysis, person.last + 1, BRACKET_WINDOW))
    if link >= len(analysis.words) or analysis.words[link].text not in LINKS:
        return None
    following = starts.get(link + 1)
    if following is None and analysis.words[link].text == "," and link + 2 < len(analysis.words):
        following = starts.get(link + 2) if analysis.words[link + 1].text == "и" else None
    if following is None:  # "губернаторы Твери Иван Сомов и Рязани Олег Петров": a place first
        following = starts.get(_past_place_name(analysis, link + 1))
    return following


def _past_place_name(analysis: Analysis, index: int) -> int:
    """The index after a place's name in the genitive that opens at ``index`` ("Рязани"), or ``index``."""
    words = analysis.words
    stop = index
    while stop < min(index + PLACE_WINDOW, len(words)) and words[stop].ner.endswith("LOC") and words[stop].case == "Gen":
        stop += 1
    return stop


def _after_place(analysis: Analysis, index: int) -> int:
    """The index after a place that opens at ``index`` ("из Кентукки"), or ``index`` itself."""
    words = analysis.words
    if index >= len(words) or words[index].pos != "ADP":
        return index
    stop = index + 1
    while stop < min(index + PLACE_WINDOW, len(words)) and _place_word(words[stop]):
        stop += 1
    return stop if stop > index + 1 else index


def _place_word(word: Word) -> bool:
    return word.pos == "PROPN" and word.ner.endswith("LOC")
