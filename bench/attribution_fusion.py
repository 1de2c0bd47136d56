"""Which ranking signals and which fusion: the experiment behind ``tracer.FUSION_WEIGHTS``.

Computes the tracer's per-paragraph ranking signals once for SuperPAL Multi-News dev (sentence
candidates) and SummHay news topics 1–3 (paragraph candidates, documents ranked by their best
paragraph), then scores single signals and fusions of them: reciprocal-rank fusion (k = 10, 60)
and min-max score fusion. Prints SuperPAL hit@1 / hit@3 / MRR and SummHay R-precision.

    .venv/bin/python bench/attribution_fusion.py [--eval-dir ../shared/eval] [--topics 3]
"""

from __future__ import annotations

import json
from collections import defaultdict

import numpy as np

from attribution_common import DiskCachedEmbedder, make_paragraph, parser

from summarizer.attribution.tracer import Tracer, _rrf, _scaled
from summarizer.nlp.embedder import default_embedder

LEXICAL = ("bm25", "bm25_sentence", "coverage")
SEMANTIC = ("embedding", "embedding_paragraph", "embedding_clauses")
THREE_THREE = {name: 1.0 for name in (*LEXICAL, *SEMANTIC)}
VARIANTS = {
    **{name: {name: 1.0} for name in (*LEXICAL, "bm25_exact", "key_terms", *SEMANTIC)},
    "bm25 + embedding": {"bm25": 1.0, "embedding": 1.0},
    "5 signals (first tracer)": {"bm25": 1.0, "bm25_sentence": 1.0, "coverage": 1.0,
                                 "embedding": 1.0, "embedding_paragraph": 1.0},
    "3 lexical + 3 embedding": THREE_THREE,
    "3 + 3 + key_terms": {**THREE_THREE, "key_terms": 1.0},
    "lexical x0.5 + embedding": {**{n: 0.5 for n in LEXICAL}, **{n: 1.0 for n in SEMANTIC}},
    "embedding only (3)": {name: 1.0 for name in SEMANTIC},
    "3 + 3 + bm25_exact": {**THREE_THREE, "bm25_exact": 1.0},
    "3 + 3 + key_terms x0.5": {**THREE_THREE, "key_terms": 0.5},
    **{f"3 + 3 + bm25_exact + key_terms x{w}": {**THREE_THREE, "bm25_exact": 1.0, "key_terms": w}
       for w in (0.25, 0.5, 1.0)},
    "lexical x0.75 (4) + key x0.5 + emb": {**{n: 0.75 for n in (*LEXICAL, "bm25_exact")},
                                           "key_terms": 0.5, **{n: 1.0 for n in SEMANTIC}},
}


def fuse(signals: dict[str, np.ndarray], weights: dict[str, float], mode: str, k: float) -> np.ndarray:
    total = np.zeros(len(next(iter(signals.values()))))
    for name, weight in weights.items():
        values = signals[name].astype(np.float64)
        total += weight * (_rrf(values, k) if mode == "rrf" else _scaled(values))
    return total


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--topics", type=int, default=3)
    args = p.parse_args()
    embedder = DiskCachedEmbedder(default_embedder())
    tracer = Tracer(embedder)

    superpal = []  # (signals, gold indexes)
    rows = [json.loads(line) for line in open(args.eval_dir / "superpal" / "multinews_dev_by_summary_sentence.jsonl")]
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_topic[row["topic"]].append(row)
    for items in by_topic.values():
        pool = list(dict.fromkeys(a["doc_sentence"] for r in items for a in r["alignments"]))
        paragraphs = [make_paragraph(f"S{i}.P1", text, [text]) for i, text in enumerate(pool)]
        texts = [r["summary_sentence"] for r in items]
        sources = tracer._sources(paragraphs, texts)
        for row, vectors in zip(items, tracer._query_vectors(texts)):
            plan = tracer._plan(row["summary_sentence"], vectors, sources, cite=False)
            superpal.append((plan["signals"], {pool.index(a["doc_sentence"]) for a in row["alignments"]}))

    summhay = []  # (signals, document of each paragraph, gold documents)
    for line in list(open(args.eval_dir / "summhay_news" / "topics_dev.jsonl"))[: args.topics]:
        topic = json.loads(line)
        paragraphs = []
        for document in topic["documents"]:
            parts = [x.strip() for x in document["text"].split("\n\n") if x.strip()]
            paragraphs += [make_paragraph(f"D{document['document_id']}.P{i + 1}", x) for i, x in enumerate(parts)]
        insights = [i for s in topic["subtopics"] for i in s["insights"] if i["gold_document_ids"]]
        texts = [i["insight"] for i in insights]
        sources = tracer._sources(paragraphs, texts)
        embedder.save()
        documents = [p.id.split(".")[0] for p in sources.paragraphs]
        for insight, vectors in zip(insights, tracer._query_vectors(texts)):
            plan = tracer._plan(insight["insight"], vectors, sources, cite=False)
            summhay.append((plan["signals"], documents, {f"D{g}" for g in insight["gold_document_ids"]}))
    embedder.save()

    print(f"{len(superpal)} SuperPAL sentences, {len(summhay)} SummHay insights")
    print(f"{'fusion':<8} {'signals':<36} {'SP hit@1':>8} {'hit@3':>6} {'MRR':>6} {'SH R-prec':>9}")
    for mode, k in (("rrf", 10), ("rrf", 60), ("score", 0)):
        for name, weights in VARIANTS.items():
            if len(weights) == 1 and mode != "score":
                continue  # a single signal ranks the same under every fusion
            ranks = []
            for signals, gold in superpal:
                order = list(np.argsort(-fuse(signals, weights, mode, k), kind="stable"))
                ranks.append(min(order.index(g) for g in gold) + 1)
            ranks_array = np.array(ranks)
            r_precision = []
            for signals, documents, gold in summhay:
                order = np.argsort(-fuse(signals, weights, mode, k), kind="stable")
                ranked = list(dict.fromkeys(documents[i] for i in order))
                r_precision.append(len(set(ranked[: len(gold)]) & gold) / len(gold))
            label = f"{mode}{k if mode == 'rrf' else ''}"
            print(f"{label:<8} {name:<36} {(ranks_array == 1).mean():8.3f} {(ranks_array <= 3).mean():6.3f} "
                  f"{(1 / ranks_array).mean():6.3f} {np.mean(r_precision):9.3f}")


if __name__ == "__main__":
    main()
