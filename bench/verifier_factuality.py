"""Unsupported-sentence detection on FRANK validation and SummEdits news dev.

A summary counts as supported (label 1) when FRANK's per-summary ``Factuality`` is 1.0 (every
sentence judged factual) or SummEdits' label is 1. The article is split into paragraphs (blank
lines; FRANK's CNN/DM and BBC texts have none, so runs of three of its given sentences) and
every summary sentence is traced against them. A summary is predicted supported when every
sentence's verdict is "supported". Balanced accuracy (BA, mean of the recall on both labels)
is reported:

- baseline: the lowest, over the summary's sentences, of the best MiniLM cosine to any
  article sentence, thresholded;
- tracer scores: the lowest sentence support (``verifier.support_score``), thresholded, alone
  and with the key-term and role-swap rules (a sentence failing them counts as unsupported);
- the Tracer's own verdicts with the default ``Thresholds``.

Thresholds are tuned three ways, so every tuned figure comes with one on data it was not
tuned on: on the same split ("tuned=eval", optimistic), 2-fold by source article (tune on one
half, report on the other, averaged), and across datasets (tune on FRANK, report on SummEdits
and back).

    .venv/bin/python bench/verifier_factuality.py [--eval-dir ../shared/eval] [--judge MODEL]
        [--judge-limit N]
"""

from __future__ import annotations

import ast
import json
import re
import time
from dataclasses import dataclass, field, replace

import numpy as np

from attribution_common import (
    DiskCachedEmbedder,
    DiskCachedJudge,
    balanced_accuracy,
    best_threshold,
    judged_sentence,
    make_paragraph,
    parser,
    two_fold,
)

from summarizer.attribution.tracer import Tracer
from summarizer.attribution.verifier import Evidence, Thresholds, support_score
from summarizer.nlp.embedder import default_embedder
from summarizer.nlp.sentences import split_sentences


@dataclass
class Item:
    dataset: str
    key: str  # source article, for splits
    label: int
    sentences: list[str]
    paragraphs: list
    article_sentences: list[str]
    source: str = ""  # FRANK: "cnndm" or "bbc" (XSum); SummEdits: "summedits"
    # filled by the run
    cosine: float = 0.0
    rows: list[dict] = field(default_factory=list)  # per summary sentence


def detokenize(text: str) -> str:
    """FRANK's summaries are tokenised ("Jolie 's character ."): undo the common splits."""
    text = re.sub(r" (['’]s|n't|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r" ([.,;:!?%)])", r"\1", text)
    text = re.sub(r"([($]) ", r"\1", text)
    text = text.replace("-LRB- ", "(").replace(" -RRB-", ")")  # PTB brackets, as in "-LRB- PSU -RRB-"
    return text.replace("`` ", '"').replace(" ''", '"')


def load_frank(eval_dir) -> list[Item]:
    articles = {}
    for line in open(eval_dir / "frank" / "articles.jsonl"):
        row = json.loads(line)
        articles[row["hash"]] = row
    items = []
    for line in open(eval_dir / "frank" / "annotations_valid.jsonl"):
        row = json.loads(line)
        article = articles[row["hash"]]
        sentences = row["summary_sentences"]
        if isinstance(sentences, str):
            sentences = ast.literal_eval(sentences)
        labels = row["labels"] if isinstance(row["labels"], dict) else ast.literal_eval(row["labels"])
        source = [s for s in article["article_sentences"] if s.strip()]
        paragraphs = [
            make_paragraph(f"A{row['hash'][:8]}.P{i // 3 + 1}", " ".join(source[i : i + 3]), source[i : i + 3])
            for i in range(0, len(source), 3)
        ]
        items.append(
            Item("FRANK", row["hash"], int(float(labels["Factuality"]) == 1.0),
                 [detokenize(s) for s in sentences if s.strip()], paragraphs, source, row["dataset"])
        )
    return items


def load_summedits(eval_dir) -> list[Item]:
    rows = json.load(open(eval_dir / "summedits_news" / "summedits_news_dev.json"))
    cache = {}
    items = []
    for row in rows:
        doc = row["doc"]
        if doc not in cache:
            parts = [p.strip() for p in doc.split("\n\n") if p.strip()]
            paragraphs = [make_paragraph(f"D{row['id'][-6:]}.P{i + 1}", p) for i, p in enumerate(parts)]
            cache[doc] = (paragraphs, [s.text for p in paragraphs for s in p.sentences])
        paragraphs, source = cache[doc]
        items.append(Item("SummEdits", row["id"].split("_")[0], int(row["label"]),
                          split_sentences(row["summary"]), paragraphs, source, "summedits"))
    return items


