"""The small real model for the cache tests: on llama.cpp where installed (no conversion, fast),
else on transformers in float32."""

from __future__ import annotations

import importlib.util

import pytest


@pytest.fixture(scope="session")
def small_generator(tmp_path_factory):
    from summarizer.llm.loading import load_generator

    backend = "llama.cpp" if importlib.util.find_spec("llama_cpp") else "transformers"
    dtype = "auto" if backend == "llama.cpp" else "float32"
    cache = tmp_path_factory.mktemp("model-cache")
    return load_generator("smollm2-135m", cache_dir=cache, backend=backend, dtype=dtype, batch_size=4)
