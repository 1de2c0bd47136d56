"""A linear probe on the judge's hidden state: does the model know more than its Yes/No says?

The judge (``attribution.verifier.judge_request``) reads the cited text and a summary sentence
and answers Yes or No; its P(yes) tells supported lines from partly supported ones barely better
than chance (AUC ~0.6 on the blind sets, bench/RESULTS.md). Probes on a language model's hidden
states often separate true from false statements better than the model's own answer (Azaria &
Mitchell 2023, "The internal state of an LLM knows when it's lying"). This measures that here:
the hidden state of the judge prompt's last token (the position whose next token is the answer)
at a few layers, a logistic regression trained on the labelled dev-set builds
(``bench/verifier_devset.py``), tested on a build it was not trained or tuned on.

    # 1. hidden states of every judge prompt of the builds' model-written lines (transformers,
    #    Qwen2.5-Coder-1.5B; ~1.2 s a prompt on 2 AVX-512 cores; P(yes) from the judge's cache)
    .venv/bin/python bench/verifier_probe.py extract --out F.npz --build qwen2.5-coder-1.5b=/tmp/vd14 ...
    # 2. layer and regularisation chosen by leave-one-build-out on the training builds; AUCs and
    #    the verdicts (the judge's P(yes) replaced by the probe's) on the test builds
    .venv/bin/python bench/verifier_probe.py evaluate --features F.npz --test vd14 [--write-scores S.json]
    # 3. FRANK validation and SummEdits: their judge prompts' states, the probe trained on every
    #    labelled line, then the factuality bench with the probe in place of the judge
    .venv/bin/python bench/verifier_probe.py extract-factuality --out G.npz
    .venv/bin/python bench/verifier_probe.py apply --features F.npz --to G.npz --out P.json
    .venv/bin/python bench/verifier_factuality.py --judge-scores P.json --judge-shift 1.2
    # 4. trained on the dev lines and FRANK validation together
    .venv/bin/python bench/verifier_probe.py joint --features F.npz --factuality G.npz --test vd14 \
        --dev-out D.json --factuality-out P.json
    # 5. the shipped probe: C by leave-one-build-out, out-of-fold scores for choosing the shift
    #    (``verifier_devset.py score --judge-scores S.json --judge-shift X`` on every build), then
    #    the weights; the shipped file on FRANK / SummEdits; what reading the state costs
    .venv/bin/python bench/verifier_probe.py train --features F.npz G15.npz --layer 20 --write-scores S.json
    .venv/bin/python bench/verifier_probe.py train --features F.npz G15.npz --layer 20 --shift 1.2 \
        --out summarizer/attribution/judge_probe.npz
    .venv/bin/python bench/verifier_probe.py apply --probe summarizer/attribution/judge_probe.npz --to G.npz --out P.json
    .venv/bin/python bench/verifier_probe.py cost --build /tmp/vd15 --prompts 40

``--build NAME=WORK``: NAME is the judge cache the build's P(yes) answers are in
(``~/.cache/briefing-bench/judge-NAME.json``, written by ``verifier_devset.py score --judge``).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

# Layers whose last-token state is kept (Qwen2.5-1.5B has 28; index 28 is after the final norm,
# what llama.cpp's embeddings output gives).
LAYERS = (8, 12, 16, 20, 24, 28)
C_GRID = (0.001, 0.01, 0.1)


class _Uncached(Exception):
    pass


class _Refuse:
    def yes_probability(self, requests):
        raise _Uncached


class _Recorder:
    """A judge that answers from the cache and remembers each item's request."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.current: str | None = None
        self.seen: dict[str, tuple] = {}

    def yes_probability(self, requests):
        answers = self.inner.yes_probability(requests)
        for request, p in zip(requests, answers):
            self.seen[self.current] = (request, p)
        return answers


