import numpy as np


def test_packaged_minilm_embeds_normalised_and_cached(embedder):
    vectors = embedder.encode(["The port reopened.", "The harbour opened again.", "Stock prices fell."])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    again = embedder.encode(["The port reopened."])
    assert np.array_equal(again[0], vectors[0])
    assert embedder.encode([]).shape == (0, 384)


def test_loading_draws_no_progress_bar(capfd):
    from transformers.utils import logging as hf_logging

    from summarizer.nlp.embedder import SentenceTransformerEmbedder

    hf_logging.enable_progress_bar()  # as a verbose run leaves it
    SentenceTransformerEmbedder()
    assert capfd.readouterr().err == ""
    assert hf_logging.is_progress_bar_enabled()  # the caller's setting is kept
