"""``TextGenerator`` on a local transformers model (causal or encoder-decoder), on CPU.

The pipeline sends many short requests (one source sentence each, ~40-60 new tokens), so
throughput comes from batching: on a 2-core CPU one sequence decodes at a few tokens/s while 16
batched sequences share each weight read and reach several times that.
"""

from __future__ import annotations

import copy
import inspect
import os
import time
from pathlib import Path
from typing import Any, Callable, Sequence

import torch
from transformers import StoppingCriteria, StoppingCriteriaList

from summarizer.llm.base import GenerationStats, ModelIdentity, Request
from summarizer.llm.common import (
    END_MARKERS as _END_MARKERS,
    LINE_MIN_WORDS,
    MIN_SHARED_PREFIX,
    NO_WORDS,
    YES_WORDS,
    cpu_threads,
    has_finished_line,
)
from summarizer.llm.common import prefix_groups as _prefix_groups

__all__ = ["HFGenerator", "LineEnd", "LINE_MIN_WORDS", "MIN_SHARED_PREFIX", "cpu_threads", "quiet_transformers"]


def quiet_transformers(verbose: bool = False) -> None:
    """Hide transformers' and the hub's progress bars and warnings unless asked for.

    A briefing run prints its own short progress; tqdm bars from weight loading would bury it.
    """
    from transformers.utils import logging as hf_logging

    if verbose:
        hf_logging.set_verbosity_info()
        hf_logging.enable_progress_bar()
    else:
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


class LineEnd(StoppingCriteria):
    """Per-row stop once the completion holds a finished line of ``LINE_MIN_WORDS``+ words.

    Decoding the few generated tokens of each row per step costs microseconds against the
    hundreds of milliseconds of a forward pass.
    """

    def __init__(self, tokenizer: Any, start_at: int) -> None:
        self.tokenizer = tokenizer
        self.start_at = start_at  # where the completion starts in ``input_ids``

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor, **kwargs: Any) -> torch.Tensor:
        done = torch.zeros(input_ids.shape[0], dtype=torch.bool, device=input_ids.device)
        for row, ids in enumerate(input_ids[:, self.start_at :].tolist()):
            done[row] = has_finished_line(self.tokenizer.decode(ids, skip_special_tokens=True))
        return done


def _single_token_ids(tokenizer: Any, words: Sequence[str]) -> list[int]:
    ids: list[int] = []
    for word in words:
        encoded = tokenizer.encode(word, add_special_tokens=False)
        # Multi-token spellings are skipped: their first piece (e.g. " Y") is no evidence of "Yes".
        if len(encoded) == 1 and encoded[0] not in ids:
            ids.append(encoded[0])
    return ids


