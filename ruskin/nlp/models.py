"""Locate and load natasha's model files without importing natasha's Python code.

natasha's ``MorphVocab`` and extractors build pymorphy2 analyzers, which fail on Python
3.12+, so ruskin only reads natasha's data files, through navec and slovnet.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ModelFilesError

EMBEDDING = "emb/navec_news_v1_1B_250K_300d_100q.tar"
NER_MODEL = "model/slovnet_ner_news_v1.tar"
MORPH_MODEL = "model/slovnet_morph_news_v1.tar"


@dataclass(frozen=True, eq=False)
class Models:
    """The slovnet NER and morphology models, sharing one navec embedding (hashed by identity)."""

    ner: Any
    morph: Any


def natasha_data_dir() -> Path:
    """The folder of natasha's installed data files, found without importing natasha."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ModelFilesError("natasha is not installed; run: pip install natasha")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def model_path(relative: str) -> Path:
    """Path of one of natasha's model files; ``ModelFilesError`` if it is missing."""
    path = natasha_data_dir() / relative
    if not path.is_file():
        raise ModelFilesError(f"natasha's model file is missing: {path}")
    return path


@lru_cache(maxsize=1)
def load_models() -> Models:
    """Load navec, slovnet NER and slovnet morphology once per process."""
    from navec import Navec
    from slovnet import NER, Morph

    try:
        navec = Navec.load(model_path(EMBEDDING))
        ner = NER.load(model_path(NER_MODEL))
        morph = Morph.load(model_path(MORPH_MODEL))
    except (OSError, ValueError, KeyError) as error:
        raise ModelFilesError(f"cannot load natasha's model files: {error}") from error
    ner.navec(navec)
    morph.navec(navec)
    return Models(ner=ner, morph=morph)
