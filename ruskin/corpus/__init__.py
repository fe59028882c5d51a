"""Many Documents as one corpus: people across documents, their posts over time, tables and a database."""

from .corpus import Corpus
from .records import CorpusAgency, CorpusEvent, CorpusInitiative, CorpusPerson, CorpusRegion, PersonRef, Tenure

__all__ = ["Corpus", "CorpusAgency", "CorpusEvent", "CorpusInitiative", "CorpusPerson", "CorpusRegion", "PersonRef", "Tenure"]
