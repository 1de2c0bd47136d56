"""What two or more articles of one story discuss: clusters of their sentences.

Average-linkage clusters of the story's candidate sentences by MiniLM cosine; a cluster is a
topic when sentences of at least two articles are in it. Topics rank by how many articles share
them, then by cohesion (mean pairwise cosine across articles).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import pdist

# Average cosine at which sentences are one topic. MiniLM places two sentences on the same
# matter (the S-400 deliveries in two articles) around 0.5-0.7 and different matters of one
# story (arms deliveries / the nuclear deal) around 0.3-0.45.
TOPIC_SIMILARITY = 0.5
# Topics per story at most: a story of two long analyses has several; more would crowd the page.
MAX_TOPICS_PER_STORY = 3


@dataclass(frozen=True)
class Topic:
    rows: tuple[int, ...]  # indices into the story's sentence list
    articles: tuple[str, ...]  # article ids that share it, in first-appearance order
    cohesion: float


def find_topics(vectors: np.ndarray, article_ids: list[str], threshold: float = TOPIC_SIMILARITY) -> list[Topic]:
    """Topics among sentences (``vectors``, unit length) of one story, best first."""
    if len(vectors) < 2 or len(set(article_ids)) < 2:
        return []
    distances = np.clip(pdist(vectors, metric="cosine"), 0.0, 2.0)
    labels = fcluster(linkage(distances, method="average"), t=1.0 - threshold, criterion="distance")
    clusters: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        clusters.setdefault(int(label), []).append(row)
    topics = []
    for rows in clusters.values():
        articles = tuple(dict.fromkeys(article_ids[r] for r in rows))
        if len(articles) < 2:
            continue
        cross = [
            float(vectors[a] @ vectors[b])
            for i, a in enumerate(rows)
            for b in rows[i + 1 :]
            if article_ids[a] != article_ids[b]
        ]
        topics.append(Topic(tuple(rows), articles, float(np.mean(cross))))
    topics.sort(key=lambda t: (-len(t.articles), -t.cohesion))
    return topics[:MAX_TOPICS_PER_STORY]
