"""Records of one class share one fields-set object: a large Document takes half the memory.

pydantic keeps, for every model instance, the set of field names given when it was made
(``__pydantic_fields_set__``). For a Mention that set takes about 700 bytes, more than
everything else in the record. ruskin's records are frozen and almost all are made with
the same fields, so records of one class with equal sets can share one set object.
Sharing is safe: pydantic copies the set before it adds to it (``model_copy``), and a
frozen record never changes its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel

__all__ = ["share_fields_sets"]

_shared: dict[tuple[type, frozenset[str]], set[str]] = {}


def share_fields_sets(records: Iterable[BaseModel]) -> None:
    """Give each record the one shared fields-set object of its class and fields."""
    for record in records:
        own = record.__pydantic_fields_set__
        shared = _shared.setdefault((type(record), frozenset(own)), own)
        if shared is not own:
            object.__setattr__(record, "__pydantic_fields_set__", shared)
