"""Who spoke: the Person an attribution clause names, points to or describes.

The clause is read left to right and the first subject-like thing wins:

* a PERSON mention ("— отметил Андрей Гнеушев") → that person's record;
* a ROLE mention with a record ("— резюмировал замполпреда", once roles are tagged) →
  the person of its Position, or the person the ROLE mention was joined to;
* a pronoun "он"/"она" → the speaker of the quote just before, when no person is named
  after it; else the latest person of that gender mentioned before the quote, preferring
  one in the nominative (the subject carried over);
* after "по словам" the person or pronoun may be in any case ("По словам Азарова",
  "по его словам");
* a post in the nominative ("губернатор", "заместитель полномочного представителя",
  "замполпреда") followed by a name → that name; without a name → the latest person
  introduced with that post (``posts.holds_post``); failing that, a post of three words
  at most ("губернатор", "глава района") → the latest person who opens a
  sentence as its subject and whom the text gives no post ("Иван Петров ответил: ...").

The verb's gender ("подчеркнула") rules out people of the other gender. Quotes in the
article (title, body) resolve only to people mentioned in the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..found import Found
from ..ids import RecordIds
from ..nlp.analysis import Analysis, Word
from ..nlp.names import words_gender
from ..nlp.zones import ARTICLE, zone_at
from .attribution import Attribution, tells_of_document
from .posts import holds_post, post_words

__all__ = ["Speakers"]

PRONOUNS = {"он": "Masc", "она": "Fem"}
_BARE_POST = 3
"""Words of a post named without a name that may stand for a person given no post ("губернатор",
"глава региона")."""


@dataclass
class Speakers:
    """Resolves attribution clauses to Person ids within one document."""

    analysis: Analysis
    found: list[Found]
    index: RecordIds
    holders: Mapping[str, str] = field(default_factory=dict)
    quoted: Sequence[tuple[int, int]] = ()
    """Spans of direct speech: a person named inside a quote ("Уважаемый Владимир Владимирович")
    is addressed or talked about there, never the one a later pronoun or post points to."""

    def __post_init__(self) -> None:
        self._persons = sorted((f for f in self.found if f.type == "PERSON"), key=lambda f: f.start)
        self._starts = {f.first: f for f in self._persons}
        self._roles = {f.first: f for f in self.found if f.type == "ROLE"}
        self._said: list[tuple[int, str]] = []
        self._surnames: dict[str, Found] = {}
        for person in self._persons:
            self._surnames.setdefault(self.analysis.words[person.last].text, person)

    def speaker(self, attribution: Attribution, before: int) -> str | None:
        """The Person id that ``attribution`` names; ``before`` is where the quote starts."""
        gender = self.analysis.words[attribution.verb].feats.get("Gender")
        if tells_of_document(self.analysis.words[attribution.verb]):
            return None
        for position in range(attribution.first, attribution.last + 1):
            if position == attribution.verb:
                continue
            resolved = self._at(position, attribution, before, gender)
            if resolved is not None:
                return resolved or None
        return None

    def _at(self, position: int, attribution: Attribution, before: int, gender: str | None) -> str | None:
        """A Person id, "" when the clause's subject is found but not resolved, None to read on."""
        word = self.analysis.words[position]
        subject = attribution.oblique or _nominative(word)
        person = self._starts.get(position) or self._by_surname(position)
        if person is not None and subject:
            return self.index.record("persons", person) or ""
        if position in self._roles and (subject or not _governed(self.analysis, position)) \
                and (held := self._role_holder(self._roles[position])):  # fmt: skip
            return held
        if word.lemma in PRONOUNS and word.pos in {"PRON", "DET"} and subject:
            return self._latest(before, PRONOUNS[word.lemma], nominative_first=True) or ""
        if word.pos == "NOUN" and _nominative(word):
            return self._described(position, attribution, before, gender) or ""
        return None

    def _by_surname(self, position: int) -> Found | None:
        """A PERSON mention that ends in the word written at ``position`` ("Махаматов:" opening an
        interview turn that the tagger left unread, after "Ильяс Махаматов")."""
        text = self.analysis.words[position].text
        return self._surnames.get(text) if text[:1].isupper() else None

    def _role_holder(self, role: Found) -> str | None:
        position = self.index.record("positions", role)
        holder = self.holders.get(position) if position is not None else None
        return holder or self.index.record("persons", role)

    def _described(self, position: int, attribution: Attribution, before: int, gender: str | None) -> str | None:
        named = self._named_after(position, attribution.last)
        if named is not None:
            return self.index.record("persons", named)
        reference = post_words(self.analysis.words, position)
        for candidate in self._earlier(before, gender):
            if holds_post(self.analysis, candidate, reference):
                return self.index.record("persons", candidate)
        return self._unposted(before, gender) if len(reference) <= _BARE_POST else None

    def _unposted(self, before: int, gender: str | None) -> str | None:
        """The latest person before the quote who opens a sentence as its subject and whom the text
        gives no post ("Иван Петров призвал ..."): the one a bare post ("— согласился мэр")
        stands for when nobody was introduced with it."""
        posted = set(self.holders.values())
        for candidate in self._earlier(before, gender):
            record = self.index.record("persons", candidate)
            if record is not None and record not in posted and self._opens_sentence(candidate):
                return record
        return None

    def _opens_sentence(self, person: Found) -> bool:
        words = self.analysis.words
        return _nominative(words[person.first]) and person.first == self.analysis.sentence_words[words[person.first].sentence].start

    def _named_after(self, position: int, last: int) -> Found | None:
        for later in range(position + 1, last + 1):
            if self.analysis.words[later].text == ",":
                return None
            if later in self._starts:
                return self._starts[later]
        return None

    def said(self, stop: int, speaker: str) -> None:
        """Note that a quote ending at ``stop`` was said by ``speaker``: a pronoun after it, before any
        other person is named, points to them ("«…», — сказал губернатор. Он добавил, …")."""
        self._said.append((stop, speaker))

    def _latest(self, before: int, gender: str | None, *, nominative_first: bool) -> str | None:
        candidates = list(self._earlier(before, gender))
        recent = max((c.start for c in candidates), default=-1)
        speaker = next((who for stop, who in reversed(self._said) if recent < stop <= before), None)
        if speaker is not None and _compatible(gender, self._gender_of(speaker)):
            return speaker
        if nominative_first:
            candidates.sort(key=lambda f: not _nominative(self.analysis.words[f.first]))
        return self.index.record("persons", candidates[0]) if candidates else None

    def _gender_of(self, person: str) -> str | None:
        """The grammatical gender of a Person's first PERSON mention that shows one."""
        mentions = (f for f in self._persons if self.index.record("persons", f) == person)
        return next(filter(None, (person_gender(self.analysis, f) for f in mentions)), None)

    def _earlier(self, before: int, gender: str | None) -> Iterable[Found]:
        """PERSON mentions before offset ``before``, latest first, in the quote's zone group."""
        in_article = self._zone(before) in ARTICLE
        for person in reversed(self._persons):
            if any(start <= person.start < stop for start, stop in self.quoted):
                continue
            if person.stop > before or (self._zone(person.start) in ARTICLE) != in_article:
                continue
            if _compatible(gender, person_gender(self.analysis, person)):
                yield person

    def _zone(self, offset: int) -> str:
        return zone_at(self.analysis, offset)


def person_gender(analysis: Analysis, person: Found) -> str | None:
    """Grammatical gender of a PERSON mention ("Masc", "Fem"), from its words' tags."""
    return words_gender(analysis.words[person.first : person.last + 1])


def _compatible(wanted: str | None, gender: str | None) -> bool:
    return wanted not in {"Masc", "Fem"} or gender is None or wanted == gender


def _governed(analysis: Analysis, position: int) -> bool:
    """Whether a preposition governs the word: "спросил у губернатора" names whom, not who."""
    return position > 0 and analysis.words[position - 1].pos == "ADP"


def _nominative(word: Word) -> bool:
    return word.case in {None, "Nom"}
