"""A tiny language-model-shaped network for tests of layer swaps (int8, bf16)."""

from __future__ import annotations

import torch
from torch import nn


class TinyLM(nn.Module):
    """Embedding, an MLP block with an up (16 -> 32) and a down (32 -> 16) projection, a head."""

    def __init__(self) -> None:
        super().__init__()
        self.embed = nn.Embedding(50, 16)
        self.block = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 16, bias=False))
        self.head = nn.Linear(16, 50)

    def get_output_embeddings(self) -> nn.Module:  # as transformers models name their head
        return self.head

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.head(self.block(self.embed(ids)))
