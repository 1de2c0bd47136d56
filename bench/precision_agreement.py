"""Speed and faithfulness-to-float32 of the model's compute precisions, on the samples' requests.

Plans the briefing of the sample articles exactly as ``summarizer brief`` does (articles, themes),
then sends the same requests (one ``generate`` call, as the pipeline does) to the default model
in each precision and prints the generation time and how many completions are word-for-word
those of float32, the dequantized model computed in full precision. Completions that differ are
printed side by side, so a reader can judge whether they are distortions or harmless rewordings.

    .venv/bin/python bench/precision_agreement.py [--dtypes bf16-linear,int8] [--show-differences]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer.app import cache_dir  # noqa: E402
from summarizer.cleaning.duplicates import group_duplicates  # noqa: E402
from summarizer.config import load_settings  # noqa: E402
from summarizer.llm.loading import load_generator  # noqa: E402
from summarizer.nlp.embedder import default_embedder  # noqa: E402
from summarizer.pipeline import plan_briefing, prepare_articles  # noqa: E402
from summarizer.summarizers.compress import MAX_NEW_TOKENS, shorten_request  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--dtypes", default="bf16-linear,int8", help="compared with float32")
    parser.add_argument("--input", default=str(REPO.parent / "shared" / "samples" / "articles"))
    parser.add_argument("--show-differences", action="store_true")
    args = parser.parse_args()
    settings = load_settings(REPO / "config.toml", {"model.name": args.model})
    quiet = lambda message: None  # noqa: E731
    articles, _ = prepare_articles(Path(args.input), quiet)
    embedder = default_embedder()
    group_duplicates(articles, embedder)
    independent = [a for a in articles if a.duplicate_of is None]
    requests = [shorten_request(s) for s in plan_briefing(independent, embedder, settings).sentences]
    print(f"{len(requests)} requests from {len(independent)} articles", flush=True)

    outputs: dict[str, list[str]] = {}
    for dtype in ["float32", *[d for d in args.dtypes.split(",") if d and d != "float32"]]:
        generator = load_generator(
            args.model, cache_dir=cache_dir(settings), dtype=dtype, batch_size=settings.model.batch_size
        )
        started = time.monotonic()
        outputs[dtype] = generator.generate(requests, MAX_NEW_TOKENS, stop_at_line=True)
        seconds = time.monotonic() - started
        same = sum(a == b for a, b in zip(outputs[dtype], outputs["float32"]))
        print(
            f"{dtype:12s} ({generator.identity.precision}): generation {seconds:.1f} s, "
            f"{generator.stats.generated_tokens} tokens, identical to float32: {same}/{len(requests)}",
            flush=True,
        )
        del generator
    if args.show_differences:
        for index, reference in enumerate(outputs["float32"]):
            others = {d: o[index] for d, o in outputs.items() if d != "float32" and o[index] != reference}
            if others:
                print(f"\n[{index}] float32: {reference}")
                for dtype, text in others.items():
                    print(f"     {dtype}: {text}")


if __name__ == "__main__":
    main()
