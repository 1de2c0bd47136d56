"""``TextGenerator`` on an OpenAI-compatible inference server (vLLM, llama.cpp's server, TGI).

For organisations that run the model on a server: every request is sent as its own chat
completion, ``concurrency`` at a time, and the server batches them (vLLM's continuous batching
is where a GPU earns its keep). Greedy decoding (temperature 0), as the local backends do.

Failure is one ``ModelError`` line naming the endpoint and what went wrong (down, too slow,
an HTTP error, an answer that is not a chat completion). Completions that arrived before the
failure are handed to ``on_result`` as they come, so the work cache keeps them and a re-run
resumes instead of starting over.
"""

from __future__ import annotations

import json
import math
import os
import socket
import time
import urllib.error
import urllib.request
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from typing import Any, Callable, Sequence

from summarizer.errors import ModelError
from summarizer.llm.base import GenerationStats, ModelIdentity, Request
from summarizer.llm.common import has_finished_line

OnResult = Callable[[int, str], None]

# Read from the environment, never from config.toml, so a key is not written into a briefing's
# recorded settings. vLLM's --api-key and TGI's token both take it as a bearer token.
API_KEY_VARIABLE = "SUMMARIZER_ENDPOINT_KEY"
# How many alternatives the judge asks for: "Yes"/"No" are nearly always among the top few.
TOP_LOGPROBS = 20
_SNIPPET = 120