# --- scores --------------------------------------------------------------------------------


def sentence_support(row: dict, thresholds: Thresholds, judge: bool) -> float:
    evidence = Evidence(
        embedding=row["embedding"], coverage=row["coverage"], phrases=row["phrases"],
        missing_terms=(), key_terms_total=0, broken_pairs=(), pairs_total=0, labels=(),
        judge=row["judge"] if judge else None,
    )
    return support_score(evidence, thresholds)


def summary_score(item: Item, thresholds: Thresholds, rules: str = "", judge: bool = False) -> float:
    """Lowest sentence support; a sentence failing a rule ("k" key terms, "p" pairs, "n"
    negation, "a" agents, "r" roles, "h" hedges, "q" quotes) scores below any sentence that
    passes (order kept among failures)."""
    values = []
    for row in item.rows:
        support = sentence_support(row, thresholds, judge)
        if (("k" in rules and row["missing"]) or ("p" in rules and row["broken"])
                or ("n" in rules and row["negated"]) or ("a" in rules and row["agents"])
                or ("r" in rules and (row["roles"] or row["opposites"])) or ("h" in rules and row["hedges"])
                or ("q" in rules and row["quotes"])):
            support = -1.0 + support / 10
        values.append(support)
    return min(values) if values else 0.0


def two_fold_ba(scores: np.ndarray, labels: np.ndarray, keys: list[str]) -> float:
    """BA with the cut tuned on one half of the articles and applied to the other, averaged over
    the two halves (``two_fold`` keeps an article's summaries in one half)."""
    folds = two_fold(keys)
    held = []
    for fold in (0, 1):
        tune, test = folds != fold, folds == fold
        fold_cut, _ = best_threshold(scores[tune], labels[tune])
        held.append(balanced_accuracy(labels[test], (scores[test] >= fold_cut).astype(int)))
    return float(np.mean(held))


def evaluate(name: str, scores_of, datasets: dict[str, list[Item]]) -> dict:
    """Prints BA tuned on the same split, 2-fold by article, and across datasets; for FRANK also
    per source (CNN/DM, BBC/XSum): 2-fold by article within the source, and at the cut tuned on
    SummEdits."""
    out = {}
    thresholds = {}
    for dataset, items in datasets.items():
        scores = np.array([scores_of(i) for i in items])
        labels = np.array([i.label for i in items])
        cut, ba_same = best_threshold(scores, labels)
        thresholds[dataset] = cut
        out[dataset] = {"same": ba_same, "twofold": two_fold_ba(scores, labels, [i.key for i in items]), "cut": cut,
                        "scores": scores, "labels": labels}
    names = list(datasets)
    for dataset in names:
        other = [d for d in names if d != dataset]
        if other:
            cut = thresholds[other[0]]
            r = out[dataset]
            r["cross"] = balanced_accuracy(r["labels"], (r["scores"] >= cut).astype(int))
    for dataset in names:
        r = out[dataset]
        cross = f"{100 * r['cross']:5.1f}" if "cross" in r else "   - "
        print(f"{name:<46} {dataset:<10} tuned=eval {100 * r['same']:5.1f}  2-fold {100 * r['twofold']:5.1f}"
              f"  cross-dataset {cross}  (cut {r['cut']:.3f})")
    if "FRANK" in datasets:
        items, r = datasets["FRANK"], out["FRANK"]
        for source in sorted({i.source for i in items}):
            rows = np.array([n for n, i in enumerate(items) if i.source == source])
            scores, labels = r["scores"][rows], r["labels"][rows]
            held = two_fold_ba(scores, labels, [items[n].key for n in rows])
            cross = ""
            if "SummEdits" in thresholds:
                cross = f"  at SummEdits' cut {100 * balanced_accuracy(labels, (scores >= thresholds['SummEdits']).astype(int)):5.1f}"
            print(f"{'':<46}   {source:<8} 2-fold {100 * held:5.1f}{cross}  ({len(rows)} summaries)")
    return out


