"""The records ruskin returns: frozen pydantic models linked by id.

Offsets everywhere are ``start``/``stop``: half-open character offsets into
``Document.text``, the text the user gave (after HTML conversion, when the input was
HTML). Records refer to each other by ``id`` (``"m3"``, ``"p1"``, ``"r2"``), never by
nested copies, so a ``Document`` serialises to JSON and back exactly.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Agency",
    "DateValue",
    "Document",
    "ErrorRecord",
    "Event",
    "Initiative",
    "Mention",
    "MentionType",
    "Participant",
    "Person",
    "Position",
    "Quote",
    "Region",
    "Sentence",
    "Token",
]

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

    start: int = Field(ge=0)
    stop: int = Field(ge=0)


class Token(_Record):
    """A word or punctuation mark with its lemma and part of speech."""

    start: int = Field(ge=0)
    stop: int = Field(ge=0)
    text: str
    lemma: str = Field(description="Dictionary form, lower case (pymorphy3).")
    pos: str = Field(description="Universal Dependencies part-of-speech tag: NOUN, PROPN, ...")
    feats: dict[str, str] = Field(
        default_factory=dict,
        description="Universal Dependencies features: Case, Number, Gender, ...",
    )


class Mention(_Record):
    """A span of the text that names something."""

    id: str
    type: MentionType
    start: int = Field(ge=0)
    stop: int = Field(ge=0)
    text: str = Field(description="Exactly ``document.text[start:stop]``.")
    normal: str = Field(description="The mention in the nominative: 'Нижегородская область'.")


class Person(_Record):
    """A person, with every mention of them in the document."""

    id: str
    name: str = Field(description="Full name in the nominative, first name first.")
    last: str | None = None
    first: str | None = Field(default=None, description="First name, or its initial ('А.').")
    middle: str | None = Field(default=None, description="Patronymic, or its initial.")
    mentions: tuple[str, ...] = Field(default=(), description="Ids of PERSON mentions.")


class Position(_Record):
    """A post that a person holds, held or acts in."""

    id: str
    person: str = Field(description="Id of the Person.")
    title: str = Field(description="The post in the nominative: 'губернатор Самарской области'.")
    agency: str | None = Field(default=None, description="Id of the Agency, if any.")
    region: str | None = Field(default=None, description="Id of the Region, if any.")
    status: Literal["current", "acting", "former"] = "current"
    mention: str | None = Field(default=None, description="Id of the ROLE mention.")


class Region(_Record):
    """A federal subject, federal district or Russia itself."""

    id: str
    name: str = Field(description="Official name: 'Нижегородская область'.")
    code: str | None = Field(default=None, description="ISO 3166-2:RU code, where one exists.")
    kind: str | None = Field(
        default=None,
        description="oblast, krai, republic, federal city, autonomous okrug, "
        "autonomous oblast, federal district or country.",
    )
    federal_district: str | None = Field(default=None, description="Name of its federal district.")
    mentions: tuple[str, ...] = Field(default=(), description="Ids of the mentions that name it.")


class Agency(_Record):
    """A government body or public organisation."""

    id: str
    name: str = Field(description="Canonical name in the nominative.")
    abbreviation: str | None = None
    level: Literal["federal", "regional", "municipal"] | None = None
    region: str | None = Field(default=None, description="Id of the Region it belongs to.")
    mentions: tuple[str, ...] = ()


class Initiative(_Record):
    """A national project, programme, decree, law, standard or rating."""

    id: str
    name: str
    kind: str | None = Field(
        default=None,
        description="national project, programme, decree, law, standard, rating or project.",
    )
    mentions: tuple[str, ...] = ()


class Participant(_Record):
    """Who took part in an event, and in what part."""

    person: str = Field(description="Id of the Person (or of an Agency).")
    part: Literal["participant", "speaker", "opened", "moderator", "organizer"] = "participant"


class Event(_Record):
    """A forum, session, meeting, visit, exhibition or election."""

    id: str
    name: str = Field(description="Name in the nominative.")
    kind: str | None = None
    location: str | None = Field(
        default=None, description="Id of the mention (CITY, REGION, ...) naming the place."
    )
    start: str | None = Field(default=None, description="ISO 8601 date, partial if the text is.")
    end: str | None = None
    organizers: tuple[str, ...] = Field(default=(), description="Ids of Agencies or Persons.")
    participants: tuple[Participant, ...] = ()
    part_of: str | None = Field(default=None, description="Id of the enclosing Event.")
    mentions: tuple[str, ...] = ()


class DateValue(_Record):
    """A date, a range of dates or a relative date, in ISO 8601."""

    id: str
    start: str | None = Field(default=None, description="'2019-06-19', '2019-06', '--04-23'.")
    end: str | None = Field(default=None, description="Last day of a range, inclusive.")
    precision: Literal["year", "month", "day", "minute"] | None = None
    mention: str


class Quote(_Record):
    """Direct speech and who said it."""

    id: str
    speaker: str | None = Field(default=None, description="Id of the Person who said it.")
    text: str
    start: int = Field(ge=0)
    stop: int = Field(ge=0)


class Document(_Record):
    """Everything ruskin found in one text."""

    text: str
    source: str | None = Field(default=None, description="Path or name of the input.")
    encoding: str | None = Field(
        default=None, description="Encoding the input file was decoded from, when read from bytes."
    )
    doc_date: dt.date | None = Field(default=None, description="Publication date, if given.")
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    persons: tuple[Person, ...] = ()
    positions: tuple[Position, ...] = ()
    regions: tuple[Region, ...] = ()
    agencies: tuple[Agency, ...] = ()
    initiatives: tuple[Initiative, ...] = ()
    events: tuple[Event, ...] = ()
    dates: tuple[DateValue, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def _repr_html_(self) -> str:
        """The text with mentions highlighted, then tables of records (for Jupyter)."""
        from .display import document_html

        return document_html(self)

    def print(self) -> None:
        """Print the mentions and record tables as plain text, for a terminal."""
        from .display import document_text

        print(document_text(self))

    def to_frames(self) -> dict[str, Any]:
        """One pandas DataFrame per record kind, joined by ids (needs ``ruskin[pandas]``)."""
        from .frames import document_frames

        return document_frames(self)

    def mention(self, mention_id: str) -> Mention:
        """The mention with this id; ``KeyError`` if there is none."""
        for mention in self.mentions:
            if mention.id == mention_id:
                return mention
        raise KeyError(mention_id)


class ErrorRecord(_Record):
    """An input that could not be processed, in place of its Document (batch output)."""

    source: str
    error: str = Field(description="What went wrong: the exception's type and message.")
