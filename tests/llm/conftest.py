"""The real small model, converted once per test session into a temporary cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def smol_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(scope="session")
def smol_progress() -> list[str]:
    """Progress messages of the fixture's first (converting) load."""
    return []


@pytest.fixture(scope="session")
def smol(smol_cache, smol_progress):
    """SmolLM2-135M through the same loading path as the default model, batch size 3, in float32.

    float32 because the tests assert exact properties of batching (a batched output equals the
    one-at-a-time output); int8 quantizes activations per batch tensor, so its outputs may
    shift with the batch's other rows. test_loading covers the int8 path itself.
    """
    from summarizer.llm.loading import load_generator

    return load_generator(
        "smollm2-135m", cache_dir=smol_cache, dtype="float32", batch_size=3, progress=smol_progress.append
    )


@pytest.fixture(scope="session")
def tiny_t5(tmp_path_factory, smol) -> Path:
    """A randomly initialised, very small T5 folder (with SmolLM2's tokenizer) for the seq2seq path.

    Its output is meaningless; the tests only need a real encoder-decoder model to exercise input
    formatting, padding, batching and the decoder-start judge.
    """
    import torch
    from transformers import T5Config, T5ForConditionalGeneration

    folder = tmp_path_factory.mktemp("tiny-t5")
    tokenizer = smol.tokenizer
    config = T5Config(
        vocab_size=len(tokenizer),
        d_model=32,
        d_kv=8,
        d_ff=64,
        num_layers=2,
        num_heads=4,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(0)
    T5ForConditionalGeneration(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    (folder / "chat_template.jinja").unlink(missing_ok=True)  # seq2seq input is plain text
    return folder
