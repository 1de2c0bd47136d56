"""bfloat16 linear layers: the layer itself, the swap, and loading a real model with them."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tiny_models import TinyLM

from summarizer.llm import loading
from summarizer.llm.bf16 import BF16Linear, amx_tiles, linears_to_bf16, native_bf16


def test_layer_computes_in_bf16_and_returns_the_input_dtype_and_shape():
    torch.manual_seed(0)
    linear = nn.Linear(16, 8)
    layer = BF16Linear(linear)
    assert layer.weight.dtype == layer.bias.dtype == torch.bfloat16
    x = torch.randn(3, 5, 16)
    expected = F.linear(x.to(torch.bfloat16), linear.weight.to(torch.bfloat16), linear.bias.to(torch.bfloat16))
    out = layer(x)
    assert out.dtype == torch.float32 and out.shape == (3, 5, 8)
    assert torch.equal(out, expected.float())
    # A strided view (the last position of each row, as generation reads the head) gives the same.
    last = x[:, -1:, :]
    assert not last.is_contiguous()
    assert torch.equal(layer(last), out[:, -1:, :])
    assert torch.allclose(out, linear(x), atol=0.05)  # bf16 keeps ~3 significant digits


def test_every_linear_is_swapped_and_the_model_stays_close():
    torch.manual_seed(1)
    model = TinyLM().eval()
    ids = torch.arange(10).unsqueeze(0)
    with torch.inference_mode():
        reference = model(ids)
        assert linears_to_bf16(model) == 3
        out = model(ids)
    assert not any(isinstance(m, nn.Linear) for m in model.modules())
    assert model.embed.weight.dtype == torch.float32  # only the linear layers change
    assert out.dtype == torch.float32
    assert torch.allclose(out, reference, atol=0.02 * reference.abs().max().item())
    assert torch.equal(out.argmax(-1), reference.argmax(-1))


def test_auto_prefers_native_bf16_then_int8_then_float32(monkeypatch):
    import summarizer.llm.bf16 as bf16
    import summarizer.llm.int8 as int8

    monkeypatch.setattr(bf16, "native_bf16", lambda: True)
    assert loading.auto_dtype() == "bf16-linear"
    monkeypatch.setattr(bf16, "native_bf16", lambda: False)
    monkeypatch.setattr(int8, "int8_engine", lambda: "x86")
    assert loading.auto_dtype() == "int8"
    monkeypatch.setattr(int8, "int8_engine", lambda: None)
    assert loading.auto_dtype() == "float32"
    assert isinstance(native_bf16(), bool)


@pytest.mark.slow
def test_a_real_model_loads_with_bf16_linear_layers_and_writes_what_float32_writes(smol, smol_cache):
    from summarizer.llm.base import Request

    cached = sorted(p.name for p in smol.model_dir.iterdir())
    generator = loading.load_generator("smollm2-135m", cache_dir=smol_cache, dtype="bf16-linear")
    assert generator.identity.precision == "bfloat16 linear layers, float32 otherwise"
    assert any(isinstance(m, BF16Linear) for m in generator.model.modules())
    assert not any(isinstance(m, nn.Linear) for m in generator.model.modules())
    assert sorted(p.name for p in smol.model_dir.iterdir()) == cached  # nothing written for bf16
    requests = [Request("Reply with one short sentence.", "Condense: The museum will reopen on Saturday.")]
    text = generator.generate(requests, 20)[0]
    assert "museum" in text.lower() and text == smol.generate(requests, 20)[0]


def test_native_bf16_can_be_forced_for_benchmarks(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_NATIVE_BF16", "0")
    assert native_bf16() is False and amx_tiles() is False
    assert loading.auto_dtype() != "bf16-linear"
    monkeypatch.setenv("SUMMARIZER_NATIVE_BF16", "1")
    assert native_bf16() is True and amx_tiles() is True
    assert loading.auto_dtype() == "bf16-linear"
    monkeypatch.setenv("SUMMARIZER_NATIVE_BF16", "")  # empty or anything else: the CPU decides
    from_cpu = native_bf16()
    monkeypatch.delenv("SUMMARIZER_NATIVE_BF16")
    assert native_bf16() == from_cpu


def test_pages_read_from_a_mapped_file_are_released_and_read_again(tmp_path):
    import numpy as np

    from summarizer.llm.bf16 import _file_mappings, release_file_pages

    values = np.arange(1 << 18, dtype=np.float32)  # 1 MiB: whole pages inside
    path = tmp_path / "weights.bin"
    values.tofile(path)
    mapped = torch.from_numpy(np.memmap(path, dtype=np.float32, mode="c"))
    assert float(mapped.sum()) == float(values.sum())  # every page read
    assert release_file_pages(mapped, _file_mappings())
    assert torch.equal(mapped, torch.from_numpy(values))  # read again from the file
    # memory that is no file's is never touched (dropping it would zero it)
    own = torch.from_numpy(values.copy())
    assert not release_file_pages(own, _file_mappings())
    assert torch.equal(own, torch.from_numpy(values))
