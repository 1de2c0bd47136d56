"""How many CPU cores other processes leave free, for choosing llama.cpp's thread count as it runs.

Why: llama.cpp's threads meet after every operation, so an operation ends when its slowest thread
does. With another process keeping one of two cores busy, the thread that shares that core gets
a fraction of it and every operation waits for it; one thread on the free core is then faster
than two (bench/RESULTS.md, issue 12: the samples with a busy-loop process beside them). So the
generator re-reads the machine's CPU time every ``SAMPLE_SECONDS`` and runs one thread per core
that others leave (mostly) free.

How: ``/proc/stat`` gives the busy time of all CPUs; this process's own CPU time
(``os.times``) is subtracted, and the rest, over the interval, is the cores other processes
took. Linux only; elsewhere nothing is measured and the thread count stays as configured.
"""

from __future__ import annotations

import math
import os
import time
from pathlib import Path
from typing import Callable

# How often the free cores are re-measured while generating: long enough for /proc/stat's 10 ms
# ticks to average out, short enough to follow a job that starts or stops.
SAMPLE_SECONDS = 2.0
# A core counts as free when others leave at least this share of it: a thread on a core it gets
# only half of stalls every barrier, so 1.5 free cores run one thread, 1.7 run two.
FREE_CORE_SHARE = 0.7

STAT = Path("/proc/stat")


def read_cpu_stat(path: Path = STAT) -> tuple[float, float, int] | None:
    """(busy seconds, total seconds) summed over all CPUs since boot, and the number of CPUs;
    None where ``/proc/stat`` cannot be read."""
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return None
    if not lines or not lines[0].startswith("cpu "):
        return None
    # user nice system idle iowait irq softirq steal (guest time is already inside user)
    values = [int(v) for v in lines[0].split()[1:9]]
    if len(values) < 5:
        return None
    values += [0] * (8 - len(values))
    user, nice, system, idle, iowait, irq, softirq, steal = values
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    busy = (user + nice + system + irq + softirq + steal) / tick  # steal: taken by the hypervisor
    total = busy + (idle + iowait) / tick
    cpus = sum(1 for line in lines[1:] if line.startswith("cpu") and line[3:4].isdigit())
    return busy, total, max(1, cpus)


def own_cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def threads_for(free_cores: float, limit: int) -> int:
    """Threads to run on ``free_cores`` (a core counts when ``FREE_CORE_SHARE`` of it is free)."""
    return max(1, min(limit, math.floor(free_cores + 1 - FREE_CORE_SHARE)))


class FreeCores:
    """Cores other processes left free since the previous ``sample`` (None until an interval of
    ``SAMPLE_SECONDS`` has passed, or where /proc/stat is missing)."""

    def __init__(
        self,
        read_stat: Callable[[], tuple[float, float, int] | None] = read_cpu_stat,
        own_seconds: Callable[[], float] = own_cpu_seconds,
        clock: Callable[[], float] = time.monotonic,
        interval: float = SAMPLE_SECONDS,
    ) -> None:
        self._read_stat = read_stat
        self._own_seconds = own_seconds
        self._clock = clock
        self.interval = interval
        self._last = self._snapshot()

    def _snapshot(self) -> tuple[float, tuple[float, float, int] | None, float]:
        return self._clock(), self._read_stat(), self._own_seconds()

    def sample(self) -> float | None:
        now = self._clock()
        if now - self._last[0] < self.interval:
            return None
        previous, current = self._last, self._snapshot()
        self._last = current
        if previous[1] is None or current[1] is None:
            return None
        busy = current[1][0] - previous[1][0]
        total = current[1][1] - previous[1][1]
        cpus = current[1][2]
        if total <= 0:
            return None
        own = current[2] - previous[2]
        # total is CPU-seconds over all CPUs: the interval's wall time is total / cpus.
        others = max(0.0, busy - own) / total * cpus
        return max(0.0, cpus - others)
