"""Time the weekly briefing of the sample articles with a model from the cache.

Prints wall time (total and per stage as reported), peak memory (max RSS of this process) and
the model's generated tokens per second. The converted weights must already be cached
(``./setup.sh`` or ``summarizer prepare-model``), so the figure is a normal run, not the
one-time conversion.

    .venv/bin/python bench/briefing_speed.py [--model qwen2.5-coder-1.5b] [--dtype auto] [--runs 1]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer.app import run_brief  # noqa: E402
from summarizer.config import load_settings  # noqa: E402
from summarizer.progress import Progress  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--dtype", default="auto", help="auto | int8 | float32 | bfloat16 (transformers backend)")
    parser.add_argument("--backend", default="auto", help="auto | llama.cpp | transformers")
    parser.add_argument("--work-cache", default="", help="work cache folder (default: a fresh one per run, so every run computes)")
    parser.add_argument("--input", default=str(REPO.parent / "shared" / "samples" / "articles"))
    parser.add_argument("--runs", type=int, default=1, help="runs in this process (first includes model load)")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    overrides = {"model.name": args.model, "model.dtype": args.dtype, "model.backend": args.backend}
    settings = load_settings(REPO / "config.toml", overrides)
    walls, rates, tokens = [], [], []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as out:
            settings.cache.dir = args.work_cache or str(Path(out) / "work-cache")
            started = time.monotonic()
            files = run_brief(settings, input_folder=Path(args.input), output_folder=Path(out),
                              report=Progress(quiet=args.quiet))
            walls.append(time.monotonic() - started)
        sentences = len(files.briefing.article_summaries) and sum(
            len(s.sentences) for s in files.briefing.article_summaries
        )
        stats = files.generation
        rates.append(stats.tokens_per_second)
        tokens.append(stats.generated_tokens)
        print(
            f"run {run + 1}: wall {walls[-1]:.1f}s, article-summary sentences {sentences}, "
            f"{stats.prompts} prompts, {stats.generated_tokens} tokens in {stats.seconds:.1f}s "
            f"({stats.tokens_per_second:.1f} tokens/s)",
            flush=True,
        )
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model: {args.model}, backend {files.briefing.model.get('backend')}, dtype {args.dtype} "
          f"({files.briefing.model.get('precision')}); 1-min load average now {os.getloadavg()[0]:.2f}")
    print(f"wall time (median of {len(walls)}): {statistics.median(walls):.1f} s")
    print(f"generated tokens per second (median): {statistics.median(rates):.1f} ({statistics.median(tokens):.0f} tokens)")
    print(f"peak memory (max RSS): {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
