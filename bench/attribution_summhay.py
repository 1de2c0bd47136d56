"""Document attribution on Summary of a Haystack (Laban et al. 2024), news topics 1–3.

Each topic has 100 documents; every reference insight lists the documents that support it.
The documents are split into paragraphs (blank lines) and sentences, and all paragraphs of a
topic are the tracer's candidates. Reported per method:

- R-precision: of the top R documents (R = number of gold documents of the insight), the share
  that are gold. Baselines rank whole documents by BM25 and by MiniLM cosine; the tracer ranks
  paragraphs and a document takes the rank of its best paragraph.
- Cited P/R: precision and recall of the documents the tracer actually cites (``trace``), at
  the product's ``max_citations=3`` and with the cap lifted (``max_citations=100``), where the
  cite rules alone decide how many paragraphs are cited.

    .venv/bin/python bench/attribution_summhay.py [--eval-dir ../shared/eval] [--topics 3]
"""

from __future__ import annotations

import json
import time

import numpy as np

from attribution_common import DiskCachedEmbedder, bm25_rank, make_paragraph, parser

from summarizer.attribution.tracer import Tracer
from summarizer.nlp.embedder import default_embedder


def r_precision(order: list[str], gold: set[str]) -> float:
    return len(set(order[: len(gold)]) & gold) / len(gold)


def documents_in_order(paragraph_ids: list[str]) -> list[str]:
    return list(dict.fromkeys(pid.split(".")[0] for pid in paragraph_ids))


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--topics", type=int, default=3, help="how many topics to run (default all 3)")
    args = p.parse_args()
    topics = [json.loads(line) for line in open(args.eval_dir / "summhay_news" / "topics_dev.jsonl")]
    topics = topics[: args.topics]

    embedder = DiskCachedEmbedder(default_embedder())
    tracer = Tracer(embedder, max_citations=100)
    scores: dict[str, list[float]] = {"BM25": [], "MiniLM cosine": [], "Tracer": []}
    cited: dict[str, list[tuple[float, float, int]]] = {"max_citations=3": [], "max_citations=100": []}
    started = time.time()
    n_paragraphs = 0
    for topic in topics:
        documents = topic["documents"]
        doc_ids = [str(d["document_id"]) for d in documents]
        paragraphs = []
        for doc_id, document in zip(doc_ids, documents):
            parts = [part.strip() for part in document["text"].split("\n\n") if part.strip()]
            paragraphs += [make_paragraph(f"D{doc_id}.P{i + 1}", part) for i, part in enumerate(parts)]
        n_paragraphs += len(paragraphs)
        doc_vectors = embedder.encode([d["text"] for d in documents])
        insights = [i for s in topic["subtopics"] for i in s["insights"] if i["gold_document_ids"]]
        texts = [i["insight"] for i in insights]
        rankings = tracer.rank(texts, paragraphs)
        embedder.save()
        uncapped = tracer.trace(texts, paragraphs)
        # Citations are chosen in rank order and stop at the cap: the capped list is a prefix.
        traces = {"max_citations=3": [a.paragraph_ids[:3] for a in uncapped],
                  "max_citations=100": [a.paragraph_ids for a in uncapped]}
        for n, insight in enumerate(insights):
            gold = {f"D{g}" for g in insight["gold_document_ids"]}
            query = insight["insight"]
            scores["BM25"].append(r_precision([f"D{doc_ids[i]}" for i in bm25_rank(query, [d["text"] for d in documents])], gold))
            cosine = doc_vectors @ embedder.encode([query])[0]
            scores["MiniLM cosine"].append(
                r_precision([f"D{doc_ids[i]}" for i in np.argsort(-cosine, kind="stable")], gold)
            )
            scores["Tracer"].append(r_precision(documents_in_order([pid for pid, _ in rankings[n]]), gold))
            for name, attributions in traces.items():
                docs = set(documents_in_order(attributions[n]))
                hit = len(docs & gold)
                cited[name].append((hit / len(docs), hit / len(gold), len(docs)))

    n = len(scores["Tracer"])
    print(f"SummHay news topics 1-{len(topics)}: {n} insights, {n_paragraphs} paragraphs "
          f"({time.time() - started:.0f}s)")
    for name, values in scores.items():
        print(f"R-precision  {name:<14} {np.mean(values):.3f}")
    for name, values in cited.items():
        arr = np.array(values)
        print(f"Tracer cited ({name}): precision {arr[:, 0].mean():.3f}  recall {arr[:, 1].mean():.3f}  "
              f"documents cited per insight {arr[:, 2].mean():.1f}")


if __name__ == "__main__":
    main()
