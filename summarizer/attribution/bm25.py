"""Okapi BM25 over pre-tokenised texts (Robertson & Zaragoza 2009), with no dependency.

The tracer builds one index per call over the candidate paragraphs or sentences it is given,
so document frequencies come from that candidate set. ``idf`` is the smoothed, never-negative
variant used by Lucene: log(1 + (N - df + 0.5) / (df + 0.5)).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Sequence

import numpy as np


class BM25:
    def __init__(self, documents: Sequence[Sequence[str]], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self.size = len(documents)
        self._counts = [Counter(doc) for doc in documents]
        self._lengths = np.array([len(doc) for doc in documents], dtype=np.float64)
        self._mean_length = float(self._lengths.mean()) if self.size and self._lengths.sum() else 1.0
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for index, counts in enumerate(self._counts):
            for term, tf in counts.items():
                docs, tfs = postings.setdefault(term, ([], []))
                docs.append(index)
                tfs.append(tf)
        self._postings = {t: (np.array(d), np.array(f, dtype=np.float64)) for t, (d, f) in postings.items()}
        self._df = {t: len(d) for t, (d, _) in self._postings.items()}

    def idf(self, term: str) -> float:
        """High for rare terms; a term in no document gets the highest weight (df = 0)."""
        df = self._df.get(term, 0)
        return math.log(1.0 + (self.size - df + 0.5) / (df + 0.5))

    def scores(self, query: Sequence[str]) -> np.ndarray:
        """BM25 score of every document for ``query`` (repeated query terms count once)."""
        out = np.zeros(self.size, dtype=np.float64)
        if not self.size:
            return out
        norm = self.k1 * (1.0 - self.b + self.b * self._lengths / self._mean_length)
        for term in dict.fromkeys(query):
            if term not in self._postings:
                continue
            docs, tf = self._postings[term]
            out[docs] += self.idf(term) * tf * (self.k1 + 1.0) / (tf + norm[docs])
        return out

    def postings(self, term: str) -> np.ndarray:
        """Indexes of the documents containing ``term``."""
        found = self._postings.get(term)
        return found[0] if found is not None else np.zeros(0, dtype=np.int64)
