"""ruskin's exceptions.

Every exception ruskin raises on purpose belongs to one tree, and each also
subclasses the built-in that fits, so ``except ValueError`` keeps working::

    RuskinError
    ├── InputTypeError (TypeError)        a text that is not a ``str``
    ├── InputError (ValueError)           a text or file ruskin cannot read as text
    │   ├── BinaryInputError              bytes that are not text in any encoding
    │   └── InputTooLargeError            a document over the size limit
    ├── ModelFilesError (OSError)         natasha's model files are missing or broken
    ├── CorpusError (OSError)             an evaluation corpus cannot be read
    ├── UnknownPersonError (KeyError)     no person, or several, in a Corpus fit a name
    └── MissingExtraError (ImportError)   an optional extra (pandas, dask) is not installed
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "CorpusError",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "MissingExtraError",
    "ModelFilesError",
    "RuskinError",
    "UnknownPersonError",
]


class RuskinError(Exception):
    """Base of every exception ruskin raises on purpose."""


class InputTypeError(RuskinError, TypeError):
    """A text argument that is not a ``str``."""


class InputError(RuskinError, ValueError):
    """A text or file that ruskin cannot read as text."""


class BinaryInputError(InputError):
    """Bytes that decode as text in none of the supported encodings."""


class InputTooLargeError(InputError):
    """A document longer than the size limit the caller set."""


class ModelFilesError(RuskinError, OSError):
    """natasha's model files cannot be found or loaded."""


class CorpusError(RuskinError, OSError):
    """An evaluation corpus folder is missing or not in the expected format."""


class UnknownPersonError(RuskinError, KeyError):
    """No person in a ``Corpus`` has this key or name, or several people fit the name."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class MissingExtraError(RuskinError, ImportError):
    """An optional dependency is not installed; the message says which extra to install."""
