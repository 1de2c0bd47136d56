"""Per-article planning: how much the summary may say, and which sentences may say it.

The sentences are chosen extractively (``salience``: facility location over MiniLM vectors)
in order of how much of the article each covers; a few more than the budget needs are asked
for, since a sentence whose shortened form fails a check is skipped for the next one.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.config import SummarySettings
from summarizer.dom import Article
from summarizer.nlp.embedder import Embedder
from summarizer.summarizers.budget import Budget, article_budget
from summarizer.summarizers.salience import Selection, select_salient

# Candidates beyond the budget's sentences, asked about only when a section still has a place
# open (pipeline.shorten_in_rounds): the checks refuse about half of the shortened sentences.
# First 30 SummEval articles, 2026-12-05: 4 spares -> 68 sentences printed, ROUGE-1 27.0 (one
# spare a round, three rounds); with none a round and four rounds, 6 -> 75, 27.7; 8 -> 76, 27.6
# (the rounds run out first). Since the parts retry also ends sentences before a phrase (e6b5650,
# 52 parts requests instead of 17), 6 spares cost the AVX2 week 318 s against 302 s for the code
# before it in the same session; 4 spares: 187 shortening requests for 76 sentences (204 for 82
# with 6), ROUGE-1 27.4 (27.8).
SPARE_CANDIDATES = 4


@dataclass(frozen=True)
class ArticlePlan:
    article: Article
    budget: Budget
    candidates: tuple[Selection, ...]  # most covering first (Selection.rank)


def plan_article(article: Article, embedder: Embedder, settings: SummarySettings) -> ArticlePlan:
    budget = article_budget(article, settings.article_words, settings.sentences)
    selections = select_salient(
        article.body_paragraphs,
        embedder,
        budget.sentences + SPARE_CANDIDATES,
        min_words=settings.min_sentence_words,
        max_words=settings.max_sentence_words,
    )
    return ArticlePlan(article, budget, tuple(sorted(selections, key=lambda s: s.rank)))
