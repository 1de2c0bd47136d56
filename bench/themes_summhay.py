"""Cross-document themes on Summary of a Haystack (news topics 1-3): coverage and citations.

Each topic's 100 documents are treated as one week's set: written to a temporary folder as
.txt files and run through the product's own reading, cleaning, near-duplicate grouping and
``build_themes`` (the article summaries are not needed for themes and are skipped; the
executive summary is switched off in both systems so that they do the same work).

Systems, same settings, same writing and grounding path (``themes.write_themes``):
- ``themes``: the product (``build_themes``: points repeated across articles grouped into
  themes, then anchored + semantic sentence clusters for any slots left).
- ``kmeans``: baseline. K-means (k = max_themes, seed 0) over the embeddings of all body
  paragraphs; each cluster whose paragraphs come from 2+ documents is a theme, ordered by the
  number of documents; its sentences are summarised exactly as the product does.

Measures, per topic and overall:
(a) coverage: share of reference insights covered by some theme sentence. Judge (fixed,
    deterministic): split the theme sentence into sentences; an insight is covered when for
    one of them  cosine(MiniLM) + recall >= 1.25, where recall is the share of the insight's
    content words (stemmed, stop words removed) found in it. Calibrated on these topics'
    *documents*, not on any system output: taking each document's best sentence for each
    insight, the rule fires for 74-80 % of (insight, gold document) pairs and for 0.1-1.2 %
    of (insight, non-gold document) pairs.
(b) citations: for each covered insight, the covering sentence (highest judge score) and the
    documents of the paragraphs it cites; precision and recall against the gold documents.
    Micro-averaged over covered insights (mean of per-insight P and R).
(c) wall time of the theme stage (reading to finished themes, model loading excluded) and
    the peak resident memory of the process, each system in its own subprocess.

    .venv/bin/python bench/themes_summhay.py --model none --max-themes 20 --theme-sentences 5
    .venv/bin/python bench/themes_summhay.py --model smollm2-135m ...

``--model none`` writes no rewrites: every theme sentence is the verbatim source sentences
(what ``ground`` falls back to), so it measures theme finding and citation alone.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "eval" / "summhay_news" / "topics_dev.jsonl"
JUDGE_THRESHOLD = 1.25


def load_topics(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --- running one system on one topic (in a subprocess) ------------------------------------


class NoModel:
    """A generator that writes nothing: every theme sentence falls back to its sources."""

    def __init__(self) -> None:
        from summarizer.llm.base import GenerationStats, ModelIdentity

        self.identity = ModelIdentity("none (extractive)", "none", None, None, "causal")
        self.stats = GenerationStats()

    def generate(self, requests, max_new_tokens, **options):
        return ["" for _ in requests]

    def yes_probability(self, requests):
        return [0.5 for _ in requests]


def make_generator(name: str, cache_dir: str):
    if name == "none":
        return NoModel()
    from summarizer.llm.loading import load_generator  # written by the model-loading work

    kwargs = {"cache_dir": Path(cache_dir)} if cache_dir else {}
    return load_generator(name, **kwargs)


def kmeans_clusters(space, articles, embedder, k: int):
    """Baseline: k-means over paragraph embeddings, clusters spanning 2+ documents."""
    from sklearn.cluster import KMeans

    from summarizer.summarizers.theme_clusters import Cluster, describe, title_for

    paragraphs = [p for a in articles for p in a.body_paragraphs]
    vectors = embedder.encode([p.text for p in paragraphs])
    k = max(1, min(k, len(paragraphs)))
    labels = KMeans(n_clusters=k, random_state=0, n_init=10).fit_predict(vectors)
    label_of = {p.id: int(label) for p, label in zip(paragraphs, labels)}
    rows_by_label: dict[int, list[int]] = {}
    for unit in space.units:
        rows_by_label.setdefault(label_of[unit.paragraph.id], []).append(unit.row)
    clusters = []
    for rows in rows_by_label.values():
        cluster = describe(space, Cluster(rows=sorted(rows), origin="kmeans"))
        # Every document in the cluster counts (k-means has no sharing test).
        cluster.article_ids = list(dict.fromkeys(space.units[r].article.id for r in rows))
        cluster.paragraph_ids = list(dict.fromkeys(space.units[r].paragraph.id for r in rows))
        if len(cluster.article_ids) >= 2:
            cluster.title = title_for(space, cluster)
            clusters.append(cluster)
    clusters.sort(key=lambda c: (len(c.article_ids), len(c.rows)), reverse=True)
    return clusters[:k]


def run_one(args: argparse.Namespace) -> dict:
    from summarizer.attribution.tracer import Tracer
    from summarizer.cleaning.duplicates import group_duplicates
    from summarizer.config import Settings
    from summarizer.nlp.embedder import default_embedder
    from summarizer.pipeline import prepare_articles
    from summarizer.summarizers.theme_clusters import build_space
    from summarizer.summarizers.themes import build_themes, write_themes

    topic = load_topics(Path(args.data))[args.topic]
    settings = Settings()
    settings.summary.max_themes = args.max_themes
    settings.summary.theme_sentences = args.theme_sentences
    settings.summary.executive_sentences = 0
    settings.attribution.max_citations = args.max_citations
    embedder = default_embedder()
    generator = make_generator(args.model, args.cache_dir)
    tracer = Tracer(embedder, max_citations=args.max_citations)
    quiet = lambda message: None  # noqa: E731

    with tempfile.TemporaryDirectory() as folder:
        document_of: dict[str, str] = {}
        for number, document in enumerate(topic["documents"], 1):
            name = f"{number:03d}.txt"
            text = f"Title: Document {document['document_id']}\n\n{document['text']}\n"
            (Path(folder) / name).write_text(text, encoding="utf-8")
        started = time.perf_counter()
        articles, _ = prepare_articles(Path(folder), quiet)
        for article in articles:
            document_of[article.id] = article.title.removeprefix("Document ").strip()
        groups = group_duplicates(articles, embedder)
        independent = [a for a in articles if a.duplicate_of is None]
        if args.system == "themes":
            themes, _ = build_themes(independent, [], embedder, generator, tracer, settings, quiet)
        else:
            space = build_space(independent, embedder, settings.summary.min_sentence_words)
            clusters = kmeans_clusters(space, independent, embedder, settings.summary.max_themes)
            themes, _ = write_themes(space, clusters, independent, generator, tracer, settings, quiet)
        seconds = time.perf_counter() - started

    sentences = []
    for theme in themes:
        for sentence in theme.summary.sentences if theme.summary else []:
            cited = [s.paragraph_id.split(".", 1)[0] for s in (sentence.attribution.supports if sentence.attribution else ())]
            sentences.append(
                {
                    "theme": theme.id,
                    "text": sentence.text,
                    "origin": sentence.origin,
                    "verdict": sentence.attribution.verdict if sentence.attribution else "unsupported",
                    "documents": list(dict.fromkeys(document_of[a] for a in cited)),
                }
            )
    return {
        "topic": args.topic,
        "system": args.system,
        "model": generator.identity.name,
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "documents": len(articles),
        "duplicate_groups": [g.members for g in groups],
        "themes": [{"id": t.id, "title": t.title, "documents": len(t.article_ids)} for t in themes],
        "sentences": sentences,
    }


# --- scoring ------------------------------------------------------------------------------


def score(topic: dict, result: dict, embedder) -> dict:
    from summarizer.nlp.sentences import split_sentences
    from summarizer.nlp.text import content_terms

    insights = [i for s in topic["subtopics"] for i in s["insights"]]
    pieces: list[tuple[int, str]] = []
    for index, sentence in enumerate(result["sentences"]):
        for piece in split_sentences(sentence["text"]) or [sentence["text"]]:
            pieces.append((index, piece))
    covered, precisions, recalls = 0, [], []
    if pieces:
        piece_vectors = embedder.encode([p for _, p in pieces])
        piece_terms = [set(content_terms(p)) for _, p in pieces]
        insight_vectors = embedder.encode([i["insight"] for i in insights])
        for insight, vector in zip(insights, insight_vectors):
            terms = set(content_terms(insight["insight"]))
            cosine = piece_vectors @ vector
            recall = np.array([len(terms & t) / max(1, len(terms)) for t in piece_terms])
            judged = cosine + recall
            best = int(np.argmax(judged))
            if judged[best] < JUDGE_THRESHOLD:
                continue
            covered += 1
            cited = set(result["sentences"][pieces[best][0]]["documents"])
            gold = set(insight["gold_document_ids"])
            precisions.append(len(cited & gold) / len(cited) if cited else 0.0)
            recalls.append(len(cited & gold) / len(gold))
    return {
        "insights": len(insights),
        "covered": covered,
        "coverage": covered / len(insights) if insights else 0.0,
        "citation_precision": float(np.mean(precisions)) if precisions else 0.0,
        "citation_recall": float(np.mean(recalls)) if recalls else 0.0,
        "theme_sentences": len(result["sentences"]),
        "rewrites": sum(1 for s in result["sentences"] if s["origin"] == "rewrite"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--model", default="none", help="none | smollm2-135m | qwen2.5-coder-1.5b")
    parser.add_argument("--cache-dir", default="")
    parser.add_argument("--max-themes", type=int, default=20)
    parser.add_argument("--theme-sentences", type=int, default=5)
    parser.add_argument("--max-citations", type=int, default=3)
    parser.add_argument("--topics", default="0,1,2")
    parser.add_argument("--systems", default="themes,kmeans")
    parser.add_argument("--out", default="", help="write all raw results (JSON) here")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--topic", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--system", default="themes", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.worker:
        print(json.dumps(run_one(args)))
        return 0

    from summarizer.nlp.embedder import default_embedder

    topics = load_topics(Path(args.data))
    embedder = default_embedder()
    results = []
    base = [sys.executable, __file__, "--worker", "--data", args.data, "--model", args.model,
            "--cache-dir", args.cache_dir, "--max-themes", str(args.max_themes),
            "--theme-sentences", str(args.theme_sentences), "--max-citations", str(args.max_citations)]
    for topic_index in [int(t) for t in args.topics.split(",")]:
        for system in args.systems.split(","):
            command = base + ["--topic", str(topic_index), "--system", system]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(done.stderr[-3000:], file=sys.stderr)
                return 1
            result = json.loads(done.stdout.strip().splitlines()[-1])
            result["score"] = score(topics[topic_index], result, embedder)
            results.append(result)
            s = result["score"]
            print(
                f"topic {topic_index} {system:7s} coverage {s['covered']:3d}/{s['insights']} "
                f"({s['coverage']:.1%})  cite P {s['citation_precision']:.2f} R {s['citation_recall']:.3f}  "
                f"{s['theme_sentences']} sentences ({s['rewrites']} rewrites) in {len(result['themes'])} themes  "
                f"{result['seconds']:.0f}s  peak {result['peak_rss_mb']:.0f} MB",
                flush=True,
            )
    print("\noverall (insights pooled over topics):")
    for system in args.systems.split(","):
        mine = [r for r in results if r["system"] == system]
        insights = sum(r["score"]["insights"] for r in mine)
        covered = sum(r["score"]["covered"] for r in mine)
        weight = [r["score"]["covered"] for r in mine]
        p = np.average([r["score"]["citation_precision"] for r in mine], weights=weight) if sum(weight) else 0
        rc = np.average([r["score"]["citation_recall"] for r in mine], weights=weight) if sum(weight) else 0
        print(
            f"  {system:7s} coverage {covered}/{insights} ({covered / insights:.1%})  cite P {p:.2f} R {rc:.3f}  "
            f"mean time {np.mean([r['seconds'] for r in mine]):.0f}s  max peak {max(r['peak_rss_mb'] for r in mine):.0f} MB"
        )
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