class HFGenerator:
    """Greedy batched generation and a yes/no judge on a loaded transformers model."""

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        identity: ModelIdentity,
        batch_size: int = 16,
        model_dir: Path | None = None,
        converted: bool = False,
        dtype: torch.dtype | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        torch.set_num_threads(cpu_threads())
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.identity = identity
        self.stats = GenerationStats()
        self.batch_size = batch_size
        self.model_dir = model_dir  # where the weights were read from
        self.converted = converted  # True only when this load converted a GGUF file
        self.dtype = dtype or next(model.parameters()).dtype
        self.kind = "seq2seq" if model.config.is_encoder_decoder else "causal"

        # Decoder-only models must be padded on the left so every row's last position is its
        # last real token, which is where generation continues. Encoders see the whole input
        # under the attention mask, so seq2seq inputs keep the usual right padding.
        tokenizer.padding_side = "left" if self.kind == "causal" else "right"

        self._eos_ids = self._stop_token_ids()
        pad_id = tokenizer.pad_token_id
        if pad_id is None:
            pad_id = self._eos_ids[0]
            tokenizer.pad_token_id = pad_id
        self._pad_id = int(pad_id)

        config = copy.deepcopy(model.generation_config)
        config.do_sample = False
        config.num_beams = 1
        # Sampling settings shipped with a model only raise "ignored" warnings under greedy search.
        for name in ("temperature", "top_p", "top_k", "min_p", "typical_p"):
            if hasattr(config, name):
                setattr(config, name, None)
        config.eos_token_id = list(self._eos_ids)
        config.pad_token_id = self._pad_id
        self._generation_config = config

        forward_parameters = inspect.signature(model.forward).parameters
        self._keeps_logits = "logits_to_keep" in forward_parameters
        # What the model calls its key/value cache argument ("cache" in newer transformers).
        self._cache_arg = next((n for n in ("cache", "past_key_values") if n in forward_parameters), None)
        self._reads_rows_alone = self.kind == "causal" and self._cache_arg is not None and self._plain_cache()
        self._yes_ids = _single_token_ids(tokenizer, YES_WORDS)
        self._no_ids = _single_token_ids(tokenizer, NO_WORDS)

    def _stop_token_ids(self) -> list[int]:
        ids: list[int] = []
        declared = self.model.generation_config.eos_token_id
        for value in declared if isinstance(declared, list) else [declared]:
            if value is not None:
                ids.append(int(value))
        if self.tokenizer.eos_token_id is not None:
            ids.append(int(self.tokenizer.eos_token_id))
        vocab = self.tokenizer.get_vocab()
        ids.extend(int(vocab[m]) for m in _END_MARKERS if m in vocab)
        ids = list(dict.fromkeys(ids))
        if not ids:
            raise ValueError("the tokenizer declares no end-of-sequence token")
        return ids

    # -- prompts ---------------------------------------------------------------------------

    def prompt_text(self, request: Request) -> str:
        """The exact text the model is given for ``request``."""
        if self.kind == "causal" and getattr(self.tokenizer, "chat_template", None):
            messages = []
            if request.system:
                messages.append({"role": "system", "content": request.system})
            messages.append({"role": "user", "content": request.user})
            return self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        # Seq2seq models (and causal models without a chat format) get plain text.
        text = f"{request.system}\n\n{request.user}" if request.system else request.user
        return text if self.kind == "seq2seq" else text + "\n"

    def _encode(self, requests: Sequence[Request]) -> list[list[int]]:
        texts = [self.prompt_text(r) for r in requests]
        # A chat template already contains the special tokens it needs (e.g. BOS); a plain seq2seq
        # input needs the tokenizer's own (e.g. T5's trailing </s>).
        add_special = self.kind == "seq2seq" or not getattr(self.tokenizer, "chat_template", None)
        return [self.tokenizer(t, add_special_tokens=add_special)["input_ids"] for t in texts]

    def _batches(self, encoded: list[list[int]]) -> list[list[int]]:
        """Request indices grouped into batches of similar length, longest first.

        Similar lengths mean little padding; longest first means the peak memory is reached (and
        any out-of-memory failure happens) at the start instead of after most of the work.
        """
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]), reverse=True)
        return [order[i : i + self.batch_size] for i in range(0, len(order), self.batch_size)]

    def _pad(self, rows: list[list[int]]) -> dict[str, torch.Tensor]:
        return self.tokenizer.pad({"input_ids": rows}, padding=True, return_tensors="pt")

    def _generation_inputs(self, rows: list[list[int]]) -> dict[str, Any]:
        """``generate`` arguments for one batch: for a causal model, the rows already read one by
        one into a shared key/value cache (``_prefilled_inputs``); otherwise padded rows."""
        if self._reads_rows_alone:
            return self._prefilled_inputs(rows)
        return dict(self._pad(rows))

    def _plain_cache(self) -> bool:
        """Whether every layer keeps a plain growing cache, which ``_prefilled_inputs`` lays out
        by hand (sliding-window or recurrent layers would need their own layout)."""
        from transformers import DynamicCache
        from transformers.cache_utils import DynamicLayer

        try:
            layers = DynamicCache(config=self.model.config).layers
        except Exception:  # a model whose config the cache cannot be built from
            return False
        return bool(layers) and all(type(layer) is DynamicLayer for layer in layers)

    def _prefilled_inputs(self, rows: list[list[int]]) -> dict[str, Any]:
        """Read each row's prompt on its own, sharing a common prefix, and hand ``generate`` the
        batch's key/value cache of everything but each row's last token.

        Why: on a CPU, reading the prompts is about half of a batch's time, and a padded batch
        computes every row at the longest row's width. Read row by row, no position is padding,
        and a prefix shared by a group of rows (the chat template and system message of one task,
        ~60-75 tokens of a ~125-225-token condense prompt) is read once per group. The samples'
        24 requests: 70 s instead of 98 s (bench/RESULTS.md). Decoding stays batched, where
        batching pays. Rows are laid out left-padded, padding masked: positions follow the
        attention mask, so each row computes what it would alone (tested against plain padding).
        """
        from transformers import DynamicCache

        width = max(map(len, rows))
        past = width - 1  # generate itself reads the last column
        input_ids = torch.full((len(rows), width), self._pad_id, dtype=torch.long)
        attention_mask = torch.zeros((len(rows), width), dtype=torch.long)
        keys: list[torch.Tensor] = []
        values: list[torch.Tensor] = []
        for prefix_length, members in _prefix_groups(rows, MIN_SHARED_PREFIX):
            prefix = DynamicCache(config=self.model.config)
            self._read(rows[members[0]][:prefix_length], prefix)
            for index in members:
                row = rows[index]
                cache = copy.deepcopy(prefix)
                self._read(row[prefix_length:-1], cache)
                input_ids[index, width - len(row) :] = torch.tensor(row)
                attention_mask[index, width - len(row) :] = 1
                if not cache.get_seq_length():  # a one-token prompt: generate reads it all
                    continue
                for layer_index, layer in enumerate(cache.layers):
                    if len(keys) <= layer_index:  # shapes and dtype come from the first row read
                        shape = (len(rows), layer.keys.shape[1], past, layer.keys.shape[3])
                        keys.append(torch.zeros(shape, dtype=layer.keys.dtype))
                        values.append(torch.zeros(shape, dtype=layer.values.dtype))
                    cached = layer.keys.shape[2]
                    keys[layer_index][index, :, past - cached :] = layer.keys[0]
                    values[layer_index][index, :, past - cached :] = layer.values[0]
        batch_cache = DynamicCache(config=self.model.config)
        for layer_index, (layer_keys, layer_values) in enumerate(zip(keys, values)):
            batch_cache.update(layer_keys, layer_values, layer_index)
        return {"input_ids": input_ids, "attention_mask": attention_mask, self._cache_arg: batch_cache}

    def _read(self, ids: list[int], cache: Any) -> torch.Tensor | None:
        """Run the model over ``ids`` (one row), extending ``cache``; the last position's logits."""
        if not ids:
            return None
        kwargs: dict[str, Any] = {"input_ids": torch.tensor([ids]), self._cache_arg: cache, "use_cache": True}
        if self._keeps_logits:
            kwargs["logits_to_keep"] = 1  # projecting every position onto the vocabulary is wasted
        return self.model(**kwargs).logits[0, -1, :]

    def _last_logits_row_by_row(self, rows: list[list[int]]) -> torch.Tensor:
        """Next-token logits after each row, each row read on its own with its group's shared
        prefix read once (as ``_prefilled_inputs`` does for ``generate``): no padding positions,
        and a judge's long common system message and template are computed once per batch."""
        from transformers import DynamicCache

        out: list[torch.Tensor | None] = [None] * len(rows)
        for prefix_length, members in _prefix_groups(rows, MIN_SHARED_PREFIX):
            prefix = DynamicCache(config=self.model.config)
            self._read(rows[members[0]][:prefix_length], prefix)
            for index in members:
                cache = copy.deepcopy(prefix) if len(members) > 1 else prefix
                out[index] = self._read(rows[index][prefix_length:], cache)
        return torch.stack([t for t in out if t is not None])

    # -- TextGenerator ---------------------------------------------------------------------

    def generate(
        self,
        requests: Sequence[Request],
        max_new_tokens: int,
        *,
        stop_at_line: bool = False,
        on_result: Callable[[int, str], None] | None = None,
    ) -> list[str]:
        """Greedy completions, one per request, in the order given; ``on_result(index, text)``
        is called for each row as its batch finishes (the work cache keeps them).

        ``stop_at_line``: a row stops once it has finished a line of at least
        ``LINE_MIN_WORDS`` words (see ``LineEnd``). Small models often go on after the
        sentence asked for ("\nHuman: ..."); every extra step costs the whole batch a forward
        pass, and callers that keep only the first line would throw those tokens away.
        """
        if not requests:
            return []
        encoded = self._encode(requests)
        results: list[str] = [""] * len(requests)
        eos = set(self._eos_ids)
        for batch in self._batches(encoded):
            start = time.perf_counter()
            with torch.inference_mode():
                inputs = self._generation_inputs([encoded[i] for i in batch])
                if stop_at_line:
                    start_at = inputs["input_ids"].shape[1] if self.kind == "causal" else 1
                    inputs["stopping_criteria"] = StoppingCriteriaList([LineEnd(self.tokenizer, start_at)])
                output = self.model.generate(
                    **inputs, generation_config=self._generation_config, max_new_tokens=max_new_tokens
                )
            seconds = time.perf_counter() - start
            # Causal output repeats the prompt; seq2seq output starts with the decoder start token.
            skip = inputs["input_ids"].shape[1] if self.kind == "causal" else 1
            tokens = 0
            for row_index, request_index in enumerate(batch):
                row = output[row_index, skip:].tolist()
                end = next((k for k, t in enumerate(row) if t in eos), None)
                # Count what the model actually produced: through its EOS, not the padding after.
                kept = row if end is None else row[: end + 1]
                tokens += len(kept)
                text_ids = kept if end is None else kept[:-1]
                results[request_index] = self.tokenizer.decode(text_ids, skip_special_tokens=True).strip()
                if on_result is not None:
                    on_result(request_index, results[request_index])
            self.stats.prompts += len(batch)
            self.stats.generated_tokens += tokens
            self.stats.seconds += seconds
            self.stats.batches.append((len(batch), tokens, seconds))
        return results

    def judge_states(self, requests: Sequence[Request], layer: int) -> list[tuple[float, Any]]:
        """``yes_probability`` with the output of block ``layer`` (1-based: ``hidden_states[layer]``)
        at each prompt's last token, for ``attribution.probe``. Each prompt is read whole, on its
        own: one forward pass gives both, the state taken by a hook on the block. Causal models
        only (the probe reads a decoder-only judge)."""
        if self.kind != "causal":
            raise ValueError("judge states are read from a causal model only")
        blocks = self.model.get_decoder().layers
        if not 1 <= layer < len(blocks):
            raise ValueError(f"block {layer} is not an inner block of this model's {len(blocks)}")
        if not requests:
            return []
        if not self._yes_ids or not self._no_ids:
            raise ValueError("this tokenizer has no single-token spelling of Yes/No")
        seen: list[torch.Tensor] = []

        def keep(_module: Any, _inputs: Any, output: Any) -> None:
            hidden = output[0] if isinstance(output, tuple) else output
            seen.append(hidden[0, -1, :].float())

        handle = blocks[layer - 1].register_forward_hook(keep)
        results: list[tuple[float, Any]] = []
        try:
            for tokens in self._encode(requests):
                seen.clear()
                with torch.inference_mode():
                    keep_logits = {"logits_to_keep": 1} if self._keeps_logits else {}
                    logits = self.model(input_ids=torch.tensor([tokens]), **keep_logits).logits[0, -1, :].float()
                log_yes = torch.logsumexp(logits[self._yes_ids], dim=-1)
                log_no = torch.logsumexp(logits[self._no_ids], dim=-1)
                results.append((float(torch.sigmoid(log_yes - log_no)), seen[-1].numpy().copy()))
        finally:
            handle.remove()
        return results

    def yes_probability(self, requests: Sequence[Request]) -> list[float]:
        """P(yes) / (P(yes) + P(no)) for the answer's first token: a causal model reads each
        prompt on its own after the batch's shared prefix (``_last_logits_row_by_row``), others
        one padded forward pass per batch.

        The ratio of the two groups' softmax masses equals a softmax over just those logits, so it
        is computed with logsumexp over the restricted set: no underflow to 0/0 when the model
        would rather say something else entirely.
        """
        if not requests:
            return []
        if not self._yes_ids or not self._no_ids:
            raise ValueError("this tokenizer has no single-token spelling of Yes/No")
        encoded = self._encode(requests)
        results: list[float] = [0.0] * len(requests)
        yes = torch.tensor(self._yes_ids)
        no = torch.tensor(self._no_ids)
        for batch in self._batches(encoded):
            with torch.inference_mode():
                if self._reads_rows_alone:
                    logits = self._last_logits_row_by_row([encoded[i] for i in batch])
                elif self.kind == "causal":
                    inputs = self._pad([encoded[i] for i in batch])
                    # Left padding: the last position is every row's real last token. Only its
                    # logits are needed; projecting every position onto a 150k vocabulary would
                    # cost more than a third of the pass for a model like Qwen2.5-1.5B.
                    keep = {"logits_to_keep": 1} if self._keeps_logits else {}
                    logits = self.model(**inputs, **keep).logits[:, -1, :]
                else:
                    inputs = self._pad([encoded[i] for i in batch])
                    start_id = self.model.generation_config.decoder_start_token_id
                    if start_id is None:
                        start_id = self.model.config.decoder_start_token_id
                    decoder = torch.full((len(batch), 1), int(start_id), dtype=torch.long)
                    logits = self.model(**inputs, decoder_input_ids=decoder).logits[:, 0, :]
            logits = logits.float()
            log_yes = torch.logsumexp(logits[:, yes], dim=-1)
            log_no = torch.logsumexp(logits[:, no], dim=-1)
            p_yes = torch.sigmoid(log_yes - log_no)  # = e^y / (e^y + e^n)
            for row_index, request_index in enumerate(batch):
                results[request_index] = float(p_yes[row_index])
        return results
