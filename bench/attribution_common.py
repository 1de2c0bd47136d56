"""Helpers shared by the attribution and verifier benchmarks (not a benchmark itself)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from summarizer.attribution.bm25 import BM25  # noqa: E402
from summarizer.dom import Paragraph, Sentence  # noqa: E402
from summarizer.nlp.sentences import sentence_spans  # noqa: E402
from summarizer.nlp.text import content_terms, words  # noqa: E402


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument(
        "--eval-dir",
        type=Path,
        default=REPO.parent / "shared" / "eval",
        help="folder of the public evaluation data (default: ../shared/eval beside the repo)",
    )
    return p


def make_paragraph(pid: str, text: str, sentences: Sequence[str] | None = None) -> Paragraph:
    """A Paragraph with split (or given) sentences; offsets are relative to ``text``."""
    article = pid.split(".")[0]
    number = int(pid.rsplit("P", 1)[1]) if ".P" in pid else 1
    if sentences is None:
        spans = sentence_spans(text)
    else:
        spans, cursor = [], 0
        for sentence in sentences:
            start = text.find(sentence, cursor)
            start = cursor if start < 0 else start
            spans.append((start, start + len(sentence)))
            cursor = start + len(sentence)
        text = text if sentences else text
    out = [
        Sentence(f"{pid}.S{i + 1}", text[start:end] if sentences is None else sentences[i], start, end)
        for i, (start, end) in enumerate(spans)
    ]
    return Paragraph(pid, article, number, text, 0, len(text), out)


def bm25_rank(query: str, documents: Sequence[str]) -> np.ndarray:
    """Indexes of ``documents`` best first by plain BM25 (stemmed content words)."""
    index = BM25([content_terms(d) for d in documents])
    return np.argsort(-index.scores(content_terms(query)), kind="stable")


def bm25_rank_unstemmed(query: str, documents: Sequence[str]) -> np.ndarray:
    """Indexes of ``documents`` best first by BM25 over every word as written (lower-cased, no
    stemming, stop words kept): the strongest plain baseline on SuperPAL dev."""
    index = BM25([words(d) for d in documents])
    return np.argsort(-index.scores(words(query)), kind="stable")


def balanced_accuracy(labels: Sequence[int], predictions: Sequence[int]) -> float:
    """Mean of the recall on positives (label 1) and on negatives (label 0)."""
    labels = np.asarray(labels)
    predictions = np.asarray(predictions)
    recalls = []
    for value in (0, 1):
        mask = labels == value
        if mask.any():
            recalls.append(float((predictions[mask] == value).mean()))
    return float(np.mean(recalls))


def best_threshold(scores: Sequence[float], labels: Sequence[int]) -> tuple[float, float]:
    """(threshold, balanced accuracy) maximising BA of ``score >= threshold`` ⇒ label 1."""
    scores = np.asarray(scores, dtype=np.float64)
    values = np.unique(scores)
    cuts = np.concatenate([[values[0] - 1e-9], (values[:-1] + values[1:]) / 2, [values[-1] + 1e-9]])
    best = (float(cuts[0]), -1.0)
    for cut in cuts:
        ba = balanced_accuracy(labels, (scores >= cut).astype(int))
        if ba > best[1]:
            best = (float(cut), ba)
    return best


def two_fold(keys: Sequence[str], seed: int = 0) -> np.ndarray:
    """Fold (0/1) per item, items sharing a key (same source document) in the same fold."""
    unique = sorted(set(keys))
    rng = np.random.default_rng(seed)
    rng.shuffle(unique)
    fold_of = {key: i % 2 for i, key in enumerate(unique)}
    return np.array([fold_of[k] for k in keys])


class DiskCachedEmbedder:
    """Wraps an embedder with a vector cache on disk, so that re-running a benchmark does not
    re-encode thousands of source sentences (2 CPU cores). Same vectors as the wrapped model.
    The cache lives outside the repository (``~/.cache/briefing-bench``)."""

    def __init__(self, inner, name: str = "minilm") -> None:
        import hashlib

        self._hash = lambda text: hashlib.sha1(text.encode("utf-8")).hexdigest()
        self.inner = inner
        self.name = getattr(inner, "name", name)
        self.path = Path.home() / ".cache" / "briefing-bench" / f"{name}.npz"
        self._cache: dict[str, np.ndarray] = {}
        if self.path.is_file():
            try:
                data = np.load(self.path)
                self._cache = dict(zip(data["keys"].tolist(), data["vectors"]))
            except (OSError, ValueError, KeyError):
                self._cache = {}
        self._dirty = False

    def encode(self, texts):
        keys = [self._hash(t) for t in texts]
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in self._cache))
        if missing:
            vectors = self.inner.encode(missing)
            for text, vector in zip(missing, vectors):
                self._cache[self._hash(text)] = vector
            self._dirty = True
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[k] for k in keys])

    def save(self) -> None:
        """Merge with what is on disk (another benchmark may have saved meanwhile), atomically."""
        if not self._dirty:
            return
        import os
        import tempfile

        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.is_file():
            try:
                data = np.load(self.path)
                for key, vector in zip(data["keys"].tolist(), data["vectors"]):
                    self._cache.setdefault(key, vector)
            except (OSError, ValueError, KeyError):
                pass  # a damaged cache is rebuilt
        keys = list(self._cache)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".npz")
        with os.fdopen(handle, "wb") as out:
            np.savez(out, keys=np.array(keys), vectors=np.stack([self._cache[k] for k in keys]))
        os.replace(temporary, self.path)
        self._dirty = False


def judged_sentence(request) -> str:
    """The summary sentence a judge request (``verifier.judge_request``) asks about."""
    return request.user.split("Summary sentence:\n", 1)[1].rsplit("\n\nIs every fact", 1)[0]


class DiskCachedJudge:
    """Wraps a judge (``yes_probability``) with a cache on disk keyed by the exact prompt, so
    that re-running a benchmark after a change to the rules does not re-ask the model (~5-20 s a
    sentence on the shared 2-core machine). Records the seconds spent on uncached prompts."""

    def __init__(self, inner, name: str) -> None:
        import hashlib
        import json

        self._hash = lambda request: hashlib.sha1(f"{request.system}\n{request.user}".encode("utf-8")).hexdigest()
        self.inner = inner
        self.path = Path.home() / ".cache" / "briefing-bench" / f"judge-{name}.json"
        self._cache: dict[str, float] = json.loads(self.path.read_text()) if self.path.is_file() else {}
        self.asked = 0
        self.seconds = 0.0

    def yes_probability(self, requests):
        return self._answer(requests, lambda asked: [float(p) for p in self.inner.yes_probability(asked)])

    def _answer(self, requests, ask):
        """From the cache, ``ask`` (a list of requests -> their answers) for the rest, saved."""
        import time

        keys = [self._hash(r) for r in requests]
        missing = {k: r for k, r in zip(keys, requests) if k not in self._cache}
        if missing:
            started = time.perf_counter()
            for key, answer in zip(missing, ask(list(missing.values()))):
                self._cache[key] = answer
            self.seconds += time.perf_counter() - started
            self.asked += len(missing)
            self.save()
        return [self._cache[k] for k in keys]

    def save(self) -> None:
        import json
        import os
        import tempfile

        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.is_file():
            for key, value in json.loads(self.path.read_text()).items():
                self._cache.setdefault(key, value)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".json")
        with os.fdopen(handle, "w") as out:
            json.dump(self._cache, out)
        os.replace(temporary, self.path)


class DiskCachedStates(DiskCachedJudge):
    """``DiskCachedJudge`` for the probe (``summarizer.attribution.probe``): wraps a generator's
    ``judge_states`` with a cache on disk (``states-NAME-blockN.npz``: P(yes) and block N's state
    per prompt), so a benchmark reads each prompt's state once. ``identity`` is the generator's,
    which the tracer checks against the probe's model."""

    def __init__(self, inner, name: str, layer: int) -> None:
        import hashlib

        self._hash = lambda request: hashlib.sha1(f"{request.system}\n{request.user}".encode("utf-8")).hexdigest()
        self.inner = inner
        self.identity = inner.identity
        self.layer = layer
        self.path = Path.home() / ".cache" / "briefing-bench" / f"states-{name}-block{layer}.npz"
        self._cache: dict[str, tuple[float, np.ndarray]] = {}
        if self.path.is_file():
            with np.load(self.path) as data:
                self._cache = {str(k): (float(p), h) for k, p, h in zip(data["keys"], data["p"], data["h"])}
        self.asked = 0
        self.seconds = 0.0

    def yes_probability(self, requests):
        return [p for p, _ in self.judge_states(requests, self.layer)]

    def judge_states(self, requests, layer: int):
        if layer != self.layer:
            raise ValueError(f"this cache holds block {self.layer}'s states, not block {layer}'s")
        return self._answer(
            requests,
            lambda asked: [(float(p), np.asarray(state, dtype=np.float32))
                           for p, state in self.inner.judge_states(asked, layer)])

    def save(self) -> None:
        import os
        import tempfile

        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = sorted(self._cache)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".npz")
        with os.fdopen(handle, "wb") as out:
            np.savez(out, keys=np.array(keys), p=np.array([self._cache[k][0] for k in keys]),
                     h=np.stack([self._cache[k][1] for k in keys]) if keys else np.zeros((0, 0), np.float32))
        os.replace(temporary, self.path)
