"""HFGenerator on real models: batching with left padding, stats, the yes/no judge."""

from __future__ import annotations

import pytest

from summarizer.llm.base import GenerationStats, Request
from summarizer.llm.hf import HFGenerator

pytestmark = pytest.mark.slow

SYSTEM = "You condense news sentences. Reply with one concise sentence and nothing else."
# Deliberately not in length order, so batching must sort and then restore the order.
REQUESTS = [
    Request(SYSTEM, "Condense: The museum will reopen on Saturday."),
    Request(
        SYSTEM,
        "Condense: Police said the suspect, a 34-year-old man from the northern suburbs, was arrested on "
        "Sunday evening and would appear in court on Monday charged with three counts of fraud.",
    ),
    Request(SYSTEM, "Condense: Heavy rain caused flooding in several coastal towns overnight, officials said."),
]
JUDGE = "Answer with Yes or No."
CLAIMS = [
    Request(JUDGE, "Is this statement true? Paris is the capital of France."),
    Request(JUDGE, "Is this statement true? The sun is made of ice."),
    Request(JUDGE, "Source: The council approved the bridge repairs on Tuesday.\nClaim: The council approved repairs."),
]
MAX_NEW = 40


def test_batched_output_equals_one_at_a_time(smol):
    before = smol.stats.prompts
    batched = smol.generate(REQUESTS, MAX_NEW)
    assert smol.stats.prompts == before + 3
    single = [smol.generate([r], MAX_NEW)[0] for r in REQUESTS]
    assert batched == single
    assert all(text and text == text.strip() for text in batched)
    assert "museum" in batched[0].lower() and "suspect" in batched[1].lower()


def test_stats_count_generated_tokens_per_batch(smol):
    smol.stats = GenerationStats()  # a fresh count for this test
    smol.generate(REQUESTS[:1], MAX_NEW)
    (size, tokens, seconds), = smol.stats.batches
    text_tokens = len(smol.tokenizer.encode(smol.generate(REQUESTS[:1], MAX_NEW)[0], add_special_tokens=False))
    # A short answer stops at EOS: its tokens plus the EOS itself are counted, no padding.
    assert size == 1 and tokens == text_tokens + 1 and tokens < MAX_NEW and seconds > 0
    smol.stats = GenerationStats()
    smol.generate(REQUESTS, MAX_NEW)
    assert smol.stats.prompts == 3 and len(smol.stats.batches) == 1 and smol.stats.batches[0][0] == 3
    assert 0 < smol.stats.generated_tokens <= 3 * MAX_NEW
    assert smol.stats.tokens_per_second > 0


def test_batches_are_formed_longest_first(smol):
    narrow = HFGenerator(smol.model, smol.tokenizer, identity=smol.identity, batch_size=2)
    outputs = narrow.generate(REQUESTS, MAX_NEW)
    assert [size for size, _, _ in narrow.stats.batches] == [2, 1]
    assert outputs == smol.generate(REQUESTS, MAX_NEW)


def test_prompt_uses_the_chat_template(smol):
    text = smol.prompt_text(REQUESTS[0])
    assert SYSTEM in text and REQUESTS[0].user in text
    assert text.endswith("<|im_start|>assistant\n")


def test_empty_batches(smol):
    assert smol.generate([], MAX_NEW) == [] and smol.yes_probability([]) == []


def test_yes_probability_is_a_deterministic_probability(smol):
    first = smol.yes_probability(CLAIMS)
    assert all(0.0 < p < 1.0 for p in first)
    assert smol.yes_probability(CLAIMS) == first
    # Batched with left padding gives the same next-token distribution as alone.
    single = [smol.yes_probability([c])[0] for c in CLAIMS]
    assert single == pytest.approx(first, abs=1e-4)
    # SmolLM2-135M does not separate true from false claims reliably, so no ordering is asserted.


def test_yes_probability_row_by_row_matches_a_padded_batch(smol, monkeypatch):
    assert smol._reads_rows_alone  # SmolLM2 keeps a plain cache: prompts are read one by one
    row_by_row = smol.yes_probability(CLAIMS)
    monkeypatch.setattr(smol, "_reads_rows_alone", False)
    padded = smol.yes_probability(CLAIMS)
    assert row_by_row == pytest.approx(padded, abs=1e-4)


def test_seq2seq_model(tiny_t5, tmp_path):
    from summarizer.llm.loading import load_generator

    t5 = load_generator(str(tiny_t5), cache_dir=tmp_path, dtype="float32", batch_size=3)
    assert t5.prompt_text(REQUESTS[0]) == f"{SYSTEM}\n\n{REQUESTS[0].user}"
    batched = t5.generate(REQUESTS, 8)
    assert batched == [t5.generate([r], 8)[0] for r in REQUESTS]
    assert t5.stats.prompts == 6 and 0 < t5.stats.generated_tokens <= 6 * 8
    probabilities = t5.yes_probability(CLAIMS)
    assert all(0.0 < p < 1.0 for p in probabilities)
    assert [t5.yes_probability([c])[0] for c in CLAIMS] == pytest.approx(probabilities, abs=1e-4)


