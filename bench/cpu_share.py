"""How much CPU other processes took while a measurement ran, for benchmarks on a shared machine.

The 1-minute load average lags by a minute and counts waiting tasks; this reads ``/proc/stat``
(busy time of all CPUs) before and after, subtracts the measured process's own CPU time, and
gives the cores other processes used on average over the interval. On the 2-core machine these
benchmarks were run on, a figure taken with others using 0.5 core was ~2x slower than one with
none (bench/RESULTS.md, issue 12), so every timed figure prints it. Linux only (None elsewhere).

    with OthersCPU() as others:   # own CPU = this process (and its waited-for children)
        ...
    others.cores   # e.g. 0.03
"""

from __future__ import annotations

import os
import resource
from pathlib import Path

STAT = Path("/proc/stat")
CPUINFO = Path("/proc/cpuinfo")


def cpu_flags() -> str:
    """The CPU flags that decide which kernels run (llama.cpp's, torch's), for every speed figure."""
    wanted = ("avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "amx_tile", "avx_vnni")
    try:
        flags = next(line for line in CPUINFO.read_text().splitlines() if line.startswith("flags")).split()
    except (OSError, StopIteration):
        return "unknown"
    return " ".join(f for f in wanted if f in flags) or "none of avx2/avx512"


def cpu_busy_total() -> tuple[float, float, int] | None:
    """(busy, total) CPU-seconds over all CPUs since boot, and the number of CPUs."""
    try:
        lines = STAT.read_text().splitlines()
    except OSError:
        return None
    if not lines or not lines[0].startswith("cpu "):
        return None
    values = [int(v) for v in lines[0].split()[1:9]] + [0] * 8
    user, nice, system, idle, iowait, irq, softirq, steal = values[:8]
    tick = os.sysconf("SC_CLK_TCK")
    busy = (user + nice + system + irq + softirq + steal) / tick  # steal: the hypervisor took it
    cpus = sum(1 for line in lines[1:] if line.startswith("cpu") and line[3:4].isdigit())
    return busy, busy + (idle + iowait) / tick, max(1, cpus)


def own_cpu() -> float:
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in usage)


class OthersCPU:
    def __init__(self) -> None:
        self.cores: float | None = None

    def __enter__(self) -> "OthersCPU":
        self._start = cpu_busy_total(), own_cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        end = cpu_busy_total(), own_cpu()
        if self._start[0] is None or end[0] is None:
            return
        busy = end[0][0] - self._start[0][0]
        total = end[0][1] - self._start[0][1]
        if total > 0:
            others = max(0.0, busy - (end[1] - self._start[1]))
            self.cores = others / total * end[0][2]


def main() -> None:
    """``python bench/cpu_share.py COMMAND ...``: run COMMAND, then print its wall time, its CPU
    time and peak memory, the cores other processes used meanwhile and the load average."""
    import subprocess
    import sys
    import time

    command = sys.argv[1:]
    if not command:
        raise SystemExit("usage: cpu_share.py COMMAND [ARG ...]")
    load = os.getloadavg()[0]
    with OthersCPU() as others:
        started = time.monotonic()
        code = subprocess.call(command)
        wall = time.monotonic() - started
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    shown = "not measured" if others.cores is None else f"{others.cores:.2f} cores"
    print(
        f"wall {wall:.1f} s, CPU {child.ru_utime + child.ru_stime:.1f} s, peak RSS {child.ru_maxrss / 1024:.0f} MiB, "
        f"other processes {shown}, load {load:.2f} -> {os.getloadavg()[0]:.2f}, exit {code}",
        flush=True,
    )
    raise SystemExit(code)


if __name__ == "__main__":
    main()
