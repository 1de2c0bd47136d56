"""CachedGenerator around the real small model: answers from the cache, misses exactly on what
changed, keeps what finished before an interruption, and never loads the model when all is cached."""

from __future__ import annotations

import dataclasses
from typing import Any, Sequence

import numpy as np
import pytest

from summarizer.cache.generator import CachedGenerator
from summarizer.cache.store import WorkCache
from summarizer.llm.base import Request

pytestmark = pytest.mark.slow

SYSTEM = "You condense news sentences. Reply with one concise sentence and nothing else."
REQUESTS = [
    Request(SYSTEM, "Condense: The museum will reopen on Saturday after two years of repairs, the mayor said."),
    Request(SYSTEM, "Condense: Heavy rain caused flooding in several coastal towns overnight, officials said."),
    Request(SYSTEM, "Condense: The museum will reopen on Saturday after two years of repairs, the mayor said."),
]


class Recording:
    """The real generator, recording which requests reach it."""

    def __init__(self, inner: Any, interrupt_after: int | None = None) -> None:
        self.inner = inner
        self.identity = inner.identity
        self.stats = inner.stats
        self.asked: list[Request] = []
        self.interrupt_after = interrupt_after

    def generate(self, requests: Sequence[Request], max_new_tokens: int, *, stop_at_line: bool = False, on_result=None):
        self.asked.extend(requests)
        finished = []

        def report(index: int, text: str) -> None:
            on_result(index, text)
            finished.append(index)
            if self.interrupt_after is not None and len(finished) >= self.interrupt_after:
                raise KeyboardInterrupt  # the user pressed Ctrl-C mid-call

        return self.inner.generate(requests, max_new_tokens, stop_at_line=stop_at_line, on_result=report)

    def yes_probability(self, requests: Sequence[Request]) -> list[float]:
        self.asked.extend(requests)
        return self.inner.yes_probability(requests)


def refuse() -> Any:
    raise AssertionError("the model was loaded although everything asked is cached")


def test_second_run_answers_from_the_cache_without_loading(tmp_path, small_generator):
    path = tmp_path / "c.sqlite3"
    recording = Recording(small_generator)
    first = CachedGenerator(small_generator.identity, lambda: recording, WorkCache(path))
    assert not first.loaded
    outputs = first.generate(REQUESTS, 40, stop_at_line=True)
    assert len(recording.asked) == 2  # the duplicate request is asked once
    assert outputs[0] == outputs[2] and all(outputs)
    # What the model itself answers to the two distinct requests (the same batch it was sent).
    assert outputs[:2] == small_generator.generate(REQUESTS[:2], 40, stop_at_line=True)

    again = CachedGenerator(small_generator.identity, refuse, WorkCache(path))
    seen: dict[int, str] = {}
    assert again.generate(REQUESTS, 40, stop_at_line=True, on_result=seen.__setitem__) == outputs
    assert seen == dict(enumerate(outputs)) and again.cached_completions == 3
    assert not again.loaded and again.identity == small_generator.identity


def test_a_changed_setting_or_model_misses_exactly(tmp_path, small_generator):
    path = tmp_path / "c.sqlite3"
    CachedGenerator(small_generator.identity, lambda: small_generator, WorkCache(path)).generate(REQUESTS[:2], 40)
    for change in ({"max_new_tokens": 41}, {"stop_at_line": True}):
        recording = Recording(small_generator)
        cached = CachedGenerator(small_generator.identity, lambda: recording, WorkCache(path))
        cached.generate(REQUESTS[:2], change.get("max_new_tokens", 40), stop_at_line=change.get("stop_at_line", False))
        assert len(recording.asked) == 2, change
    other_precision = dataclasses.replace(small_generator.identity, precision="something else")
    recording = Recording(small_generator)
    CachedGenerator(other_precision, lambda: recording, WorkCache(path)).generate(REQUESTS[:2], 40)
    assert len(recording.asked) == 2
    # A new request next to cached ones: only it is asked.
    recording = Recording(small_generator)
    extra = Request(SYSTEM, "Condense: The company said profits rose by a third in the last quarter.")
    CachedGenerator(small_generator.identity, lambda: recording, WorkCache(path)).generate([*REQUESTS[:2], extra], 40)
    assert recording.asked == [extra]


def test_work_finished_before_an_interruption_is_kept(tmp_path, small_generator):
    path = tmp_path / "c.sqlite3"
    interrupted = Recording(small_generator, interrupt_after=1)
    with pytest.raises(KeyboardInterrupt):
        CachedGenerator(small_generator.identity, lambda: interrupted, WorkCache(path)).generate(REQUESTS[:2], 40)
    resumed = Recording(small_generator)
    outputs = CachedGenerator(small_generator.identity, lambda: resumed, WorkCache(path)).generate(REQUESTS[:2], 40)
    assert len(resumed.asked) == 1 and all(outputs)


def test_judgements_are_cached(tmp_path, small_generator):
    path = tmp_path / "c.sqlite3"
    claims = [Request("Answer with Yes or No.", "Is this statement true? Paris is the capital of France.")]
    first = CachedGenerator(small_generator.identity, lambda: small_generator, WorkCache(path)).yes_probability(claims)
    again = CachedGenerator(small_generator.identity, refuse, WorkCache(path))
    assert again.yes_probability(claims) == first and again.cached_judgements == 1
    assert 0.0 <= first[0] <= 1.0


def test_judge_states_are_cached_with_their_answer(tmp_path, small_generator):
    path = tmp_path / "c.sqlite3"
    claims = [Request("Answer with Yes or No.", "Is this statement true? Paris is the capital of France."),
              Request("Answer with Yes or No.", "Is this statement true? Rome is the capital of Spain.")]
    first = CachedGenerator(small_generator.identity, lambda: small_generator, WorkCache(path)).judge_states(claims, 20)
    again = CachedGenerator(small_generator.identity, refuse, WorkCache(path))
    answers = again.judge_states(claims, 20)
    assert again.cached_judgements == 2
    for (p, state), (p_again, state_again) in zip(first, answers):
        assert p_again == p and state_again.dtype == np.float32
        assert np.array_equal(state_again, np.asarray(state, dtype=np.float32))
    # the answer is the one yes_probability gives, the state as wide as the model
    assert [p for p, _ in first] == pytest.approx(small_generator.yes_probability(claims), abs=1e-6)
    assert first[0][1].shape == (576,)  # SmolLM2-135M's hidden size
    # another block's state is another question
    with pytest.raises(AssertionError, match="loaded"):
        again.judge_states(claims[:1], 10)
