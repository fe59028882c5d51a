"""ruskin's exceptions.

Every exception ruskin raises on purpose belongs to one tree, and each also
subclasses the built-in that fits, so ``except ValueError`` keeps working::

    RuskinError
    ├── InputTypeError (TypeError)        not the type asked for: a text that is not a ``str``,
    │                                     one string where a list belongs, a path that is bytes
    ├── InputError (ValueError)           a text or file ruskin cannot read as text
    │   ├── BinaryInputError              bytes that are not text in any encoding
    │   ├── InputTooLargeError            a document over the size limit
    │   ├── SkippedInputError             an entry of a folder that is no file to read
    │   └── NoMatchError                  a glob that matches nothing (a usage error)
    ├── DocumentTimeoutError (TimeoutError) a document over the batch's time limit
    ├── WorkerDiedError (RuntimeError)    a batch worker process died on a document
    ├── OutputError (OSError)             the output cannot be written
    ├── ModelFilesError (OSError)         natasha's model files are missing or broken
    ├── CorpusError (OSError)             an evaluation corpus cannot be read
    ├── UnknownPersonError (KeyError)     no person, or several, in a Corpus fit a name
    └── MissingExtraError (ImportError)   an optional extra (pandas, dask) is not installed
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "CorpusError",
    "DocumentTimeoutError",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "MissingExtraError",
    "ModelFilesError",
    "NoMatchError",
    "OutputError",
    "RuskinError",
    "SkippedInputError",
    "UnknownPersonError",
    "WorkerDiedError",
]


class RuskinError(Exception):
    """Base of every exception ruskin raises on purpose."""


class InputTypeError(RuskinError, TypeError):
    """An argument of the wrong type; the message says what to pass (a ``str`` text, a list of texts, ...)."""


class InputError(RuskinError, ValueError):
    """A text or file that ruskin cannot read as text."""


class BinaryInputError(InputError):
    """Bytes that decode as text in none of the supported encodings."""


class InputTooLargeError(InputError):
    """A document longer than the size limit the caller set."""


class SkippedInputError(InputError):
    """An entry of a folder that is not read: a FIFO, a device, a dangling or looping link."""


class NoMatchError(InputError):
    """A glob pattern that matches no file: a usage error."""


class DocumentTimeoutError(RuskinError, TimeoutError):
    """A document that took longer than the batch's time limit."""


class WorkerDiedError(RuskinError, RuntimeError):
    """A batch worker process died (killed, out of memory, crashed) while extracting."""


class OutputError(RuskinError, OSError):
    """The output file or stream cannot be written: missing folder, read-only, full, closed pipe."""


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
