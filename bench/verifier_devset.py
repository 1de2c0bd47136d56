"""A development set of model-written sentences, strictly labelled, and the verifier's catch rates.

The product is run as a user runs it (``summarizer brief``) with both models on public articles
from ``../shared/eval`` written out as .txt files: FRANK's CNN/DailyMail articles (real news)
and SummHay news documents. Every sentence a model wrote is collected — the rewrites the briefing
kept and the drafts it rejected — with the source sentences it was written from. Labels
(``bench/data/verifier_devset_labels.jsonl``: id, label, error class, note; no article text, see
``bench/data/VERIFIER_DEVSET.md`` for the rules) were written by reading each sentence against
its source paragraphs. The article text is rebuilt from ``../shared/eval`` by this script.

    # 1. write the article sets and run the product with both models (~15-25 min on 2 cores)
    .venv/bin/python bench/verifier_devset.py build [--work /tmp/verifier-devset]
    # 2. print the collected sentences with their sources, for labelling
    .venv/bin/python bench/verifier_devset.py show [--unlabelled]
    # 3. the verifier's verdicts against the labels (re-traced now), with or without the judge
    .venv/bin/python bench/verifier_devset.py score [--judge qwen2.5-coder-1.5b]

A sentence's id is a hash of the model, the article set and its text, so labels survive a rebuild
as long as the model writes the same sentence (greedy decoding: it does on the same machine).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from summarizer.dom import Paragraph, Sentence  # noqa: E402

LABELS = REPO / "bench" / "data" / "verifier_devset_labels.jsonl"
MODELS = ("smollm2-135m", "qwen2.5-coder-1.5b")
SEED = 11
ARTICLES_PER_SET = 10


def _frank_articles(eval_dir: Path) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in open(eval_dir / "frank" / "articles.jsonl")]
    rows = [r for r in rows if r["dataset"] == "cnndm"]
    rng = np.random.default_rng(SEED)
    picked = [rows[i] for i in rng.permutation(len(rows))[:ARTICLES_PER_SET]]
    out = []
    for row in picked:
        sentences = [s.strip() for s in row["article_sentences"] if s.strip()]
        # CNN/DM texts have no paragraph breaks: runs of two sentences, as news sites print them.
        paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
        out.append((f"cnndm-{row['hash'][:10]}", "\n\n".join(paragraphs)))
    return out


def _summhay_documents(eval_dir: Path) -> list[tuple[str, str]]:
    topics = [json.loads(line) for line in open(eval_dir / "summhay_news" / "topics_dev.jsonl")]
    documents = [d for d in topics[0]["documents"]]
    rng = np.random.default_rng(SEED)
    picked = [documents[i] for i in rng.permutation(len(documents))[:ARTICLES_PER_SET]]
    return [(f"summhay-{d['document_id'][:10]}", d["text"].strip()) for d in picked]


SETS = {"frank-cnndm": _frank_articles, "summhay-1": _summhay_documents}


def build(args: argparse.Namespace) -> None:
    work = Path(args.work)
    for set_name in args.sets:
        load = SETS[set_name]
        folder = work / "articles" / set_name
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in load(Path(args.eval_dir)):
            (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        for model in args.models:
            run_folder, run_name = folder, set_name
            if args.articles:  # a bounded run: the set's first N articles (by file name)
                run_name = f"{set_name}-first{args.articles}"
                run_folder = work / "articles" / run_name
                run_folder.mkdir(parents=True, exist_ok=True)
                for path in sorted(folder.glob("*.txt"))[: args.articles]:
                    (run_folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            out = work / "runs" / f"{run_name}--{model}"
            if (out / "done").exists() and not args.again:
                print(f"{set_name} / {model}: already built")
                continue
            out.mkdir(parents=True, exist_ok=True)
            started = time.monotonic()
            subprocess.run(
                [sys.executable, "-m", "summarizer.cli", "brief", str(run_folder), "--paths-output", str(out),
                 "--model-name", model, "--quiet"],
                check=True, cwd=REPO,
            )
            (out / "done").write_text(f"{time.monotonic() - started:.0f}\n")
            print(f"{run_name} / {model}: {time.monotonic() - started:.0f} s", flush=True)


def collect(work: Path) -> list[dict]:
    """Every model-written sentence of every run: kept rewrites and rejected drafts."""
    items = []
    for run in sorted((work / "runs").glob("*--*")):
        traces = sorted(run.glob("*.json"))
        if not traces:
            continue
        set_name, model = run.name.split("--")
        trace = json.loads(traces[-1].read_text())
        paragraphs = {p["id"]: p for a in trace["articles"] for p in a["paragraphs"]}
        for sentence in trace["sentences"]:
            if sentence["origin"] == "rewrite":
                text, kept = sentence["text"], True
            elif sentence.get("rejected_draft"):
                text, kept = sentence["rejected_draft"], False
            else:
                continue
            sources = sentence["source_sentence_ids"]
            articles = sorted({s.split(".")[0] for s in sources})
            key = hashlib.sha1(f"{model}|{set_name}|{text}".encode()).hexdigest()[:12]
            items.append({
                "id": key, "model": model, "set": set_name, "section": sentence["section"], "text": text,
                "kept": kept, "rejected_because": sentence.get("rejected_because"),
                "source_sentence_ids": sources,
                "candidates": [p for p in paragraphs.values()
                               if p["id"].split(".")[0] in articles and p.get("removal") is None],
            })
    unique = {i["id"]: i for i in items}
    return list(unique.values())


def _paragraph(row: dict) -> Paragraph:
    """The trace's paragraph as the product had it (its own sentence split and offsets)."""
    sentences = [Sentence(s["id"], s["text"], s["start"], s["end"]) for s in row["sentences"]]
    return Paragraph(row["id"], row["id"].split(".")[0], row["number"], row["text"], row["start"], row["end"],
                     sentences, row.get("kind", "body"))


