"""How well a small model's surprise at a line's words separates faithful lines from the rest.

A probe for the verifier (issue 11), not a product path: each labelled ``line`` of a dev-set build
(``bench/verifier_devset.py``) is read by a scorer model after its source paragraph, and the
log-probability of each of its tokens is kept; the same without the source. Features: the mean
token log-probability (negated: higher = more surprising) and HaRiM-style risk (Son et al. 2022:
(1 - p) * (1 - (p - p_without_source)) averaged over tokens). Printed: the AUC of each feature for
partly / unsupported against supported lines, on all lines and on the lines the verifier passes,
and what a threshold picked on one build (``--tune``) catches and costs on another (``--held``).

    PYTHONPATH=. .venv/bin/python bench/verifier_likelihood.py --tune /tmp/vd7 --held /tmp/vd8 \\
        --scorer smollm2-135m

The verdicts compared against are the verifier's without the judge (``score -v`` is run here).
Answers are cached in ``<work>/likelihood-<scorer>.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import verifier_devset as devset  # noqa: E402

SYSTEM = "You summarize news articles faithfully."
WITH_SOURCE = "Source:\n{source}\n\nWrite one sentence of this source, shortened."
WITHOUT_SOURCE = "Write one sentence of a news article, shortened."
MAX_SOURCE_CHARS = 2500


def token_logprobs(model, tokenizer, prompt: str, text: str) -> list[float]:
    import torch

    prefix = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    with torch.inference_mode():
        logits = model(torch.tensor([prefix + ids])).logits[0, len(prefix) - 1 : -1].float()
    logp = torch.log_softmax(logits, -1)
    return [float(logp[i, t]) for i, t in enumerate(ids)]


def scored_lines(work: Path, scorer: str) -> list[dict]:
    """Every labelled line of the build, with its token log-probabilities (cached)."""
    cache = work / f"likelihood-{scorer}.jsonl"
    done = {}
    if cache.exists():
        done = {r["id"]: r for r in map(json.loads, cache.read_text().splitlines())}
    labels = devset.load_labels()
    items = [i for i in devset.collect(work) if i["id"] in labels and i["kind"] == "line"]
    todo = [i for i in items if i["id"] not in done]
    if todo:
        from summarizer.llm.loading import default_cache_dir, load_generator

        generator = load_generator(scorer, cache_dir=default_cache_dir(), backend="transformers")
        model, tokenizer = generator.model, generator.tokenizer

        def prompt(user: str) -> str:
            messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]
            return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)

        with open(cache, "a", encoding="utf-8") as handle:
            for item in todo:
                wanted = {s.rsplit(".", 1)[0] for s in item["source_sentence_ids"]}
                source = "\n".join(p["text"] for p in item["candidates"] if p["id"] in wanted)[:MAX_SOURCE_CHARS]
                row = {"id": item["id"], "model": item["model"],
                       "with": token_logprobs(model, tokenizer, prompt(WITH_SOURCE.format(source=source)), item["text"]),
                       "without": token_logprobs(model, tokenizer, prompt(WITHOUT_SOURCE), item["text"])}
                handle.write(json.dumps(row) + "\n")
                done[item["id"]] = row
    return [{**done[i["id"]], "label": labels[i["id"]]["label"]} for i in items]


def features(row: dict) -> dict[str, float]:
    given, alone = row["with"], row["without"]
    return {
        "mean surprise": -sum(given) / len(given),
        "HaRiM risk": sum((1 - math.exp(a)) * (1 - (math.exp(a) - math.exp(b))) for a, b in zip(given, alone)) / len(given),
    }


def auc(positive: list[float], negative: list[float]) -> float:
    if not positive or not negative:
        return float("nan")
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def verifier_verdicts(work: Path) -> dict[str, str]:
    """The verifier's verdict (no judge) for each labelled sentence of the build."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        devset.score(argparse.Namespace(work=str(work), eval_dir=str(devset.REPO.parent / "shared" / "eval"),
                                        judge=None, verbose=True, split="all", limit=0, sets=None,
                                        backend="auto", kinds=None))
    verdicts = {}
    for line in out.getvalue().splitlines():
        if line[:3] in ("ok ", "XX "):
            parts = line.split()
            verdicts[parts[3]] = parts[2]
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", required=True, help="a dev-set build whose lines pick the thresholds")
    parser.add_argument("--held", required=True, help="a dev-set build the thresholds are applied to")
    parser.add_argument("--scorer", default="smollm2-135m")
    args = parser.parse_args()
    builds = {}
    for role in ("tune", "held"):
        work = Path(getattr(args, role))
        builds[role] = (scored_lines(work, args.scorer), verifier_verdicts(work))
    names = list(features(builds["tune"][0][0]))
    for role, (rows, verdicts) in builds.items():
        print(f"-- {role} ({getattr(args, role)}): {len(rows)} lines")
        for scope, chosen in (("all lines", rows), ("lines the verifier passes",
                                                    [r for r in rows if verdicts.get(r["id"]) == "supported"])):
            good = [features(r) for r in chosen if r["label"] == "supported"]
            for label in ("partly", "unsupported"):
                bad = [features(r) for r in chosen if r["label"] == label]
                print(f"   {scope:<26} {label:<11} ({len(bad):3d} vs {len(good):3d} supported) AUC "
                      + "  ".join(f"{n} {auc([b[n] for b in bad], [g[n] for g in good]):.3f}" for n in names))
    print("\nthresholds picked on tune, applied to held (verifier verdict OR feature above the threshold):")
    for name in names:
        values = sorted(features(r)[name] for r in builds["tune"][0] if r["label"] == "supported")
        for quantile in (0.90, 0.95, 0.97, 0.99):
            cut = values[min(len(values) - 1, int(quantile * len(values)))]
            cells = []
            for role in ("tune", "held"):
                rows, verdicts = builds[role]
                for label in ("supported", "partly", "unsupported"):
                    chosen = [r for r in rows if r["label"] == label]
                    before = sum(verdicts.get(r["id"]) != "supported" for r in chosen)
                    after = sum(verdicts.get(r["id"]) != "supported" or features(r)[name] > cut for r in chosen)
                    cells.append(f"{label[:4]} {before}->{after}/{len(chosen)}")
            print(f"   {name:<14} cut {cut:6.3f} (supported q{quantile:.2f} on tune)  tune: {' '.join(cells[:3])}"
                  f"   held: {' '.join(cells[3:])}")


if __name__ == "__main__":
    main()
