"""Worker processes that keep input order and outlive a worker's death.

``run_ordered`` maps a work function over items in ``jobs`` processes, a bounded number
of items ahead, and yields the results in input order. Each worker runs ``setup`` once
when it starts (the pipeline's ``default_pipeline``: the models load once per worker).
Workers are forked from a fork server that has imported ``ruskin._worker``, so they start
with the models in memory. A worker process that dies (killed, out of memory) is replaced,
and each item it had goes to ``rescue``.

The pool knows nothing of pipelines or files: ``ruskin.pipeline`` and ``ruskin.batch`` hand
it their work and setup functions, which reach the workers by reference.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import forkserver
from multiprocessing.context import BaseContext
from typing import TypeVar

from threadpoolctl import threadpool_limits

from .errors import WorkerDiedError
from .logs import log_to_stderr

__all__ = ["Rescue", "Workers", "chunks", "run_ordered", "start_worker_server"]

log = logging.getLogger(__name__)

Item = TypeVar("Item")
Output = TypeVar("Output")

PRELOAD = "ruskin._worker"
"""The module the fork server imports before it forks workers: it loads the pipeline (by name, not imported here)."""

Setup = Callable[[], object]
Rescue = Callable[["Workers", Callable[[Item], Output], Item], Output]
"""What becomes of an item whose worker died: given the pools, the work and the item."""


def run_ordered(
    work: Callable[[Item], Output],
    items: Iterable[Item],
    *,
    jobs: int,
    setup: Setup | None = None,
    debug: bool = False,
    rescue: Rescue[Item, Output] | None = None,
) -> Iterator[Output]:
    """``work`` over ``items`` in ``jobs`` processes (in this one if ``jobs`` is 1), in order.

    ``setup`` runs once in each worker before its first item (once here if ``jobs`` is 1);
    ``debug`` makes the workers log at DEBUG level to stderr. Each job uses one core: one
    BLAS thread per process, so ``jobs`` says how many cores the work takes (``Pipeline``
    outside a pool keeps numpy's default threads). When a worker dies, the pool is replaced
    and each item it broke goes to ``rescue`` (or ``WorkerDiedError`` is raised without one).
    """
    if jobs <= 1:
        if setup is not None:
            setup()
        with threadpool_limits(1):
            yield from map(work, items)
        return
    context = start_worker_server()
    log.debug("starting %d worker processes (%s)", jobs, context.get_start_method())
    workers = Workers(context, jobs, setup, debug)
    try:
        yield from _bounded_map(workers, work, items, 4 * jobs, rescue)
    except BaseException:  # Ctrl-C, an output error, or the reader stopped: stop the workers now
        workers.close(stop=True)
        raise
    workers.close()


class Workers:
    """A process pool that is replaced when a worker dies, and a one-worker pool for suspects."""

    def __init__(self, context: BaseContext, jobs: int, setup: Setup | None = None, debug: bool = False) -> None:
        self.context, self.jobs, self.setup, self.debug = context, jobs, setup, debug
        self.generation = 0
        self.pool = self._new(jobs)
        self.quarantine: ProcessPoolExecutor | None = None

    def _new(self, jobs: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, mp_context=self.context, initializer=_start_worker, initargs=(self.setup, self.debug))

    def submit(self, work: Callable[[Item], Output], item: Item) -> tuple[int, Future[Output]]:
        """Hand ``item`` to the pool; returns the pool's generation with the future."""
        return self.generation, self.pool.submit(work, item)

    def replace(self, generation: int) -> None:
        """A new pool in place of a broken one (once per broken generation)."""
        if generation == self.generation:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.generation += 1
            self.pool = self._new(self.jobs)

    def alone(self, work: Callable[[Item], Output], item: Item) -> Output:
        """``work(item)`` in the one-worker pool: if that worker dies, ``item`` killed it."""
        if self.quarantine is None:
            self.quarantine = self._new(1)
        try:
            return self.quarantine.submit(work, item).result()
        except BrokenProcessPool:
            self.quarantine.shutdown(wait=False, cancel_futures=True)
            self.quarantine = None
            raise

    def close(self, *, stop: bool = False) -> None:
        """Shut the pools down; with ``stop``, end the workers' current work too (they are not waited for)."""
        for pool in (self.pool, self.quarantine):
            if pool is None:
                continue
            processes = list((getattr(pool, "_processes", None) or {}).values()) if stop else []  # private, if there
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()


def _start_worker(setup: Setup | None, debug: bool) -> None:
    """A worker: one BLAS thread, since the workers already share out the cores; then ``setup``."""
    threadpool_limits(1)
    if debug:
        log_to_stderr(logging.DEBUG)
    if setup is not None:
        setup()


def start_worker_server() -> BaseContext:
    """Start the fork server that workers are forked from, with the models loaded in it.

    Done on first use anyway; call it early to pay the loading before the work starts.
    Where there is no fork server (macOS, Windows), workers load the models themselves.
    """
    context = multiprocessing.get_context(_start_method())
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload([PRELOAD])  # workers start with the models loaded
        forkserver.ensure_running()
        _wait_until_loaded(context)
    return context


def _wait_until_loaded(context: BaseContext) -> None:
    """Block until the fork server has loaded the models: it forks nothing before that.

    ``ensure_running`` returns at once, so without this the loading would fall on the first
    batch; a no-op process forked from the server returns only when the server is ready.
    """
    probe = context.Process(target=_nothing)  # type: ignore[attr-defined]
    probe.start()
    probe.join()


def _nothing() -> None:
    """The no-op a probe process runs."""


def _bounded_map(
    workers: Workers,
    work: Callable[[Item], Output],
    items: Iterable[Item],
    window: int,
    rescue: Rescue[Item, Output] | None,
) -> Iterator[Output]:
    pending: deque[tuple[Item, int, Future[Output]]] = deque()
    for item in items:
        pending.append((item, *workers.submit(work, item)))
        if len(pending) >= window:
            yield _outcome(workers, work, *pending.popleft(), rescue)
    while pending:
        yield _outcome(workers, work, *pending.popleft(), rescue)


def _outcome(
    workers: Workers,
    work: Callable[[Item], Output],
    item: Item,
    generation: int,
    future: Future[Output],
    rescue: Rescue[Item, Output] | None,
) -> Output:
    try:
        return future.result()
    except BrokenProcessPool:
        workers.replace(generation)
        if rescue is None:
            raise WorkerDiedError("a worker process died (killed or out of memory) during the batch") from None
        return rescue(workers, work, item)


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """``items`` in lists of ``size`` (the last may be shorter)."""
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"