def test_line_end_stops_each_row_after_its_first_finished_line(smol):
    import torch

    from summarizer.llm.hf import LineEnd

    tokenizer = smol.tokenizer
    texts = [
        "The council approved the repairs.\nHuman: tell me more",  # finished line: stop
        "Here is the sentence:\nThe council approved",  # only a label line so far: go on
        "\nThe council approved the",  # a leading newline finishes nothing
        "The council approved the repairs on",  # no newline yet
    ]
    rows = [tokenizer.encode(t, add_special_tokens=False) for t in texts]
    width = max(map(len, rows))
    prompt = [7, 8]  # stands for the prompt the criterion must skip
    ids = torch.tensor([prompt + r + [tokenizer.eos_token_id] * (width - len(r)) for r in rows])
    done = LineEnd(tokenizer, start_at=len(prompt))(ids, torch.zeros(4, 10))
    assert done.tolist() == [True, False, False, False]


def test_stop_at_line_keeps_the_first_line_and_spends_fewer_tokens(smol):
    chatty = [Request("You are a helpful assistant.", "Write a short poem of four lines about the sea.")]
    smol.stats = GenerationStats()
    full = smol.generate(chatty, MAX_NEW)[0]
    full_tokens = smol.stats.generated_tokens
    smol.stats = GenerationStats()
    first = smol.generate(chatty, MAX_NEW, stop_at_line=True)[0]
    assert "\n" in full.strip()  # the premise: this request does produce several lines
    assert full.startswith(first.split("\n")[0])
    assert smol.stats.generated_tokens < full_tokens


def test_prompts_are_read_row_by_row_with_their_shared_prefix_once_and_change_nothing(smol, monkeypatch):
    from summarizer.llm import hf

    encoded = smol._encode(REQUESTS)
    (shared, members), = hf._prefix_groups(encoded, hf.MIN_SHARED_PREFIX)
    assert shared >= hf.MIN_SHARED_PREFIX and sorted(members) == [0, 1, 2]  # template + system message
    widths: list[int] = []
    hook = smol.model.register_forward_pre_hook(
        lambda module, args, kwargs: widths.append(kwargs["input_ids"].shape[1]), with_kwargs=True
    )
    try:
        prefilled = smol.generate(REQUESTS, MAX_NEW)
    finally:
        hook.remove()
    # The prefix once, then each row's own part but its last token (batch order: longest first),
    # then generate reads the last column and decodes one token a step.
    own = sorted((len(e) - shared - 1 for e in encoded), reverse=True)
    assert widths[:4] == [shared, *own] and set(widths[4:]) == {1}
    monkeypatch.setattr(smol, "_generation_inputs", lambda rows: dict(smol._pad(rows)))  # plain left padding
    assert smol.generate(REQUESTS, MAX_NEW) == prefilled


def test_prefix_groups_share_a_long_enough_run_and_leave_every_row_two_tokens():
    from summarizer.llm.hf import _prefix_groups

    rows = [[1, 2, 3, 4, 5], [1, 2, 3, 4, 6, 7], [9, 9, 9, 9], [1, 2, 3, 8, 8], [9, 9, 9, 9, 1]]
    # [9, 9, 9, 9] must keep two tokens of its own, so it shares only two with [9, 9, 9, 9, 1].
    assert _prefix_groups(rows, 3) == [(3, [0, 1, 3]), (0, [2]), (0, [4])]
    assert _prefix_groups(rows, 2) == [(3, [0, 1, 3]), (2, [2, 4])]
    assert _prefix_groups(rows, 4) == [(0, [i]) for i in range(5)]
    assert _prefix_groups([[5]], 1) == [(0, [0])]


def test_a_one_token_prompt_in_a_batch_decodes_as_with_plain_padding(smol):
    import torch

    prompt = smol._encode(REQUESTS[:1])[0]
    rows = [prompt, prompt[:1]]  # the second has nothing to read before generate's own step
    inputs = smol._prefilled_inputs(rows)
    assert inputs["attention_mask"][1].tolist() == [0] * (len(prompt) - 1) + [1]
    config = smol._generation_config
    with torch.inference_mode():
        prefilled = smol.model.generate(**inputs, generation_config=config, max_new_tokens=6)
        plain = smol.model.generate(**smol._pad(rows), generation_config=config, max_new_tokens=6)
    assert torch.equal(prefilled[:, len(prompt) :], plain[:, len(prompt) :])