def _last_states(generator, request) -> np.ndarray:
    """The hidden state of ``request``'s last prompt token at each of ``LAYERS`` (transformers)."""
    import torch

    tokens = generator._encode([request])[0]
    with torch.inference_mode():
        out = generator.model(input_ids=torch.tensor([tokens]), output_hidden_states=True, logits_to_keep=1)
    return torch.stack([out.hidden_states[layer][0, -1, :].float() for layer in LAYERS]).numpy()


def extract(args: argparse.Namespace) -> None:
    import verifier_devset as devset
    from attribution_common import DiskCachedEmbedder, DiskCachedJudge

    from summarizer.attribution.tracer import Tracer
    from summarizer.llm.loading import default_cache_dir, load_generator
    from summarizer.nlp.embedder import default_embedder

    embedder = DiskCachedEmbedder(default_embedder())
    jobs = []
    for spec in args.build:
        name, work = spec.split("=", 1)
        recorder = _Recorder(DiskCachedJudge(_Refuse(), name))
        tracer = Tracer(embedder, judge=recorder)
        for item in devset.collect(Path(work)):
            if item["kind"] != "line":
                continue
            recorder.current = item["id"]
            try:
                tracer.trace([item["text"]], [devset._paragraph(p) for p in item["candidates"]])
            except _Uncached:
                continue  # run verifier_devset.py score --judge first
        jobs += [(work, key, request, p) for key, (request, p) in recorder.seen.items()]
    embedder.save()
    print(f"{len(jobs)} judge prompts", flush=True)
    generator = load_generator("qwen2.5-coder-1.5b", cache_dir=default_cache_dir(), backend="transformers")
    ids, builds, states, answers = [], [], [], []
    started = time.time()
    for n, (work, key, request, p) in enumerate(jobs):
        states.append(_last_states(generator, request))
        ids.append(key)
        builds.append(work)
        answers.append(p)
        if n % 100 == 0:
            print(n, f"{time.time() - started:.0f} s", flush=True)
    np.savez(args.out, ids=np.array(ids), builds=np.array(builds), h=np.stack(states).astype(np.float32), p=np.array(answers))
    print(f"done in {time.time() - started:.0f} s")


def extract_factuality(args: argparse.Namespace) -> None:
    """The same for the judge prompts of ``bench/verifier_factuality.py`` (FRANK validation and
    SummEdits), keyed "dataset|item index|sentence", for ``apply``."""
    import verifier_factuality as factuality
    from attribution_common import DiskCachedEmbedder, DiskCachedJudge, judged_sentence

    from summarizer.attribution.tracer import Tracer
    from summarizer.llm.loading import default_cache_dir, load_generator
    from summarizer.nlp.embedder import default_embedder

    class Keyed(_Recorder):
        def yes_probability(self, requests):
            answers = self.inner.yes_probability(requests)
            for request, p in zip(requests, answers):
                self.seen[f"{self.current}|{judged_sentence(request)}"] = (request, p)
            return answers

    eval_dir = Path(args.eval_dir)
    datasets = {"FRANK": factuality.load_frank(eval_dir), "SummEdits": factuality.load_summedits(eval_dir)}
    embedder = DiskCachedEmbedder(default_embedder())
    recorder = Keyed(DiskCachedJudge(_Refuse(), args.judge_cache))
    tracer = Tracer(embedder, judge=recorder)
    for name, items in datasets.items():
        for n, item in enumerate(items):
            recorder.current = f"{name}|{n}"
            tracer.trace(item.sentences, item.paragraphs)  # run verifier_factuality.py --judge first
    embedder.save()
    generator = load_generator("qwen2.5-coder-1.5b", cache_dir=default_cache_dir(), backend="transformers")
    keys, states = [], []
    for key, (request, _) in list(recorder.seen.items())[: args.limit or None]:
        states.append(_last_states(generator, request))
        keys.append(key)
    np.savez(args.out, keys=np.array(keys), h=np.stack(states).astype(np.float32))
    print(f"{len(keys)} prompts")


def _labels() -> dict[str, str]:
    import verifier_devset as devset

    return {key: row["label"] for key, row in devset.load_labels().items()}


def _auc(scores: np.ndarray, positive: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(positive, scores)) if 0 < positive.sum() < len(positive) else float("nan")


