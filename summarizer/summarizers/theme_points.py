"""Themes built from the points that several articles make, chosen by how widely they are made.

What a reader of a week's set wants from its themes is the claims that recur across articles:
a point made by ten independent articles matters more than one made by two, and ten themes
that each restate the set's broad subject tell nothing. So themes are built bottom-up:

1. **Points.** For every candidate sentence, its *echoes*: sentences of other articles that
   make the same point (blended similarity >= ``ECHO_SIMILARITY``, stricter than the
   ``POINT_SIMILARITY`` used to pair sentences within a theme). A point's *support* is
   the number of distinct articles among the sentence and its echoes.
2. **Selection** is greedy maximum coverage (lazy, since gains only shrink): each step takes
   the sentence whose echoes reach the most articles not yet covered *for that point*; its
   echoes are then covered, so the next pick is a different claim (facility location over
   the echo graph). In a large set, a sentence echoed by more than
   ``MAX_POINT_ARTICLE_SHARE`` of the articles restates the set's subject ("Dodge V8 muscle
   cars continue to captivate enthusiasts") and is not a point. Echoes are chosen most similar
   first, preferring ones that share the sentence's names and numbers.
3. **Themes** group the points by subject: a point joins the theme whose centroid it is
   closest to (cosine >= ``THEME_JOIN``) while that theme has room, else it opens a new one.
   Themes rank by the support of their points. A theme's member sentences are its points'
   sentences and echoes, so its title (phrases shared by 2+ articles) and its cited paragraphs
   stay on its points.
4. **Writing.** A point is written from its lead sentence and the best echoes of up to
   ``POINT_SOURCES - 1`` other articles, and traced against the paragraphs that make it (its
   own and its echoes'), so it cites the articles that make it.

This runs beside the anchored and semantic candidates of ``theme_clusters``: two analysis
pieces rarely hold sentences that close, and their themes are the named subjects ("S-400",
"the nuclear deal") and semantic clusters, which fill the slots point themes leave
(``themes.find_themes``).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

from summarizer.nlp.text import key_terms
from summarizer.summarizers.theme_clusters import (
    MAX_ANCHOR_ARTICLE_SHARE,
    MIN_ARTICLES_FOR_SPREAD_TEST,
    POINT_SIMILARITY,
    Cluster,
    SentenceSpace,
    describe,
    subject_words,
    title_for,
)

# A sentence echoed by more than this share of a large set's articles is its subject.
MAX_POINT_ARTICLE_SHARE = MAX_ANCHOR_ARTICLE_SHARE
# Blended similarity at which a sentence of another article echoes a point: a paraphrase of
# the same claim, not merely the same subject. On SummHay news dev (topics 0-2, --model none)
# coverage was 66.7 / 67.6 / 71.3 / 69.9 / 67.1 % at 0.65 / 0.70 / 0.75 / 0.80 / 0.85 and citation
# precision rose with it; at 0.55-0.60 the subject's boilerplate passes for points. Where no sentences are this close
# (two analysis pieces), the named and semantic themes of theme_clusters take over.
ECHO_SIMILARITY = 0.75
# Cosine (MiniLM) of a point to a theme's centroid for the point to join that theme.
THEME_JOIN = 0.5
# Points selected per theme slot (max_themes x theme_sentences) before grouping by subject.
POINT_POOL = 3
# Source sentences a point is written from (from that many articles, when that many make it).
POINT_SOURCES = 3
# Similarity gained by an echo per name or number it shares with the point (at most three).
ECHO_SPECIFIC_BONUS = 0.03


@dataclass
class PointCandidate:
    """A point: its lead sentence (row), the echo it is written with, and all its echoes."""

    row: int
    partners: tuple[int, ...]  # echoes it is written with, one per other article
    echoes: list[int]  # rows of other articles making the same point
    support: int  # distinct articles among row and echoes
    vector: np.ndarray  # unit-length mean of the member vectors

    @property
    def rows(self) -> tuple[int, ...]:
        return (self.row, *self.partners)

    @property
    def members(self) -> list[int]:
        return [self.row, *self.echoes]


def article_codes(space: SentenceSpace) -> np.ndarray:
    ids: dict[str, int] = {}
    return np.array([ids.setdefault(u.article.id, len(ids)) for u in space.units], dtype=int)


def select_points(space: SentenceSpace, budget: int, max_words: int = 70) -> list[PointCandidate]:
    """Up to ``budget`` distinct points, most widely made first (lazy greedy max coverage)."""
    n = len(space.units)
    if n < 2 or budget <= 0:
        return []
    owners = article_codes(space)
    n_articles = int(owners.max()) + 1
    if n_articles < 2:
        return []
    close = (space.similarity >= ECHO_SIMILARITY) & (owners[:, None] != owners[None, :])
    echoes = [np.flatnonzero(close[i]) for i in range(n)]
    limit = MAX_POINT_ARTICLE_SHARE * n_articles if n_articles >= MIN_ARTICLES_FOR_SPREAD_TEST else np.inf
    support = np.array([1 + len(np.unique(owners[e])) for e in echoes])
    long = np.array([u.words > max_words for u in space.units])
    eligible = (support >= 2) & (support <= limit) & ~long
    covered = np.zeros(n, dtype=bool)
    # Tie-break: the lead sentence's mean similarity to its echoes (a clear, central wording).
    centrality = np.array([float(space.similarity[i, e].mean()) if len(e) else 0.0 for i, e in enumerate(echoes)])

    def gain(i: int) -> int:
        members = [i] if not covered[i] else []
        rest = echoes[i][~covered[echoes[i]]]
        found = set(owners[rest].tolist()) | ({int(owners[i])} if members else set())
        return len(found)

    heap = [(-int(support[i]), -centrality[i], i) for i in np.flatnonzero(eligible)]
    heapq.heapify(heap)
    chosen: list[PointCandidate] = []
    used: set[int] = set()
    while heap and len(chosen) < budget:
        negative, tie, i = heapq.heappop(heap)
        if covered[i]:
            continue
        current = gain(i)
        if current < 2:
            continue
        if current < -negative:
            heapq.heappush(heap, (-current, tie, i))
            continue
        partners: list[int] = []
        for _ in range(POINT_SOURCES - 1):
            taken = {int(owners[i])} | {int(owners[j]) for j in partners}
            options = [int(j) for j in echoes[i] if int(j) not in used and int(owners[j]) not in taken]
            partner = best_echo(space, i, options)
            if partner is None:
                break
            partners.append(partner)
        if not partners:
            continue
        members = [i, *[int(j) for j in echoes[i]]]
        vector = space.vectors[members].mean(axis=0)
        vector = vector / (np.linalg.norm(vector) or 1.0)
        chosen.append(PointCandidate(i, tuple(partners), [int(j) for j in echoes[i]], current, vector))
        covered[i] = True
        covered[echoes[i]] = True
        used |= {i, *partners}
    return chosen


def best_echo(space: SentenceSpace, row: int, candidates: list[int]) -> int | None:
    """The echo to write the point with: most similar, plus a bonus per shared name/number."""
    if not candidates:
        return None
    keys = key_terms(space.units[row].sentence.text)
    best, best_score = None, -np.inf
    for j in candidates:
        shared = len(keys & key_terms(space.units[j].sentence.text))
        score = float(space.similarity[row, j]) + ECHO_SPECIFIC_BONUS * min(shared, 3)
        if score > best_score:
            best, best_score = j, score
    return best


def group_points(points: list[PointCandidate], max_themes: int, per_theme: int) -> list[list[PointCandidate]]:
    """Points grouped by subject, best-supported first; at most ``per_theme`` points a theme."""
    groups: list[list[PointCandidate]] = []
    centroids: list[np.ndarray] = []
    for point in points:
        best, best_value = None, THEME_JOIN
        for index, group in enumerate(groups):
            if len(group) >= per_theme:
                continue
            centroid = centroids[index] / (np.linalg.norm(centroids[index]) or 1.0)
            value = float(point.vector @ centroid)
            if value >= best_value:
                best, best_value = index, value
        if best is not None:
            groups[best].append(point)
            centroids[best] = centroids[best] + point.vector
        elif len(groups) < max_themes:
            groups.append([point])
            centroids.append(point.vector.copy())
    groups.sort(key=lambda g: -sum(p.support for p in g))
    return groups


def point_themes(space: SentenceSpace, max_themes: int, per_theme: int, max_words: int = 70) -> list[Cluster]:
    """Themes made of widely made points, best first, each with its points planned."""
    if max_themes <= 0 or per_theme <= 0:
        return []
    # More points than slots: grouping by subject leaves some out.
    points = select_points(space, POINT_POOL * max_themes * per_theme, max_words)
    subject = subject_words(space)
    out = []
    for group in group_points(points, max_themes, per_theme):
        rows = sorted({r for p in group for r in p.members})
        cluster = describe(space, Cluster(rows=rows, origin="points"))
        if len(cluster.article_ids) < 2:
            continue
        cluster.points = [p.rows for p in group]
        cluster.point_members = [tuple(p.members) for p in group]
        cluster.title = title_for(space, cluster, subject=subject, terms=True)
        out.append(cluster)
    return out
