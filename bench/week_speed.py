"""A 30-article week, timed: cold, after one article is added (work cache warm), and the naive path.

Builds the week from FRANK's CNN/DailyMail articles in ``../shared/eval`` (each written as a .txt
file with Title/Source/Date headers; the title is the article's URL slug, two sentences a
paragraph) into a temporary folder, never into the repository. Then, each scenario in its own
process (so peak memory is that scenario's):

1. **cold**: the 30 articles, empty work cache (the model cache is the normal one: set-up done);
2. **one added**: a 31st article added, same work cache: only the new article's work, the themes
   and the executive summary should be computed;
3. **naive**: one whole-article prompt per article ("summarize in N sentences"), sent one at a
   time (unbatched), no work cache: the path the issue's 5x target is measured against.

Every figure is printed with the 1-minute load average before and after (the machine is shared),
the CPU flags that decide the kernels, and the backend used.

    .venv/bin/python bench/week_speed.py [--backend auto] [--articles 30] [--naive-articles 30]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cpu_share import OthersCPU, cpu_flags  # noqa: E402  (bench/ is on sys.path when a script there runs)

FRANK = REPO.parent / "shared" / "eval" / "frank" / "articles.jsonl"
SENTENCES_PER_PARAGRAPH = 2
MIN_WORDS, MAX_WORDS = 300, 900  # a typical news article; FRANK's CNN/DM median is ~550 words
NAIVE_SYSTEM = "You summarize news articles faithfully. Reply with the summary only."
NAIVE_TOKENS_PER_SENTENCE = 40




def load_average() -> float:
    return os.getloadavg()[0]


def title_from_url(url: str) -> str:
    """'.../article-3023941/Gary-Locke-set-confirmed-permanent-Kilmarnock-manager.html' -> words."""
    parts = [p for p in url.split("/") if p and p != "index.html"]
    slug = re.sub(r"\.html?$", "", parts[-1])
    if re.fullmatch(r"[\w-]+", slug) is None or slug.isdigit():
        slug = parts[-2]
    words = slug.replace("-", " ").replace("_", " ").split()
    return " ".join(words[:14]).capitalize()


def week_articles(count: int) -> list[dict]:
    rows = [json.loads(line) for line in FRANK.read_text(encoding="utf-8").splitlines()]
    chosen = [
        r for r in sorted(rows, key=lambda r: r["hash"])
        if r["dataset"] == "cnndm" and MIN_WORDS <= len(r["article"].split()) <= MAX_WORDS
    ]
    if len(chosen) < count:
        raise SystemExit(f"{FRANK}: only {len(chosen)} CNN/DM articles of {MIN_WORDS}-{MAX_WORDS} words")
    return chosen[:count]


def write_article(folder: Path, index: int, row: dict) -> Path:
    source = "CNN" if "cnn.com" in row["url"] else "Daily Mail"
    sentences = row["article_sentences"]
    paragraphs = [" ".join(sentences[i : i + SENTENCES_PER_PARAGRAPH]) for i in range(0, len(sentences), SENTENCES_PER_PARAGRAPH)]
    text = (
        f"Title: {title_from_url(row['url'])}\nSource: {source}\nDate: 2015-04-{1 + index % 7:02d}\n\n"
        + "\n\n".join(paragraphs)
        + "\n"
    )
    path = folder / f"{index + 1:02d}-{row['hash'][:10]}.txt"
    path.write_text(text, encoding="utf-8")
    return path


# -- child processes ----------------------------------------------------------------------------


def child_brief(args: argparse.Namespace) -> dict:
    from summarizer.app import run_brief
    from summarizer.config import load_settings
    from summarizer.progress import Progress

    overrides = {"model.name": args.model, "model.backend": args.backend, "cache.dir": args.work_cache}
    settings = load_settings(REPO / "config.toml", overrides)
    progress = Progress(quiet=not args.verbose)
    with tempfile.TemporaryDirectory() as out, OthersCPU() as others:
        started = time.monotonic()
        files = run_brief(settings, input_folder=Path(args.input), output_folder=Path(out), report=progress)
        wall = time.monotonic() - started
    stats = files.generation
    briefing = files.briefing
    sections = [briefing.executive_summary, *(t.summary for t in briefing.themes), *briefing.article_summaries]
    printed = [line for section in sections if section is not None for line in section.sentences]
    return {
        "judge": settings.attribution.judge,
        "printed": len(printed),
        "judged": sum(1 for line in printed if line.attribution is not None and "judge" in line.attribution.signals),
        "wall": wall,
        "others": others.cores,
        "prompts": stats.prompts if stats else 0,
        "tokens": stats.generated_tokens if stats else 0,
        "generation": stats.seconds if stats else 0.0,
        "prompt_tokens": stats.prompt_tokens if stats else 0,
        "prefill": stats.prefill_seconds if stats else 0.0,
        "model": files.briefing.model,
        "themes": len(files.briefing.themes),
        "summaries": len(files.briefing.article_summaries),
    }


def child_naive(args: argparse.Namespace) -> dict:
    from summarizer.app import load_model
    from summarizer.config import load_settings
    from summarizer.llm.base import Request
    from summarizer.parsers.reader import read_folder

    settings = load_settings(REPO / "config.toml", {"model.name": args.model, "model.backend": args.backend})
    with OthersCPU() as others:
        started = time.monotonic()
        articles = read_folder(Path(args.input)).articles[: args.naive_articles]
        generator = load_model(settings, lambda message: None)
        sentences = settings.summary.sentences
        for article in articles:
            body = "\n\n".join(p.text for p in article.paragraphs)
            request = Request(NAIVE_SYSTEM, f"Summarize this article in {sentences} sentences.\n\nTitle: {article.title}\n\n{body}")
            generator.generate([request], sentences * NAIVE_TOKENS_PER_SENTENCE)  # one at a time: unbatched
        wall = time.monotonic() - started
    return {
        "wall": wall,
        "others": others.cores,
        "articles": len(articles),
        "prompts": generator.stats.prompts,
        "tokens": generator.stats.generated_tokens,
        "generation": generator.stats.seconds,
        "prompt_tokens": generator.stats.prompt_tokens,
        "prefill": generator.stats.prefill_seconds,
        "model": {"name": generator.identity.name, "backend": generator.identity.backend},
    }


def others_text(result: dict) -> str:
    cores = result.get("others")
    return "not measured" if cores is None else f"{cores:.2f} cores"


def run_child(kind: str, args: argparse.Namespace, input_folder: Path, work_cache: Path) -> dict:
    command = [
        sys.executable, __file__, "--child", kind, "--input", str(input_folder), "--work-cache", str(work_cache),
        "--model", args.model, "--backend", args.backend, "--naive-articles", str(args.naive_articles),
    ] + (["--verbose"] if args.verbose else [])
    if args.lock:  # each timed run holds the shared machine's CPU lock, and only for itself
        command = ["flock", "-x", args.lock] + command
    before = load_average()
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    before = result.pop("load_start", before)
    result["load_before"], result["load_after"] = before, load_average()
    if args.verbose:
        sys.stderr.write(done.stderr)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--backend", default="auto", help="auto | llama.cpp | transformers")
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--naive-articles", type=int, default=30, help="articles the naive path is timed on")
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--keep", help="write the week into this folder and keep it")
    parser.add_argument("--verbose", action="store_true", help="show the runs' progress lines")
    parser.add_argument("--lock", help="run each timed process under `flock -x LOCK` (a CPU shared by several people)")
    parser.add_argument("--child", choices=["brief", "naive"], help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--work-cache", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        load_start = load_average()  # after any lock was taken
        result = child_brief(args) if args.child == "brief" else child_naive(args)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result["peak_rss_mib"] = usage.ru_maxrss / 1024
        result["cpu"] = usage.ru_utime + usage.ru_stime  # less sensitive to other jobs than wall time
        result["load_start"] = load_start
        print(json.dumps(result))
        return

    rows = week_articles(args.articles + 1)
    with tempfile.TemporaryDirectory() as scratch:
        week = Path(args.keep) if args.keep else Path(scratch) / "week"
        week.mkdir(parents=True, exist_ok=True)
        for index, row in enumerate(rows[: args.articles]):
            write_article(week, index, row)
        work_cache = Path(scratch) / "work-cache"
        print(f"CPU flags: {cpu_flags()}; {os.cpu_count()} cores; week: {args.articles} FRANK CNN/DM articles", flush=True)

        cold = run_child("brief", args, week, work_cache)
        print(
            f"cold ({args.articles} articles): wall {cold['wall']:.1f} s, generation {cold['generation']:.1f} s "
            f"({cold['prompts']} prompts, {cold['tokens']} tokens; prefill {cold['prefill']:.1f} s for {cold['prompt_tokens']} prompt tokens), CPU {cold['cpu']:.0f} s, peak RSS {cold['peak_rss_mib']:.0f} MiB, "
            f"{cold['summaries']} summaries, {cold['themes']} themes, {cold['printed']} lines printed "
            f"(judge {'on' if cold['judge'] else 'off'}: {cold['judged']} of them judged); backend {cold['model'].get('backend')} "
            f"({cold['model'].get('precision')}); load {cold['load_before']:.2f} -> {cold['load_after']:.2f}, "
            f"other processes {others_text(cold)}",
            flush=True,
        )
        write_article(week, args.articles, rows[args.articles])
        added = run_child("brief", args, week, work_cache)
        print(
            f"one article added ({args.articles + 1}, work cache warm): wall {added['wall']:.1f} s, generation "
            f"{added['generation']:.1f} s ({added['prompts']} prompts, {added['tokens']} tokens; prefill {added['prefill']:.1f} s for {added['prompt_tokens']} prompt tokens), CPU {added['cpu']:.0f} s, peak RSS "
            f"{added['peak_rss_mib']:.0f} MiB; load {added['load_before']:.2f} -> {added['load_after']:.2f}, "
            f"other processes {others_text(added)}",
            flush=True,
        )
        if args.skip_naive:
            print_targets(args.articles, cold, added, None)
            return
        (week / next(p.name for p in sorted(week.iterdir()) if p.name.startswith(f"{args.articles + 1:02d}-"))).unlink()
        naive = run_child("naive", args, week, work_cache)
        per_article = naive["wall"] / naive["articles"]
        estimate = per_article * args.articles
        print(
            f"naive (one whole-article prompt each, unbatched, {naive['articles']} articles): wall {naive['wall']:.1f} s "
            f"(model load included), generation {naive['generation']:.1f} s, {naive['tokens']} tokens (prefill {naive['prefill']:.1f} s for {naive['prompt_tokens']} prompt tokens), CPU {naive['cpu']:.0f} s, peak RSS "
            f"{naive['peak_rss_mib']:.0f} MiB; load {naive['load_before']:.2f} -> {naive['load_after']:.2f}, "
            f"other processes {others_text(naive)}",
            flush=True,
        )
        scaled = "" if naive["articles"] == args.articles else f" (naive scaled to {args.articles} articles)"
        cpu_estimate = naive["cpu"] / naive["articles"] * args.articles
        print(f"naive / cold: wall {estimate / cold['wall']:.1f}x, CPU {cpu_estimate / cold['cpu']:.1f}x{scaled}")
        print_targets(args.articles, cold, added, estimate / cold["wall"])


# The issue's targets for a 30-article week on a 2-core CPU (issue 12).
COLD_SECONDS, ADDED_SECONDS, NAIVE_RATIO, PEAK_MIB = 300.0, 60.0, 5.0, 8 * 1024


def print_targets(articles: int, cold: dict, added: dict, ratio: float | None) -> None:
    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    peak = max(cold["peak_rss_mib"], added["peak_rss_mib"])
    lines = [
        f"cold {cold['wall']:.0f} s < {COLD_SECONDS:.0f} s: {verdict(cold['wall'] < COLD_SECONDS)}",
        f"one added {added['wall']:.0f} s < {ADDED_SECONDS:.0f} s: {verdict(added['wall'] < ADDED_SECONDS)}",
        f"peak {peak:.0f} MiB < {PEAK_MIB} MiB: {verdict(peak < PEAK_MIB)}",
    ]
    if ratio is not None:
        lines.append(f"naive / cold {ratio:.1f}x >= {NAIVE_RATIO:.0f}x: {verdict(ratio >= NAIVE_RATIO)}")
    scope = "" if articles == 30 else f" (the targets are for 30 articles; this week has {articles})"
    print("targets" + scope + ": " + "; ".join(lines), flush=True)


if __name__ == "__main__":
    main()