def _aucs(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float, float]:
    """AUC of ``scores`` for supported against partly, against unsupported, against both."""
    supported = labels == "supported"
    out = []
    for other in ("partly", "unsupported"):
        mask = supported | (labels == other)
        out.append(_auc(scores[mask], supported[mask]))
    out.append(_auc(scores, supported))
    return out[0], out[1], out[2]


def _fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=5000)).fit(x, y)


def _out_of_fold(x: np.ndarray, supported: np.ndarray, builds: np.ndarray, c: float) -> np.ndarray:
    """Each line's score from the probe trained on every other build folder."""
    scores = np.zeros(len(x))
    for b in sorted(set(builds)):
        held = builds == b
        scores[held] = _fit(x[~held], supported[~held], c).decision_function(x[held])
    return scores


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def evaluate(args: argparse.Namespace) -> None:
    labels = _labels()
    data = np.load(args.features)
    keep = np.array([i in labels for i in data["ids"]])
    ids, h, p = data["ids"][keep], data["h"][keep], data["p"][keep]
    builds = np.array([Path(b).name for b in data["builds"][keep]])
    y = np.array([labels[i] for i in ids])
    test = np.isin(builds, args.test)
    train_builds = sorted(set(builds[~test]))
    print(f"{(~test).sum()} training lines ({', '.join(train_builds)}), {test.sum()} test lines ({', '.join(args.test)})")

    # Model selection: leave one training build out, pooled out-of-fold scores.
    best = None
    print("\nleave-one-build-out on the training builds: AUC supported vs partly / vs unsupported / vs both")
    for li, layer in enumerate(LAYERS):
        for c in C_GRID:
            yy = y[~test]
            oof = _out_of_fold(h[~test][:, li, :], yy == "supported", builds[~test], c)
            scores = _aucs(oof, yy)
            print(f"  layer {layer:2d} C {c:<6} {scores[0]:.3f} / {scores[1]:.3f} / {scores[2]:.3f}")
            if best is None or scores[2] > best[0]:
                best = (scores[2], li, layer, c, oof)
    _, li, layer, c, oof = best
    judge_train = _aucs(_logit(p[~test]), y[~test])
    print(f"  judge P(yes)        {judge_train[0]:.3f} / {judge_train[1]:.3f} / {judge_train[2]:.3f}")
    print(f"chosen: layer {layer}, C {c} (best pooled AUC supported vs not)")

    model = _fit(h[~test][:, li, :], y[~test] == "supported", c)
    probe = model.decision_function(h[test][:, li, :])
    print("\ntest builds (never used above): AUC supported vs partly / vs unsupported / vs both")
    for name, scores in (("judge P(yes)", _logit(p[test])), (f"probe (layer {layer})", probe)):
        a = _aucs(scores, y[test])
        print(f"  {name:<20} {a[0]:.3f} / {a[1]:.3f} / {a[2]:.3f}")

    # An operating point: the probe's cut where, out of fold on the training builds, as many
    # supported judged lines pass as pass the judge's cut there (0.76); then both on the test.
    cut_judge = 0.76
    supported_train = y[~test] == "supported"
    pass_rate = (p[~test][supported_train] >= cut_judge).mean()
    cut_probe = float(np.quantile(oof[supported_train], 1 - pass_rate))
    print(f"\nat equal supported pass on the training builds ({100 * pass_rate:.1f} %; judge cut {cut_judge},"
          f" probe cut {cut_probe:.2f}), judged test lines alone (no rule):")
    for name, passed in (("judge P(yes)", p[test] >= cut_judge), ("probe", probe >= cut_probe)):
        row = []
        for label in ("supported", "partly", "unsupported"):
            mask = y[test] == label
            share = passed[mask].mean() if label == "supported" else 1 - passed[mask].mean()
            row.append(f"{label} {'pass' if label == 'supported' else 'caught'} {100 * share:5.1f} % ({mask.sum()})")
        print(f"  {name:<14} " + ", ".join(row))
    if args.write_scores:
        # Raw probe scores (log-odds of supported) of every line: out of fold for the training
        # builds, from the model trained on all of them for the test builds. ``verifier_devset.py
        # score --judge-scores F --judge-shift S`` reads sigmoid(score + S) in place of P(yes).
        scores = {str(i): float(s) for i, s in zip(ids[~test], oof)}
        scores.update({str(i): float(s) for i, s in zip(ids[test], probe)})
        Path(args.write_scores).write_text(json.dumps(scores))
        shift = math.log(cut_judge / (1 - cut_judge)) - cut_probe
        print(f"probe scores written to {args.write_scores}; the shift that puts the probe's cut on the judge's: {shift:.2f}")