def api_base(endpoint: str) -> str:
    """``http://host:port`` or ``.../v1`` → the ``.../v1`` base every path is relative to."""
    base = endpoint.strip().rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise ModelError(f"model.endpoint {endpoint!r}: expected a URL such as http://localhost:8000/v1")
    for suffix in ("/chat/completions", "/completions", "/models"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return base if base.endswith("/v1") else base + "/v1"


def _snippet(data: bytes | str) -> str:
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    text = " ".join(text.split())
    return text[:_SNIPPET] + ("..." if len(text) > _SNIPPET else "")


class EndpointGenerator:
    """Chat completions from an OpenAI-compatible server, sent concurrently."""

    def __init__(
        self,
        endpoint: str,
        *,
        model: str = "",
        concurrency: int = 8,
        timeout: float = 120.0,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.endpoint = endpoint
        self.base = api_base(endpoint)
        self.concurrency = concurrency
        self.timeout = timeout
        self.stats = GenerationStats()
        self._key = os.environ.get(API_KEY_VARIABLE, "")
        served = self._served_models()
        if model and model not in served:
            raise ModelError(
                f"model.endpoint {self.base}: the server does not serve {model!r} (it serves: {', '.join(served)})"
            )
        self.model = model or served[0]
        self.identity = ModelIdentity(
            name=self.model,
            source=self.base,
            file=None,
            sha256=None,
            kind="causal",
            precision="as served",
            backend="endpoint",
            endpoint=self.base,
        )

    # -- HTTP -----------------------------------------------------------------------------------

    def _open(self, path: str, payload: dict[str, Any] | None) -> Any:
        """The open response for ``path``; every failure becomes one ``ModelError`` line."""
        headers = {"Accept": "application/json"}
        data = None
        if payload is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(payload).encode("utf-8")
        if self._key:
            headers["Authorization"] = f"Bearer {self._key}"
        request = urllib.request.Request(self.base + path, data=data, headers=headers)
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            body = exc.read() or b""
            raise ModelError(f"model.endpoint {self.base}{path}: HTTP {exc.code} ({_snippet(body) or exc.reason})") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise self._slow(path) from None
            raise ModelError(f"model.endpoint {self.base}: cannot reach the server ({reason})") from None
        except (socket.timeout, TimeoutError):
            raise self._slow(path) from None
        except (ConnectionError, OSError) as exc:
            raise ModelError(f"model.endpoint {self.base}: connection failed ({exc})") from None

    def _slow(self, path: str) -> ModelError:
        return ModelError(f"model.endpoint {self.base}{path}: no answer within {self.timeout:g} s (model.timeout)")

    def _json(self, path: str, payload: dict[str, Any] | None = None) -> Any:
        with self._open(path, payload) as response:
            try:
                body = response.read()
            except (socket.timeout, TimeoutError):
                raise self._slow(path) from None
            except (ConnectionError, OSError) as exc:
                raise ModelError(f"model.endpoint {self.base}{path}: the connection broke ({exc})") from None
        try:
            return json.loads(body)
        except ValueError:
            raise ModelError(f"model.endpoint {self.base}{path}: the answer is not JSON ({_snippet(body)!r})") from None

    def _served_models(self) -> list[str]:
        answer = self._json("/models")
        data = answer.get("data") if isinstance(answer, dict) else None
        names = [m.get("id") for m in data if isinstance(m, dict)] if isinstance(data, list) else []
        names = [n for n in names if isinstance(n, str) and n]
        if not names:
            raise ModelError(f"model.endpoint {self.base}/models: not an OpenAI-compatible model list ({_snippet(json.dumps(answer))!r})")
        return names

    def _payload(self, request: Request, **extra: Any) -> dict[str, Any]:
        messages = []
        if request.system:
            messages.append({"role": "system", "content": request.system})
        messages.append({"role": "user", "content": request.user})
        return {"model": self.model, "messages": messages, "temperature": 0, **extra}

    # -- one request ----------------------------------------------------------------------------

    def _complete(self, request: Request, max_new_tokens: int) -> tuple[str, int]:
        answer = self._json("/chat/completions", self._payload(request, max_tokens=max_new_tokens))
        try:
            text = answer["choices"][0]["message"]["content"]
            if not isinstance(text, str):
                raise TypeError
        except (KeyError, IndexError, TypeError):
            raise ModelError(
                f"model.endpoint {self.base}/chat/completions: not a chat completion ({_snippet(json.dumps(answer))!r})"
            ) from None
        usage = answer.get("usage") if isinstance(answer.get("usage"), dict) else {}
        tokens = usage.get("completion_tokens")
        return text.strip(), tokens if isinstance(tokens, int) else len(text.split())

    def _complete_to_line(self, request: Request, max_new_tokens: int) -> tuple[str, int]:
        """Stream the completion and hang up once it holds a finished line (``stop_at_line``):
        the server stops generating for a closed connection (vLLM and llama.cpp's server do)."""
        path = "/chat/completions"
        text = ""
        chunks = 0
        with self._open(path, self._payload(request, max_tokens=max_new_tokens, stream=True)) as response:
            try:
                for raw in response:
                    line = raw.decode("utf-8", errors="replace").strip()
                    if not line or line.startswith(":"):
                        continue
                    if not line.startswith("data:"):
                        raise ModelError(f"model.endpoint {self.base}{path}: not a server-sent event stream ({_snippet(line)!r})")
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    try:
                        event = json.loads(data)
                        delta = event["choices"][0].get("delta") or {}
                    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
                        raise ModelError(
                            f"model.endpoint {self.base}{path}: not a chat completion chunk ({_snippet(data)!r})"
                        ) from None
                    piece = delta.get("content") if isinstance(delta, dict) else None
                    if isinstance(piece, str) and piece:
                        text += piece
                        chunks += 1
                        if has_finished_line(text):
                            break
            except (socket.timeout, TimeoutError):
                raise self._slow(path) from None
            except (ConnectionError, OSError) as exc:
                raise ModelError(f"model.endpoint {self.base}{path}: the connection broke ({exc})") from None
        return text.strip(), chunks

    def _yes(self, request: Request) -> float:
        path = "/chat/completions"
        answer = self._json(path, self._payload(request, max_tokens=1, logprobs=True, top_logprobs=TOP_LOGPROBS))
        try:
            top = answer["choices"][0]["logprobs"]["content"][0]["top_logprobs"]
            pairs = [(str(t["token"]), float(t["logprob"])) for t in top]
        except (KeyError, IndexError, TypeError, ValueError):
            raise ModelError(
                f"model.endpoint {self.base}{path}: no log-probabilities in the answer; the judge "
                f"(attribution.judge) needs a server that returns them ({_snippet(json.dumps(answer))!r})"
            ) from None
        yes = [p for t, p in pairs if t.strip().lower() == "yes"]
        no = [p for t, p in pairs if t.strip().lower() == "no"]
        if not yes and not no:
            return 0.5  # the server's top answers are neither: no evidence either way
        # A word missing from the top list is at most as likely as the least likely listed one.
        floor = min(p for _, p in pairs)
        log_yes = _logsumexp(yes) if yes else floor
        log_no = _logsumexp(no) if no else floor
        return 1.0 / (1.0 + math.exp(log_no - log_yes))

    # -- TextGenerator --------------------------------------------------------------------------

    def _concurrently(self, count: int, work: Callable[[int], Any], on_done: Callable[[int, Any], None]) -> None:
        """Run ``work(i)`` for every i, ``concurrency`` at a time; stop sending on the first
        failure, let the requests in flight finish (their results still reach ``on_done``) and
        raise that failure."""
        with ThreadPoolExecutor(max_workers=min(self.concurrency, count)) as pool:
            futures: dict[Future[Any], int] = {pool.submit(work, i): i for i in range(count)}
            remaining = set(futures)
            failure: BaseException | None = None
            while remaining:
                finished, remaining = wait(remaining, return_when=FIRST_EXCEPTION)
                for future in finished:
                    if future.cancelled():
                        continue
                    error = future.exception()
                    if error is not None:
                        failure = failure or error
                        continue
                    on_done(futures[future], future.result())
                if failure is not None:
                    for future in remaining:
                        future.cancel()
            if failure is not None:
                raise failure

    def generate(
        self,
        requests: Sequence[Request],
        max_new_tokens: int,
        *,
        stop_at_line: bool = False,
        on_result: OnResult | None = None,
    ) -> list[str]:
        if not requests:
            return []
        results = [""] * len(requests)
        tokens = [0]
        started = time.perf_counter()
        complete = self._complete_to_line if stop_at_line else self._complete

        def done(index: int, answer: tuple[str, int]) -> None:
            results[index] = answer[0]
            tokens[0] += answer[1]
            if on_result is not None:
                on_result(index, answer[0])

        try:
            self._concurrently(len(requests), lambda i: complete(requests[i], max_new_tokens), done)
        finally:
            seconds = time.perf_counter() - started
            self.stats.prompts += len(requests)
            self.stats.generated_tokens += tokens[0]
            self.stats.seconds += seconds
            self.stats.batches.append((len(requests), tokens[0], seconds))
        return results

    def yes_probability(self, requests: Sequence[Request]) -> list[float]:
        results = [0.0] * len(requests)
        if requests:
            self._concurrently(len(requests), lambda i: self._yes(requests[i]), results.__setitem__)
        return results


def _logsumexp(values: list[float]) -> float:
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))
