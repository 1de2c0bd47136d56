"""The narrow interface the pipeline sees of a local language model.

Pipelines never touch transformers directly: they hand a batch of short chat-style requests
to a ``TextGenerator`` and get one completion per request. Tests can therefore use a small real
model (SmolLM2-135M) through the very same path as the default model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence


@dataclass(frozen=True)
class Request:
    """One instruction for the model: a system message and a user message."""

    system: str
    user: str


@dataclass(frozen=True)
class ModelIdentity:
    """What the trace records about the model that wrote the summary."""

    name: str  # e.g. "Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF)"
    source: str  # the model setting as given (package name, path or hub id)
    file: str | None  # the GGUF or weights file read, if one
    sha256: str | None  # its hash, verified where a reference exists
    kind: str  # "causal" or "seq2seq"
    precision: str | None = None  # how it computed, e.g. "int8 linear layers, float32 otherwise"
    backend: str | None = None  # "transformers", "llama.cpp" or "endpoint"
    endpoint: str | None = None  # the server's API base, when a server wrote it


@dataclass
class GenerationStats:
    """Counters a benchmark reads after a run."""

    prompts: int = 0
    generated_tokens: int = 0
    seconds: float = 0.0
    batches: list[tuple[int, int, float]] = field(default_factory=list)  # (size, tokens, s)
    # llama.cpp only: prompt tokens read (a shared prefix once) and the time of the decode calls
    # that read them (decoding rows riding along included); the rest of ``seconds`` is decoding.
    prompt_tokens: int = 0
    prefill_seconds: float = 0.0

    @property
    def tokens_per_second(self) -> float:
        return self.generated_tokens / self.seconds if self.seconds else 0.0


class TextGenerator(Protocol):
    identity: ModelIdentity
    stats: GenerationStats

    def generate(
        self, requests: Sequence[Request], max_new_tokens: int, *, stop_at_line: bool = False
    ) -> list[str]:
        """Greedy completions, one per request, in order; batched internally.

        ``stop_at_line``: the caller keeps only the first line of substance, so a completion may
        stop as soon as it has one (a saving, not a guarantee of a single line).

        The backends in this package also take ``on_result=callback``: ``callback(index, text)``
        as each completion is ready, so finished work survives a failure later in the call
        (``summarizer.cache`` uses it when the generator accepts it).
        """
        ...

    def yes_probability(self, requests: Sequence[Request]) -> list[float]:
        """P("Yes") / (P("Yes") + P("No")) for the first answer token of each request.

        Used as a judge: reading next-token probabilities is cheaper and steadier than
        parsing free text.
        """
        ...
