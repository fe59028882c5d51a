"""ruskin on a dask cluster: a bag of texts or files in, a bag of Documents out.

dask is an optional extra (``pip install "ruskin[dask]"``), imported only when a bag is
built. Each worker process loads the pipeline once, on its first partition, and reuses it
for every later one; partitions are extracted in batches and keep their order::

    >>> import dask.bag as db                                     # doctest: +SKIP
    >>> from ruskin.dask import extract_bag, read_texts          # doctest: +SKIP
    >>> documents = extract_bag(read_texts(["news/"])).compute()  # doctest: +SKIP

Run workers as processes with one thread each (``LocalCluster(threads_per_worker=1)``,
``dask worker --nthreads 1``): the models hold the GIL, so threads add memory, not speed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import MissingExtraError
from .io.inputs import expand_sources, read_source
from .pipeline import DateLike, Pipeline, default_pipeline
from .records import Document

if TYPE_CHECKING:
    from dask.bag import Bag, Item as BagItem

    from .corpus import Corpus

__all__ = ["SourceText", "corpus_of", "extract_bag", "read_texts"]


class SourceText(NamedTuple):
    """A text with the name of its source and the encoding it was decoded from."""

    source: str | None
    text: str
    encoding: str | None = None


Item = str | SourceText
"""What ``extract_bag`` accepts as elements: a bare text or a ``SourceText``."""


def _dask_bag() -> Any:
    """The ``dask.bag`` module, or ``MissingExtraError`` saying how to install it."""
    try:
        import dask.bag
    except ImportError as error:
        raise MissingExtraError('dask is needed for ruskin.dask: pip install "ruskin[dask]"') from error
    return dask.bag


def read_texts(paths: Iterable[str | Path] | str | Path, *, npartitions: int | None = None, max_chars: int | None = None) -> Bag:
    """A bag of ``SourceText``, one per file under ``paths`` (files, folders, globs), read in the workers.

    Files are found here and read where the bag is computed, decoded and stripped of
    HTML as ``ruskin extract`` does; an unreadable file fails the computation with its error.
    """
    sources = expand_sources(paths)
    bag = _dask_bag().from_sequence(sources, npartitions=npartitions or _partitions(len(sources)))
    return bag.map(read_source_text, max_chars=max_chars)


def _partitions(count: int) -> int:
    """About 16 documents a partition, at most 1000 partitions, at least one."""
    return max(1, min(1000, -(-count // 16)))


def read_source_text(source: str, *, max_chars: int | None = None) -> SourceText:
    """One source read into a ``SourceText``."""
    read = read_source(source, max_chars=max_chars)
    return SourceText(source, read.text, read.encoding)


def extract_bag(bag: Bag, *, batch_size: int = 16, doc_date: DateLike = None) -> Bag:
    """A bag of Documents, one per element of ``bag`` (texts or ``SourceText``), same partitions and order.

    ``doc_date`` is the publication date of every text. Each worker process loads the
    pipeline once and batches each partition through ``Pipeline.pipe``.
    """
    return bag.map_partitions(extract_partition, batch_size=batch_size, doc_date=doc_date)


def extract_partition(items: Iterable[Item], *, batch_size: int = 16, doc_date: DateLike = None) -> list[Document]:
    """Documents for one partition, in order, from this process's pipeline."""
    texts = [SourceText(None, item) if isinstance(item, str) else item for item in items]
    documents = worker_pipeline().pipe(
        [text.text for text in texts],
        batch_size=batch_size,
        doc_dates=[doc_date] * len(texts),
        sources=[text.source for text in texts],
    )
    return [_with_encoding(document, text.encoding) for document, text in zip(documents, texts)]


def _with_encoding(document: Document, encoding: str | None) -> Document:
    return document if encoding is None else document.model_copy(update={"encoding": encoding})


_loading = threading.Lock()


def worker_pipeline() -> Pipeline:
    """This process's pipeline, loaded once even when a worker runs several threads."""
    with _loading:
        return default_pipeline()


def corpus_of(documents: Bag, *, split_every: int | None = None) -> BagItem:
    """The ``Corpus`` of a bag of Documents, as a dask Item: ``corpus_of(bag).compute()``.

    Each partition builds its own Corpus where it is; the parts are merged in a tree of
    ``split_every`` at a time (merging is associative, so the result is the corpus of all
    the documents, whatever the partitions). Elements that are not Documents are skipped.
    """
    return documents.reduction(partition_corpus, merge_corpora, split_every=split_every)


def partition_corpus(documents: Iterable[object]) -> Corpus:
    """The Corpus of one partition's Documents."""
    from .corpus import Corpus

    return Corpus(document for document in documents if isinstance(document, Document))


def merge_corpora(parts: Iterable[Corpus]) -> Corpus:
    """One Corpus from the Corpora of several partitions."""
    from .corpus import Corpus

    return Corpus.merge(*parts)
