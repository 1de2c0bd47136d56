"""EndpointGenerator against a real llama.cpp server (``python -m llama_cpp.server``) running
SmolLM2, started by the test; and against servers that are down, silent or answer garbage."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

from summarizer.errors import ModelError
from summarizer.llm.base import Request
from summarizer.llm.endpoint import EndpointGenerator, api_base

SYSTEM = "You condense news sentences. Reply with one concise sentence and nothing else."
REQUESTS = [
    Request(SYSTEM, "Condense: The museum will reopen on Saturday after two years of repairs, the mayor said."),
    Request(SYSTEM, "Condense: Heavy rain caused flooding in several coastal towns overnight, officials said."),
    Request(SYSTEM, "Condense: The company said profits rose by a third in the last quarter."),
]
ALIAS = "smollm2-under-test"
START_SECONDS = 180  # the server imports, loads a 100 MB model and binds: seconds on a quiet machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def llama_server() -> Iterator[str]:
    pytest.importorskip("llama_cpp.server.app", reason="llama-cpp-python[server] is not installed (./setup.sh)")
    from summarizer.llm.packaged import SMOLLM2_135M, locate_parts

    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(locate_parts(SMOLLM2_135M)[0]),
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--model_alias", ALIAS,
    ]
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"llama-server-{port}.log"
    with log.open("w") as output:
        server = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                with urllib.request.urlopen(url + "/v1/models", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"llama.cpp server did not start: {log.read_text()[-2000:]}") from None
                time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.unlink(missing_ok=True)


@pytest.mark.slow
def test_completions_from_a_real_server_name_the_served_model(llama_server):
    generator = EndpointGenerator(llama_server, concurrency=3)
    assert generator.identity.name == ALIAS and generator.identity.endpoint == llama_server + "/v1"
    assert generator.identity.backend == "endpoint"
    finished: list[int] = []
    outputs = generator.generate(REQUESTS, 40, on_result=lambda index, text: finished.append(index))
    assert sorted(finished) == [0, 1, 2]
    assert "museum" in outputs[0].lower() and "rain" in outputs[1].lower() and "profit" in outputs[2].lower()
    assert generator.stats.prompts == 3 and generator.stats.generated_tokens > 0
    # Streamed with the line-end stop: the same first line, and the connection closed after it.
    sea = Request("You are a helpful assistant.", "Write three sentences about the sea, each on its own line.")
    full = generator.generate([sea], 60)[0]
    stopped = generator.generate([sea], 60, stop_at_line=True)[0]
    assert "\n" in full and "\n" not in stopped and full.startswith(stopped)
    judged = generator.yes_probability([Request("Answer with Yes or No.", "Is Paris the capital of France?")])
    assert 0.0 < judged[0] < 1.0


@pytest.mark.slow
def test_briefing_through_the_server_records_it_in_the_trace(llama_server, tmp_path):
    from summarizer.cli import main

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "bridge.txt").write_text(
        "Title: Bridge repairs approved\n\nThe city council approved repairs to the old river bridge on Tuesday "
        "after engineers found cracks in two of its supports.\n\nThe work will cost four million euros and "
        "close the bridge to cars for six months, the mayor said at a press conference.\n",
        encoding="utf-8",
    )
    (articles / "flood.txt").write_text(
        "Title: Floods close coastal roads\n\nHeavy rain flooded several coastal towns overnight and closed "
        "the main road along the shore, officials said on Wednesday.\n\nEmergency crews evacuated forty "
        "families from their homes near the harbour before the water reached them.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code = main([
        "brief", str(articles), "--paths-output", str(out), "--model-endpoint", llama_server,
        "--cache-dir", str(tmp_path / "work"), "--quiet",
    ])
    assert code == 0
    trace = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert trace["model"]["name"] == ALIAS and trace["model"]["endpoint"] == llama_server + "/v1"


def test_a_server_that_is_down_is_one_line_and_nothing_is_written(tmp_path, capsys):
    from summarizer.cli import main

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Title: A\n\nThe council approved the bridge repairs on Tuesday evening.\n")
    out = tmp_path / "out"
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    code = main(["brief", str(articles), "--paths-output", str(out), "--model-endpoint", url, "--quiet"])
    error = capsys.readouterr().err.strip()
    assert code == 1 and "\n" not in error  # an error that is not a usage error
    assert error.startswith(f"summarizer: model.endpoint {url}/v1: cannot reach the server")
    assert not out.exists() or not any(out.iterdir())


@contextlib.contextmanager
def http_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class Scripted(BaseHTTPRequestHandler):
    """A server that lists one model and answers each completion as ``answer`` says."""

    in_flight = 0
    most_in_flight = 0
    lock = threading.Lock()

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._send(200, json.dumps({"object": "list", "data": [{"id": "scripted"}]}).encode())

    def do_POST(self) -> None:
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        cls = type(self)
        with cls.lock:
            cls.in_flight += 1
            cls.most_in_flight = max(cls.most_in_flight, cls.in_flight)
        try:
            self.answer(payload["messages"][-1]["content"])
        finally:
            with cls.lock:
                cls.in_flight -= 1

    def answer(self, user: str) -> None:
        time.sleep(0.2)
        body = {"choices": [{"message": {"role": "assistant", "content": f"Done: {user}."}}], "usage": {"completion_tokens": 3}}
        self._send(200, json.dumps(body).encode())


def test_requests_are_sent_concurrently():
    class Counting(Scripted):
        in_flight = 0
        most_in_flight = 0
        lock = threading.Lock()
        four_in_flight = threading.Event()

        def answer(self, user: str) -> None:
            # Each answer waits until four requests are in the server at once (a client that
            # sent them one by one would wait out the timeout), so no timing on a busy machine
            # decides the count.
            if type(self).most_in_flight >= 4:
                type(self).four_in_flight.set()
            type(self).four_in_flight.wait(timeout=10)
            super().answer(user)

    with http_server(Counting) as url:
        generator = EndpointGenerator(url, concurrency=4)
        outputs = generator.generate([Request("s", f"r{i}") for i in range(8)], 10)
    assert outputs == [f"Done: r{i}." for i in range(8)]
    assert Counting.most_in_flight == 4


def test_garbage_answers_are_one_clear_error():
    class Garbage(Scripted):
        def answer(self, user: str) -> None:
            self._send(200, b"<html>Bad gateway</html>", "text/html")

    with http_server(Garbage) as url:
        generator = EndpointGenerator(url)
        with pytest.raises(ModelError, match=r"/chat/completions: the answer is not JSON") as caught:
            generator.generate(REQUESTS[:1], 10)
        assert "\n" not in str(caught.value)
        with pytest.raises(ModelError, match="not a server-sent event stream"):
            generator.generate(REQUESTS[:1], 10, stop_at_line=True)

    class WrongShape(Scripted):
        def answer(self, user: str) -> None:
            self._send(200, json.dumps({"result": "hello"}).encode())

    with http_server(WrongShape) as url, pytest.raises(ModelError, match="not a chat completion"):
        EndpointGenerator(url).generate(REQUESTS[:1], 10)


def test_a_silent_server_times_out_with_the_setting_named():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)  # accepts connections, never answers
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        with pytest.raises(ModelError, match=r"no answer within 1 s \(model.timeout\)"):
            EndpointGenerator(url, timeout=1)
    finally:
        listener.close()


def test_a_failing_server_loses_nothing_finished(tmp_path):
    """Completions that came back before the server failed are in the work cache; the re-run
    only asks for the rest."""
    from summarizer.cache import CachedGenerator, WorkCache

    class FailsOnSome(Scripted):
        asked: list[str] = []

        def answer(self, user: str) -> None:
            type(self).asked.append(user)
            if "fail" in user:
                time.sleep(0.3)  # the others finish first
                self._send(503, b"overloaded", "text/plain")
            else:
                super().answer(user)

    requests = [Request("s", "one"), Request("s", "two"), Request("s", "fail")]
    path = tmp_path / "work.sqlite3"
    with http_server(FailsOnSome) as url:
        generator = EndpointGenerator(url, concurrency=3)
        cached = CachedGenerator(generator.identity, lambda: generator, WorkCache(path))
        with pytest.raises(ModelError, match="HTTP 503"):
            cached.generate(requests, 10)
        FailsOnSome.asked.clear()
        again = CachedGenerator(generator.identity, lambda: generator, WorkCache(path))
        with pytest.raises(ModelError):
            again.generate(requests, 10)
    assert FailsOnSome.asked == ["fail"]


def test_api_base_accepts_the_usual_spellings():
    assert api_base("http://gpu-box:8000") == "http://gpu-box:8000/v1"
    assert api_base("http://gpu-box:8000/v1/") == "http://gpu-box:8000/v1"
    assert api_base("http://gpu-box:8000/v1/chat/completions") == "http://gpu-box:8000/v1"
    with pytest.raises(ModelError, match="expected a URL"):
        api_base("gpu-box:8000")
