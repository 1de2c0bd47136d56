"""Find the topics that two or more independent articles discuss.

Unit of clustering: the *sentence*, not the paragraph. Paragraphs of analysis pieces mix
several subjects, and many inputs (wire copy, generated news) arrive as one or two huge
paragraphs; a sentence carries one claim. A theme's member paragraphs are the paragraphs its
sentences come from.

Similarity: cosine of MiniLM sentence embeddings blended with the cosine of IDF-weighted
bags of stemmed content words (``LEXICAL_WEIGHT``). The lexical part keeps rare shared terms
("S-400", "JCPOA") together where the embedding alone groups everything "about Russia and
Iran" into one blob.

Clustering: average-linkage agglomerative clustering with a fixed cut (``CLUSTER_SIMILARITY``):
every cluster's members are, on average, at least that similar to each other. Clusters whose
sentences come from fewer than two articles are dropped: a theme is by definition shared.
Themes are ranked by how many articles share them, then by how many cross-article sentence
pairs agree closely (``POINT_SIMILARITY``).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from summarizer.dom import Article, Paragraph, Sentence
from summarizer.nlp.embedder import Embedder
from summarizer.nlp.text import STOP_WORDS, content_terms, stem, words
from summarizer.summarizers.salience import candidate_sentences

# Weight of the lexical (IDF bag-of-words) cosine in the blended similarity; 0 = embeddings only.
LEXICAL_WEIGHT = 0.3
# Average-linkage cut: members of a cluster have at least this mean blended similarity.
CLUSTER_SIMILARITY = 0.42
# Two sentences of different articles this similar make the same point (a theme sentence).
POINT_SIMILARITY = 0.55
# Sentences per article considered at most (longest articles are capped; keeps 100-doc sets fast).
MAX_SENTENCES_PER_ARTICLE = 80


@dataclass
class Unit:
    """One candidate sentence of one article, a row of the similarity matrix."""

    row: int
    article: Article
    paragraph: Paragraph
    sentence: Sentence


@dataclass
class Cluster:
    """A group of sentences; a theme when it spans two or more articles."""

    rows: list[int]
    article_ids: list[str]
    paragraph_ids: list[str]
    similarity: float  # mean pairwise blended similarity of the members
    cross_similarity: float  # mean similarity of member pairs from different articles
    agreeing_pairs: int  # cross-article pairs at or above POINT_SIMILARITY
    title: str = ""
    terms: list[str] = field(default_factory=list)

    @property
    def score(self) -> tuple[float, ...]:
        return (len(self.article_ids), self.agreeing_pairs, self.cross_similarity)


@dataclass
class SentenceSpace:
    """Every candidate sentence of the set with its vectors and similarity matrix."""

    units: list[Unit]
    vectors: np.ndarray  # embeddings, L2-normalised
    similarity: np.ndarray  # blended similarity, n x n
    term_idf: dict[str, float]
    unit_terms: list[list[str]]


def build_space(
    articles: Sequence[Article], embedder: Embedder, min_words: int, max_words: int
) -> SentenceSpace:
    units: list[Unit] = []
    for article in articles:
        candidates = candidate_sentences(article.body_paragraphs, min_words, max_words)
        for sentence, paragraph, _ in candidates[:MAX_SENTENCES_PER_ARTICLE]:
            units.append(Unit(len(units), article, paragraph, sentence))
    texts = [u.sentence.text for u in units]
    vectors = np.asarray(embedder.encode(texts), dtype=np.float32) if texts else np.zeros((0, 1), np.float32)
    unit_terms = [content_terms(t) for t in texts]
    idf = _idf(unit_terms)
    lexical = _tfidf_matrix(unit_terms, idf)
    similarity = (1.0 - LEXICAL_WEIGHT) * (vectors @ vectors.T) + LEXICAL_WEIGHT * (lexical @ lexical.T)
    return SentenceSpace(units, vectors, similarity.astype(np.float32), idf, unit_terms)


def _idf(docs: list[list[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for terms in docs:
        df.update(set(terms))
    n = len(docs)
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}


def _tfidf_matrix(docs: list[list[str]], idf: dict[str, float]) -> np.ndarray:
    vocabulary = {t: i for i, t in enumerate(idf)}
    matrix = np.zeros((len(docs), max(1, len(vocabulary))), dtype=np.float32)
    for row, terms in enumerate(docs):
        for term, count in Counter(terms).items():
            matrix[row, vocabulary[term]] = (1.0 + math.log(count)) * idf[term]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def cluster_rows(similarity: np.ndarray, threshold: float = CLUSTER_SIMILARITY) -> list[list[int]]:
    """Average-linkage clusters cut where the mean member similarity falls below ``threshold``."""
    n = len(similarity)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distance = np.clip(1.0 - similarity.astype(np.float64), 0.0, 2.0)
    distance = (distance + distance.T) / 2.0
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = defaultdict(list)
    for row, label in enumerate(labels):
        groups[int(label)].append(row)
    return list(groups.values())


def find_clusters(space: SentenceSpace, threshold: float = CLUSTER_SIMILARITY) -> list[Cluster]:
    """Clusters shared by two or more articles, best first."""
    clusters = []
    for rows in cluster_rows(space.similarity, threshold):
        articles = list(dict.fromkeys(space.units[r].article.id for r in rows))
        if len(articles) < 2:
            continue
        clusters.append(describe(space, rows))
    clusters.sort(key=lambda c: c.score, reverse=True)
    return clusters


def describe(space: SentenceSpace, rows: list[int]) -> Cluster:
    rows = sorted(rows)
    units = [space.units[r] for r in rows]
    sub = space.similarity[np.ix_(rows, rows)]
    n = len(rows)
    mean = float((sub.sum() - np.trace(sub)) / (n * (n - 1))) if n > 1 else 1.0
    owners = np.array([u.article.id for u in units])
    cross = owners[:, None] != owners[None, :]
    cross_values = sub[cross]
    return Cluster(
        rows=rows,
        article_ids=list(dict.fromkeys(u.article.id for u in units)),
        paragraph_ids=list(dict.fromkeys(u.paragraph.id for u in units)),
        similarity=mean,
        cross_similarity=float(cross_values.mean()) if cross_values.size else 0.0,
        agreeing_pairs=int((cross_values >= POINT_SIMILARITY).sum() // 2),
    )


# --- titles --------------------------------------------------------------------------------

_PHRASE_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-’']*")
_WEAK = frozenset(
    """also according said says would could new one two like well much many however although
    first last recent recently year years including including well even way since""".split()
)


def title_for(space: SentenceSpace, cluster: Cluster, limit: int = 2) -> tuple[str, list[str]]:
    """A short title made only of phrases that occur in member sentences of 2+ articles.

    Candidate phrases are runs of 1-3 words without stop words at either end. A phrase scores
    by the number of member articles using it times its distinctiveness (how much more often
    its stems occur in the theme than in the whole set, IDF-weighted); the best phrase and a
    second one sharing no stem with it form the title.
    """
    member_rows = set(cluster.rows)
    in_theme: Counter[str] = Counter()
    for r in cluster.rows:
        in_theme.update(set(space.unit_terms[r]))
    phrases: dict[tuple[str, ...], dict] = {}
    for r in cluster.rows:
        unit = space.units[r]
        tokens = _PHRASE_TOKEN.findall(unit.sentence.text)
        for size in (1, 2, 3):
            for i in range(len(tokens) - size + 1):
                chunk = tokens[i : i + size]
                lowered = [t.lower().replace("’", "'") for t in chunk]
                if lowered[0] in STOP_WORDS or lowered[-1] in STOP_WORDS:
                    continue
                if any(w in _WEAK for w in (lowered[0], lowered[-1])) or any(len(w) < 2 for w in lowered):
                    continue
                if lowered[-1].endswith("'s"):
                    continue
                key = tuple(stem(w) for w in lowered if w not in STOP_WORDS)
                entry = phrases.setdefault(key, {"articles": set(), "surface": Counter(), "size": size})
                entry["articles"].add(unit.article.id)
                entry["surface"][" ".join(chunk)] += 1
    n_theme = len(member_rows)
    n_all = len(space.units)
    scored = []
    for key, entry in phrases.items():
        if len(entry["articles"]) < 2:
            continue
        lift = 0.0
        for term in key:
            share = in_theme[term] / n_theme
            lift += share * space.term_idf.get(term, 1.0)
        lift /= len(key) ** 0.5  # longer phrases are more specific, but not linearly so
        scored.append((len(entry["articles"]) * lift * (1.0 + 0.15 * (len(key) - 1)), key, entry))
    scored.sort(key=lambda x: (-x[0], x[1]))
    chosen: list[tuple[tuple[str, ...], str]] = []
    used: set[str] = set()
    for _, key, entry in scored:
        if set(key) & used:
            continue
        surface = entry["surface"].most_common(1)[0][0]
        chosen.append((key, surface))
        used |= set(key)
        if len(chosen) >= limit:
            break
    if not chosen:
        return "Shared topic", []
    parts = [s for _, s in chosen]
    title = " and ".join(parts)
    title = title[0].upper() + title[1:]
    _ = n_all
    return title, [" ".join(k) for k, _ in chosen]


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOP_WORDS}
