"""ruskin: officials, regions, agencies, initiatives, events and dates in Russian news.

Examples:
    >>> import ruskin
    >>> document = ruskin.extract("Губернатор Самарской области Дмитрий Азаров посетил Москву.")
    >>> document.persons[0].name
    'Дмитрий Азаров'
"""

import logging

from .errors import (
    BinaryInputError,
    CorpusError,
    InputError,
    InputTooLargeError,
    InputTypeError,
    MissingExtraError,
    ModelFilesError,
    RuskinError,
    UnknownPersonError,
)
from .batch import extract_files
from .corpus import Corpus
from .views.frames import to_frames
from .pipeline import Pipeline, extract
from .records import (
    Agency,
    DateValue,
    Document,
    ErrorRecord,
    Event,
    Initiative,
    Mention,
    MentionType,
    Participant,
    Person,
    Position,
    Quote,
    Region,
    Sentence,
    Token,
)

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Agency",
    "BinaryInputError",
    "Corpus",
    "CorpusError",
    "DateValue",
    "Document",
    "ErrorRecord",
    "Event",
    "Initiative",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "Mention",
    "MentionType",
    "MissingExtraError",
    "ModelFilesError",
    "Participant",
    "Person",
    "Pipeline",
    "Position",
    "Quote",
    "Region",
    "RuskinError",
    "Sentence",
    "Token",
    "UnknownPersonError",
    "__version__",
    "extract",
    "extract_files",
    "to_frames",
]
