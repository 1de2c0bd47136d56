"""Dynamic int8 linear layers: quantize, save, and swap into a freshly loaded float model."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from tiny_models import TinyLM

from summarizer.llm.int8 import int8_engine, load_quantized_linears, quantize_linears, save_quantized_linears

pytestmark = pytest.mark.skipif(int8_engine() is None, reason="no int8 engine on this CPU")

SOURCE = {"sha256": "abc", "weights": [["model.safetensors", 123, 456]]}


def fresh(seed: int = 0) -> TinyLM:
    torch.manual_seed(seed)
    return TinyLM().eval()


def linear_names(model: nn.Module) -> set[str]:
    return {n for n, m in model.named_modules() if isinstance(m, nn.Linear)}


# What stays float in TinyLM: the down projection (32 -> 16, its input carries the outliers) and
# the output head; "block.0" (16 -> 32) is quantized.
KEPT_FLOAT = {"block.2", "head"}


def test_quantized_model_stays_close_to_the_float_one():
    ids = torch.arange(10).unsqueeze(0)
    reference = fresh()(ids)
    quantized = quantize_linears(fresh())
    assert linear_names(quantized) == KEPT_FLOAT
    out = quantized(ids)
    # 8-bit per-channel weights: small relative error, same argmax almost everywhere.
    assert torch.allclose(out, reference, atol=0.05 * reference.abs().max().item())
    assert (out.argmax(-1) == reference.argmax(-1)).float().mean() >= 0.9


def test_saved_layers_load_into_a_fresh_float_model(tmp_path):
    ids = torch.arange(10).unsqueeze(0)
    quantized = quantize_linears(fresh())
    path = tmp_path / "int8.pt"
    save_quantized_linears(quantized, path, source=SOURCE)
    assert [p.name for p in tmp_path.iterdir()] == ["int8.pt"]  # no temporary file left

    loaded = fresh()
    assert load_quantized_linears(loaded, path, source=SOURCE)
    assert linear_names(loaded) == linear_names(quantized)
    assert torch.equal(loaded(ids), quantized(ids))
    assert loaded.block[0].in_features == 16 and loaded.block[0].out_features == 32


def test_a_file_made_from_other_weights_is_refused(tmp_path):
    path = tmp_path / "int8.pt"
    save_quantized_linears(quantize_linears(fresh()), path, source=SOURCE)
    model = fresh()
    assert not load_quantized_linears(model, path, source={**SOURCE, "sha256": "other"})
    assert linear_names(model) == {"block.0"} | KEPT_FLOAT  # left untouched


def test_a_file_for_another_architecture_is_refused(tmp_path):
    path = tmp_path / "int8.pt"
    save_quantized_linears(quantize_linears(fresh()), path, source=SOURCE)
    other = nn.Sequential(nn.Linear(8, 16)).eval()
    assert not load_quantized_linears(other, path, source=SOURCE)
    assert isinstance(other[0], nn.Linear)


@pytest.mark.parametrize("content", [b"", b"not a torch file", b"PK\x03\x04truncated"])
def test_unreadable_files_are_refused_not_raised(tmp_path, content):
    path = tmp_path / "int8.pt"
    path.write_bytes(content)
    assert not load_quantized_linears(fresh(), path, source=SOURCE)
    assert not load_quantized_linears(fresh(), tmp_path / "absent.pt", source=SOURCE)


def test_saving_a_float_model_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="no quantized linear layers"):
        save_quantized_linears(fresh(), tmp_path / "x.pt", source=SOURCE)
