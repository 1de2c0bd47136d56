"""ROUGE of the article summaries on SummEval's 100 CNN/DM articles, beside Lead-3 and 16 systems.

Each article is written as a .txt file (detokenized, one sentence a paragraph as CNN prints
them) and the briefing's article summaries are made for all of them in one run, exactly as
``summarizer brief`` makes them (no themes or executive summary, which would take sentences
away from the article sections). Scores: rouge-score with Porter stemming, F-measure, each
summary against each of the 11 references and averaged, then averaged over articles;
ROUGE-Lsum with one sentence a line. Lead-3 (the first three sentences) and the 16 systems'
summaries are scored the same way, in the same table. Also printed: the share of our sentences
that are the model's shortenings (origin compression) and their verdicts.

    .venv/bin/python bench/rouge_summeval.py [--model qwen2.5-coder-1.5b] [--limit 100]
        [--work-cache DIR] [--dump lines.json]

``--work-cache`` answers every request asked before from that folder's work cache (the
product's own, keyed by model and exact prompt), so two versions of the code can be compared on
the same model answers; new requests are asked and added. ``--dump`` writes each article's lines
(text, origin, verdict, source sentence) and scores for reading.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from condensation import _detokenize  # noqa: E402
from rouge_score import rouge_scorer  # noqa: E402

from summarizer.nlp.sentences import split_sentences  # noqa: E402

EVAL = REPO.parent / "shared" / "eval" / "summeval" / "summeval.jsonl"
KINDS = ("rouge1", "rouge2", "rougeLsum")


def score(scorer: rouge_scorer.RougeScorer, summary: list[str], references: list[str]) -> dict[str, float]:
    text = "\n".join(summary)
    totals = {k: 0.0 for k in KINDS}
    for reference in references:
        lines = "\n".join(split_sentences(_detokenize(reference)))
        result = scorer.score(lines, text)
        for kind in KINDS:
            totals[kind] += result[kind].fmeasure
    return {k: 100 * v / len(references) for k, v in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--backend", default="auto", help="model.backend: auto, llama.cpp or transformers")
    parser.add_argument("--work-cache", help="a folder for the product's work cache (replays answers)")
    parser.add_argument("--dump", type=Path, help="write each article's lines and scores here (JSON)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in EVAL.open()][: args.limit]
    folder = Path(tempfile.mkdtemp(prefix="summeval-"))
    for i, row in enumerate(rows, 1):
        sentences = split_sentences(_detokenize(row["source"]))
        (folder / f"a{i:03d}.txt").write_text(
            f"Title: {' '.join(sentences[0].split()[:10])}\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8"
        )

    from summarizer.app import load_model, open_work_cache, run_models  # noqa: PLC0415
    from summarizer.attribution.tracer import Tracer  # noqa: PLC0415
    from summarizer.config import load_settings  # noqa: PLC0415
    from summarizer.nlp.embedder import default_embedder  # noqa: PLC0415
    from summarizer.pipeline import prepare_articles, summarize  # noqa: PLC0415

    overrides = {
        "model.name": args.model,
        "model.backend": args.backend,
        "summary.max_themes": "0",
        "summary.executive_sentences": "0",
    }
    if args.work_cache:
        overrides["cache.dir"] = args.work_cache
    settings = load_settings(REPO / "config.toml", overrides)
    quiet = lambda message: None  # noqa: E731
    articles, _ = prepare_articles(folder, quiet)
    if args.work_cache:
        embedder, generator = run_models(settings, quiet, open_work_cache(settings))
    else:
        embedder = default_embedder()
        generator = load_model(settings, quiet)
    tracer = Tracer(embedder, judge=None, max_citations=settings.attribution.max_citations)
    started = time.monotonic()
    summaries, _, _ = summarize(articles, embedder, generator, tracer, settings, quiet)
    seconds = time.monotonic() - started

    scorer = rouge_scorer.RougeScorer(list(KINDS), use_stemmer=True)
    table: dict[str, list[dict[str, float]]] = {"briefing (ours)": [], "Lead-3": []}
    origins: dict[str, int] = {}
    verdicts: dict[str, int] = {}
    lengths = []
    dump = []
    source_text = {s.id: s.text for a in articles for p in a.paragraphs for s in p.sentences}
    for row, summary in zip(rows, summaries):
        references = row["references"]
        ours = [s.text for s in summary.sentences]
        lengths.append(sum(len(s.split()) for s in ours))
        for sentence in summary.sentences:
            origins[sentence.origin] = origins.get(sentence.origin, 0) + 1
            verdict = sentence.attribution.verdict if sentence.attribution else "none"
            verdicts[verdict] = verdicts.get(verdict, 0) + 1
        table["briefing (ours)"].append(score(scorer, ours, references))
        if args.dump:
            dump.append({
                "article": row.get("id", len(dump) + 1),
                "scores": table["briefing (ours)"][-1],
                "lines": [{
                    "text": s.text,
                    "origin": s.origin,
                    "verdict": s.attribution.verdict if s.attribution else None,
                    "source": " ".join(source_text.get(i, i) for i in s.source_sentence_ids),
                } for s in summary.sentences],
            })
        lead = split_sentences(_detokenize(row["source"]))[:3]
        table["Lead-3"].append(score(scorer, lead, references))
        for name, system in row["system_summaries"].items():
            lines = split_sentences(_detokenize(system["summary"]))
            table.setdefault(name, []).append(score(scorer, lines, references))
    print(f"{len(rows)} articles, model {args.model}, summarize {seconds:.0f} s; "
          f"summary words median {statistics.median(lengths):.0f}; origins {origins}; verdicts {verdicts}")
    if args.dump:
        args.dump.write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")
    print("| summaries | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |\n|---|---|---|---|")
    ranked = sorted(table.items(), key=lambda item: -statistics.mean(r["rouge1"] for r in item[1]))
    for name, scores in ranked:
        means = [statistics.mean(r[k] for r in scores) for k in KINDS]
        print(f"| {name} | " + " | ".join(f"{m:.2f}" for m in means) + " |")


if __name__ == "__main__":
    main()
