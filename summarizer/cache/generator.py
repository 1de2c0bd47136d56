"""``CachedGenerator``: a ``TextGenerator`` that answers from the work cache first.

Keyed by the model's identity (name, file hash, backend, precision; the endpoint and served
model name for a server), the exact request (system and user message) and the generation
settings (``max_new_tokens``, ``stop_at_line``). Whatever the drafting stages ask, the same
question to the same model is answered from the cache; any change to a prompt, a setting that
shapes prompts, or the model misses and is asked afresh. Each completion is stored as soon as
the backend reports it (``on_result``), so a run that is interrupted or whose server fails keeps
what it finished, and the re-run resumes.

The real generator is loaded only on the first miss: a re-run whose model work is all cached
never pays for loading the model.
"""

from __future__ import annotations

import dataclasses
import inspect
import struct
from typing import Any, Callable, Sequence

import numpy as np

from summarizer.cache.store import WorkCache, digest
from summarizer.llm.base import GenerationStats, ModelIdentity, Request, TextGenerator

OnResult = Callable[[int, str], None]
# Identity fields that say which model computed how; where it was read from does not matter.
_KEY_FIELDS = ("name", "sha256", "kind", "precision", "backend", "endpoint")


def model_key(identity: ModelIdentity) -> dict[str, Any]:
    """What of ``identity`` the cache keys on (the source too when there is no file hash)."""
    fields = dataclasses.asdict(identity)
    key = {name: fields.get(name) for name in _KEY_FIELDS}
    if not identity.sha256:
        key["source"] = identity.source
    return key


def _accepts_on_result(generator: Any) -> bool:
    try:
        return "on_result" in inspect.signature(generator.generate).parameters
    except (TypeError, ValueError):
        return False


class CachedGenerator:
    """Memoizes ``generate`` and ``yes_probability`` of the generator ``load`` returns."""

    def __init__(self, identity: ModelIdentity, load: Callable[[], TextGenerator], cache: WorkCache) -> None:
        self._planned = identity
        self._load = load
        self._inner: TextGenerator | None = None
        self.cache = cache
        self._model = model_key(identity)
        self._idle = GenerationStats()
        self.cached_completions = 0  # answers served from the cache in this process
        self.cached_judgements = 0

    @property
    def loaded(self) -> bool:
        return self._inner is not None

    @property
    def identity(self) -> ModelIdentity:
        return self._inner.identity if self._inner is not None else self._planned

    @property
    def stats(self) -> GenerationStats:
        return self._inner.stats if self._inner is not None else self._idle

    def inner(self) -> TextGenerator:
        if self._inner is None:
            self._inner = self._load()
        return self._inner

    def _key(self, kind: str, request: Request, *settings: Any) -> str:
        return digest(kind, self._model, request.system, request.user, *settings)

    def generate(
        self,
        requests: Sequence[Request],
        max_new_tokens: int,
        *,
        stop_at_line: bool = False,
        on_result: OnResult | None = None,
    ) -> list[str]:
        keys = [self._key("generate", r, max_new_tokens, stop_at_line) for r in requests]
        found = self.cache.get_many("generate", keys)
        results: list[str | None] = [found[k].decode("utf-8") if k in found else None for k in keys]
        self.cached_completions += sum(r is not None for r in results)
        if on_result is not None:
            for index, text in enumerate(results):
                if text is not None:
                    on_result(index, text)
        asked: dict[str, int] = {}  # key -> the one request index sent for it (duplicates share)
        for index, text in enumerate(results):
            if text is None:
                asked.setdefault(keys[index], index)
        if asked:
            order = list(asked.values())
            waiting = {key: [i for i, k in enumerate(keys) if k == key] for key in asked}

            def keep(position: int, text: str) -> None:
                key = keys[order[position]]
                self.cache.put("generate", key, text.encode("utf-8"))
                for index in waiting[key]:
                    results[index] = text
                    if on_result is not None:
                        on_result(index, text)

            inner = self.inner()
            subset = [requests[i] for i in order]
            if _accepts_on_result(inner):
                inner.generate(subset, max_new_tokens, stop_at_line=stop_at_line, on_result=keep)  # type: ignore[call-arg]
            else:
                for position, text in enumerate(inner.generate(subset, max_new_tokens, stop_at_line=stop_at_line)):
                    keep(position, text)
        return [text or "" for text in results]

    def yes_probability(self, requests: Sequence[Request]) -> list[float]:
        return self._answers(
            "yes", requests, lambda asked: [float(p) for p in self.inner().yes_probability(asked)],
            lambda p: struct.pack("<d", p), lambda blob: struct.unpack("<d", blob)[0],
        )

    def judge_states(self, requests: Sequence[Request], layer: int) -> list[tuple[float, np.ndarray]]:
        """``yes_probability`` with the judge's state at block ``layer`` (``attribution.probe``),
        both stored: P(yes) as a double, then the state as float32 (6 KB for a 1,536-wide model)."""
        return self._answers(
            "yes+state", requests,
            lambda asked: [(float(p), np.asarray(state, dtype=np.float32))
                           for p, state in self.inner().judge_states(asked, layer)],  # type: ignore[attr-defined]
            lambda answer: struct.pack("<d", answer[0]) + answer[1].astype("<f4").tobytes(),
            lambda blob: (struct.unpack("<d", blob[:8])[0], np.frombuffer(blob[8:], dtype="<f4").copy()),
            layer,
        )

    def _answers(
        self, kind: str, requests: Sequence[Request], ask: Callable[[list[Request]], list[Any]],
        encode: Callable[[Any], bytes], decode: Callable[[bytes], Any], *settings: Any,
    ) -> list[Any]:
        """A judgement per request: from the cache, else ``ask``-ed once per distinct request (the
        model loaded only then) and stored."""
        keys = [self._key(kind, r, *settings) for r in requests]
        known = {key: decode(blob) for key, blob in self.cache.get_many(kind, keys).items()}
        self.cached_judgements += sum(k in known for k in keys)
        first: dict[str, Request] = {}
        for key, request in zip(keys, requests):
            if key not in known:
                first.setdefault(key, request)
        if first:
            answers = ask(list(first.values()))
            self.cache.put_many(kind, [(key, encode(answer)) for key, answer in zip(first, answers)])
            known.update(zip(first, answers))
        return [known[k] for k in keys]
