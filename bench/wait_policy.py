"""Generation on a busy machine: libgomp's default (spinning) vs OMP_WAIT_POLICY=PASSIVE.

torch and llama.cpp run their CPU threads through OpenMP; the threads meet at a barrier after
every operation. When other processes hold the cores, a thread spinning at the barrier burns
its time slice while the thread it waits for is not running. This times the same 8 SmolLM2
requests, each setting in its own process (libgomp reads the variable when it loads), alternating,
with the 1-minute load average beside every figure. ``--busy 1`` starts that many busy-loop
processes first (stopped at the end) to make a quiet machine busy on purpose.

    .venv/bin/python bench/wait_policy.py [--backend transformers|llama.cpp] [--rounds 2] [--busy 1]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SYSTEM = "You condense news sentences. Reply with one concise sentence and nothing else."
SENTENCES = [
    "The museum will reopen on Saturday after two years of repairs, the mayor said.",
    "Heavy rain caused flooding in several coastal towns overnight, officials said.",
    "The company said profits rose by a third in the last quarter.",
    "Police said the suspect was arrested on Sunday evening and would appear in court on Monday.",
]


def child(backend: str) -> None:
    sys.path.insert(0, str(REPO))
    from summarizer.llm.base import Request
    from summarizer.llm.loading import default_cache_dir, load_generator

    dtype = "float32" if backend == "transformers" else "auto"
    generator = load_generator("smollm2-135m", cache_dir=default_cache_dir(), backend=backend, dtype=dtype, batch_size=8)
    requests = [Request(SYSTEM, f"Condense: {s}") for s in SENTENCES] * 2
    generator.generate(requests[:1], 5)  # warm-up: first-call allocations
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.monotonic()
    generator.generate(requests, 40)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    print(json.dumps({"wall": wall, "cpu": cpu}))


def spin() -> None:
    while True:
        pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", default="transformers", choices=["transformers", "llama.cpp"])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--busy", type=int, default=0, help="busy-loop processes to start first")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.backend)
        return
    spinners = [multiprocessing.Process(target=spin, daemon=True) for _ in range(args.busy)]
    for process in spinners:
        process.start()
    try:
        for round_index in range(args.rounds):
            for policy in ("default", "PASSIVE"):
                env = dict(os.environ)
                # An empty value is libgomp's default (it ignores what it cannot parse), and it
                # keeps summarizer/__init__.py's setdefault from filling in PASSIVE.
                env["OMP_WAIT_POLICY"] = "" if policy == "default" else policy
                load = os.getloadavg()[0]
                done = subprocess.run(
                    [sys.executable, __file__, "--child", "--backend", args.backend],
                    env=env, capture_output=True, text=True, check=True,
                )
                result = json.loads(done.stdout.strip().splitlines()[-1])
                print(
                    f"round {round_index + 1} {args.backend} OMP_WAIT_POLICY={policy}: 8 requests {result['wall']:.1f} s, "
                    f"CPU {result['cpu']:.1f} s; load {load:.2f} -> {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
    finally:
        for process in spinners:
            process.terminate()


if __name__ == "__main__":
    main()
