"""The sentences a briefing may draw on, embedded once: every stage chooses from this pool.

A sentence is eligible when it is a body sentence of a kept paragraph of an independent
article, of a plausible length, and not a question (``salience.candidate_sentences``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from summarizer.dom import Article, Paragraph, Sentence
from summarizer.nlp.embedder import Embedder
from summarizer.summarizers.salience import candidate_sentences


@dataclass
class SentencePool:
    articles: list[Article]
    sentences: list[Sentence]
    paragraphs: list[Paragraph]  # the paragraph of each sentence
    vectors: np.ndarray  # unit-length MiniLM vectors, one row per sentence

    def rows_of(self, article_id: str) -> list[int]:
        return [i for i, s in enumerate(self.sentences) if s.article_id == article_id]

    def article_vector(self, article_id: str) -> np.ndarray:
        rows = self.rows_of(article_id)
        if not rows:
            return np.zeros(self.vectors.shape[1] if self.vectors.size else 1)
        mean = self.vectors[rows].mean(axis=0)
        return mean / (np.linalg.norm(mean) or 1.0)

    def row(self, sentence_id: str) -> int:
        return self._index[sentence_id]

    def __post_init__(self) -> None:
        self._index = {s.id: i for i, s in enumerate(self.sentences)}


def build_pool(articles: list[Article], embedder: Embedder, min_words: int, max_words: int) -> SentencePool:
    sentences: list[Sentence] = []
    paragraphs: list[Paragraph] = []
    for article in articles:
        for sentence, paragraph, _ in candidate_sentences(article.body_paragraphs, min_words, max_words):
            sentences.append(sentence)
            paragraphs.append(paragraph)
    if sentences:
        vectors = np.asarray(embedder.encode([s.text for s in sentences]), dtype=np.float64)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    else:
        vectors = np.zeros((0, 1))
    return SentencePool(articles, sentences, paragraphs, vectors)
