"""Peak memory and CPU time: this process's own, and sampled over its process tree."""

from __future__ import annotations

import resource
import sys
import threading

MIB = 1024 * 1024


def own_cpu_s() -> float:
    """User plus system CPU seconds this process has used so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def own_peak_mib() -> float:
    """This process's peak resident set size in MiB (``ru_maxrss``)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MIB if sys.platform == "darwin" else peak / 1024


class TreeSampler:
    """Samples the resident memory of this process and all its descendants every ``interval`` s.

    Records the largest sum over the tree, the largest single descendant, and the CPU time
    each descendant had used when last seen (so up to ``interval`` s of each is missed).
    Needs psutil.
    """

    def __init__(self, interval: float = 0.05) -> None:
        import psutil

        self._me = psutil.Process()
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self.tree_mib = 0.0
        self.largest_child_mib = 0.0
        self._child_cpu: dict[int, float] = {}

    @property
    def children_cpu_s(self) -> float:
        """CPU seconds of every descendant, as last sampled."""
        return sum(self._child_cpu.values())

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            self.sample()

    def sample(self) -> None:
        """Take one sample of the tree."""
        descendants = self._me.children(recursive=True)
        children = [_rss(child) for child in descendants]
        self._child_cpu |= {child.pid: cpu for child in descendants if (cpu := _cpu(child)) is not None}
        self.tree_mib = max(self.tree_mib, (_rss(self._me) + sum(children)) / MIB)
        self.largest_child_mib = max(self.largest_child_mib, max(children, default=0) / MIB)


def _rss(process: object) -> int:
    import psutil

    try:
        return process.memory_info().rss  # type: ignore[attr-defined]
    except psutil.Error:  # the process ended between listing and reading
        return 0


def _cpu(process: object) -> float | None:
    import psutil

    try:
        times = process.cpu_times()  # type: ignore[attr-defined]
    except psutil.Error:
        return None
    return float(times.user + times.system)
