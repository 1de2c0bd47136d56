"""bfloat16 linear layers, for CPUs that multiply bf16 natively (AVX512-BF16 or AMX).

Why: generating is bound by the linear layers' matrix products. With native bf16 instructions
(oneDNN, float32 accumulation) they run 2-4x faster than float32 and read half the memory,
while every value keeps float32's exponent range: unlike dynamic int8 (activations quantized per
tensor, so one outlier coarsens a whole batch, and a row's output depends on its batch-mates),
nothing is clipped or shared between rows. On the samples' 24 requests (Qwen2.5-1.5B, 2-core EPYC
with AVX512-BF16), 18 of 24 outputs were word-for-word those of float32 against 10 for int8, in
54 s against 69 s (bench/RESULTS.md).

Only the weights of ``nn.Linear`` layers are stored in bf16; embeddings, norms, rotary buffers,
attention and the residual stream stay float32 (each layer casts its input to bf16 and its output
back). No cache file is needed: casting the loaded float32 weights takes about a second.

Without native instructions bf16 is emulated and 3-4x *slower* than float32 (measured on an
AVX-512 Xeon without AVX512-BF16), hence ``native_bf16``.
"""

from __future__ import annotations

import ctypes
import mmap
import os
import sys
from functools import lru_cache

import torch
import torch.nn.functional as F
from torch import nn


# Benchmarks only: "0" makes ``native_bf16`` answer False (or "1" True), so ``auto`` chooses as it
# would on a CPU without (with) native bf16 - e.g. the AVX2 laptops' path, measured with an
# AVX2-only llama.cpp build on a CPU that has AVX512-BF16 (bench/RESULTS.md, issue 12).
NATIVE_BF16_VARIABLE = "SUMMARIZER_NATIVE_BF16"


def amx_tiles() -> bool:
    """Whether this CPU multiplies bf16 in AMX tiles (Sapphire Rapids and later), unless
    ``$SUMMARIZER_NATIVE_BF16`` says "0" or "1" (then as ``native_bf16``). Where it does, ``auto``
    runs the default model on torch's bf16-linear layers; a CPU with AVX512-BF16 alone (AMD
    Zen 4/5, Cooper Lake) runs llama.cpp (``loading.resolve_backend``)."""
    return _cpu_supports("_is_amx_tile_supported")


def native_bf16() -> bool:
    """Whether this CPU has bf16 matrix instructions (AVX512-BF16 or AMX tiles), unless
    ``$SUMMARIZER_NATIVE_BF16`` says "0" or "1"."""
    return _cpu_supports("_is_avx512_bf16_supported", "_is_amx_tile_supported")


def _cpu_supports(*probes: str) -> bool:
    """Whether any of torch's CPU capability probes (``torch.cpu._is_*_supported``) says yes;
    ``$SUMMARIZER_NATIVE_BF16`` = "0" or "1" answers for all of them."""
    forced = os.environ.get(NATIVE_BF16_VARIABLE, "").strip()
    if forced in ("0", "1"):
        return forced == "1"
    cpu = getattr(torch, "cpu", None)
    for name in probes:
        probe = getattr(cpu, name, None)
        try:
            if probe is not None and probe():
                return True
        except RuntimeError:  # a torch build without the probe's backend
            continue
    return False


class BF16Linear(nn.Module):
    """``nn.Linear`` with bf16 weights that takes and returns float32 (or any float) tensors."""

    def __init__(self, linear: nn.Linear) -> None:
        super().__init__()
        self.in_features = linear.in_features
        self.out_features = linear.out_features
        self.weight = nn.Parameter(linear.weight.detach().to(torch.bfloat16), requires_grad=False)
        bias = linear.bias
        self.bias = None if bias is None else nn.Parameter(bias.detach().to(torch.bfloat16), requires_grad=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Flattened to a contiguous 2-D matrix: a strided 3-D input (the last position only, as
        # generation reads the vocabulary head) sends F.linear down a batched-matmul path that
        # copies the whole weight first (1.8 s for a 150k-word head, measured).
        flat = x.reshape(-1, self.in_features).to(torch.bfloat16).contiguous()
        out = F.linear(flat, self.weight, self.bias)
        return out.to(x.dtype).view(*x.shape[:-1], self.out_features)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}"


def _file_mappings() -> list[tuple[int, int]]:
    """(start, end) of this process's memory mappings of regular files (Linux; else none)."""
    if not sys.platform.startswith("linux"):
        return []
    out = []
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                fields = line.split(maxsplit=5)
                if len(fields) == 6 and fields[5].strip().startswith("/"):
                    start, end = (int(x, 16) for x in fields[0].split("-"))
                    out.append((start, end))
    except OSError:
        return []
    return out


def release_file_pages(tensor: torch.Tensor, mappings: list[tuple[int, int]]) -> bool:
    """Drop from this process's resident memory the pages of ``tensor`` that it read from a
    memory-mapped file (``madvise(MADV_DONTNEED)``), for a tensor about to be discarded.

    Only whole pages inside the tensor and inside a file mapping are dropped: a file page is
    read again from the file if anything touches it later, so a neighbour sharing a boundary
    page is never at risk, and memory that is not a file's (where dropping would zero it) is
    never touched. Returns whether anything was dropped."""
    start = tensor.data_ptr()
    end = start + tensor.numel() * tensor.element_size()
    if not any(low <= start and end <= high for low, high in mappings):
        return False
    page = mmap.PAGESIZE
    first, last = -(-start // page) * page, end // page * page
    if last <= first:
        return False
    return _libc().madvise(ctypes.c_void_p(first), ctypes.c_size_t(last - first), 4) == 0  # 4 = MADV_DONTNEED


@lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def linears_to_bf16(model: nn.Module) -> int:
    """Replace every ``nn.Linear`` of ``model`` with a ``BF16Linear``; return how many.

    A head tied to the input embeddings gets its own bf16 copy; the float32 embeddings stay. The
    parameters left in float32 are then copied into memory of their own: loaded from safetensors
    they are views of the file's memory map, and one live view keeps every page of the mapping
    that was read resident (Qwen2.5-1.5B: RSS 9.3 GB after the swap, 4.3 GB after the copy).
    Each float32 weight's file pages are dropped as soon as it has been copied: otherwise every
    page read stays resident until the mapping closes, and the load peaked at 11.35 GB RSS for a
    model that then holds 4.4 GB (Qwen2.5-1.5B, 2026-12-05; 5.3 GB with the pages dropped).
    """
    mappings = _file_mappings()
    # A head tied to the embeddings shares their storage, which stays in use: its pages are
    # released after the embeddings' own copy below, not here.
    in_use = {p.data_ptr() for m in model.modules() if not isinstance(m, nn.Linear) for p in m.parameters(recurse=False)}
    names = [name for name, module in model.named_modules() if isinstance(module, nn.Linear)]
    for name in names:  # one at a time, holding no reference: each float32 weight is freed at once
        parent_name, _, child = name.rpartition(".")
        parent = model.get_submodule(parent_name) if parent_name else model
        linear = getattr(parent, child)
        setattr(parent, child, BF16Linear(linear))
        for tensor in (linear.weight, linear.bias):
            if tensor is not None and tensor.data_ptr() not in in_use:
                release_file_pages(tensor, mappings)
    with torch.no_grad():
        for tensor in [*model.parameters(), *model.buffers()]:
            if tensor.dtype != torch.bfloat16:
                mapped = tensor.data
                tensor.data = mapped.clone()
                release_file_pages(mapped, mappings)
    return len(names)
