"""``TextGenerator`` on llama.cpp (``llama-cpp-python``): the GGUF file run as it is.

Why: the default model *is* a Q4_K_M GGUF. transformers can only run it dequantized (3 GB of
float32 weights read per decoding step, or int8/bf16 layer swaps of that); llama.cpp runs the
4-bit blocks directly with kernels chosen for the CPU at hand (AVX2, AVX-512, VNNI), reading
~1 GB per step. Measured against torch on the same requests in bench/precision_agreement.py.

How: one llama.cpp context holds every running request as its own sequence in a shared
("unified") key/value cache, and each ``llama_decode`` call carries one new token for every
sequence that is decoding plus a chunk of prompt for sequences being admitted (continuous
batching: a finished row frees its place at once, instead of idling until the batch's longest
row is done). Prompts that share a prefix (the chat template and a task's system message) have
it read once into a prefix sequence that members copy (``llama_memory_seq_cp`` only marks the
cells as shared). Decoding is greedy: the argmax of each row's logits. With ``prefix_dir``, each
task's system turn is read once per machine, not once per run: its key/value cells are saved
there and loaded by the next run (another process), keyed by the model file, the kernels and
the exact tokens.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from summarizer.errors import ModelError
from summarizer.llm.base import GenerationStats, ModelIdentity, Request
from summarizer.llm.common import (
    END_MARKERS,
    MIN_SHARED_PREFIX,
    NO_WORDS,
    YES_WORDS,
    cpu_threads,
    has_finished_line,
    prefix_groups,
)

# OMP_WAIT_POLICY=PASSIVE is set when the summarizer package is imported (summarizer/__init__.py):
# without it, two llama.cpp threads on a loaded 2-core machine took 59-74 s instead of 3.6-7.3 s.

# Tokens per llama_decode call: decode rows first, then prompt chunks. Prefill on a CPU is
# compute-bound, so a larger call gains little and only delays the decoding rows.
BATCH_TOKENS = 512
# Key/value cells per running sequence when sizing the context: a condense prompt is ~125-225
# tokens plus up to 72 new ones; a longer prompt simply admits fewer sequences at a time.
CELLS_PER_SEQUENCE = 448
# Shared prefixes kept in the context after a call, for the next call to copy instead of
# reading again: the briefing asks in rounds (a shortening task's ~190-token system prefix, the
# parts task's, the titles'), and each re-read cost ~2.5 s of prefill on 2 AVX2 cores.
KEPT_PREFIXES = 3
# A saved system turn is loaded instead of read when it is at least this long: loading a state
# file costs milliseconds, reading a token ~25 ms on 2 AVX2 cores (bench/RESULTS.md, 2026-12-06:
# the samples read ~400 tokens of system turns per run, ~10 s).
MIN_SAVED_PREFIX = 32

OnResult = Callable[[int, str], None]
# A saved system turn's file: this, the SHA-256 of the state, the state (llama_state_seq_get_data).
_STATE_MAGIC = b"briefing-turn-1\n"


def llama_cpp_available() -> bool:
    """Whether the llama.cpp bindings are installed and their library loads on this machine."""
    try:
        import llama_cpp  # noqa: F401
    except Exception:  # not installed, or the shared library failed to load (wrong CPU, libc)
        return False
    return True


@dataclass(frozen=True)
class _Kept:
    """A prefix left in the key/value cache by an earlier call: its tokens, in sequence ``seq``."""

    tokens: tuple[int, ...]
    seq: int


def _common_length(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@dataclass
class _Row:
    """One request (or one shared prefix) living in the context as sequence ``seq``."""

    index: int  # request index; -1 for a prefix sequence
    seq: int
    feed: list[int]  # prompt tokens still to read
    pos: int  # position of the next token fed
    reserved: int  # key/value cells set aside for it
    group: int
    generated: list[int] = field(default_factory=list)
    done: bool = False
    turn: tuple[int, ...] = ()  # its system turn, saved between runs (``prefix_dir``)


class LlamaCppGenerator:
    """Greedy continuous-batched generation and a yes/no judge on a GGUF file via llama.cpp."""

    def __init__(
        self,
        gguf_path: Path,
        *,
        identity: ModelIdentity,
        parallel: int = 16,
        context: int | None = None,
        threads: int | None = None,
        prefix_dir: Path | None = None,
        verbose: bool = False,
    ) -> None:
        if parallel < 1:
            raise ValueError("parallel must be at least 1")
        import llama_cpp
        from llama_cpp import _logger
        from llama_cpp._internals import LlamaBatch, LlamaContext, LlamaModel

        self._lib = llama_cpp
        _logger.set_verbose(verbose)
        llama_cpp.llama_backend_init()
        self.identity = identity
        self.stats = GenerationStats()
        # One entry per llama_decode call: (prompt tokens, decoding rows, seconds); for
        # bench/llama_profile.py, which splits the time between prefill and decoding.
        self.decode_calls: list[tuple[int, int, float]] = []
        self.parallel = parallel
        self.path = Path(gguf_path)
        self.threads = threads or cpu_threads()
        model_params = LlamaModel.default_params()
        try:
            self._model = LlamaModel(path_model=str(self.path), params=model_params, verbose=verbose)
        except (ValueError, OSError) as exc:
            raise ModelError(
                f"{self.path}: cannot read this GGUF file (llama.cpp: {exc}); it is corrupt, truncated or of "
                "an unsupported architecture - reinstall or replace it"
            ) from exc
        self._train_context = self._model.n_ctx_train()
        self.context = context or parallel * CELLS_PER_SEQUENCE
        params = LlamaContext.default_params()
        params.n_ctx = self.context
        params.n_batch = BATCH_TOKENS
        params.n_ubatch = BATCH_TOKENS
        # Sequence ids: one per running request plus one per shared prefix in use.
        params.n_seq_max = min(2 * parallel + 1, 256)
        params.kv_unified = True
        # Flash attention on the CPU skips masked positions: in a unified cache every row would
        # otherwise attend over every other row's cells too.
        params.flash_attn_type = 1
        params.n_threads = self.threads
        params.n_threads_batch = self.threads
        params.no_perf = True
        self._params, self._verbose = params, verbose
        self._ctx = self._new_context(params)
        # A second context, made on the first ``judge_states`` call, with an evaluation callback
        # that copies out one block's output: the main context never pays for the callback.
        self._states_ctx: Any = None
        self._states_kept: list[_Kept] = []
        self._states_layer: int | None = None
        self._captured: list[np.ndarray] = []
        self._eval_callback: Any = None
        self._batch = LlamaBatch(n_tokens=BATCH_TOKENS, embd=0, n_seq_max=1, verbose=verbose)
        self._kept: list[_Kept] = []  # most recently used first
        self._vocab_size = self._model.n_vocab()
        self._width = self._model.n_embd()
        self._layers = int(llama_cpp.llama_model_n_layer(self._model.model))
        self._eog = self._end_tokens()
        self._formatter = self._chat_formatter()
        self._yes_ids = self._single_token_ids(YES_WORDS)
        self._no_ids = self._single_token_ids(NO_WORDS)
        self.prefix_dir = Path(prefix_dir) if prefix_dir is not None else None
        self._system_turns: dict[str, tuple[int, ...]] = {}
        self._saved: set[tuple[int, ...]] = set()  # system turns this run saved or found saved
        # What a saved state's cells depend on besides its tokens: the weights, and the kernels
        # and code that computed them (an AVX2 build's cells are not an AVX-512 build's).
        self._state_key = "|".join([
            identity.sha256 or f"{self.path.resolve()}:{self.path.stat().st_size}",
            getattr(llama_cpp, "__version__", "?"),
            llama_cpp.llama_print_system_info().decode("utf-8", "replace").strip(),
            f"flash_attn={params.flash_attn_type}",
        ])

    def _new_context(self, params: Any) -> Any:
        from llama_cpp._internals import LlamaContext

        try:
            return LlamaContext(model=self._model, params=params, verbose=self._verbose)
        except ValueError as exc:
            raise ModelError(f"{self.path}: llama.cpp could not create a context of {self.context} cells ({exc})") from exc

    def set_threads(self, threads: int) -> None:
        """Compute with ``threads`` CPU threads from the next ``llama_decode`` call on."""
        self.threads = max(1, threads)
        for context in (self._ctx, self._states_ctx):
            if context is not None:
                self._lib.llama_set_n_threads(context.ctx, self.threads, self.threads)

    # -- model facts --------------------------------------------------------------------------

    def _end_tokens(self) -> set[int]:
        ids = {t for t in range(self._vocab_size) if self._lib.llama_vocab_is_eog(self._model.vocab, t)}
        for marker in END_MARKERS:
            tokens = self._model.tokenize(marker.encode(), add_bos=False, special=True)
            if len(tokens) == 1 and self._model.token_get_attr(tokens[0]) & _CONTROL:
                ids.add(tokens[0])
        if not ids:
            raise ModelError(f"{self.path}: the model declares no end-of-generation token")
        return ids

    def _chat_formatter(self) -> Any:
        template = self._model.metadata().get("tokenizer.chat_template")
        if not template:
            return None
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        def text(token: int) -> str:
            return self._model.token_get_text(token) if token >= 0 else ""

        return Jinja2ChatFormatter(
            template=template, eos_token=text(self._model.token_eos()), bos_token=text(self._model.token_bos())
        )

    def _single_token_ids(self, words: Sequence[str]) -> list[int]:
        ids: list[int] = []
        for word in words:
            tokens = self._model.tokenize(word.encode(), add_bos=False, special=False)
            if len(tokens) == 1 and tokens[0] not in ids:  # " Y" + "es" is no evidence of "Yes"
                ids.append(tokens[0])
        return ids

    # -- prompts --------------------------------------------------------------------------------

    def prompt_text(self, request: Request) -> str:
        """The exact text the model is given for ``request`` (the GGUF's own chat template)."""
        if self._formatter is not None:
            messages = []
            if request.system:
                messages.append({"role": "system", "content": request.system})
            messages.append({"role": "user", "content": request.user})
            return str(self._formatter(messages=messages).prompt)
        text = f"{request.system}\n\n{request.user}" if request.system else request.user
        return text + "\n"

    def _encode(self, requests: Sequence[Request]) -> list[list[int]]:
        # A chat template writes any BOS it needs as text; plain prompts get the model's own.
        add_bos = self._formatter is None and self._model.add_bos_token()
        rows = [self._model.tokenize(self.prompt_text(r).encode("utf-8"), add_bos=add_bos, special=True) for r in requests]
        for index, row in enumerate(rows):
            if len(row) < 1:
                raise ValueError(f"request {index} is empty")
        return rows

    # -- system turns saved between runs -------------------------------------------------------

    def _system_turn(self, system: str | None) -> tuple[int, ...]:
        """The tokens every prompt with this system message starts with (the chat template's
        system turn and the opening of the user turn), or () when too short to be worth saving."""
        if not system or self.prefix_dir is None:
            return ()
        turn = self._system_turns.get(system)
        if turn is None:
            a, b = self._encode([Request(system, "a"), Request(system, "b")])
            turn = tuple(a[: _common_length(a, b)])
            self._system_turns[system] = turn if len(turn) >= MIN_SAVED_PREFIX else ()
        return self._system_turns[system]

    def _state_file(self, tokens: Sequence[int]) -> Path:
        digest = hashlib.sha256(self._state_key.encode("utf-8"))
        digest.update(np.asarray(tokens, dtype=np.int32).tobytes())
        assert self.prefix_dir is not None
        return self.prefix_dir / f"{digest.hexdigest()[:40]}.kv"

    def _load_turn(self, turn: tuple[int, ...], seq: int) -> int:
        """Load the saved cells of ``turn`` into ``seq``; how many tokens they hold (0: none
        saved, or damaged - then it is removed, and nothing is left in ``seq``)."""
        path = self._state_file(turn)
        try:
            data = path.read_bytes()
        except OSError:
            return 0
        payload = data[len(_STATE_MAGIC) + 32 :]
        if data[: len(_STATE_MAGIC)] != _STATE_MAGIC or data[len(_STATE_MAGIC) : len(_STATE_MAGIC) + 32] != hashlib.sha256(payload).digest():
            # Cut short or damaged: llama.cpp's own loader aborts the process on a truncated
            # file, so the bytes are checked before it sees them.
            _discard(path)
            return 0
        buffer = (ctypes.c_uint8 * len(payload)).from_buffer_copy(payload)
        if self._lib.llama_state_seq_set_data(self._ctx.ctx, buffer, len(payload), seq) != len(payload):
            self._lib.llama_memory_seq_rm(self._ctx.memory, seq, -1, -1)
            _discard(path)
            return 0
        self._saved.add(turn)
        return len(turn)

    def _save_turn(self, turn: tuple[int, ...], seq: int) -> None:
        """Save ``seq`` (holding exactly ``turn``) for later runs; a cache, so a failure to
        write (a full disk, a read-only folder) only means the next run reads it again."""
        self._saved.add(turn)
        path = self._state_file(turn)
        if path.is_file():
            return
        size = self._lib.llama_state_seq_get_size(self._ctx.ctx, seq)
        buffer = (ctypes.c_uint8 * size)()
        if size == 0 or self._lib.llama_state_seq_get_data(self._ctx.ctx, buffer, size, seq) != size:
            return
        payload = bytes(buffer)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(_STATE_MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, path)  # whole or not at all: another run may be loading it
        except OSError:
            _discard(temporary)

    def save_system_turns(self, systems: Sequence[str]) -> int:
        """Read and save each system message's turn not saved yet (a set-up step: the first
        briefing then loads them); how many were read."""
        wanted = [s for s in systems if self._system_turn(s) and not self._state_file(self._system_turn(s)).is_file()]
        if wanted:
            self.generate([Request(system, "a") for system in wanted], max_new_tokens=1)
        return len(wanted)

    # -- the scheduler --------------------------------------------------------------------------

    def _run(
        self,
        rows: list[list[int]],
        room: int,
        on_logits: Callable[[_Row, np.ndarray], int | None],
        turns: Sequence[tuple[int, ...]] = (),
        on_state: Callable[[_Row, int], None] | None = None,
    ) -> None:
        """Feed every row's prompt, then call ``on_logits`` with each row's next-token logits
        until it returns None (the row is finished) instead of the token to feed next.

        ``room``: cells a row may need beyond its prompt (its new tokens). ``turns``: each row's
        system turn (``_system_turn``), loaded from ``prefix_dir`` when saved there, saved when not.
        ``on_state``: called before ``on_logits`` with the row and its position in the decode's
        batch (``judge_states`` reads the block output captured there).
        """
        turns = list(turns) or [()] * len(rows)
        limit = min(self.context, self._train_context)
        for index, row in enumerate(rows):
            if len(row) + room > limit:
                raise ModelError(
                    f"a prompt of {len(row)} tokens plus {room} new ones does not fit the model's "
                    f"context of {limit} tokens (request {index})"
                )
        memory = self._ctx.memory
        groups = prefix_groups(rows, MIN_SHARED_PREFIX)
        group_tokens = {g: tuple(rows[members[0]][:length]) for g, (length, members) in enumerate(groups)}
        queue: deque[tuple[int, int]] = deque((g, i) for g, (_, members) in enumerate(groups) for i in members)
        pending_members = {g: len(members) for g, (_, members) in enumerate(groups)}
        prefixes: dict[int, _Row] = {}  # group -> its prefix sequence
        kept_seqs = {k.seq for k in self._kept}
        free_seqs = [s for s in range(self._ctx.params.n_seq_max - 1, -1, -1) if s not in kept_seqs]
        active: list[_Row] = []
        reserved = sum(len(k.tokens) for k in self._kept)
        finished = False
        try:
            while queue or active:
                # Admit requests while there is a place, a sequence id and key/value room.
                while queue and free_seqs and sum(r.index >= 0 for r in active) < self.parallel:
                    group, index = queue[0]
                    shared = groups[group][0]
                    if shared and group not in prefixes:
                        if reserved + shared > self.context:
                            break
                        tokens = rows[index][:shared]
                        prefix = _Row(-1, free_seqs.pop(), list(tokens), 0, shared, group)
                        known = self._reuse(tokens, prefix.seq)
                        turn = turns[index] if len(turns[index]) <= shared else ()
                        if known < len(turn) and tuple(tokens[: len(turn)]) == turn:
                            if known:
                                self._lib.llama_memory_seq_rm(memory, prefix.seq, -1, -1)
                            known = self._load_turn(turn, prefix.seq) or self._reuse(tokens, prefix.seq)
                        prefix.turn = turn
                        prefix.feed, prefix.pos = prefix.feed[known:], known
                        prefixes[group] = prefix
                        active.append(prefix)
                        reserved += shared
                        continue
                    if shared and prefixes[group].feed:
                        break  # members wait until their prefix has been read
                    need = len(rows[index]) - shared + room
                    if reserved + need > self.context:
                        break
                    queue.popleft()
                    row = _Row(index, free_seqs.pop(), list(rows[index][shared:]), shared, need, group)
                    if shared:
                        self._lib.llama_memory_seq_cp(memory, prefixes[group].seq, row.seq, 0, shared)
                    elif turns[index] and tuple(rows[index][: len(turns[index])]) == turns[index]:
                        # A request alone (no other shares its prompt): its system turn, if saved.
                        row.turn = turns[index]
                        loaded = self._load_turn(turns[index], row.seq)
                        row.feed, row.pos = row.feed[loaded:], loaded
                    active.append(row)
                    reserved += need
                if not active:
                    raise ModelError("llama.cpp: a request does not fit the context")  # guarded above

                # One decode call: every decoding row's next token first, then prompt chunks.
                self._batch.reset()
                batch = self._batch.batch
                wanted: list[tuple[_Row, int]] = []
                budget = BATCH_TOKENS
                decoding = 0
                for row in sorted(active, key=lambda r: len(r.feed) > 1):
                    if budget == 0:
                        break
                    take = min(len(row.feed), budget)
                    if take == 0:
                        continue
                    if row.turn and row.turn not in self._saved and row.pos < len(row.turn):
                        # Stop at the end of the system turn, to save exactly its cells.
                        take = min(take, len(row.turn) - row.pos)
                    for k in range(take):
                        j = batch.n_tokens
                        batch.token[j] = row.feed[k]
                        batch.pos[j] = row.pos + k
                        batch.n_seq_id[j] = 1
                        batch.seq_id[j][0] = row.seq
                        last = k == take - 1 and take == len(row.feed) and row.index >= 0
                        batch.logits[j] = last
                        if last:
                            wanted.append((row, j))
                        batch.n_tokens += 1
                    decoding += bool(row.generated)  # a generated token fed back, not prompt
                    row.feed = row.feed[take:]
                    row.pos += take
                    budget -= take
                started = time.perf_counter()
                self._captured.clear()
                code = self._lib.llama_decode(self._ctx.ctx, batch)
                if code != 0:
                    raise ModelError(f"llama.cpp: llama_decode failed (code {code})")
                seconds = time.perf_counter() - started
                self.decode_calls.append((batch.n_tokens - decoding, decoding, seconds))
                if batch.n_tokens > decoding:
                    self.stats.prompt_tokens += batch.n_tokens - decoding
                    self.stats.prefill_seconds += seconds
                for row in active:
                    if row.turn and row.pos == len(row.turn) and row.turn not in self._saved:
                        self._save_turn(row.turn, row.seq)

                for row, j in wanted:
                    if on_state is not None:
                        on_state(row, j)
                    pointer = self._lib.llama_get_logits_ith(self._ctx.ctx, j)
                    logits = np.ctypeslib.as_array(pointer, shape=(self._vocab_size,))
                    token = on_logits(row, logits)
                    if token is None:
                        row.done = True
                    else:
                        row.feed = [token]
                for row in [r for r in active if r.done]:
                    active.remove(row)
                    self._lib.llama_memory_seq_rm(memory, row.seq, -1, -1)
                    free_seqs.append(row.seq)
                    reserved -= row.reserved
                    pending_members[row.group] -= 1
                    prefix = prefixes.get(row.group)
                    if prefix is not None and pending_members[row.group] == 0:
                        active.remove(prefix)
                        del prefixes[row.group]
                        for seq, length in self._keep(group_tokens[row.group], prefix.seq):
                            self._lib.llama_memory_seq_rm(memory, seq, -1, -1)
                            free_seqs.append(seq)
                            reserved -= length
            finished = True
        finally:
            if not finished:  # a failed call leaves nothing behind, kept prefixes included
                self._kept = []
                self._lib.llama_memory_clear(memory, True)

    def forget_prefixes(self) -> None:
        """Drop the kept prefixes, the judge states context's too: the next call reads everything
        (cold-start measurements)."""
        self._kept, self._states_kept = [], []
        for context in (self._ctx, self._states_ctx):
            if context is not None:
                self._lib.llama_memory_clear(context.memory, True)

    def _reuse(self, tokens: Sequence[int], seq: int) -> int:
        """Copy into ``seq`` the longest start of ``tokens`` a kept prefix holds; its length."""
        best, length = None, 0
        for kept in self._kept:
            common = _common_length(kept.tokens, tokens)
            if common > length:
                best, length = kept, common
        if best is None or length < MIN_SHARED_PREFIX:
            return 0
        self._lib.llama_memory_seq_cp(self._ctx.memory, best.seq, seq, 0, length)
        self._kept.remove(best)
        self._kept.insert(0, best)
        return length

    def _keep(self, tokens: tuple[int, ...], seq: int) -> list[tuple[int, int]]:
        """Keep ``seq`` (holding ``tokens``) for later calls; the (seq, cells) to free: a kept
        prefix it extends or repeats, and the least recently used beyond ``KEPT_PREFIXES``."""
        freed: list[tuple[int, int]] = []
        for kept in list(self._kept):
            if _common_length(kept.tokens, tokens) == len(kept.tokens):
                self._kept.remove(kept)
                freed.append((kept.seq, len(kept.tokens)))
        if any(_common_length(k.tokens, tokens) == len(tokens) for k in self._kept):
            return freed + [(seq, len(tokens))]  # a longer kept prefix already holds it
        self._kept.insert(0, _Kept(tokens, seq))
        while len(self._kept) > KEPT_PREFIXES:
            old = self._kept.pop()
            freed.append((old.seq, len(old.tokens)))
        return freed

    # -- TextGenerator --------------------------------------------------------------------------

    def generate(
        self,
        requests: Sequence[Request],
        max_new_tokens: int,
        *,
        stop_at_line: bool = False,
        on_result: OnResult | None = None,
    ) -> list[str]:
        """Greedy completions, one per request, in the order given.

        ``stop_at_line``: a row stops once it has finished a line of ``LINE_MIN_WORDS``+ words
        (the same rule as the transformers backend). ``on_result(index, text)`` is called as
        each row finishes, so a caller can keep finished work if a later row fails.
        """
        if not requests:
            return []
        rows = self._encode(requests)
        results: list[str] = [""] * len(requests)
        counted = [0]
        started = time.perf_counter()

        def next_token(row: _Row, logits: np.ndarray) -> int | None:
            token = int(np.argmax(logits))
            if token in self._eog:
                counted[0] += len(row.generated) + 1  # like transformers: through the EOS
                return self._finish(row, results, on_result)
            row.generated.append(token)
            if len(row.generated) >= max_new_tokens:
                counted[0] += len(row.generated)
                return self._finish(row, results, on_result)
            if stop_at_line and b"\n" in self._model.token_to_piece(token):
                if has_finished_line(self._text(row.generated)):
                    counted[0] += len(row.generated)
                    return self._finish(row, results, on_result)
            return token

        self._run(rows, max_new_tokens, next_token, [self._system_turn(r.system) for r in requests])
        seconds = time.perf_counter() - started
        self.stats.prompts += len(requests)
        self.stats.generated_tokens += counted[0]
        self.stats.seconds += seconds
        self.stats.batches.append((len(requests), counted[0], seconds))
        return results

    def _text(self, tokens: list[int]) -> str:
        return self._model.detokenize(tokens, special=False).decode("utf-8", errors="replace")

    def _finish(self, row: _Row, results: list[str], on_result: OnResult | None) -> None:
        """Record ``row``'s completion; returns None, which ends the row in ``_run``."""
        results[row.index] = self._text(row.generated).strip()
        if on_result is not None:
            on_result(row.index, results[row.index])
        return None

    def yes_probability(self, requests: Sequence[Request]) -> list[float]:
        """P(yes) / (P(yes) + P(no)) for the answer's first token (logsumexp over each group)."""
        return self._judge(requests)

    def judge_states(self, requests: Sequence[Request], layer: int) -> list[tuple[float, np.ndarray]]:
        """``yes_probability`` with the output of block ``layer`` (1-based: transformers'
        ``hidden_states[layer]``) at each prompt's last token, from the same forward pass, for
        ``attribution.probe``. Read on a second context whose evaluation callback copies that
        tensor out of the graph (llama.cpp names it ``l_out-<layer - 1>``); the system turns and
        kept prefixes of that context are its own."""
        if not 1 <= layer < self._layers:
            raise ValueError(f"block {layer} is not an inner block of this model's {self._layers}")
        if not requests:
            return []
        if self._states_ctx is None or self._states_layer != layer:
            self._open_states_context(layer)
        main = self._ctx, self._kept
        self._ctx, self._kept = self._states_ctx, self._states_kept
        states: list[np.ndarray | None] = [None] * len(requests)

        def keep_state(row: _Row, j: int) -> None:
            # One capture per micro-batch, in the batch's order (a unified cache splits simply);
            # joined once per decode, not once per row read from it.
            if len(self._captured) > 1:
                self._captured[:] = [np.concatenate(self._captured)]
            rows = self._captured[0] if self._captured else np.empty((0, self._width))
            if j >= rows.shape[0]:
                raise ModelError(f"llama.cpp: block {layer}'s output was not captured for this batch")
            states[row.index] = rows[j].copy()

        try:
            answers = self._judge(requests, on_state=keep_state)
        finally:
            self._states_kept = self._kept
            self._ctx, self._kept = main
        return [(p, state) for p, state in zip(answers, states)]  # type: ignore[misc]

    def _open_states_context(self, layer: int) -> None:
        import llama_cpp
        from llama_cpp._ggml import libggml

        libggml.ggml_get_name.restype = ctypes.c_char_p
        libggml.ggml_get_name.argtypes = [ctypes.c_void_p]
        libggml.ggml_nelements.restype = ctypes.c_int64
        libggml.ggml_nelements.argtypes = [ctypes.c_void_p]
        libggml.ggml_nbytes.restype = ctypes.c_size_t
        libggml.ggml_nbytes.argtypes = [ctypes.c_void_p]
        libggml.ggml_backend_tensor_get.restype = None
        libggml.ggml_backend_tensor_get.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t]
        wanted = f"l_out-{layer - 1}".encode()
        width, captured = self._width, self._captured

        def observe(tensor: int, ask: bool, _user: int) -> bool:
            # Asked once per graph node whether it is to be observed; then called with it computed.
            if libggml.ggml_get_name(tensor) != wanted:
                return not ask  # (answered False when asked; never called computed)
            if ask:
                return True
            count = libggml.ggml_nelements(tensor)
            if libggml.ggml_nbytes(tensor) != 4 * count or count % width:
                return True  # not float32 rows of the model's width: nothing captured, refused above
            rows = np.empty((count // width, width), dtype=np.float32)
            libggml.ggml_backend_tensor_get(tensor, rows.ctypes.data, 0, 4 * count)
            captured.append(rows)
            return True

        self._close_states_context()
        self._eval_callback = llama_cpp.ggml_backend_sched_eval_callback(observe)  # kept: C holds it
        params = self._params
        params.cb_eval, params.cb_eval_user_data = self._eval_callback, None
        params.n_threads = params.n_threads_batch = self.threads
        try:
            self._states_ctx = self._new_context(params)
        finally:
            params.cb_eval = llama_cpp.ggml_backend_sched_eval_callback()
        self._states_layer = layer

    def _close_states_context(self) -> None:
        if self._states_ctx is not None:
            self._states_ctx.close()
        self._states_ctx, self._states_kept, self._states_layer = None, [], None

    def _judge(
        self, requests: Sequence[Request], on_state: Callable[[_Row, int], None] | None = None
    ) -> list[float]:
        if not requests:
            return []
        if not self._yes_ids or not self._no_ids:
            raise ValueError("this tokenizer has no single-token spelling of Yes/No")
        rows = self._encode(requests)
        results: list[float] = [0.0] * len(requests)

        def judge(row: _Row, logits: np.ndarray) -> None:
            values = logits.astype(np.float64)
            log_yes = np.logaddexp.reduce(values[self._yes_ids])
            log_no = np.logaddexp.reduce(values[self._no_ids])
            results[row.index] = float(1.0 / (1.0 + np.exp(log_no - log_yes)))
            return None

        self._run(rows, 1, judge, [self._system_turn(r.system) for r in requests], on_state=on_state)
        return results

    def close(self) -> None:
        self._close_states_context()
        for part in ("_batch", "_ctx", "_model"):
            thing = getattr(self, part, None)
            if thing is not None:
                thing.close()
                setattr(self, part, None)


def _discard(path: Path) -> None:
    """Remove a damaged or half-written saved turn; in a folder this run may not write to, it
    stays (and is only read again, and refused again, next time)."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


# llama_token_attr: LLAMA_TOKEN_ATTR_CONTROL; an end marker must be a control token, not text.
_CONTROL = 1 << 3

