"""The record types: every record ruskin returns, as a frozen pydantic model linked by id.

Offsets everywhere are ``start``/``stop``: half-open character offsets into
``Document.text``, the text the user gave (after HTML conversion, when the input was
HTML). Records refer to each other by ``id`` (``"m3"``, ``"p1"``, ``"r2"``), never by
nested copies, so a ``Document`` serialises to JSON and back exactly.

``DocumentData`` is a Document's fields without its views; ``ruskin.records.Document`` adds
them. The views (``ruskin.views``) and the corpus, which read a Document's data, import the
types from here, below the Document that shows itself through them. Users import from
``ruskin.records``, which re-exports every type here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .io.lines import with_mention_texts

__all__ = [
    "Agency",
    "DateValue",
    "DocumentData",
    "ErrorRecord",
    "Event",
    "Initiative",
    "Mention",
    "MentionType",
    "Participant",
    "ParticipantPart",
    "Person",
    "Position",
    "PostKind",
    "Quote",
    "Region",
    "SeatBasis",
    "Sentence",
    "Token",
    "Zone",
]

Zone = Literal["title", "body", "caption", "byline", "comments", "links", "navigation"]
"""Where on a scraped page something is: the headline, the article body, a photo caption, the
byline (who wrote it), reader comments, lists of other headlines, or navigation (menus, calendars)."""

_ZONE: Any = Field(
    default="body",
    description="Page zone: title, body, caption, byline, comments, links or navigation; a record with "
    "several mentions is in the article (title or body) if any of them is.",
)

MentionType = Literal[
    "PERSON",
    "ROLE",
    "AGENCY",
    "ORGANIZATION",
    "REGION",
    "CITY",
    "COUNTRY",
    "LOCATION",
    "INITIATIVE",
    "EVENT",
    "DATE",
]
"""What a mention names."""


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Sentence(_Record):
    """A sentence: ``text[start:stop]``."""

    start: int = Field(ge=0, description="Offset of its first character.")
    stop: int = Field(ge=0, description="Offset just past its last character.")
    zone: Zone = _ZONE


class Token(_Record):
    """A word or punctuation mark with its lemma and part of speech."""

    start: int = Field(ge=0, description="Offset of its first character.")
    stop: int = Field(ge=0, description="Offset just past its last character.")
    text: str = Field(description="Exactly ``document.text[start:stop]``.")
    lemma: str = Field(description="Dictionary form, lower case (pymorphy3).")
    pos: str = Field(description="Universal Dependencies part-of-speech tag: NOUN, PROPN, ...")
    feats: dict[str, str] = Field(
        default_factory=dict,
        description="Universal Dependencies features: Case, Number, Gender, ...",
    )


class Mention(_Record):
    """A span of the text that names something."""

    id: str = Field(description="'m1', 'm2', ... in text order.")
    type: MentionType = Field(description="What the mention names.")
    start: int = Field(ge=0, description="Offset of its first character.")
    stop: int = Field(ge=0, description="Offset just past its last character.")
    text: str = Field(
        description="Exactly ``document.text[start:stop]``; compact JSON (``tokens=False``) leaves it out "
        "and reading the Document fills it in again."
    )
    normal: str = Field(description="The mention in the nominative: 'Нижегородская область'.")
    zone: Zone = _ZONE


class Person(_Record):
    """A person, with every mention of them in the document."""

    id: str = Field(description="'p1', 'p2', ... in order of first mention.")
    name: str = Field(description="Full name in the nominative, first name first.")
    last: str | None = Field(default=None, description="Surname in the nominative.")
    first: str | None = Field(default=None, description="First name, or its initial ('А.').")
    middle: str | None = Field(default=None, description="Patronymic, or its initial.")
    mentions: tuple[str, ...] = Field(default=(), description="Ids of PERSON mentions.")
    zone: Zone = _ZONE


PostKind = Literal["post", "rank", "profession"]
"""What a Position holds: an office, a rank or a profession."""

SeatBasis = Literal["title", "abbreviation", "city", "referent", "context"]
"""How a post's seat was found: named in the title, by an abbreviation in it, by a city in it,
from the post it refers back to, or from the article's main region."""


