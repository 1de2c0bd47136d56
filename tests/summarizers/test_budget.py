"""Budgets follow the article's length, within the configured caps."""

from summarizer.dom import Article, Paragraph
from summarizer.summarizers.budget import MIN_ARTICLE_WORDS, article_budget


def article_of(words: int) -> Article:
    text = " ".join(["word"] * words)
    return Article("A1", None, "t", None, None, [Paragraph("A1.P1", "A1", 1, text, 0, len(text))], "0")


def test_a_long_article_reaches_the_cap():
    budget = article_budget(article_of(2000), max_words=80, max_sentences=4)
    assert budget.words == 80 and budget.sentences == 4


def test_a_short_item_gets_a_few_short_sentences():
    budget = article_budget(article_of(300), max_words=80, max_sentences=4)
    assert budget.words == 45 and budget.sentences == 3
    tiny = article_budget(article_of(90), max_words=80, max_sentences=4)
    assert tiny.words == MIN_ARTICLE_WORDS and tiny.sentences <= 2
