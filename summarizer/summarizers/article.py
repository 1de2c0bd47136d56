"""Per-article planning: how much the summary may say, and which sentences may say it.

The sentences are chosen extractively (``salience``: facility location over MiniLM vectors)
and tried in order of how much of the article each covers, or in the article's order for news
whose lede leads; a few more than the budget needs are asked
for, since a sentence whose shortened form fails a check is skipped for the next one.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.config import SummarySettings
from summarizer.dom import Article
from summarizer.nlp.embedder import Embedder
from summarizer.summarizers.budget import Budget, article_budget, kept_words
from summarizer.summarizers.salience import Selection, select_salient

# Candidates beyond the budget's sentences, asked about only when a section still has a place
# open (pipeline.shorten_in_rounds): the checks refuse about half of the shortened sentences.
# First 30 SummEval articles, 2026-12-05: 4 spares -> 68 sentences printed, ROUGE-1 27.0 (one
# spare a round, three rounds); with none a round and four rounds, 6 -> 75, 27.7; 8 -> 76, 27.6
# (the rounds run out first). Since the parts retry also ends sentences before a phrase (e6b5650),
# news of SummEval's length (median 355 words) needs fewer: 4 spares asked 187 shortenings for 76
# sentences, 6 asked 204 for 82 (ROUGE-1 27.4 / 27.8), and the AVX2 week is prefill-bound. A long
# analysis has longer sentences, refused more often: with 4 spares the samples' first article
# (1,179 kept words) printed one sentence, with 6 two. So the spares grow with the article.
MIN_SPARE_CANDIDATES = 4
MAX_SPARE_CANDIDATES = 8
WORDS_PER_EXTRA_SPARE = 300  # one more spare per this many kept words beyond the first 500
SPARE_FREE_WORDS = 500


# A news report (a few hundred words: SummEval's CNN/DM items run 84-515, wire reports rarely
# pass 800) is an inverted pyramid even when its lede is not central (30 % of SummEval's: "A
# Pennsylvania man was arrested after allegedly sexually abusing a girl ..." is about the story,
# the body about the camera and the charges), so its opening sentences are its candidates, in
# its order (``salience.select_salient``). A longer piece (the samples' analyses: 1,179 and 2,416
# kept words) argues, so what covers most is chosen. SummEval 1-90 (2026-12-05), coverage's
# picks in the article's order: lede-led articles only 29.03 / 8.75, with the reports under this
# length too 30.27 / 9.72 (ROUGE-1 / 2); SummEval 100 (2026-12-06): the opening sentences
# instead of coverage's picks 31.03 / 9.93 -> 31.97 / 10.72.
NEWS_REPORT_WORDS = 800


def spare_candidates(article: Article) -> int:
    extra = max(0, kept_words(article) - SPARE_FREE_WORDS) // WORDS_PER_EXTRA_SPARE
    return min(MAX_SPARE_CANDIDATES, MIN_SPARE_CANDIDATES + extra)


@dataclass(frozen=True)
class ArticlePlan:
    article: Article
    budget: Budget
    candidates: tuple[Selection, ...]  # in the order sections try them (Selection.rank)


def plan_article(article: Article, embedder: Embedder, settings: SummarySettings) -> ArticlePlan:
    budget = article_budget(article, settings.article_words, settings.sentences)
    selections = select_salient(
        article.body_paragraphs,
        embedder,
        budget.sentences + spare_candidates(article),
        min_words=settings.min_sentence_words,
        max_words=settings.max_sentence_words,
        news_report=kept_words(article) <= NEWS_REPORT_WORDS,
    )
    return ArticlePlan(article, budget, tuple(sorted(selections, key=lambda s: s.rank)))
