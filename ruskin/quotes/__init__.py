"""Quotes: direct speech («…», "…", dialogue dashes) and the Person who said it."""

from .build import build_quotes
from .layout import Speech, speeches

__all__ = ["Speech", "build_quotes", "speeches"]