def apply(args: argparse.Namespace) -> None:
    """Train on every labelled line of ``--features`` at ``--layer``/``--c`` (or read a trained
    probe, ``--probe``) and score the prompts of ``--to`` (e.g. FRANK's, keyed
    "dataset|item|sentence"): raw log-odds, before the probe's shift, to ``--out``."""
    target = np.load(args.to)
    if args.probe:
        from summarizer.attribution.probe import JudgeProbe

        probe = JudgeProbe.load(Path(args.probe))
        scores = [probe.log_odds(h) for h in target["h"][:, LAYERS.index(probe.layer), :]]
        Path(args.out).write_text(json.dumps({str(k): float(v) for k, v in zip(target["keys"], scores)}))
        print(f"{len(scores)} prompts scored by {args.probe} (block {probe.layer}; its shift is {probe.shift})")
        return
    labels = _labels()
    data = np.load(args.features)
    keep = np.array([i in labels for i in data["ids"]])
    li = LAYERS.index(args.layer)
    y = np.array([labels[i] == "supported" for i in data["ids"][keep]])
    model = _fit(data["h"][keep][:, li, :], y, args.c)
    scores = model.decision_function(target["h"][:, li, :])
    Path(args.out).write_text(json.dumps({str(k): float(v) for k, v in zip(target["keys"], scores)}))
    print(f"trained on {keep.sum()} lines; {len(scores)} prompts scored to {args.out}")


def joint(args: argparse.Namespace) -> None:
    """The probe trained on the dev lines of the training builds *and* FRANK validation's
    sentences whose label is known (every sentence of a supported summary; the one sentence of an
    unsupported one-sentence summary). Writes the dev lines' scores (out of fold over the training
    builds, FRANK always in training; the test builds from the model trained on all) and the
    factuality prompts' scores, for ``score --judge-scores`` and ``verifier_factuality.py``."""
    import verifier_factuality as factuality

    labels = _labels()
    data = np.load(args.features)
    keep = np.array([i in labels for i in data["ids"]])
    ids, h = data["ids"][keep], data["h"][keep]
    builds = np.array([Path(b).name for b in data["builds"][keep]])
    y = np.array([labels[i] == "supported" for i in ids])
    test = np.isin(builds, args.test)
    li = LAYERS.index(args.layer)
    states = np.load(args.factuality)
    row_of = {str(k): n for n, k in enumerate(states["keys"])}
    extra_x, extra_y = [], []
    for n, item in enumerate(factuality.load_frank(Path(args.eval_dir))):
        for sentence in item.sentences:
            row = row_of.get(f"FRANK|{n}|{sentence}")
            if row is not None and (item.label == 1 or len(item.sentences) == 1):
                extra_x.append(states["h"][row, li, :])
                extra_y.append(item.label == 1)
    extra_x, extra_y = np.array(extra_x), np.array(extra_y)

    def fit(mask: np.ndarray):
        return _fit(np.concatenate([h[mask][:, li, :], extra_x]), np.concatenate([y[mask], extra_y]), args.c)

    scores = np.zeros(len(ids))
    for b in sorted(set(builds[~test])):
        scores[builds == b] = fit(~test & (builds != b)).decision_function(h[builds == b][:, li, :])
    model = fit(~test)
    scores[test] = model.decision_function(h[test][:, li, :])
    print(f"{len(extra_y)} FRANK sentences in training ({int(extra_y.sum())} supported)")
    a = _aucs(scores[test], np.array([labels[i] for i in ids[test]]))
    print(f"test builds AUC supported vs partly / vs unsupported / vs both: {a[0]:.3f} / {a[1]:.3f} / {a[2]:.3f}")
    Path(args.dev_out).write_text(json.dumps({str(i): float(s) for i, s in zip(ids, scores)}))
    factual = model.decision_function(states["h"][:, li, :])
    Path(args.factuality_out).write_text(json.dumps({str(k): float(s) for k, s in zip(states["keys"], factual)}))


