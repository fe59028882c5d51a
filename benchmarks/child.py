"""One contender in this fresh process: ``python benchmarks/child.py NAME WORK.json OUT.json``.

The clock starts after the texts are read, before the contender's imports; it writes one
JSON object of measurements to ``OUT.json``.
"""

from __future__ import annotations

import json
import sys
import time
from contextlib import nullcontext
from pathlib import Path

from contenders import CONTENDERS, Contender, Workload
from memory import TreeSampler, own_cpu_s, own_peak_mib


def main(argv: list[str]) -> None:
    """Measure the contender named in ``argv`` and write its result."""
    name, work_path, out_path = argv
    work = Workload(**json.loads(Path(work_path).read_text(encoding="utf-8")))
    result = measure(CONTENDERS[name], work)
    Path(out_path).write_text(json.dumps(result), encoding="utf-8")


def measure(contender: Contender, work: Workload) -> dict[str, object]:
    """Initialisation, processing time and peak memory of one contender over the workload."""
    sampler = TreeSampler() if contender.pool else nullcontext()
    with sampler:
        cpu_before, started = own_cpu_s(), time.perf_counter()
        run = contender.load()
        loaded = time.perf_counter()
        first, count = _consume(run(work))
        finished, cpu_after = time.perf_counter(), own_cpu_s()
    result = {
        "name": contender.name,
        "docs": count,
        "chars": sum(map(len, work.texts)),
        "init_s": (first if contender.pool else loaded) - started,
        "run_s": finished - loaded,
        "total_s": finished - started,
        "cpu_s": cpu_after - cpu_before,
        "rss_mib": own_peak_mib(),
    }
    if isinstance(sampler, TreeSampler):
        result["cpu_s"] = float(result["cpu_s"]) + sampler.children_cpu_s  # type: ignore[arg-type]
        result |= {"tree_mib": sampler.tree_mib, "worker_mib": sampler.largest_child_mib}
    return result


def _consume(items: object) -> tuple[float, int]:
    """Time of the first item and the number of items."""
    first, count = 0.0, 0
    for _ in items:  # type: ignore[attr-defined]
        count += 1
        if count == 1:
            first = time.perf_counter()
    return first, count


if __name__ == "__main__":
    main(sys.argv[1:])
