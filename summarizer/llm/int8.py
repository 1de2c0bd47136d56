"""Dynamic int8 linear layers for CPU generation, quantized once and cached.

Why: on a CPU, generating with a 1.5B model is bound by the matrix multiplications of its linear
layers. PyTorch's dynamic quantization stores their weights as int8 (per output channel) and
quantizes activations on the fly, which runs on the VNNI/AVX2 int8 kernels (x86/fbgemm engine).

Activations are quantized per tensor, and that cost quality where it matters: quantizing *every*
linear of Qwen2.5-1.5B (2.4x faster decoding) turned faithful rewrites of the samples into
off-topic or invented sentences ("The article discusses why Russia will not save Iran."). The
outliers sit in the inputs of the down projections and the vocabulary head, so those stay in
float (``keep_float``); the rest gave the same rewrites as float32 on the samples' 10 condense
requests, 1.65x faster (95 s -> 57 s; bench/RESULTS.md).

Quantizing takes ~30-40 s and re-packing a saved copy ~10-15 s, so the quantized layers are saved
once (``save_quantized_linears``) and later loads swap them into a freshly loaded float model
(``load_quantized_linears``). Everything else (embeddings, norms, rotary buffers) stays as
transformers loaded it, so no architecture-specific code is needed.
"""

from __future__ import annotations

import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import torch
from torch import nn

from summarizer.render.atomic import atomic_write

# Bumped when the saved layout changes; a file of another format is re-made, never misread.
FORMAT = 1


def int8_engine() -> str | None:
    """The quantized engine to use on this CPU, or None when int8 kernels are unavailable."""
    engines = torch.backends.quantized.supported_engines
    for engine in ("x86", "fbgemm"):  # both need AVX2; "qnnpack" is for ARM and slower here
        if engine in engines:
            return engine
    return None


def _quant_modules() -> Any:
    with warnings.catch_warnings():  # torch.ao.quantization announces its move to torchao
        warnings.simplefilter("ignore")
        import torch.ao.nn.quantized.dynamic as nnqd
        import torch.ao.quantization as quantization
    return nnqd, quantization


def _use_engine() -> None:
    engine = int8_engine()
    if engine is None:
        raise RuntimeError("this CPU has no int8 engine (x86/fbgemm need AVX2)")
    torch.backends.quantized.engine = engine


def quantize_linears(model: nn.Module) -> nn.Module:
    """Replace every ``nn.Linear`` of ``model`` with a dynamic int8 one (per-channel weights)."""
    _use_engine()
    _nnqd, quantization = _quant_modules()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        qconfig = {"": None}
        for name, module in model.named_modules():
            if isinstance(module, nn.Linear) and not keep_float(name, module, model):
                qconfig[name] = quantization.per_channel_dynamic_qconfig
        return quantization.quantize_dynamic(model, qconfig, dtype=torch.qint8, inplace=True)


def keep_float(name: str, module: nn.Linear, model: nn.Module) -> bool:
    """Layers left in float: the output head and the down projections.

    Activations are quantized per tensor, so one outlier channel coarsens every other value of
    the tensor. The inputs of down projections (the MLP's wide hidden state) and of the
    vocabulary head carry those outliers.
    """
    head = model.get_output_embeddings() if hasattr(model, "get_output_embeddings") else None
    return module is head or module.in_features > module.out_features


def _quantized_layers(model: nn.Module) -> dict[str, nn.Module]:
    nnqd, _ = _quant_modules()
    return {name: m for name, m in model.named_modules() if isinstance(m, nnqd.Linear)}


def save_quantized_linears(model: nn.Module, path: Path, *, source: dict[str, Any]) -> None:
    """Save the int8 layers of a ``quantize_linears`` model to ``path``, atomically.

    ``source`` identifies the float weights they were made from; ``load_quantized_linears``
    refuses a file made from anything else.
    """
    layers = _quantized_layers(model)
    if not layers:
        raise ValueError("the model has no quantized linear layers to save")
    payload = {
        "format": FORMAT,
        "torch": str(torch.__version__),
        "source": source,
        "layers": {
            name: {"in": m.in_features, "out": m.out_features, "state": m.state_dict()} for name, m in layers.items()
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda tmp: torch.save(payload, tmp))


def load_quantized_linears(model: nn.Module, path: Path, *, source: dict[str, Any]) -> bool:
    """Swap ``model``'s float linears for the int8 ones saved in ``path``.

    Returns False, leaving ``model`` untouched, when the file is missing, unreadable, of another
    format or torch version, made from other weights, or does not match the model's layers; the
    caller then quantizes afresh.
    """
    try:
        with warnings.catch_warnings():  # deprecation notes about quantized tensor storage
            warnings.simplefilter("ignore")
            payload = torch.load(path, weights_only=True, mmap=True)
    except Exception:  # any unreadable file (truncated, foreign pickle, old format) is re-made
        return False
    if (
        not isinstance(payload, dict)
        or payload.get("format") != FORMAT
        or payload.get("torch") != str(torch.__version__)
        or payload.get("source") != source
    ):
        return False
    saved = payload["layers"]
    modules = dict(model.named_modules())
    linears = {n for n, m in modules.items() if isinstance(m, nn.Linear) and not keep_float(n, m, model)}
    if set(saved) != linears or any(
        (modules[n].in_features, modules[n].out_features) != (s["in"], s["out"]) for n, s in saved.items()
    ):
        return False
    _use_engine()
    nnqd, _ = _quant_modules()

    def build(name: str) -> nn.Module:
        layer = saved[name]
        # Built at size 1x1: loading the state packs the real weight, so packing a full-size
        # zero matrix first would only double the load time.
        qlinear = nnqd.Linear(1, 1, bias_=modules[name].bias is not None, dtype=torch.qint8)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            qlinear.load_state_dict(layer["state"])
        qlinear.in_features, qlinear.out_features = layer["in"], layer["out"]
        return qlinear

    # Packing a weight for the int8 kernels runs on one core and releases the GIL: one thread
    # per core packs the ~200 layers of a 1.5B model in about half the time.
    from summarizer.llm.hf import cpu_threads

    with ThreadPoolExecutor(max_workers=cpu_threads()) as pool:
        built = dict(zip(saved, pool.map(build, saved)))
    for name, qlinear in built.items():
        parent_name, _, child = name.rpartition(".")
        setattr(modules[parent_name] if parent_name else model, child, qlinear)
    return True
