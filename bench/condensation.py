"""How much the briefing condenses, how much of it the model wrote, and how long its sentences are.

Reads briefing traces (``--trace``) or runs the briefing (one model load) on article sets it
builds from public data (``--sets``), and prints per set:

- summary words against the kept source words (all sections; executive, themes, articles);
- sentences, median and longest sentence in words, sentences over 35 words;
- the share of sentences that are the model's (origin compression or rewrite) and not a
  near-copy of their source (word-sequence similarity < 0.9, difflib ratio over word lists),
  and the verdicts.

Sets (written as .txt files with Title/Source/Date headers into a temporary folder):
``samples`` (../shared/samples/articles), ``summhay-N`` (the first eight documents of SummHay
news topic N, LLM-written reports on one story), ``cnndm`` (eight SummEval CNN/DM articles,
unrelated stories; one sentence a paragraph, as CNN prints them).

    .venv/bin/python bench/condensation.py --sets samples summhay-1 cnndm [--model smollm2-135m]
    .venv/bin/python bench/condensation.py --trace reports/briefing-2026-12-04.json
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer.nlp.sentences import split_sentences  # noqa: E402
from summarizer.nlp.text import words  # noqa: E402

EVAL = REPO.parent / "shared" / "eval"
SAMPLES = REPO.parent / "shared" / "samples" / "articles"
NEAR_COPY = 0.9
MAX_WORDS = 35


def _detokenize(text: str) -> str:
    text = re.sub(r" ([.,;:!?%)])", r"\1", text)
    text = re.sub(r"([($]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return text.replace("`` ", '"').replace(" ''", '"')


def build_set(name: str, folder: Path) -> Path:
    """Write set ``name`` into ``folder`` and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    if name == "samples":
        for path in SAMPLES.iterdir():
            (folder / path.name).write_bytes(path.read_bytes())
    elif name.startswith("summhay-"):
        number = int(name.split("-", 1)[1])
        topics = [json.loads(line) for line in (EVAL / "summhay_news" / "topics_dev.jsonl").open()]
        topic = topics[number - 1]
        for i, doc in enumerate(topic["documents"][:8], 1):
            body = "\n\n".join(p.strip() for p in doc["text"].split("\n") if p.strip())
            (folder / f"doc{i:02d}.txt").write_text(
                f"Title: {topic['topic']} ({i})\nSource: SummHay {doc['document_id']}\nDate: 2024-01-0{i % 9 + 1}\n\n{body}\n",
                encoding="utf-8",
            )
    elif name == "cnndm":
        rows = [json.loads(line) for line in (EVAL / "summeval" / "summeval.jsonl").open()]
        for i, row in enumerate(rows[:80:10], 1):
            sentences = split_sentences(_detokenize(row["source"]))
            title = " ".join(sentences[0].split()[:10])
            body = "\n\n".join(sentences)
            (folder / f"cnn{i:02d}.txt").write_text(
                f"Title: {title}\nSource: CNN/DM {row['doc_id']}\nDate: 2015-04-0{i % 9 + 1}\n\n{body}\n", encoding="utf-8"
            )
    else:
        raise SystemExit(f"unknown set {name!r}")
    return folder


def similarity(text: str, source: str) -> float:
    return difflib.SequenceMatcher(None, words(text), words(source), autojunk=False).ratio()


def measure(trace: dict) -> dict[str, object]:
    sentences_by_id = {
        s["id"]: s["text"] for a in trace["articles"] for p in a["paragraphs"] for s in p["sentences"]
    }
    kept = sum(
        len(words(p["text"]))
        for a in trace["articles"]
        if not a.get("duplicate_of")
        for p in a["paragraphs"]
        if p.get("removal") is None and p.get("kind", "body") == "body"
    )
    rows = trace["sentences"]
    lengths = [len(words(s["text"])) for s in rows]
    by_section: dict[str, int] = {}
    for s, n in zip(rows, lengths):
        key = s["section"].split(":", 1)[0]
        by_section[key] = by_section.get(key, 0) + n
    written = 0
    for s in rows:
        source = " ".join(sentences_by_id.get(i, "") for i in s["source_sentence_ids"])
        if s["origin"] in ("compression", "rewrite") and similarity(s["text"], source) < NEAR_COPY:
            written += 1
    verdicts = {v: sum(1 for s in rows if s["verdict"] == v) for v in ("supported", "partly_supported", "unsupported")}
    return {
        "kept source words": kept,
        "summary words": sum(lengths),
        "ratio": sum(lengths) / kept if kept else 0.0,
        "words by section": by_section,
        "sentences": len(rows),
        "median words": statistics.median(lengths) if lengths else 0,
        "longest": max(lengths, default=0),
        "over 35 words": sum(1 for n in lengths if n > MAX_WORDS),
        "model-written, not near-copy": f"{written}/{len(rows)} ({written / len(rows):.0%})" if rows else "0/0",
        "verdicts": verdicts,
        "themes": [t["title"] for t in trace.get("themes", [])],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trace", nargs="*", default=[], help="briefing traces to measure")
    parser.add_argument("--sets", nargs="*", default=[], help="samples, summhay-1..3, cnndm")
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--keep", help="folder to keep the built sets and briefings in")
    args = parser.parse_args()
    for path in args.trace:
        print(path, json.dumps(measure(json.loads(Path(path).read_text(encoding="utf-8"))), indent=1))
    if not args.sets:
        return
    from summarizer.app import load_model  # noqa: PLC0415
    from summarizer.attribution.tracer import Tracer  # noqa: PLC0415
    from summarizer.config import load_settings  # noqa: PLC0415
    from summarizer.nlp.embedder import default_embedder  # noqa: PLC0415
    from summarizer.pipeline import build_briefing, prepare_articles, write_outputs  # noqa: PLC0415

    settings = load_settings(REPO / "config.toml", {"model.name": args.model})
    quiet = lambda message: None  # noqa: E731
    embedder = default_embedder()
    generator = load_model(settings, quiet)
    tracer = Tracer(embedder, judge=None, max_citations=settings.attribution.max_citations)
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="condensation-"))
    for name in args.sets:
        folder = build_set(name, root / name / "articles")
        started = time.monotonic()
        articles, skipped = prepare_articles(folder, quiet)
        briefing = build_briefing(
            articles, skipped, settings, embedder=embedder, generator=generator, tracer=tracer, report=quiet
        )
        files = write_outputs(briefing, root / name / "briefing")
        seconds = time.monotonic() - started
        result = measure(json.loads(files.trace.read_text(encoding="utf-8")))
        print(f"== {name} ({len(articles)} articles, {seconds:.0f} s, model {args.model}): {files.trace}")
        print(json.dumps(result, indent=1), flush=True)


if __name__ == "__main__":
    main()
