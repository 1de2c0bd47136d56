"""Which articles tell one story: average-linkage groups of article vectors.

An article's vector is the mean of its sentences' MiniLM vectors (normalised). A theme is
looked for only inside one story, so a week of several stories never gets a theme mixing them
(a theme "Israel and June" once held Israel–Iran strikes, Russia–Iran arms, the nuclear file
and Syria). ``STORY_SIMILARITY`` is measured in bench/themes_mixed.py (purity and coverage
on a week mixed from SummHay news topics and unrelated CNN/DM articles).
"""

from __future__ import annotations

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import pdist

STORY_SIMILARITY = 0.6


def group_stories(vectors: np.ndarray, threshold: float = STORY_SIMILARITY) -> list[list[int]]:
    """Indices of ``vectors`` (one per article) grouped into stories, largest first; every
    article is in exactly one group (a lone article is a story of one)."""
    count = len(vectors)
    if count == 0:
        return []
    if count == 1:
        return [[0]]
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    distances = np.clip(pdist(unit, metric="cosine"), 0.0, 2.0)
    labels = fcluster(linkage(distances, method="average"), t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))
