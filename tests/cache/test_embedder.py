"""CachedEmbedder on the real MiniLM: same vectors, and a second run does not load the model."""

from __future__ import annotations

import numpy as np

from summarizer.cache.embedder import CachedEmbedder
from summarizer.cache.store import WorkCache

TEXTS = ["The council approved the bridge repairs.", "Heavy rain flooded the coast.", "The council approved the bridge repairs."]


def test_vectors_come_from_the_cache_on_the_next_run(tmp_path, embedder):
    path = tmp_path / "c.sqlite3"
    loads = []

    def load():
        loads.append(1)
        return embedder

    first = CachedEmbedder(embedder.name, load, WorkCache(path))
    vectors = first.encode(TEXTS)
    assert loads == [1] and vectors.shape == (3, embedder.encode(TEXTS[:1]).shape[1])
    assert np.allclose(vectors, embedder.encode(TEXTS))

    def refuse():
        raise AssertionError("the model was loaded although every text is cached")

    second = CachedEmbedder(embedder.name, refuse, WorkCache(path))
    assert np.array_equal(second.encode(TEXTS), vectors)
    assert second.encode([]).shape == (0, vectors.shape[1])
    assert not second.loaded


def test_another_embedder_name_misses(tmp_path, embedder):
    path = tmp_path / "c.sqlite3"
    CachedEmbedder(embedder.name, lambda: embedder, WorkCache(path)).encode(TEXTS[:1])
    loads = []
    other = CachedEmbedder("another-model", lambda: loads.append(1) or embedder, WorkCache(path))
    other.encode(TEXTS[:1])
    assert loads == [1]
