"""Time what a reviewer waits for: ``summarizer render`` (no model), and one edited sentence
re-verified by ``summarizer review --edit`` (MiniLM, no language model), each as a user starts
it (a fresh process, imports included), on a copy of a real trace.

    .venv/bin/python bench/review_speed.py reports/briefing-YYYY-MM-DD.json [--runs 5]

The trace is copied to a temporary folder first; nothing beside the given trace is touched.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "summarizer.cli", *argv], cwd=REPO, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trace", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        trace = Path(folder) / args.trace.name
        shutil.copyfile(args.trace, trace)
        data = json.loads(trace.read_text(encoding="utf-8"))
        sentence = data["sentences"][-1]
        render = [timed(["render", str(trace), "-q"]) for _ in range(args.runs)]
        final = [timed(["render", str(trace), "--final", "-q"]) for _ in range(args.runs)]
        edit = [timed(["review", str(trace), "-q", "--reviewer", "bench", "--edit",
                       f"{sentence['id']}={sentence['text']} (edited)"]) for _ in range(args.runs)]
    print(f"trace: {args.trace} ({len(data['sentences'])} sentences, {len(data['articles'])} articles)")
    for name, times in (("render", render), ("render --final", final), ("review --edit (one sentence)", edit)):
        print(f"{name:30s} median {statistics.median(times):5.2f} s  (min {min(times):.2f}, max {max(times):.2f}, "
              f"{len(times)} runs)")


if __name__ == "__main__":
    main()
