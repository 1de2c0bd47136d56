"""Generation speed of a local model on the pipeline's own condense requests.

Loads SPEC (default: the packaged Qwen2.5-Coder-1.5B) from the model cache, converting it first
if the cache is empty (timed separately), then runs a few requests one at a time and all 16
batched, and prints tokens/s for both, the load time and the peak RSS.

    .venv/bin/python bench/model_speed.py [--spec qwen2.5-coder-1.5b] [--dtype auto]
        [--results bench/RESULTS.md]

The machine may be shared: the 1-minute load average before and after is printed, because on
2 cores any other busy process roughly halves these figures.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shlex
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.llm.base import GenerationStats  # noqa: E402
from summarizer.llm.loading import DEFAULT_MODEL, default_cache_dir, load_generator, prepare_model  # noqa: E402
from summarizer.dom import Sentence  # noqa: E402
from summarizer.summarizers.compress import shorten_request  # noqa: E402

# (article title, previous sentence, sentence to condense): short to long, like real selections.
ITEMS = [
    ("City approves bridge bond", "", "The city council voted 7-2 on Tuesday to approve a $45 million bond measure that will fund repairs to three aging bridges and expand the downtown bus network, officials said."),
    ("Chipmaker cuts forecast", "", "Shares of the chipmaker fell 12 percent in after-hours trading after the company cut its full-year revenue forecast, citing weaker demand from data-center customers in Asia."),
    ("Storm hits coast", "", "Heavy rain caused flooding in several coastal towns overnight."),
    ("Measles cases double", "", "The health ministry reported 320 new cases of measles this month, more than double the figure for the same period last year, and urged parents to vaccinate children before the school term begins."),
    ("Ceasefire talks", "Negotiators met for six hours on Monday.", "They said talks would resume next week in Geneva."),
    ("Airline strike", "", "A spokesperson for the airline confirmed that all flights scheduled for Friday morning had been cancelled because of the strike by ground staff, affecting roughly 40,000 passengers."),
    ("Rates on hold", "", "The central bank left its benchmark interest rate unchanged at 4.25 percent, but signalled that it could begin cutting rates later this year if inflation continues to ease."),
    ("Battery breakthrough", "", "Researchers at the university said the new battery design could store twice as much energy as current lithium-ion cells while costing less to produce."),
    ("Museum reopens", "", "The museum will reopen on Saturday after a two-year renovation."),
    ("Fraud arrest", "", "Police said the suspect, a 34-year-old man from the northern suburbs, was arrested on Sunday evening and would appear in court on Monday charged with three counts of fraud."),
    ("Harvest warning", "", "Farmers in the region warn that this year's wheat harvest could be the smallest in a decade after months of drought followed by an unusually late frost in April."),
    ("Minister quits", "The minister had faced weeks of criticism over the housing scandal.", "She resigned on Thursday."),
    ("EV sales rise", "", "According to the report, electric vehicles accounted for 22 percent of new car sales in the first quarter, up from 15 percent a year earlier, driven largely by cheaper models from Chinese manufacturers."),
    ("Marathon closures", "", "Organisers expect more than 60,000 runners to take part in Sunday's marathon, which will close several major roads in the city centre from 6 a.m. until mid-afternoon."),
    ("New plant", "", "The company said it would hire 1,200 workers at its new plant, which is due to open in 2026."),
    ("Budget criticised", "", "Opposition leaders criticised the budget as unfair to low-income households, arguing that the proposed increase in value-added tax would hit the poorest families hardest."),
]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", default=DEFAULT_MODEL)
    parser.add_argument("--cache-dir", type=Path, default=default_cache_dir())
    parser.add_argument("--dtype", default="auto")
    parser.add_argument("--single", type=int, default=3, help="requests run one at a time")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-new-tokens", type=int, default=48)
    parser.add_argument("--results", type=Path, help="append a Markdown section to this file")
    args = parser.parse_args(argv)

    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    prepare_model(args.spec, args.cache_dir, dtype=args.dtype, progress=lambda m: print(f"  [{m}]"))
    prepare_seconds = time.perf_counter() - started

    started = time.perf_counter()
    generator = load_generator(args.spec, cache_dir=args.cache_dir, dtype=args.dtype, batch_size=args.batch_size)
    load_seconds = time.perf_counter() - started
    print(f"model: {generator.identity.name} ({generator.dtype}) from {generator.model_dir}")
    print(f"prepare (join/verify/convert if not cached): {prepare_seconds:.1f} s; load from cache: {load_seconds:.1f} s")

    requests = [shorten_request(Sentence(f"A{i}.P1.S1", text, 0, len(text))) for i, (_, _, text) in enumerate(ITEMS, 1)]
    generator.generate(requests[:1], 4)  # warm-up: first-call allocations are not generation speed

    generator.stats = GenerationStats()
    for request in requests[: args.single]:
        generator.generate([request], args.max_new_tokens)
    single = generator.stats
    print(
        f"one at a time ({single.prompts} requests): {single.generated_tokens} tokens in "
        f"{single.seconds:.1f} s = {single.tokens_per_second:.2f} tok/s"
    )

    generator.stats = GenerationStats()
    outputs = generator.generate(requests, args.max_new_tokens)
    batched = generator.stats
    print(
        f"batched ({batched.prompts} requests, batch size {args.batch_size}): {batched.generated_tokens} tokens in "
        f"{batched.seconds:.1f} s = {batched.tokens_per_second:.2f} tok/s "
        f"({batched.seconds / batched.prompts:.1f} s per request)"
    )
    # One forward pass over the same 16 prompts: the prefill share of the batched time, and the
    # cost of the yes/no judge on requests of this size.
    started = time.perf_counter()
    generator.yes_probability(requests)
    prefill_seconds = time.perf_counter() - started
    print(
        f"prefill only (one forward pass over the {len(requests)} prompts, = judge cost): {prefill_seconds:.1f} s; "
        f"decode tok/s excluding it: {batched.generated_tokens / max(batched.seconds - prefill_seconds, 1e-9):.2f}"
    )
    prompt_tokens = sum(len(generator.tokenizer(generator.prompt_text(r))["input_ids"]) for r in requests)
    print(f"prompt tokens: {prompt_tokens} ({prompt_tokens / len(requests):.0f} per request)")
    for (_, _, sentence), output in list(zip(ITEMS, outputs))[:4]:
        print(f"  {sentence[:70]}...\n    -> {output}")
    rss = peak_rss_mb()
    load_after = os.getloadavg()[0]
    print(f"peak RSS: {rss:.0f} MB; 1-min load average before/after: {load_before:.1f}/{load_after:.1f}")

    if args.results:
        command = ".venv/bin/python bench/model_speed.py " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
        section = "\n".join(
            [
                f"\n## Model speed: {args.spec} ({date.today().isoformat()})\n",
                f"`{command.strip()}`\n",
                f"- machine: {os.cpu_count()} CPUs, {platform.processor() or platform.machine()}, torch threads "
                f"{__import__('torch').get_num_threads()}; 1-min load average before/after {load_before:.1f}/{load_after:.1f}",
                f"- model: {generator.identity.name}, dtype {str(generator.dtype).removeprefix('torch.')}, "
                f"max_new_tokens {args.max_new_tokens}",
                f"- prepare (join/verify/convert, 0 if cached): {prepare_seconds:.1f} s; load from cache {load_seconds:.1f} s",
                f"- one at a time: {single.prompts} requests, {single.generated_tokens} tokens, {single.seconds:.1f} s, "
                f"**{single.tokens_per_second:.2f} tok/s**",
                f"- batched: {batched.prompts} requests (batch {args.batch_size}), {batched.generated_tokens} tokens, "
                f"{batched.seconds:.1f} s, **{batched.tokens_per_second:.2f} tok/s**",
                f"- prefill only (one forward pass over the {len(requests)} prompts, {prompt_tokens} prompt tokens; "
                f"also the judge's cost): {prefill_seconds:.1f} s",
                f"- peak RSS {rss:.0f} MB",
                "",
            ]
        )
        args.results.parent.mkdir(parents=True, exist_ok=True)
        with args.results.open("a", encoding="utf-8") as f:
            if f.tell() == 0:
                f.write("# Benchmark results\n")
            f.write(section)
        print(f"appended to {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
