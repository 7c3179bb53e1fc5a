"""Small timing helpers shared by the benchmarks: several rounds, median."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(action: Callable[[], object], rounds: int = 5, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)