def bootstrap_cuts(items: list[Item], t: Thresholds, resamples: int = 200) -> np.ndarray:
    """The best cut (0.005 grid) of ``resamples`` bootstrap resamples of ``items`` by article,
    for support + key/pair/negation rules: how much the calibration depends on which articles
    happen to be in the calibration set."""
    scores = np.array([summary_score(i, t, "kpn") for i in items])
    return bootstrap_cuts_of(scores, items, np.round(np.arange(0.40, 0.80, 0.005), 3), resamples)


def weight_selection(datasets: dict[str, list[Item]], t: Thresholds) -> None:
    """The experiment behind ``Thresholds.embedding_weight`` / ``phrase_weight`` /
    ``supported``: per weight, FRANK's best BA and the spread of its bootstrap best cuts, and
    SummEdits BA at FRANK's median cut. FRANK's best BA moves by less than its standard error
    (~1.6 points at 671 summaries) across these weights, so FRANK does not choose among them;
    the cut is calibrated on FRANK only (median of the bootstrap best cuts)."""
    frank, summedits = datasets["FRANK"], datasets["SummEdits"]
    print("\nWeight selection on FRANK (support + key/pair/negation rules; 200 bootstrap resamples by article):")
    print(f"{'emb/phr':<10} {'FRANK best BA':>13} {'boot cut 5%':>11} {'median':>7} {'95%':>6}"
          f" {'FRANK@median':>12} {'SummEdits@median (reference)':>29}")
    for embedding_weight in (0.5, 0.55, 0.6, 0.65, 0.7):
        w = replace(t, embedding_weight=embedding_weight, phrase_weight=round(1.0 - embedding_weight, 2))
        scores = np.array([summary_score(i, w, "kpn") for i in frank])
        labels = np.array([i.label for i in frank])
        _, top = best_threshold(scores, labels)
        cuts = bootstrap_cuts(frank, w)
        low, median, high = np.percentile(cuts, [5, 50, 95])
        other = np.array([summary_score(i, w, "kpn") for i in summedits])
        print(f"{embedding_weight:.2f}/{1 - embedding_weight:.2f}  {100 * top:13.1f} {low:11.3f} {median:7.3f} {high:6.3f}"
              f" {100 * balanced_accuracy(labels, (scores >= median).astype(int)):12.1f}"
              f" {100 * balanced_accuracy([i.label for i in summedits], (other >= median).astype(int)):29.1f}")


def bootstrap_cuts_of(scores: np.ndarray, items: list[Item], grid: np.ndarray, resamples: int = 200) -> np.ndarray:
    """The best cut on ``grid`` of each of ``resamples`` bootstrap resamples of ``items`` by
    article, for any summary scores."""
    labels = np.array([i.label for i in items])
    articles = sorted({i.key for i in items})
    rows_of = {a: np.array([n for n, i in enumerate(items) if i.key == a]) for a in articles}
    rng = np.random.default_rng(0)
    cuts = []
    for _ in range(resamples):
        rows = np.concatenate([rows_of[articles[k]] for k in rng.integers(0, len(articles), len(articles))])
        values = [balanced_accuracy(labels[rows], (scores[rows] >= c).astype(int)) for c in grid]
        cuts.append(float(grid[int(np.argmax(values))]))
    return np.array(cuts)


