"""Sentence-to-source attribution on SuperPAL Multi-News dev (Ernst et al. 2021).

For each human summary sentence, rank the candidate source sentences of its topic — every
document sentence aligned to any summary sentence of that topic (the file holds positives only,
so this is the candidate pool) — and report hit@1, hit@3 and MRR of the first gold sentence,
for BM25 (stemmed content words; every word unstemmed), plain MiniLM cosine, and the Tracer
(each source sentence a one-sentence paragraph).

    .venv/bin/python bench/attribution_superpal.py [--eval-dir ../shared/eval]
"""

from __future__ import annotations

import json
import time
from collections import defaultdict

import numpy as np

from attribution_common import DiskCachedEmbedder, bm25_rank, bm25_rank_unstemmed, make_paragraph, parser

from summarizer.attribution.tracer import Tracer
from summarizer.nlp.embedder import default_embedder


def metrics(ranks: list[int]) -> dict[str, float]:
    ranks_array = np.array(ranks)
    return {
        "hit@1": float((ranks_array == 1).mean()),
        "hit@3": float((ranks_array <= 3).mean()),
        "MRR": float((1.0 / ranks_array).mean()),
    }


def first_gold_rank(order: list[int], gold: set[int]) -> int:
    return next(position for position, index in enumerate(order, 1) if index in gold)


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    rows = [json.loads(line) for line in open(args.eval_dir / "superpal" / "multinews_dev_by_summary_sentence.jsonl")]
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_topic[row["topic"]].append(row)

    embedder = DiskCachedEmbedder(default_embedder())
    tracer = Tracer(embedder)
    ranks: dict[str, list[int]] = defaultdict(list)
    started = time.time()
    for topic, items in by_topic.items():
        pool = list(dict.fromkeys(a["doc_sentence"] for r in items for a in r["alignments"]))
        position = {text: i for i, text in enumerate(pool)}
        paragraphs = [make_paragraph(f"S{i}.P1", text, [text]) for i, text in enumerate(pool)]
        pool_vectors = embedder.encode(pool)
        texts = [r["summary_sentence"] for r in items]
        tracer_rankings = tracer.rank(texts, paragraphs)
        for row, ranking in zip(items, tracer_rankings):
            gold = {position[a["doc_sentence"]] for a in row["alignments"]}
            query = row["summary_sentence"]
            ranks["BM25"].append(first_gold_rank(list(bm25_rank(query, pool)), gold))
            ranks["BM25 unstemmed"].append(first_gold_rank(list(bm25_rank_unstemmed(query, pool)), gold))
            cosine = pool_vectors @ embedder.encode([query])[0]
            ranks["MiniLM cosine"].append(first_gold_rank(list(np.argsort(-cosine, kind="stable")), gold))
            order = [int(pid.split(".")[0][1:]) for pid, _ in ranking]
            ranks["Tracer"].append(first_gold_rank(order, gold))

    embedder.save()
    print(f"SuperPAL Multi-News dev: {len(rows)} summary sentences, {len(by_topic)} topics "
          f"({time.time() - started:.1f}s)")
    print(f"{'method':<16} {'hit@1':>6} {'hit@3':>6} {'MRR':>6}")
    for name, values in ranks.items():
        m = metrics(values)
        print(f"{name:<16} {m['hit@1']:6.3f} {m['hit@3']:6.3f} {m['MRR']:6.3f}")


if __name__ == "__main__":
    main()