class Position(_Record):
    """An office a person holds, held or acts in: one record per person, office and status,
    with every mention of it and where it sits."""

    id: str = Field(description="'pos1', 'pos2', ... in order of first mention.")
    person: str = Field(description="Id of the Person.")
    holder: str | None = Field(
        default=None, description="Id of the PERSON mention that names the holder where the post is stated."
    )
    holders: tuple[str, ...] = Field(
        default=(), description="Ids of every PERSON mention the post is stated at, in text order."
    )
    title: str = Field(description="The fullest title in the nominative: 'губернатор Самарской области'.")
    agency: str | None = Field(default=None, description="Id of the Agency, if any.")
    region: str | None = Field(default=None, description="Id of the Region the post sits in, if any.")
    municipality: str | None = Field(
        default=None,
        description="The city or district the post sits in, in the nominative ('Челябинск', "
        "'Приволжский район'); its region is ``region``.",
    )
    seat_basis: SeatBasis | None = Field(
        default=None,
        description="How the region was found: title, abbreviation, city, referent (the post a bare "
        "post refers to) or context (the article's main region); None without a region.",
    )
    organization: str | None = Field(
        default=None,
        description="Id of the mention naming the workplace when it is not an Agency record ('Газпрома').",
    )
    place: str | None = Field(
        default=None, description="Id of the place mention the post is for when it is not a Region ('США')."
    )
    status: Literal["current", "acting", "former"] = Field(
        default="current", description="current, acting (врио, и. о.) or former (бывший, экс-)."
    )
    kind: PostKind = Field(
        default="post",
        description="post (an office: 'губернатор', 'министр'), rank ('генерал-майор', 'полковник полиции') "
        "or profession ('журналист', 'политик'); officials are the holders of posts.",
    )
    mention: str | None = Field(
        default=None,
        description="Id of the ROLE mention the title comes from; None for a post only a verb names "
        "('возглавил министерство').",
    )
    mentions: tuple[str, ...] = Field(default=(), description="Ids of every ROLE mention of this office.")
    zone: Zone = _ZONE


class Region(_Record):
    """A federal subject, federal district or Russia itself."""

    id: str = Field(description="'r1', 'r2', ...")
    name: str = Field(description="Official name: 'Нижегородская область'.")
    code: str | None = Field(default=None, description="ISO 3166-2:RU code, where one exists.")
    kind: str | None = Field(
        default=None,
        description="oblast, krai, republic, federal city, autonomous okrug, "
        "autonomous oblast, federal district or country.",
    )
    federal_district: str | None = Field(default=None, description="Name of its federal district.")
    mentions: tuple[str, ...] = Field(default=(), description="Ids of the mentions that name it.")
    zone: Zone = _ZONE


class Agency(_Record):
    """A government body or public organisation."""

    id: str = Field(description="'a1', 'a2', ...")
    name: str = Field(description="Canonical name in the nominative.")
    abbreviation: str | None = Field(default=None, description="'АСИ', 'Минтруд', 'ФСО'.")
    level: Literal["federal", "regional", "municipal"] | None = Field(
        default=None, description="federal, regional or municipal."
    )
    region: str | None = Field(default=None, description="Id of the Region it belongs to.")
    mentions: tuple[str, ...] = Field(default=(), description="Ids of the mentions that name it.")
    zone: Zone = _ZONE


class Initiative(_Record):
    """A national project, programme, decree, law, standard or rating."""

    id: str = Field(description="'i1', 'i2', ...")
    name: str = Field(description="Name in the nominative.")
    kind: str | None = Field(
        default=None,
        description="national project, programme, decree, law, treaty, standard, rating or project.",
    )
    mentions: tuple[str, ...] = Field(default=(), description="Ids of the mentions that name it.")
    zone: Zone = _ZONE


ParticipantPart = Literal[
    "participant", "speaker", "opened", "moderator", "organizer", "chair", "appointee", "signer", "guest"
]
"""How someone took part in an event."""


class Participant(_Record):
    """Who took part in an event, and in what part."""

    person: str = Field(description="Id of the Person (or of an Agency).")
    part: ParticipantPart = Field(
        default="participant",
        description="participant, speaker, opened, moderator, organizer, chair (held the meeting), "
        "appointee (appointed, elected), signer (signed the decree or agreement) or guest (met by the host).",
    )
    position: str | None = Field(
        default=None,
        description="Id of the Position when the text names only the post ('губернатор принял участие'); "
        "``person`` is then its holder.",
    )


class Event(_Record):
    """A forum, session, meeting, visit, exhibition or election."""

    id: str = Field(description="'e1', 'e2', ...")
    name: str = Field(description="Name in the nominative.")
    kind: str | None = Field(
        default=None,
        description="forum, congress, conference, session, meeting, visit, exhibition, election, "
        "summit, talks, ceremony, festival, championship, protest, war, attack, accident, ...",
    )
    location: str | None = Field(
        default=None, description="Id of the mention (CITY, REGION, ...) naming the place."
    )
    places: tuple[str, ...] = Field(
        default=(),
        description="Ids of the mentions of every place it is held in, ``location`` first, when the text "
        "names several ('праймериз в Техасе, Огайо и Вермонте'); empty when it names one or none.",
    )
    start: str | None = Field(default=None, description="ISO 8601 date, partial if the text is.")
    end: str | None = Field(default=None, description="ISO 8601 last day, inclusive.")
    date: str | None = Field(default=None, description="Id of the DateValue its dates come from.")
    organizers: tuple[str, ...] = Field(default=(), description="Ids of Agencies or Persons.")
    participants: tuple[Participant, ...] = Field(default=(), description="Who took part, and how.")
    part_of: str | None = Field(default=None, description="Id of the enclosing Event.")
    background: bool = Field(
        default=False,
        description="True when the article names the event only as setting, history or what might be, not as "
        "news: a war its people served in ('участник спецоперации'), a birth in a biography ('родился в 1975 "
        "году'), an offer or a promise ('предложил ему возглавить фонд').",
    )
    mentions: tuple[str, ...] = Field(default=(), description="Ids of EVENT mentions.")
    zone: Zone = _ZONE