def judge_calibration(datasets: dict[str, list[Item]], t: Thresholds) -> None:
    """The experiment behind ``Thresholds.judge_weight`` / ``supported_judged``: per judge
    weight, the verdict's score (support blended with the judge's P(yes), every rule) with the
    cut calibrated on FRANK only (median of 200 bootstrap resamples by article), and what FRANK
    per source and SummEdits (never used for a cut) get at it; FRANK 2-fold by article beside."""
    frank, summedits = datasets["FRANK"], datasets["SummEdits"]
    labels = np.array([i.label for i in frank])
    other_labels = np.array([i.label for i in summedits])
    sources = sorted({i.source for i in frank})
    print("\nJudge weight (support + judge + all rules; cut = FRANK's bootstrap median):")
    print(f"{'weight':<7} {'cut':>6} {'FRANK':>6} " + " ".join(f"{s:>7}" for s in sources)
          + f" {'SummEdits':>9}   FRANK 2-fold " + " ".join(f"{s:>7}" for s in sources))
    for weight in (0.3, 0.5, 0.7, 0.85, 1.0):
        w = replace(t, judge_weight=weight)
        scores = np.array([summary_score(i, w, "kpnarhq", judge=True) for i in frank])
        other = np.array([summary_score(i, w, "kpnarhq", judge=True) for i in summedits])
        cut = float(np.median(bootstrap_cuts_of(scores, frank, np.round(np.arange(0.30, 0.95, 0.005), 3))))
        at_cut = []
        folds_out = []
        for source in sources:
            rows = np.array([n for n, i in enumerate(frank) if i.source == source])
            at_cut.append(balanced_accuracy(labels[rows], (scores[rows] >= cut).astype(int)))
            folds_out.append(two_fold_ba(scores[rows], labels[rows], [frank[n].key for n in rows]))
        held = two_fold_ba(scores, labels, [i.key for i in frank])
        print(f"{weight:<7.2f} {cut:6.3f} {100 * balanced_accuracy(labels, (scores >= cut).astype(int)):6.1f} "
              + " ".join(f"{100 * v:7.1f}" for v in at_cut)
              + f" {100 * balanced_accuracy(other_labels, (other >= cut).astype(int)):9.1f}"
              + f"   {100 * held:12.1f} " + " ".join(f"{100 * v:7.1f}" for v in folds_out))


def calibration_sensitivity(datasets: dict[str, list[Item]], t: Thresholds) -> None:
    """The shipped weights: the spread of FRANK's bootstrap best cut, and what FRANK and
    SummEdits (never tuned on) get at its quantiles and at the shipped cut."""
    frank, summedits = datasets["FRANK"], datasets["SummEdits"]
    scores = np.array([summary_score(i, t, "kpn") for i in frank])
    labels = [i.label for i in frank]
    other = np.array([summary_score(i, t, "kpn") for i in summedits])
    other_labels = [i.label for i in summedits]
    cuts = bootstrap_cuts(frank, t)
    print(f"\nCalibration sensitivity of the shipped weights (emb {t.embedding_weight}, phr {t.phrase_weight}):")
    print(f"best FRANK cut: median {np.median(cuts):.3f}, quartiles {np.percentile(cuts, 25):.3f}-"
          f"{np.percentile(cuts, 75):.3f}, 5-95 % {np.percentile(cuts, 5):.3f}-{np.percentile(cuts, 95):.3f}")
    shown = sorted({round(float(c), 3) for c in (*np.percentile(cuts, [5, 25, 50, 75, 95]), t.supported)})
    for cut in shown:
        mark = "  <- shipped Thresholds.supported" if abs(cut - t.supported) < 1e-9 else ""
        print(f"cut {cut:.3f}: FRANK {100 * balanced_accuracy(labels, (scores >= cut).astype(int)):5.1f}  "
              f"SummEdits {100 * balanced_accuracy(other_labels, (other >= cut).astype(int)):5.1f}{mark}")


