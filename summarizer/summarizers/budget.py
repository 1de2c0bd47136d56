"""How much a summary may say: word and sentence budgets that follow the article's length.

A 300-word news item does not need five sentences (on a 44-article week of short news, fixed
five-sentence summaries came to 61 % of the sources). An article gets ``ARTICLE_SHARE`` of its
kept words, at least one short sentence and at most the configured cap: a 1,300-word analysis
reaches the 80-word cap, a 300-word item gets 30 words (one or two sentences). With the
executive summary and the themes on top, a set of long articles like the samples stays under
15 % of its sources (bench/condensation.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.dom import Article
from summarizer.nlp.text import words

ARTICLE_SHARE = 0.1
MIN_ARTICLE_WORDS = 25  # one sentence: even a brief item keeps its point
WORDS_PER_SENTENCE = 20  # the length a shortened sentence aims at (the prompt asks 12-22)


@dataclass(frozen=True)
class Budget:
    words: int
    sentences: int


def kept_words(article: Article) -> int:
    return sum(len(words(p.text)) for p in article.body_paragraphs)


def article_budget(article: Article, max_words: int, max_sentences: int) -> Budget:
    share = round(ARTICLE_SHARE * kept_words(article))
    budget = max(MIN_ARTICLE_WORDS, min(max_words, share))
    sentences = max(1, min(max_sentences, round(budget / WORDS_PER_SENTENCE)))
    return Budget(budget, sentences)
