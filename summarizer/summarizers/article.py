"""Per-article summaries: select salient sentences, condense each with the model, verify.

Drafting is split from grounding so that the pipeline can send the condense requests of all
articles to the model in one batch (batched generation is several times faster on a CPU).
"""

from __future__ import annotations

from summarizer.config import SummarySettings
from summarizer.dom import Article
from summarizer.llm.base import Request
from summarizer.nlp.embedder import Embedder
from summarizer.summarizers.condense import condense_request
from summarizer.summarizers.grounding import Draft
from summarizer.summarizers.salience import Selection, select_salient


def plan_article(article: Article, embedder: Embedder, settings: SummarySettings) -> list[Selection]:
    return select_salient(
        article.body_paragraphs,
        embedder,
        settings.sentences,
        min_words=settings.min_sentence_words,
        max_words=settings.max_sentence_words,
    )


def article_requests(article: Article, selections: list[Selection]) -> list[Request]:
    return [condense_request(article.title, s.context, s.sentence.text) for s in selections]


def article_drafts(article: Article, selections: list[Selection], texts: list[str | None]) -> list[Draft]:
    candidates = tuple(article.body_paragraphs)
    return [Draft(text, (s.sentence,), candidates) for s, text in zip(selections, texts)]