class _ScoresJudge:
    """A judge that answers with given scores (``bench/verifier_probe.py``'s probe, as log-odds)
    per summary sentence: P = sigmoid(score + shift), keyed "dataset|item index|sentence"."""

    def __init__(self, scores: dict[str, float], shift: float) -> None:
        self.scores, self.shift = scores, shift
        self.current = ""
        self.asked = 0
        self.seconds = 0.0

    def yes_probability(self, requests):
        out = []
        for request in requests:
            out.append(1.0 / (1.0 + float(np.exp(-(self.scores[f"{self.current}|{judged_sentence(request)}"] + self.shift)))))
        return out


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--judge", default=None, help="local model for the LM judge, e.g. smollm2-135m")
    p.add_argument("--judge-limit", type=int, default=0, help="judge only the first N items per dataset (seeded shuffle)")
    p.add_argument("--cache-dir", default=None, help="model cache folder for the judge")
    p.add_argument("--backend", default="auto", help="the judge's backend (auto, llama.cpp, transformers)")
    p.add_argument("--verdicts", default=None,
                   help="write each summary's sentences, verdicts, errors and P(yes) to this JSONL file (to diff runs)")
    p.add_argument("--judge-scores", default=None,
                   help="JSON of 'dataset|item|sentence' -> log-odds used as the judge (bench/verifier_probe.py)")
    p.add_argument("--judge-shift", type=float, default=0.0, help="added to --judge-scores before the sigmoid")
    args = p.parse_args()

    datasets = {"FRANK": load_frank(args.eval_dir), "SummEdits": load_summedits(args.eval_dir)}
    embedder = DiskCachedEmbedder(default_embedder())
    judge = None
    if args.judge:
        from summarizer.llm.loading import default_cache_dir, load_generator

        judge = DiskCachedJudge(
            load_generator(args.judge, cache_dir=args.cache_dir or default_cache_dir(), backend=args.backend),
            args.judge if args.backend == "auto" else f"{args.judge}-{args.backend}")
    if args.judge_scores:
        judge = _ScoresJudge(json.loads(open(args.judge_scores).read()), args.judge_shift)
    if args.judge_limit:
        rng = np.random.default_rng(0)
        for name, items in datasets.items():
            order = rng.permutation(len(items))[: args.judge_limit]
            datasets[name] = [items[i] for i in sorted(order)]
    tracer = Tracer(embedder, judge=judge)
    started = time.time()
    verdict_predictions: dict[str, list[int]] = {}
    for name, items in datasets.items():
        verdict_predictions[name] = []
        for index, item in enumerate(items):
            vectors = embedder.encode(item.article_sentences)
            sims = embedder.encode(item.sentences) @ vectors.T
            item.cosine = float(sims.max(axis=1).min()) if len(item.sentences) else 0.0
            if args.judge_scores:
                judge.current = f"{name}|{index}"
            attributions = tracer.trace(item.sentences, item.paragraphs)
            item.rows = [
                {
                    "embedding": a.signals["embedding"],
                    "coverage": a.signals["coverage"],
                    "phrases": a.signals["phrases"],
                    "missing": a.signals["key_terms"] < 1.0,
                    "broken": a.signals["pairs"] < 1.0,
                    "negated": a.signals.get("negation", 1.0) < 1.0,
                    "agents": a.signals.get("agents", 1.0) < 1.0,
                    "roles": a.signals.get("roles", 1.0) < 1.0,
                    "hedges": a.signals.get("hedges", 1.0) < 1.0,
                    "quotes": a.signals.get("quotes", 1.0) < 1.0,
                    "speakers": a.signals.get("speakers", 1.0) < 1.0,
                    "numbers": a.signals.get("numbers", 1.0) < 1.0,
                    "opposites": a.signals.get("opposites", 1.0) < 1.0,
                    "garbled": a.signals.get("garbled", 1.0) < 1.0,
                    "novel": a.signals.get("novel", 1.0) < 1.0,
                    "judge": a.signals.get("judge"),
                    "verdict": a.verdict,
                    "errors": list(a.errors),
                }
                for a in attributions
            ]
            verdict_predictions[name].append(int(all(r["verdict"] == "supported" for r in item.rows)))
        embedder.save()
        positives = sum(i.label for i in items)
        print(f"{name}: {len(items)} summaries ({positives} supported, {len(items) - positives} not), "
              f"{sum(len(i.sentences) for i in items)} sentences")
    print(f"traced in {time.time() - started:.0f}s")
    if judge is not None:
        judged = sum(1 for items in datasets.values() for i in items for r in i.rows if r["judge"] is not None)
        per = judge.seconds / judge.asked if judge.asked else 0.0
        print(f"judge: {judged} sentences judged ({judge.asked} asked now, {judge.seconds:.0f} s, "
              f"{per:.1f} s a sentence; the rest from the cache)")
    print()

    t = Thresholds()
    evaluate("baseline: min best MiniLM cosine", lambda i: i.cosine, datasets)
    evaluate("support = emb+cov (w=.5), no rules",
             lambda i: summary_score(i, Thresholds(embedding_weight=0.5, phrase_weight=0.0)), datasets)
    evaluate("support = emb+cov (w=.5) + key/pair rules",
             lambda i: summary_score(i, Thresholds(embedding_weight=0.5, phrase_weight=0.0), "kp"), datasets)
    label = f"emb {t.embedding_weight} phr {t.phrase_weight}"
    evaluate(f"support ({label}), no rules", lambda i: summary_score(i, t), datasets)
    evaluate(f"support ({label}) + key-term rule", lambda i: summary_score(i, t, "k"), datasets)
    evaluate(f"support ({label}) + key/pair rules", lambda i: summary_score(i, t, "kp"), datasets)
    evaluate(f"support ({label}) + key/pair/negation rules", lambda i: summary_score(i, t, "kpn"), datasets)
    evaluate(f"support ({label}) + kpn + agents/roles/hedges/quotes", lambda i: summary_score(i, t, "kpnarhq"), datasets)
    old = Thresholds(embedding_weight=0.5, phrase_weight=0.5)
    evaluate("support (emb 0.5 phr 0.5) + key/pair/negation rules", lambda i: summary_score(i, old, "kpn"), datasets)
    if judge is not None:
        # a sentence that is a cited paragraph's own words is not sent to the judge: it counts as a yes
        evaluate("judge P(yes) alone",
                 lambda i: min((1.0 if r["judge"] is None else r["judge"] for r in i.rows), default=0.0), datasets)
        evaluate(f"support + judge (jw={t.judge_weight}) + key/pair rules",
                 lambda i: summary_score(i, t, "kp", judge=True), datasets)
        evaluate(f"support + judge (jw={t.judge_weight}) + all rules",
                 lambda i: summary_score(i, t, "kpnarhq", judge=True), datasets)
    print("\nBA of support + key/pair/negation rules at fixed cuts (how flat the optimum is):")
    cuts = np.round(np.arange(0.50, 0.76, 0.025), 3)
    print("cut        " + " ".join(f"{c:5.3f}" for c in cuts))
    for name, items in datasets.items():
        scores = np.array([summary_score(i, t, "kpn") for i in items])
        labels = [i.label for i in items]
        row = [100 * balanced_accuracy(labels, (scores >= c).astype(int)) for c in cuts]
        print(f"{name:<10} " + " ".join(f"{v:5.1f}" for v in row))
    if "FRANK" in datasets and "SummEdits" in datasets:
        weight_selection(datasets, t)
        calibration_sensitivity(datasets, t)
        if judge is not None:
            judge_calibration(datasets, t)
    relation_flags(datasets)
    if args.verdicts:
        with open(args.verdicts, "w", encoding="utf-8") as out:
            for name, items in datasets.items():
                for item in items:
                    out.write(json.dumps({"dataset": name, "source": item.source, "key": item.key, "label": item.label,
                                          "sentences": item.sentences,
                                          "verdicts": [r["verdict"] for r in item.rows],
                                          "errors": [r["errors"] for r in item.rows],
                                          "judge": [r["judge"] for r in item.rows]}) + "\n")
    print()
    for name, items in datasets.items():
        groups = {name: list(range(len(items)))}
        if name == "FRANK":
            for source in sorted({i.source for i in items}):
                groups[f"FRANK {source}"] = [n for n, i in enumerate(items) if i.source == source]
        for group, rows in groups.items():
            ba = balanced_accuracy([items[n].label for n in rows], [verdict_predictions[name][n] for n in rows])
            print(f"Tracer verdicts, default Thresholds ({'judge' if judge else 'no judge'}): {group:<12} "
                  f"BA {100 * ba:.1f}  ({len(rows)} summaries)")


def relation_flags(datasets: dict[str, list[Item]]) -> None:
    """How often each relation check flags a sentence of a faithful summary (a false alarm: a
    faithful summary's sentences are all faithful) and of an unfaithful one (some sentence is
    not; the flagged one need not be it)."""
    print("\nSentences flagged by each check, in faithful / unfaithful summaries:")
    for name, items in datasets.items():
        parts = []
        for check in ("agents", "roles", "opposites", "hedges", "quotes", "speakers", "numbers", "garbled", "novel", "negated",
                      "broken", "missing"):
            good = sum(r[check] for i in items if i.label == 1 for r in i.rows)
            bad = sum(r[check] for i in items if i.label == 0 for r in i.rows)
            parts.append(f"{check} {good}/{bad}")
        faithful = sum(len(i.rows) for i in items if i.label == 1)
        unfaithful = sum(len(i.rows) for i in items if i.label == 0)
        print(f"  {name:<10} ({faithful} / {unfaithful} sentences): " + ", ".join(parts))


if __name__ == "__main__":
    main()
