"""slovnet's PER spans mended into PERSON spans: halves joined, spans split at brackets and
dashes, titles, ages and common words trimmed, initials and regnal numbers kept, and names
after "имени"/"им." found.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..gazetteers.gazetteer import load_table, split_values
from ..nlp.analysis import Analysis, Word
from ..nlp.morph import UD_TO_OC_FEATS, Morphology
from ..nlp.names import (
    is_common_word, is_initial, is_plain_word, is_roman_numeral, known_first_name, name_grammemes,
)

# Tokens that stand between two names of one span: "Дэвид Эберсман (David Ebersman)".
SEPARATORS = frozenset("()[]{}«»\"“”„—–-,;:/|")

NAMED_AFTER = {
    row["word"]: frozenset(split_values(row["not_after"])) for row in load_table("person_named_after")
}
"""Markers of a person something is named after, each with the words that undo it."""
PARTICLES = frozenset(row["word"] for row in load_table("person_particles"))
TITLES = frozenset(row["word"] for row in load_table("person_titles"))

Span = tuple[int, int]


def person_spans(analysis: Analysis, spans: list[Span], morph: Morphology) -> list[Span]:
    """slovnet's PER spans mended: name halves joined, spans split at brackets and dashes,
    words that are no part of a name trimmed, spans that hold no name dropped."""
    joined = [_extend_left(analysis, span, morph) for span in _join_halves(analysis, spans, morph)]
    parts = [part for span in joined for part in _split(analysis, span)]
    pieces = [piece for part in parts for piece in _two_people(analysis, part, morph)]
    trimmed = (_trim(analysis, piece, morph) for piece in pieces)
    return [span for span in trimmed if span is not None and _holds_name(analysis, span, morph)]


def _join_halves(analysis: Analysis, spans: list[Span], morph: Morphology) -> list[Span]:
    """Parts of one name that slovnet tagged as two names next to each other become one."""
    joined: list[Span] = []
    for span in spans:
        if joined and joined[-1][1] + 1 == span[0] and _halves(analysis, joined[-1], span, morph):
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


def _halves(analysis: Analysis, before: Span, after: Span, morph: Morphology) -> bool:
    """"А." + "Гнеушев", "Радия" + "Хабирова", "Суркова" + "Зоя Антоновна",
    "Марина Филипповна" + "Ходорковская"; never across sentences or case and gender."""
    head = [w for w in analysis.words[before[0] : before[1] + 1] if w.text != "."]
    tail = analysis.words[after[0] : after[1] + 1]
    if head[-1].sentence != tail[0].sentence or not tail[0].text[:1].isupper():
        return False
    if all(is_initial(w) for w in head):
        return not is_initial(tail[0])
    kinds = [name_grammemes(w, morph) for w in head], [name_grammemes(w, morph) for w in tail]
    if len(head) == 1 and "Name" in kinds[0][0]:
        return "Name" not in kinds[1][0] and _agree(head[0], tail[0])
    surname_first = not known_first_name(head[0], morph) and known_first_name(tail[0], morph)
    if len(head) == 1 and len(tail) <= 2 and surname_first:
        return all("Patr" in k for k in kinds[1][1:]) and _surname_of(head[0], tail[0], morph)
    if len(tail) == 1 and "Patr" in kinds[0][-1] and "Name" not in kinds[1][0]:
        return _agree(head[-1], tail[0])
    return False


def _surname_of(surname: Word, given: Word, morph: Morphology) -> bool:
    """Whether ``surname`` has a form in the case and gender of the first name ``given``
    (slovnet's own tags on a surname before a first name are often wrong)."""
    case = UD_TO_OC_FEATS["Case"].get(given.feats.get("Case", ""), frozenset())
    gender = UD_TO_OC_FEATS["Gender"].get(given.feats.get("Gender", ""), frozenset())
    genders = gender | {"ms-f", None}
    return any(
        (not case or p.tag.case in case or "Fixd" in p.tag) and (not gender or p.tag.gender in genders)
        for p in morph.parses(surname.text)
        if p.tag.POS == "NOUN"
    )


def _agree(a: Word, b: Word) -> bool:
    """Whether slovnet gives two words no different case or gender."""
    pairs = ((a.feats.get(f), b.feats.get(f)) for f in ("Case", "Gender"))
    return all(x == y or None in (x, y) for x, y in pairs)


def _two_people(analysis: Analysis, span: Span, morph: Morphology) -> Iterator[Span]:
    """Two names in a row split in two: "Рафаэль Корреа Эдвард Сноуден" (captions, lists)."""
    words = analysis.words[span[0] : span[1] + 1]
    if len(words) == 4 and all(_capitalised(w) for w in words):
        given = [known_first_name(w, morph) for w in words]
        other = [not name_grammemes(w, morph) & {"Name", "Patr"} for w in words]
        if given[0] and other[1] and given[2] and other[3]:
            yield span[0], span[0] + 1
            yield span[0] + 2, span[1]
            return
    yield span


def _extend_left(analysis: Analysis, span: Span, morph: Morphology) -> Span:
    """With the first name before a patronymic or surname that slovnet left out
    ("графини Прасковьи Дмитриевны Шереметевой"), or the surname before a first name and
    patronymic ("с Мишустиным Михаилом Владимировичем")."""
    words = analysis.words
    before, head = words[span[0] - 1] if span[0] > 0 else None, words[span[0]]
    if before is None or before.sentence != head.sentence or not _capitalised(before):
        return span
    if before.ner.endswith("PER"):
        return span
    heads = name_grammemes(head, morph)
    given = "Name" not in heads and heads & {"Patr", "Surn"} and "Name" in name_grammemes(before, morph)
    return (span[0] - 1, span[1]) if given or _surname_first(analysis, before, span, morph) else span


def _surname_first(analysis: Analysis, before: Word, span: Span, morph: Morphology) -> bool:
    """A surname before a first name and patronymic: "с Мишустиным Михаилом Владимировичем"."""
    surname = "Surn" in name_grammemes(before, morph) and not known_first_name(before, morph)
    if span[1] - span[0] != 1 or not surname:
        return False
    given, middle = analysis.words[span[0]], analysis.words[span[1]]
    return "Patr" in name_grammemes(middle, morph) and _surname_of(before, given, morph)


def named_after(analysis: Analysis, morph: Morphology) -> list[Span]:
    """The person a place or organisation is named after: "Театр имени [Евгения Вахтангова]"."""
    spans = []
    for word in analysis.words:
        first = _after_marker(analysis, word.index)
        if first is None:
            continue
        last = first - 1
        while last + 1 < len(analysis.words) and _name_word(analysis, last + 1, morph, word.sentence):
            last += 1
        if any(not is_initial(w) and w.text != "." for w in analysis.words[first : last + 1]):
            spans.append((first, last))
    return spans


def is_named_after(analysis: Analysis, first: int) -> bool:
    """Whether a name starting at word ``first`` follows "имени" or "им." ("конкурс имени Петра
    Чайковского"): the person something is named after, no one who takes part in it."""
    return any(_after_marker(analysis, index) == first for index in range(max(0, first - 2), first))


def _after_marker(analysis: Analysis, index: int) -> int | None:
    """The word after "имени" or "им." at ``index``, if there is one."""
    words = analysis.words
    text = words[index].text.lower()
    dotted = text + "." in NAMED_AFTER and index + 1 < len(words) and words[index + 1].text == "."
    marker = text + "." if dotted else text
    if marker not in NAMED_AFTER or index > 0 and words[index - 1].text.lower() in NAMED_AFTER[marker]:
        return None
    return index + 2 if dotted else index + 1


def _name_word(analysis: Analysis, index: int, morph: Morphology, sentence: int) -> bool:
    """An initial, its dot, or a capitalised word that pymorphy3 knows as a name or not at all."""
    word = analysis.words[index]
    if word.sentence != sentence:
        return False
    if word.text == ".":
        return is_initial(analysis.words[index - 1])
    if is_initial(word):
        return True
    unknown = not any(p.is_known for p in morph.parses(word.text))
    return _capitalised(word) and (bool(name_grammemes(word, morph)) or unknown)


def _capitalised(word: Word) -> bool:
    """Written with a capital and then small letters: "Вахтангова", not "МГСПС" or "У"."""
    return len(word.text) > 1 and word.text[0].isupper() and not word.text.isupper()


def overlaps(a: Span, b: Span) -> bool:
    """Whether two word spans share a word."""
    return a[0] <= b[1] and b[0] <= a[1]


def _split(analysis: Analysis, span: Span) -> Iterator[Span]:
    """The runs of words between separators: "Эберсман (David Ebersman)" → two spans."""
    first = span[0]
    for index in range(span[0], span[1] + 1):
        if analysis.words[index].text in SEPARATORS and not _joins_initials(analysis.words, index):
            if index > first:
                yield first, index - 1
            first = index + 1
    if first <= span[1]:
        yield first, span[1]


def _trim(analysis: Analysis, span: Span, morph: Morphology) -> Span | None:
    """Without leading words that are no part of the name ("68-летний", "Сэр") and stray
    punctuation; ``None`` when what is left is one common word ("Поддерживаемый Кремлём")."""
    words = analysis.words
    first, last = span
    while first < last and (not _is_wordlike(words[first]) or _not_a_name(analysis, first, morph, True)):
        first += 1
    while last >= first and not _is_wordlike(words[last]) and not _initial_dot(words, last):
        last -= 1
    if last < first or first == last > span[0] and _leftover(words[span[0]], words[first], morph):
        return None
    return first, _with_numeral(analysis, _with_initial_dot(analysis, last))


def _leftover(trimmed: Word, left: Word, morph: Morphology) -> bool:
    """Whether the one word left after trimming a non-title is a common word."""
    return trimmed.lemma not in TITLES and is_plain_word(left, morph)


def _not_a_name(analysis: Analysis, index: int, morph: Morphology, leading: bool) -> bool:
    """A word in lower case (not "де", "фон"), a title ("Сэр"), a common word capitalised
    because it opens the sentence, an adjective ("Баварскому"), or, ``leading`` the rest of
    a span, a noun whose genitive the name is ("Лозунг Фисуна")."""
    word = analysis.words[index]
    if word.text[:1].islower():
        return word.text.lower() not in PARTICLES
    if word.lemma in TITLES or is_initial(word):
        return word.lemma in TITLES
    if _opens_sentence(analysis, index) or any(char.isdigit() for char in word.text):
        return is_common_word(word, morph)
    return is_plain_word(word, morph) and (_adjective(word) or leading and _governs_next(analysis, index))


def _adjective(word: Word) -> bool:
    return word.parse is not None and word.parse.tag.POS in ("ADJF", "PRTF")


def _governs_next(analysis: Analysis, index: int) -> bool:
    """A noun followed by a genitive it does not agree with: "Полёт Симони", "Идеи Ицкова"."""
    word, following = analysis.words[index], analysis.words[index + 1]
    return word.pos == "NOUN" and following.case == "Gen" and word.case not in ("Gen", None)


def _opens_sentence(analysis: Analysis, index: int) -> bool:
    """Whether only punctuation and numbers come before the word in its sentence."""
    sentence = analysis.sentence_words[analysis.words[index].sentence]
    return not any(_is_wordlike(analysis.words[i]) for i in range(sentence[0], index))


def _joins_initials(words: list[Word], index: int) -> bool:
    """A hyphen between the initials of a double first name: "Х.-М. Дзахов"."""
    return (
        words[index].text == "-" and 2 <= index < len(words) - 1
        and _initial_dot(words, index - 1) and is_initial(words[index + 1])
    )  # fmt: skip


def _initial_dot(words: list[Word], index: int) -> bool:
    return words[index].text == "." and index > 0 and is_initial(words[index - 1])


def _with_initial_dot(analysis: Analysis, last: int) -> int:
    """``last``, or the dot right after it when it is an initial ("Нуреддин Х.")."""
    words = analysis.words
    following = last + 1
    if is_initial(words[last]) and following < len(words) and words[following].text == ".":
        if words[following].start == words[last].stop and words[following].sentence == words[last].sentence:
            return following
    return last


def _with_numeral(analysis: Analysis, last: int) -> int:
    """``last``, or the regnal number right after it ("Мсвати III")."""
    following = last + 1
    words = analysis.words
    if following < len(words) and is_roman_numeral(words[following]):
        return following if words[following].sentence == words[last].sentence else last
    return last


def _holds_name(analysis: Analysis, span: Span, morph: Morphology) -> bool:
    """Whether a span can be a name: not initials alone, not one common word opening a sentence,
    not one word alone in a last sentence the text stops in (an excerpt cut off mid-word: "...
    округа. Кро"; a name cut short after a post still names someone: "министр Ольг")."""
    words = [w for w in analysis.words[span[0] : span[1] + 1] if _is_wordlike(w)]
    if all(is_initial(w) for w in words):
        return False
    if len(words) == 1 and _cut_off(analysis, words[0]) and _opens_sentence(analysis, words[0].index):
        return False
    return len(words) > 1 or not _not_a_name(analysis, words[0].index, morph, False)


def _cut_off(analysis: Analysis, word: Word) -> bool:
    """Whether the text stops right after the word, with no punctuation: the word may be cut short."""
    return not analysis.text[word.stop :].strip() and word.text[-1:].isalpha()


def _is_wordlike(word: Word) -> bool:
    return any(char.isalpha() for char in word.text)
