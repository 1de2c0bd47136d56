"""Per-article planning: how many candidates beyond the budget an article is given."""

from summarizer.dom import Article, Paragraph
from summarizer.summarizers.article import MAX_SPARE_CANDIDATES, MIN_SPARE_CANDIDATES, spare_candidates


def article_of(words: int) -> Article:
    text = " ".join(["word"] * words)
    return Article("A1", None, "t", None, None, [Paragraph("A1.P1", "A1", 1, text, 0, len(text))], "0")


def test_news_of_ordinary_length_gets_the_fewest_spares_and_a_long_analysis_more():
    assert spare_candidates(article_of(350)) == MIN_SPARE_CANDIDATES
    assert spare_candidates(article_of(700)) == MIN_SPARE_CANDIDATES
    assert spare_candidates(article_of(1179)) == MIN_SPARE_CANDIDATES + 2
    assert spare_candidates(article_of(10_000)) == MAX_SPARE_CANDIDATES
