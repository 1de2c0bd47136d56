"""``CachedEmbedder``: sentence vectors from the work cache, the embedding model only for new text.

Keyed by the embedder's name and the text's content. The model is loaded on the first text the
cache does not hold, so a re-run over unchanged articles does not load it at all.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from summarizer.cache.store import WorkCache, digest
from summarizer.nlp.embedder import Embedder


class CachedEmbedder:
    def __init__(self, name: str, load: Callable[[], Embedder], cache: WorkCache) -> None:
        self.name = name
        self._load = load
        self._inner: Embedder | None = None
        self.cache = cache
        self._memory: dict[str, np.ndarray] = {}  # this run's vectors: the tracer asks again and again

    @property
    def loaded(self) -> bool:
        return self._inner is not None

    def _model(self) -> Embedder:
        if self._inner is None:
            self._inner = self._load()
        return self._inner

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        unknown = list(dict.fromkeys(t for t in texts if t not in self._memory))
        if unknown:
            keys = {text: digest("embedding", self.name, text) for text in unknown}
            found = self.cache.get_many("embedding", keys.values())
            for text, key in keys.items():
                if key in found:
                    self._memory[text] = np.frombuffer(found[key], dtype=np.float32)
            missing = [t for t in unknown if t not in self._memory]
            if missing:
                vectors = np.asarray(self._model().encode(missing), dtype=np.float32)
                self.cache.put_many("embedding", [(keys[t], v.tobytes()) for t, v in zip(missing, vectors)])
                self._memory.update(zip(missing, vectors))
        if not texts:
            if self._memory:
                return np.zeros((0, next(iter(self._memory.values())).shape[0]), dtype=np.float32)
            return np.asarray(self._model().encode([]), dtype=np.float32)
        return np.stack([self._memory[t] for t in texts])