class DateValue(_Record):
    """A date, a range of dates or a relative date, in ISO 8601."""

    id: str = Field(description="'d1', 'd2', ...")
    start: str | None = Field(default=None, description="'2019-06-19', '2019-06', '--04-23'.")
    end: str | None = Field(default=None, description="Last day of a range, inclusive.")
    precision: Literal["year", "month", "day", "minute"] | None = Field(
        default=None, description="year, month, day or minute."
    )
    relative: str | None = Field(
        default=None, description="An offset not resolved for want of doc_date: '-1 day', '-1 year'."
    )
    duration: str | None = Field(default=None, description="A length of time, ISO 8601: 'P5Y'.")
    weekday_conflict: str | None = Field(
        default=None, description="Set when the weekday written does not match the date."
    )
    invalid: str | None = Field(
        default=None, description="Why a date written has no value: '30 февраля 2024' is no day; start is then None."
    )
    mention: str = Field(description="Id of the DATE mention.")
    zone: Zone = _ZONE


class Quote(_Record):
    """Direct speech and who said it."""

    id: str = Field(description="'q1', 'q2', ...")
    speaker: str | None = Field(default=None, description="Id of the Person who said it.")
    text: str = Field(description="The quoted words, without the quotation marks.")
    start: int = Field(ge=0, description="Offset of the first quoted character.")
    stop: int = Field(ge=0, description="Offset just past the last quoted character.")
    zone: Zone = _ZONE


class DocumentData(_Record):
    """A Document's fields, without its views (``ruskin.records.Document`` adds them)."""

    text: str = Field(description="The text every offset points into.")
    source: str | None = Field(default=None, description="Path or name of the input.")
    encoding: str | None = Field(
        default=None, description="Encoding the input file was decoded from, when read from bytes."
    )
    warnings: tuple[str, ...] = Field(
        default=(), description="What was doubtful in reading the input: a guessed encoding, replaced bytes."
    )
    doc_date: dt.date | None = Field(default=None, description="Publication date, if given.")
    main_region: str | None = Field(
        default=None,
        description="Id of the Region the article is about (named most, in the headline and the "
        "dateline first), if one stands out.",
    )
    sentences: tuple[Sentence, ...] = Field(default=(), description="Sentences in text order.")
    tokens: tuple[Token, ...] = Field(default=(), description="Words and punctuation in text order.")
    tokens_omitted: bool = Field(
        default=False,
        description="True when tokens were left out: asked for (tokens=False, --no-tokens) or a text "
        "too long to keep them (see Pipeline.window).",
    )
    mentions: tuple[Mention, ...] = Field(default=(), description="Every mention, in text order.")
    persons: tuple[Person, ...] = Field(default=(), description="People, in order of first mention.")
    positions: tuple[Position, ...] = Field(default=(), description="Who holds which post.")
    regions: tuple[Region, ...] = Field(default=(), description="Regions, districts and Russia.")
    agencies: tuple[Agency, ...] = Field(default=(), description="Government bodies and organisations.")
    initiatives: tuple[Initiative, ...] = Field(default=(), description="Projects, programmes, decrees.")
    events: tuple[Event, ...] = Field(default=(), description="Forums, sessions, meetings, visits.")
    dates: tuple[DateValue, ...] = Field(default=(), description="Dates and their ISO values.")
    quotes: tuple[Quote, ...] = Field(default=(), description="Direct speech with its speaker.")

    @model_validator(mode="before")
    @classmethod
    def _mention_texts(cls, data: Any) -> Any:
        """Fill in the ``text`` of mentions read from compact JSON, which leaves it out."""
        if isinstance(data, dict) and isinstance(data.get("text"), str) and data.get("mentions"):
            return with_mention_texts(data)
        return data


class ErrorRecord(_Record):
    """An input that could not be processed, in place of its Document (batch output)."""

    source: str = Field(description="Path of the input, '-' for standard input.")
    error: str = Field(description="What went wrong: the exception's type and message.")
    traceback: str | None = Field(
        default=None, description="The Python traceback, when asked for (``--debug``, ``extract_files(debug=True)``)."
    )
