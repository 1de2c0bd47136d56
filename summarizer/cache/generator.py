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
import struct
from typing import Any, Callable, Sequence

from summarizer.cache.store import WorkCache, digest
from summarizer.llm.base import FollowUp, GenerationStats, ModelIdentity, Request, TextGenerator, accepts

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
        follow_up: FollowUp | None = None,
    ) -> list[str]:
        """``TextGenerator.generate`` from the cache first; ``follow_up`` as in
        ``llm.base.generate_with_follow_ups`` (a follow-up's answer is looked up in the cache
        too, and asked within the model's call when the backend takes follow-ups)."""
        asked = list(requests)
        keys = [self._key("generate", r, max_new_tokens, stop_at_line) for r in asked]
        found = self.cache.get_many("generate", keys)
        results: list[str | None] = [found[k].decode("utf-8") if k in found else None for k in keys]
        self.cached_completions += sum(r is not None for r in results)

        def answered(index: int, text: str) -> list[int]:
            """Record an answer; the indices of the follow-ups it led to that the cache lacks."""
            results[index] = text
            if on_result is not None:
                on_result(index, text)
            extra = follow_up(index, text) if follow_up is not None else None
            if extra is None:
                return []
            key = self._key("generate", extra, max_new_tokens, stop_at_line)
            asked.append(extra)
            keys.append(key)
            results.append(None)
            hit = self.cache.get_many("generate", [key]).get(key)
            if hit is None:
                return [len(asked) - 1]
            self.cached_completions += 1
            return answered(len(asked) - 1, hit.decode("utf-8"))

        missing: list[int] = []
        for index in range(len(requests)):
            text = results[index]
            missing.extend([index] if text is None else answered(index, text))
        while missing:
            missing = self._ask(missing, asked, keys, answered, max_new_tokens, stop_at_line, follow_up is not None)
        return [text or "" for text in results]

    def _ask(
        self,
        missing: list[int],
        asked: list[Request],
        keys: list[str],
        answered: Callable[[int, str], list[int]],
        max_new_tokens: int,
        stop_at_line: bool,
        following: bool,
    ) -> list[int]:
        """Ask the model the requests at ``missing`` (once per distinct request); the indices of
        follow-ups left for another call. Each answer is stored as soon as the model gives it."""
        waiting: dict[str, list[int]] = {}
        for index in missing:
            waiting.setdefault(keys[index], []).append(index)
        sent = [indices[0] for indices in waiting.values()]  # the index each model position answers
        later: list[int] = []

        def keep(position: int, text: str) -> list[int]:
            key = keys[sent[position]]
            self.cache.put("generate", key, text.encode("utf-8"))
            new: list[int] = []
            for index in waiting.pop(key, []):
                new.extend(answered(index, text))
            return new

        def ask_next(position: int, text: str) -> Request | None:
            # The model takes one follow-up per finished row; more (duplicate requests whose
            # follow-ups differ) wait for the next call.
            request = None
            for index in keep(position, text):
                if keys[index] in waiting:
                    waiting[keys[index]].append(index)  # the same request is asked already
                elif request is None:
                    waiting[keys[index]] = [index]
                    sent.append(index)
                    request = asked[index]
                else:
                    later.append(index)
            return request

        inner = self.inner()
        subset = [asked[i] for i in sent]
        if following and accepts(inner, "follow_up"):
            inner.generate(subset, max_new_tokens, stop_at_line=stop_at_line, follow_up=ask_next)  # type: ignore[call-arg]
        elif accepts(inner, "on_result"):
            inner.generate(subset, max_new_tokens, stop_at_line=stop_at_line,  # type: ignore[call-arg]
                           on_result=lambda position, text: later.extend(keep(position, text)))
        else:
            for position, text in enumerate(inner.generate(subset, max_new_tokens, stop_at_line=stop_at_line)):
                later.extend(keep(position, text))
        return later

    def yes_probability(self, requests: Sequence[Request]) -> list[float]:
        keys = [self._key("yes", r) for r in requests]
        found = self.cache.get_many("yes", keys)
        results: list[float | None] = [struct.unpack("<d", found[k])[0] if k in found else None for k in keys]
        self.cached_judgements += sum(r is not None for r in results)
        missing = list(dict.fromkeys(keys[i] for i, r in enumerate(results) if r is None))
        if missing:
            first = {key: keys.index(key) for key in missing}
            answers = self.inner().yes_probability([requests[first[key]] for key in missing])
            self.cache.put_many("yes", [(key, struct.pack("<d", p)) for key, p in zip(missing, answers)])
            by_key = dict(zip(missing, answers))
            results = [by_key[k] if r is None else r for k, r in zip(keys, results)]
        return [float(r) for r in results]  # type: ignore[arg-type]
