"""The small real model for the cache tests, on whichever backend ``auto`` picks here."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def small_generator(tmp_path_factory):
    from summarizer.llm.loading import load_generator

    return load_generator("smollm2-135m", cache_dir=tmp_path_factory.mktemp("model-cache"), batch_size=4)
