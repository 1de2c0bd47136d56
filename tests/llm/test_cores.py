"""The free-cores measurement behind llama.cpp's thread count on a shared machine."""

from __future__ import annotations

from pathlib import Path

from summarizer.llm.cores import FreeCores, read_cpu_stat, threads_for


def test_threads_run_on_the_cores_others_leave_mostly_free():
    assert threads_for(2.0, 2) == 2
    assert threads_for(1.75, 2) == 2
    assert threads_for(1.33, 2) == 1  # a busy loop beside two threads of ours: one core is taken
    assert threads_for(1.0, 2) == 1
    assert threads_for(0.1, 2) == 1  # never fewer than one
    assert threads_for(8.0, 2) == 2  # never more than configured


def test_proc_stat_is_read_as_busy_and_total_seconds(tmp_path: Path):
    stat = tmp_path / "stat"
    stat.write_text(
        "cpu  300 0 100 500 100 0 0 0 0 0\n"
        "cpu0 150 0 50 250 50 0 0 0 0 0\n"
        "cpu1 150 0 50 250 50 0 0 0 0 0\n"
        "intr 12345\n"
    )
    busy, total, cpus = read_cpu_stat(stat)
    assert cpus == 2
    assert total > busy > 0 and abs(busy / total - 400 / 1000) < 1e-9
    assert read_cpu_stat(tmp_path / "missing") is None
    (tmp_path / "odd").write_text("nothing here\n")
    assert read_cpu_stat(tmp_path / "odd") is None


class FakeMachine:
    """Two CPUs; ``run(seconds, others, own)`` advances time with others and us using cores."""

    def __init__(self) -> None:
        self.now = 0.0
        self.busy = 0.0
        self.total = 0.0
        self.own = 0.0

    def run(self, seconds: float, others: float, own: float) -> None:
        self.now += seconds
        self.total += 2 * seconds
        self.busy += (others + own) * seconds
        self.own += own * seconds

    def stat(self):
        return self.busy, self.total, 2


def test_free_cores_subtract_this_process_and_wait_for_an_interval():
    machine = FakeMachine()
    cores = FreeCores(machine.stat, lambda: machine.own, lambda: machine.now, interval=2.0)
    machine.run(1.0, others=0.0, own=2.0)
    assert cores.sample() is None  # too soon to tell
    machine.run(1.5, others=0.0, own=2.0)
    assert abs(cores.sample() - 2.0) < 1e-9  # only we were busy: both cores are ours
    machine.run(3.0, others=0.67, own=1.33)  # a busy loop shares the cores with our two threads
    assert abs(cores.sample() - 1.33) < 1e-9
    assert threads_for(1.33, 2) == 1
    machine.run(3.0, others=1.0, own=1.0)
    assert abs(cores.sample() - 1.0) < 1e-9
    machine.run(3.0, others=0.0, own=1.0)  # the other job ended
    assert threads_for(cores.sample(), 2) == 2


def test_no_proc_stat_means_no_measurement():
    clock = iter(range(0, 100, 5))
    cores = FreeCores(lambda: None, lambda: 0.0, lambda: float(next(clock)), interval=2.0)
    assert cores.sample() is None
