"""JudgeProbe: the read-out of the judge's state, on constructed weights and on the shipped file."""

from __future__ import annotations

import math

import numpy as np
import pytest

from summarizer.attribution.probe import PROBE_FILE, JudgeProbe, packaged_probe
from summarizer.llm.base import ModelIdentity
from summarizer.llm.packaged import QWEN_CODER_1_5B, SMOLLM2_135M


def probe(shift: float = 0.0) -> JudgeProbe:
    # a 3-wide state whose first feature says "supported" and whose second says "not"
    return JudgeProbe(
        model_sha256="abc", mean=np.array([1.0, 0.0, 5.0]), scale=np.array([2.0, 1.0, 1.0]),
        coef=np.array([1.5, -2.0, 0.0]), intercept=0.25, shift=shift,
    )


def test_the_read_out_is_a_standardised_linear_score_and_its_sigmoid():
    state = np.array([3.0, 0.5, 123.0])  # standardised: 1.0, 0.5, (ignored)
    assert probe().log_odds(state) == pytest.approx(1.5 * 1.0 - 2.0 * 0.5 + 0.25)
    assert probe(shift=1.0).probability(state) == pytest.approx(1 / (1 + math.exp(-(0.75 + 1.0))))
    # far out on either side: no overflow, the ends of the scale
    assert probe().probability(np.array([1e6, 0.0, 0.0])) == pytest.approx(1.0)
    assert probe().probability(np.array([-1e6, 0.0, 0.0])) == pytest.approx(0.0, abs=1e-12)


def test_a_state_of_another_width_is_refused():
    with pytest.raises(ValueError, match="width 3"):
        probe().log_odds(np.zeros(4))


def test_it_applies_only_to_the_model_it_was_trained_on():
    assert probe().applies_to(ModelIdentity("m", "m", None, "abc", "causal"))
    assert not probe().applies_to(ModelIdentity("m", "m", None, "abd", "causal"))
    assert not probe().applies_to(ModelIdentity("m", "m", None, None, "causal"))


def test_saved_and_loaded_it_reads_the_same(tmp_path):
    path = tmp_path / "p.npz"
    probe(shift=0.7).save(path)
    again = JudgeProbe.load(path)
    state = np.array([0.3, -1.2, 4.0])
    assert again.probability(state) == pytest.approx(probe(shift=0.7).probability(state), rel=1e-6)
    assert again.model_sha256 == "abc" and again.layer == 20


def test_a_damaged_or_incomplete_file_is_one_model_error_naming_it(tmp_path):
    from summarizer.errors import ModelError

    path = tmp_path / "p.npz"
    probe().save(path)
    path.write_bytes(path.read_bytes()[:200])  # cut short, as a broken install leaves it
    with pytest.raises(ModelError, match=f"^{path}: the judge's probe cannot be read") as raised:
        JudgeProbe.load(path)
    assert "\n" not in str(raised.value)
    np.savez(path, model_sha256=np.array("abc"), mean=np.zeros(3))  # arrays missing
    with pytest.raises(ModelError, match="cannot be read"):
        JudgeProbe.load(path)
    np.savez(path, model_sha256=np.array("abc"), mean=np.zeros(3), scale=np.ones(3), coef=np.ones(2),
             intercept=np.array(0.0), shift=np.array(0.0), layer=np.array(20))
    with pytest.raises(ModelError, match="incomplete"):
        JudgeProbe.load(path)


def test_the_shipped_probe_reads_an_inner_block_of_the_default_model():
    assert PROBE_FILE.exists()
    shipped = packaged_probe()
    assert shipped is not None and shipped.width == 1536  # Qwen2.5-1.5B's hidden size
    assert 1 <= shipped.layer < 28  # an inner block of its 28
    assert shipped.applies_to(ModelIdentity("q", "q", None, QWEN_CODER_1_5B.sha256, "causal"))
    assert not shipped.applies_to(ModelIdentity("s", "s", None, SMOLLM2_135M.sha256, "causal"))
    assert np.all(shipped.scale > 0) and np.isfinite(shipped.coef).all()


@pytest.mark.slow
def test_the_tracer_reads_a_real_judges_state_through_the_work_cache(tmp_path):
    """The product's path: a real model (SmolLM2 on llama.cpp where installed) behind the work
    cache, a probe made for that model's file, the tracer reading it for a rewritten line."""
    import importlib.util

    from summarizer.app import Tracer  # the tracer the app builds
    from summarizer.cache.generator import CachedGenerator
    from summarizer.cache.store import WorkCache
    from summarizer.dom import Paragraph, Sentence
    from summarizer.llm.loading import describe_model, load_generator
    from summarizer.nlp.embedder import default_embedder

    backend = "llama.cpp" if importlib.util.find_spec("llama_cpp") else "transformers"
    dtype = "auto" if backend == "llama.cpp" else "float32"
    identity = describe_model("smollm2-135m", cache_dir=tmp_path, backend=backend, dtype=dtype)
    model = load_generator("smollm2-135m", cache_dir=tmp_path, backend=backend, dtype=dtype)
    judge = CachedGenerator(identity, lambda: model, WorkCache(tmp_path / "work.sqlite3"))
    rng = np.random.default_rng(0)
    made = JudgeProbe(model_sha256=identity.sha256, mean=np.zeros(576), scale=np.ones(576),
                      coef=rng.normal(size=576) / 24, intercept=0.0, shift=0.0, layer=12)
    text = "The mayor opened the bridge on Sunday."
    source = "On Sunday, the bridge over the river was opened by the mayor, who praised the builders."
    paragraph = Paragraph("A1.P1", "A1", 1, source, 0, len(source), [Sentence("A1.P1.S1", source, 0, len(source))])
    [attribution] = Tracer(default_embedder(), judge=judge, probe=made).trace([text], [paragraph])
    [(p_yes, state)] = model.judge_states([judge_request_for(text, source)], 12)
    assert attribution.signals["judge"] == pytest.approx(p_yes, abs=1e-4)  # (signals keep 4 decimals)
    assert attribution.signals["judge_probe"] == pytest.approx(made.probability(state), abs=1e-3)
    assert "judge's state P(supported)" in attribution.reason


def judge_request_for(text: str, source: str):
    from summarizer.attribution.verifier import judge_request

    return judge_request(text, [source])