def train(args: argparse.Namespace) -> None:
    """The shipped probe (``summarizer/attribution/judge_probe.npz``): trained on every labelled
    line of ``--features`` at block ``--layer``, regularisation chosen by leave-one-build-out;
    ``--write-scores`` writes the out-of-fold scores for choosing ``--shift`` with
    ``verifier_devset.py score --judge-scores``."""
    from summarizer.attribution.probe import JudgeProbe
    from summarizer.llm.packaged import QWEN_CODER_1_5B

    labels = _labels()
    parts = [np.load(f) for f in args.features]
    data = {k: np.concatenate([part[k] for part in parts]) for k in ("ids", "h", "builds")}
    keep = np.array([i in labels for i in data["ids"]])
    ids = data["ids"][keep]
    x = data["h"][keep][:, LAYERS.index(args.layer), :]
    builds = np.array([Path(b).name for b in data["builds"][keep]])
    y = np.array([labels[i] for i in ids])
    folders = sorted(set(builds))
    print(f"{len(ids)} labelled lines in {len(folders)} build folders; layer {args.layer}")
    best = None
    for c in C_GRID:
        oof = _out_of_fold(x, y == "supported", builds, c)
        a = _aucs(oof, y)
        print(f"  C {c:<6} leave-one-build-out AUC supported vs partly / unsupported / both {a[0]:.3f} / {a[1]:.3f} / {a[2]:.3f}")
        if best is None or a[2] > best[0]:
            best = (a[2], c, oof)
    _, c, oof = best
    print(f"chosen C {c}")
    if args.write_scores:
        Path(args.write_scores).write_text(json.dumps({str(i): float(s) for i, s in zip(ids, oof)}))
        print(f"out-of-fold scores written to {args.write_scores}")
    if args.out:
        model = _fit(x, y == "supported", c)
        scaler, regression = model[0], model[-1]
        probe = JudgeProbe(
            model_sha256=QWEN_CODER_1_5B.sha256, mean=scaler.mean_, scale=scaler.scale_,
            coef=regression.coef_[0], intercept=float(regression.intercept_[0]), shift=args.shift, layer=args.layer,
        )
        probe.save(Path(args.out))
        check = np.array([probe.log_odds(v) for v in x[:50]])
        assert np.allclose(check, model.decision_function(x[:50]), atol=1e-3), "saved probe differs from the fit"
        print(f"probe written to {args.out} (shift {args.shift})")