def _source_texts(item: dict) -> dict[str, str]:
    out = {}
    for p in item["candidates"]:
        for s in p.get("sentences", []):
            out[s["id"]] = s["text"]
    return out


def load_labels() -> dict[str, dict]:
    if not LABELS.exists():
        return {}
    rows = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    return {row["id"]: row for row in rows}


def show(args: argparse.Namespace) -> None:
    labels = load_labels()
    for item in collect(Path(args.work)):
        if args.unlabelled and item["id"] in labels:
            continue
        texts = _source_texts(item)
        print(f"=== {item['id']}  {item['model']}  {item['set']}  {item['section']}  kept={item['kept']}")
        print(f"SUMMARY: {item['text']}")
        for sid in item["source_sentence_ids"]:
            print(f"  from {sid}: {texts.get(sid, '?')}")
        if args.paragraphs:
            wanted = {s.rsplit('.', 1)[0] for s in item["source_sentence_ids"]}
            for p in item["candidates"]:
                if p["id"] in wanted:
                    print(f"  ¶ {p['id']}: {p['text']}")
        print()


def score(args: argparse.Namespace) -> None:
    from attribution_common import DiskCachedEmbedder

    from summarizer.attribution.tracer import Tracer
    from summarizer.nlp.embedder import default_embedder

    labels = load_labels()
    items = [i for i in collect(Path(args.work)) if i["id"] in labels]
    missing = len(labels) - len(items)
    judge = None
    if args.judge:
        from summarizer.llm.loading import default_cache_dir, load_generator

        from attribution_common import DiskCachedJudge

        judge = DiskCachedJudge(load_generator(args.judge, cache_dir=default_cache_dir()), args.judge)
    embedder = DiskCachedEmbedder(default_embedder())
    tracer = Tracer(embedder, judge=judge)
    started = time.monotonic()
    rows = []
    for item in items:
        [attribution] = tracer.trace([item["text"]], [_paragraph(p) for p in item["candidates"]])
        rows.append((labels[item["id"]], item, attribution))
    embedder.save()
    seconds = time.monotonic() - started
    if judge is not None:
        print(f"judge: {judge.asked} sentences asked now in {judge.seconds:.0f} s"
              f" ({judge.seconds / max(1, judge.asked):.1f} s a sentence), the rest from the cache")
    print(f"{len(rows)} labelled sentences traced in {seconds:.0f} s"
          + (f" ({missing} labels had no sentence in this build)" if missing else ""))
    by_label = Counter(label["label"] for label, _, _ in rows)
    for name in ("supported", "partly", "unsupported"):
        group = [(label, item, a) for label, item, a in rows if label["label"] == name]
        if not group:
            continue
        passed = sum(a.verdict == "supported" for _, _, a in group)
        caught = len(group) - passed
        share = passed if name == "supported" else caught
        what = "pass" if name == "supported" else "caught"
        print(f"{name:<12} {by_label[name]:4d}  {what} {share:4d} ({100 * share / len(group):5.1f} %)")
    print("\nby error class (labelled): caught / total, and the classes the verifier named")
    classes = sorted({label.get("error_class") or "" for label, _, _ in rows} - {""})
    for cls in classes:
        group = [(label, a) for label, _, a in rows if label.get("error_class") == cls]
        caught = sum(a.verdict != "supported" for _, a in group)
        named = Counter(e for _, a in group for e in a.errors)
        print(f"  {cls:<16} {caught:3d} / {len(group):3d}   {dict(named)}")
    false_alarms = Counter(e for label, _, a in rows if label["label"] == "supported" for e in a.errors)
    print(f"\nclasses named on supported sentences (false alarms): {dict(false_alarms)}")
    if args.verbose:
        for label, item, a in rows:
            flag = "ok " if (a.verdict == "supported") == (label["label"] == "supported") else "XX "
            print(f"{flag}{label['label']:<11} {a.verdict:<16} {item['id']} {item['text'][:90]}  {a.errors}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", default="/tmp/verifier-devset")
    parser.add_argument("--eval-dir", default=str(REPO.parent / "shared" / "eval"))
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--models", nargs="+", default=list(MODELS))
    b.add_argument("--again", action="store_true")
    b.add_argument("--sets", nargs="+", default=list(SETS))
    b.add_argument("--articles", type=int, default=0, help="run on the first N articles of each set only")
    s = sub.add_parser("show")
    s.add_argument("--unlabelled", action="store_true")
    s.add_argument("--paragraphs", action="store_true")
    c = sub.add_parser("score")
    c.add_argument("--judge", default=None)
    c.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    {"build": build, "show": show, "score": score}[args.command](args)


if __name__ == "__main__":
    main()
