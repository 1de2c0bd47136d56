"""LlamaCppGenerator on the real SmolLM2 GGUF: the same prompts as transformers, continuous
batching, the line-end stop, the judge, and clear errors for what does not fit or load."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (./setup.sh builds it)")

from summarizer.errors import ModelError  # noqa: E402
from summarizer.llm.base import Request  # noqa: E402
from summarizer.llm.common import has_finished_line  # noqa: E402

pytestmark = pytest.mark.slow

SYSTEM = "You condense news sentences. Reply with one concise sentence and nothing else."
REQUESTS = [
    Request(SYSTEM, "Condense: The museum will reopen on Saturday."),
    Request(
        SYSTEM,
        "Condense: Police said the suspect, a 34-year-old man from the northern suburbs, was arrested on "
        "Sunday evening and would appear in court on Monday charged with three counts of fraud.",
    ),
    Request(SYSTEM, "Condense: Heavy rain caused flooding in several coastal towns overnight, officials said."),
    Request(SYSTEM, "Condense: The company said profits rose by a third in the last quarter."),
    Request("You are a helpful assistant.", "Write three sentences about the sea, each on its own line."),
]
JUDGE = "Answer with Yes or No."
CLAIMS = [
    Request(JUDGE, "Is this statement true? Paris is the capital of France."),
    Request(JUDGE, "Source: The council approved the bridge repairs on Tuesday.\nClaim: The council approved repairs."),
]


@pytest.fixture(scope="module")
def llama(smol_cache):
    from summarizer.llm.loading import load_generator

    return load_generator("smollm2-135m", cache_dir=smol_cache, backend="llama.cpp", batch_size=2)


def test_identity_names_the_backend_and_the_verified_file(llama):
    assert llama.identity.backend == "llama.cpp" and llama.identity.kind == "causal"
    assert llama.identity.sha256 and llama.identity.file.endswith(".gguf")


def test_prompts_are_those_transformers_reads(llama, smol):
    for request in REQUESTS + CLAIMS:
        assert llama.prompt_text(request) == smol.prompt_text(request)
    assert llama._encode(REQUESTS) == smol._encode(REQUESTS)


def test_more_requests_than_places_all_finish_in_order(llama):
    before = llama.stats.prompts
    finished: list[int] = []
    outputs = llama.generate(REQUESTS, 40, on_result=lambda index, text: finished.append(index))
    assert sorted(finished) == list(range(len(REQUESTS)))  # each reported once, as it finished
    assert "museum" in outputs[0].lower() and "suspect" in outputs[1].lower() and "rain" in outputs[2].lower()
    assert all(text == text.strip() and text for text in outputs)
    assert llama.stats.prompts == before + len(REQUESTS)
    size, tokens, seconds = llama.stats.batches[-1]
    assert size == len(REQUESTS) and 0 < tokens <= 40 * len(REQUESTS) and seconds > 0
    assert llama.generate(REQUESTS, 40) == outputs  # greedy and repeatable
    assert llama.generate([], 40) == [] and llama.yes_probability([]) == []


def test_line_end_stops_after_the_first_finished_line(llama):
    full = llama.generate(REQUESTS[4:], 60)[0]
    stopped = llama.generate(REQUESTS[4:], 60, stop_at_line=True)[0]
    assert full.count("\n") >= 2, full  # the request does produce several lines
    assert full.startswith(stopped) and len(stopped) < len(full)
    assert "\n" not in stopped and has_finished_line(stopped + "\n")  # one finished line, kept whole


def test_judge_agrees_with_transformers_float32(llama, smol):
    probabilities = llama.yes_probability(CLAIMS)
    assert all(0.0 < p < 1.0 for p in probabilities)
    assert probabilities == pytest.approx(smol.yes_probability(CLAIMS), abs=0.05)  # Q4_1 vs float32


def test_judge_states_are_an_inner_blocks_output_read_in_the_same_pass(llama, smol):
    """llama.cpp's block output, copied out of the graph, against transformers' hidden_states
    (float32) at the same block: the same state up to quantisation; the answers are the plain
    judge's, and the main context's generation is untouched."""
    before = llama.generate(REQUESTS[:1], 20)
    got = llama.judge_states(CLAIMS, 20)
    reference = smol.judge_states(CLAIMS, 20)
    # (the two contexts read the shared prefix in other batches: quantised kernels differ a little)
    assert [p for p, _ in got] == pytest.approx(llama.yes_probability(CLAIMS), abs=0.02)
    assert [p for p, _ in reference] == pytest.approx(smol.yes_probability(CLAIMS), abs=1e-4)
    for (_, state), (_, expected) in zip(got, reference):
        assert state.shape == expected.shape == (576,)
        cosine = float(state @ expected / (np.linalg.norm(state) * np.linalg.norm(expected)))
        assert cosine > 0.95, cosine  # Q4_1 against float32
    # read again (its own kept prefix now), and at another block: other states
    again = llama.judge_states(CLAIMS, 20)
    assert all(np.allclose(a, b, atol=1e-3) for (_, a), (_, b) in zip(got, again))
    other = llama.judge_states(CLAIMS[:1], 10)
    assert not np.allclose(other[0][1], got[0][1])
    assert llama.generate(REQUESTS[:1], 20) == before
    assert llama.judge_states([], 20) == []
    with pytest.raises(ValueError, match="inner block"):
        llama.judge_states(CLAIMS, 30)  # SmolLM2 has 30 blocks: the last is no inner one


def test_a_small_context_admits_fewer_rows_and_still_finishes(smol_cache):
    from summarizer.llm.llamacpp import LlamaCppGenerator

    from summarizer.llm.loading import describe_model
    from summarizer.llm.packaged import SMOLLM2_135M, locate_parts

    path = locate_parts(SMOLLM2_135M)[0]
    identity = describe_model("smollm2-135m", cache_dir=smol_cache, backend="llama.cpp")
    small = LlamaCppGenerator(path, identity=identity, parallel=4, context=256)
    outputs = small.generate(REQUESTS[:3], 30)
    assert all(outputs) and "museum" in outputs[0].lower()
    with pytest.raises(ModelError, match="does not fit"):
        small.generate([Request(SYSTEM, "Condense: " + "word " * 400)], 30)
    small.close()


def test_a_broken_gguf_is_one_model_error(tmp_path):
    from summarizer.llm.loading import load_generator

    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + bytes(range(256)) * 64)
    with pytest.raises(ModelError, match="cannot read this GGUF file") as caught:
        load_generator(str(bad), cache_dir=tmp_path / "cache", backend="llama.cpp")
    assert "\n" not in str(caught.value)


def test_thread_count_can_be_set_and_prefill_is_counted(llama):
    from summarizer.llm.common import cpu_threads

    try:
        llama.set_threads(1)
        assert llama.threads == 1
        assert "museum" in llama.generate(REQUESTS[:1], 20)[0].lower()
        assert llama.stats.prompt_tokens > 0 and 0 < llama.stats.prefill_seconds <= llama.stats.seconds
        assert all(prompt >= 0 and rows >= 0 and seconds > 0 for prompt, rows, seconds in llama.decode_calls)
    finally:
        llama.set_threads(cpu_threads())


def test_a_later_call_copies_the_shared_prefix_an_earlier_one_read(llama):
    llama.forget_prefixes()
    first_tokens = llama.stats.prompt_tokens
    first = llama.generate(REQUESTS[:4], 30)
    read_first = llama.stats.prompt_tokens - first_tokens
    again = llama.stats.prompt_tokens
    second = llama.generate(REQUESTS[:4], 30)
    read_second = llama.stats.prompt_tokens - again
    assert second == first  # the copied cells hold what reading them would have
    assert read_second < read_first and llama._kept
    shared = len(llama._kept[0].tokens)
    assert read_first - read_second == shared
    # A judge call in between (its own prefix) leaves the other kept, within the limit.
    llama.yes_probability(CLAIMS)
    assert llama.generate(REQUESTS[:1], 30) == first[:1]
    from summarizer.llm.llamacpp import KEPT_PREFIXES

    assert len(llama._kept) <= KEPT_PREFIXES


# A system message long enough to be saved (MIN_SAVED_PREFIX tokens with SmolLM2's template).
LONG_SYSTEM = (
    "You condense news sentences. Keep names, numbers, and who said or did what; drop asides, "
    "examples and side details. Reply with one concise sentence and nothing else."
)
TURN_REQUESTS = [Request(LONG_SYSTEM, r.user) for r in REQUESTS[:3]]


def _generator(smol_cache, prefix_dir):
    from summarizer.llm.loading import load_generator

    return load_generator("smollm2-135m", cache_dir=smol_cache, backend="llama.cpp", batch_size=2, prefix_dir=prefix_dir)


def test_a_system_turn_saved_by_one_run_is_loaded_by_the_next(smol_cache, tmp_path):
    plain = _generator(smol_cache, None)
    expected = plain.generate(TURN_REQUESTS, 30)
    read_plain = plain.stats.prompt_tokens
    plain.close()
    assert not list(tmp_path.iterdir())

    first = _generator(smol_cache, tmp_path / "prefixes")
    assert first.generate(TURN_REQUESTS, 30) == expected
    assert first.stats.prompt_tokens == read_plain  # it read the turn, then saved it
    [saved] = list((tmp_path / "prefixes").iterdir())
    assert saved.suffix == ".kv" and saved.stat().st_size > 0
    turn = first._system_turn(LONG_SYSTEM)
    first.close()

    second = _generator(smol_cache, tmp_path / "prefixes")  # a later run: a new context
    assert second.generate(TURN_REQUESTS, 30) == expected  # the loaded cells hold what reading would
    assert second.stats.prompt_tokens == read_plain - len(turn)
    # A request alone (no shared prefix) loads it too.
    assert second.generate(TURN_REQUESTS[:1], 30) == expected[:1]
    second.close()


def test_an_unreadable_saved_turn_is_read_again_and_saved_anew(smol_cache, tmp_path):
    prefixes = tmp_path / "prefixes"
    first = _generator(smol_cache, prefixes)
    expected = first.generate(TURN_REQUESTS[:1], 30)
    read = first.stats.prompt_tokens
    first.close()
    [saved] = list(prefixes.iterdir())
    good = saved.read_bytes()
    saved.write_bytes(good[: len(good) // 2])  # cut short, as by a full disk (llama.cpp itself would abort)

    second = _generator(smol_cache, prefixes)
    assert second.generate(TURN_REQUESTS[:1], 30) == expected
    assert second.stats.prompt_tokens == read  # nothing loaded
    assert saved.read_bytes() == good  # and saved whole again
    second.close()


def test_set_up_saves_each_system_turn_once(smol_cache, tmp_path):
    generator = _generator(smol_cache, tmp_path / "prefixes")
    assert generator.save_system_turns([LONG_SYSTEM, JUDGE]) == 1  # JUDGE is too short to save
    assert len(list((tmp_path / "prefixes").iterdir())) == 1
    assert generator.save_system_turns([LONG_SYSTEM]) == 0
    generator.close()


def test_the_set_up_step_saves_the_briefing_tasks_system_turns(smol_cache, tmp_path):
    from summarizer.app import TASK_SYSTEMS, prepare
    from summarizer.cache.store import prefix_states_path
    from summarizer.config import load_settings

    overrides = {"model.name": "smollm2-135m", "model.backend": "llama.cpp", "model.cache_dir": str(smol_cache),
                 "cache.dir": str(tmp_path / "work")}
    messages: list[str] = []
    prepare(load_settings(None, overrides), messages.append)
    states = prefix_states_path(tmp_path / "work" / "work-cache.sqlite3")
    assert 1 <= len(list(states.glob("*.kv"))) <= len(TASK_SYSTEMS)
    assert any("saved the tasks' system turns" in m for m in messages)
    assert sum(m.startswith("verifying") for m in messages) == 1  # the file is verified, and said so, once
    prepare(load_settings(None, overrides), messages.append)  # nothing left to save: said once
    assert sum("saved the tasks' system turns" in m for m in messages) == 1
    # Without the work cache, nothing is saved.
    prepare(load_settings(None, {**overrides, "cache.enabled": "false", "cache.dir": str(tmp_path / "off")}), messages.append)
    assert not (tmp_path / "off").exists()