def cost(args: argparse.Namespace) -> None:
    """What reading the probe's state costs: the judge prompts of ``--build``'s model lines (the
    first ``--prompts``), asked once for P(yes) alone and once with block ``--layer``'s state, on
    ``--backend``; each after the model's prefixes are forgotten (cold), P(yes) compared."""
    import verifier_devset as devset
    from attribution_common import DiskCachedEmbedder

    from summarizer.attribution.tracer import Tracer
    from summarizer.llm.loading import default_cache_dir, load_generator
    from summarizer.nlp.embedder import default_embedder

    class Collect:
        def __init__(self) -> None:
            self.requests: list = []

        def yes_probability(self, requests):
            self.requests.extend(requests)
            return [1.0] * len(requests)

    collect = Collect()
    tracer = Tracer(DiskCachedEmbedder(default_embedder()), judge=collect)
    for item in devset.collect(Path(args.build)):
        if item["kind"] == "line" and len(collect.requests) < args.prompts:
            tracer.trace([item["text"]], [devset._paragraph(p) for p in item["candidates"]])
    requests = list(dict.fromkeys(collect.requests))[: args.prompts]
    generator = load_generator("qwen2.5-coder-1.5b", cache_dir=default_cache_dir(), backend=args.backend)
    generator.yes_probability(requests[:2])  # warm: load, first call's allocations
    generator.judge_states(requests[:2], args.layer)
    timings = {}
    for name, call in (("P(yes) alone", lambda: generator.yes_probability(requests)),
                       (f"with block {args.layer}'s state", lambda: [p for p, _ in generator.judge_states(requests, args.layer)])):
        if hasattr(generator, "forget_prefixes"):
            generator.forget_prefixes()
        started = time.perf_counter()
        timings[name] = (call(), time.perf_counter() - started)
    (plain, t_plain), (stated, t_stated) = timings.values()
    print(f"{len(requests)} judge prompts on {args.backend}: P(yes) alone {t_plain:.1f} s, with the state "
          f"{t_stated:.1f} s ({100 * (t_stated / t_plain - 1):+.0f} %); max |P(yes) difference| "
          f"{max(abs(a - b) for a, b in zip(plain, stated)):.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract")
    e.add_argument("--out", required=True)
    e.add_argument("--build", nargs="+", required=True, help="JUDGECACHE=WORK")
    f = sub.add_parser("extract-factuality")
    f.add_argument("--out", required=True)
    f.add_argument("--eval-dir", default=str(REPO.parent / "shared" / "eval"))
    f.add_argument("--judge-cache", default="qwen2.5-coder-1.5b-transformers")
    f.add_argument("--limit", type=int, default=0, help="only the first N prompts (a quick check)")
    v = sub.add_parser("evaluate")
    v.add_argument("--features", required=True)
    v.add_argument("--test", nargs="+", required=True, help="build folder names held out, e.g. vd14")
    v.add_argument("--write-scores", help="JSON of every line's raw probe score (out of fold on training builds)")
    a = sub.add_parser("apply")
    a.add_argument("--features", help="dev-set states to train on (or --probe)")
    a.add_argument("--probe", help="a trained probe file instead (summarizer/attribution/judge_probe.npz)")
    a.add_argument("--layer", type=int, default=20)
    a.add_argument("--c", type=float, default=0.001)
    a.add_argument("--to", required=True, help="hidden states of other prompts (keys, h)")
    a.add_argument("--out", required=True)
    t = sub.add_parser("train")
    t.add_argument("--features", nargs="+", required=True, help="extract's files (their builds together)")
    t.add_argument("--layer", type=int, default=20)
    t.add_argument("--shift", type=float, default=0.0)
    t.add_argument("--write-scores", help="JSON of the out-of-fold scores, for choosing --shift")
    t.add_argument("--out", help="where to write the probe, e.g. summarizer/attribution/judge_probe.npz")
    k = sub.add_parser("cost")
    k.add_argument("--build", required=True, help="a dev-set build folder whose model lines give the prompts")
    k.add_argument("--prompts", type=int, default=40)
    k.add_argument("--layer", type=int, default=20)
    k.add_argument("--backend", default="llama.cpp")
    j = sub.add_parser("joint")
    j.add_argument("--features", required=True)
    j.add_argument("--factuality", required=True, help="extract-factuality's states")
    j.add_argument("--test", nargs="+", required=True)
    j.add_argument("--layer", type=int, default=20)
    j.add_argument("--c", type=float, default=0.01)
    j.add_argument("--eval-dir", default=str(REPO.parent / "shared" / "eval"))
    j.add_argument("--dev-out", required=True)
    j.add_argument("--factuality-out", required=True)
    args = parser.parse_args()
    {"extract": extract, "extract-factuality": extract_factuality, "evaluate": evaluate, "apply": apply,
     "joint": joint, "train": train, "cost": cost}[args.command](args)


if __name__ == "__main__":
    main()
