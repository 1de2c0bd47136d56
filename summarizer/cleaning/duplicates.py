"""Group near-duplicate articles: the same wire story on two sites, or a lightly reworded copy.

Two articles are the same story when most sentences of the shorter one have a close match in
the other. Matching sentence by sentence (rather than comparing whole-article vectors)
tells a reworded copy (nearly every sentence has a twin) from two articles on the same subject
(similar overall, but few sentence twins). Sentences, not paragraphs: many inputs come as one
or two huge paragraphs, and then paragraph twins degenerate into a whole-article comparison
(which called 88 of 100 different articles on one topic "one story"). Sentence vectors are
also cheap to compute and are reused, from the embedder's cache, by the themes stage. A group
is summarised once, through its longest member, and counts as one source for themes.
"""

from __future__ import annotations

import numpy as np

from summarizer.dom import Article, DuplicateGroup
from summarizer.nlp.embedder import Embedder
from summarizer.nlp.text import words

# Cosine at or above which two sentences say the same thing in (nearly) the same words.
# MiniLM gives ~0.9+ for a light rewording; on 100 different articles about one topic
# (Summary of a Haystack news) at most 42 % of one article's sentences have such a twin in another.
SENTENCE_TWIN_COSINE = 0.85
# Share of the shorter article's sentences that must have a twin for the pair to be one story.
TWIN_COVERAGE = 0.6
# Sentences shorter than this (datelines, "Read more.") are not compared.
MIN_SENTENCE_WORDS = 4


def group_duplicates(articles: list[Article], embedder: Embedder) -> list[DuplicateGroup]:
    """Set ``duplicate_of`` on all but one member of each group; return the groups."""
    if len(articles) < 2:
        return []
    vectors = [embedder.encode(comparable_sentences(a)) for a in articles]
    parent = list(range(len(articles)))
    pair_scores: dict[tuple[int, int], float] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            coverage = twin_coverage(vectors[i], vectors[j])
            if coverage >= TWIN_COVERAGE:
                pair_scores[(i, j)] = coverage
                parent[find(j)] = find(i)
    members: dict[int, list[int]] = {}
    for i in range(len(articles)):
        members.setdefault(find(i), []).append(i)
    groups = []
    for indices in members.values():
        if len(indices) < 2:
            continue
        size = {i: sum(len(p.text) for p in articles[i].body_paragraphs) for i in indices}
        representative = max(indices, key=lambda i: (size[i], -i))
        ordered = [representative] + [i for i in indices if i != representative]
        for i in ordered[1:]:
            articles[i].duplicate_of = articles[representative].id
        scores = [s for (a, b), s in pair_scores.items() if a in indices and b in indices]
        groups.append(
            DuplicateGroup(articles[representative].id, [articles[i].id for i in ordered], float(np.mean(scores)))
        )
    return groups


def comparable_sentences(article: Article) -> list[str]:
    """The article's body sentences long enough to compare (all of them if none is)."""
    sentences = [s.text for p in article.body_paragraphs for s in (p.sentences or [p])]
    long_enough = [t for t in sentences if len(words(t)) >= MIN_SENTENCE_WORDS]
    return long_enough or sentences


def twin_coverage(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the shorter article's sentences with a twin in the other article."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    best = (a @ b.T).max(axis=1)
    return float((best >= SENTENCE_TWIN_COSINE).mean())
